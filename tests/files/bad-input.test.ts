import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import {
  fillQuestionnaire,
  isQuestionnaireFileError,
  MAX_CSV_BYTES,
  readQuestionnaire,
  type FileAnswer,
  type FileProblem,
  type ReadProgress,
} from '../../lib/files/index';
import { openZip } from '../../lib/files/zip';
import {
  buildWorkbook,
  oleFile,
  PLAIN_QUESTIONS,
  REQUEST_QUESTIONS,
  sigWorkbook,
} from './fixtures';

interface Outcome {
  code: string;
  message: string;
  /** What the page words in the user's language. */
  problem?: FileProblem;
}

/**
 * The typed error a read throws; writing `answers` into the same file must fail the same way
 * (a write unpacks only the sheets it writes, so a damaged sheet needs an answer in it).
 */
async function codeOf(
  bytes: Uint8Array,
  name: string,
  limit?: number,
  answers: FileAnswer[] = [],
): Promise<Outcome> {
  const out: Outcome[] = [];
  for (const work of [
    () => readQuestionnaire(bytes, name, { maxUnpackedBytes: limit }),
    () => fillQuestionnaire(bytes, name, answers, { maxUnpackedBytes: limit }),
  ]) {
    try {
      await work();
      out.push({ code: 'none', message: '' });
    } catch (error) {
      if (!isQuestionnaireFileError(error)) throw error;
      out.push({ code: error.code, message: error.message, problem: error.problem });
    }
  }
  expect(out[1]?.code).toBe(out[0]?.code);
  return out[0] as Outcome;
}

/** Sets the declared sizes of one part in the central directory (a lying or huge archive). */
function declareSize(bytes: Uint8Array, part: string, size: number): Uint8Array {
  const copy = bytes.slice();
  const view = new DataView(copy.buffer);
  const archive = openZip(copy);
  const name = strToU8(part);
  for (let at = 0; at + 46 < copy.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (length === name.length && name.every((b, i) => copy[at + 46 + i] === b)) {
      view.setUint32(at + 24, size, true);
      return copy;
    }
  }
  throw new Error(`no part ${part} among ${archive.entries.length}`);
}

describe('bad input: a clear typed error, nothing written', () => {
  test.each([
    [
      'a PDF named .xlsx',
      strToU8('%PDF-1.7\n1 0 obj <<>> endobj'),
      'q.xlsx',
      'not-a-spreadsheet',
      { kind: 'misnamed', extension: 'xlsx' },
    ],
    [
      'an image',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      'logo.png',
      'not-a-spreadsheet',
      { kind: 'not-a-spreadsheet' },
    ],
    ['an empty file', new Uint8Array(0), 'q.xlsx', 'not-a-spreadsheet', { kind: 'empty' }],
    [
      'binary data named .csv',
      Uint8Array.from([0x41, 0, 0x42, 0, 0xff]),
      'q.csv',
      'not-a-spreadsheet',
      { kind: 'csv-binary' },
    ],
    [
      'a Word document',
      zipSync({ 'word/document.xml': strToU8('<w:document/>') }),
      'q.docx',
      'not-a-spreadsheet',
      { kind: 'no-workbook-part' },
    ],
    [
      'an OpenDocument spreadsheet',
      zipSync({
        mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'),
        'content.xml': strToU8('<x/>'),
      }),
      'q.ods',
      'unsupported-format',
      { kind: 'ods' },
    ],
    [
      'a password-protected workbook',
      oleFile(['EncryptionInfo', 'EncryptedPackage']),
      'q.xlsx',
      'password-protected',
      { kind: 'password' },
    ],
    [
      'an Excel 97-2003 workbook',
      oleFile(['Workbook', 'SummaryInformation']),
      'q.xls',
      'old-xls',
      { kind: 'old-xls' },
    ],
    ['a workbook without sheets', buildWorkbook([]), 'q.xlsx', 'no-sheets', { kind: 'no-sheets' }],
  ] as const)('%s', async (_name, bytes, fileName, code, problem) => {
    const outcome = await codeOf(bytes, fileName);
    expect(outcome.code).toBe(code);
    // The problem, with its parameters, is what the page words in the user's language.
    expect(outcome.problem).toEqual(problem);
  });

  test('an old .xls is told to be saved as .xlsx', async () => {
    expect((await codeOf(oleFile(['Workbook']), 'q.xls')).message).toMatch(/save it as \.xlsx/i);
  });

  test('a truncated archive is corrupt', async () => {
    const bytes = sigWorkbook();
    const outcome = await codeOf(bytes.subarray(0, Math.floor(bytes.length / 2)), 'q.xlsx');
    expect(outcome.code).toBe('corrupt');
    expect(outcome.problem).toEqual({ kind: 'damaged-end' });
  });

  test('a damaged part is corrupt (bad compressed data or checksum)', async () => {
    const bytes = sigWorkbook().slice();
    const sheet = openZip(bytes).byName.get('xl/worksheets/sheet2.xml');
    if (!sheet) throw new Error('fixture without sheet2');
    for (let i = 8; i < 24; i++)
      bytes[sheet.dataStart + i] = (bytes[sheet.dataStart + i] as number) ^ 0x5a;
    const answer = [{ sheet: 'Business Resiliency', cell: 'D6', text: 'x' }];
    const outcome = await codeOf(bytes, 'q.xlsx', undefined, answer);
    expect(outcome.code).toBe('corrupt');
    expect(outcome.problem).toMatchObject({ part: 'xl/worksheets/sheet2.xml' });
    expect(['part-unpack', 'part-checksum']).toContain(outcome.problem?.kind);
  });

  test('a zip bomb stops at the unpacked-size limit, even when its sizes lie', async () => {
    // 12 MB of empty rows compress to about 12 kB.
    const rows = '<row r="1"/>'.repeat(1_000_000);
    const bomb = unzipSync(buildWorkbook([{ name: 'S', rows: [['Question', 'Answer']] }]));
    bomb['xl/worksheets/sheet1.xml'] = strToU8(
      `<worksheet><sheetData>${rows}</sheetData></worksheet>`,
    );
    const bytes = zipSync(bomb, { level: 9 });
    expect(bytes.length).toBeLessThan(200_000);
    const limit = 4 * 1024 * 1024;
    const answer = [{ sheet: 'S', cell: 'B2', text: 'x' }];
    expect((await codeOf(bytes, 'bomb.xlsx', limit, answer)).code).toBe('too-large');
    const lying = declareSize(bytes, 'xl/worksheets/sheet1.xml', 1000);
    expect((await codeOf(lying, 'bomb.xlsx', limit, answer)).code).toBe('too-large');
    // Under a limit it fits, the same file reads: the limit is what stopped it.
    expect(
      (await readQuestionnaire(bytes, 'bomb.xlsx', { maxUnpackedBytes: 64 * 1024 * 1024 })).sheets,
    ).toHaveLength(1);
    // Reading a million empty rows takes a second or two, more on a loaded machine: the time
    // limit is for the test runner, not a claim about speed (the bench measures that).
  }, 30_000);

  test('the default limit (200 MB) refuses a part that declares more, before unpacking it', async () => {
    const bytes = declareSize(sigWorkbook(), 'xl/worksheets/sheet2.xml', 250 * 1024 * 1024);
    const answer = [{ sheet: 'Business Resiliency', cell: 'D6', text: 'x' }];
    const { code, message, problem } = await codeOf(bytes, 'q.xlsx', undefined, answer);
    expect(code).toBe('too-large');
    expect(problem).toEqual({ kind: 'unpacks-too-large', megabytes: 200 });
    expect(message).toContain('200 MB');
  });

  test('a CSV over the size limit is refused', async () => {
    const outcome = await codeOf(new Uint8Array(MAX_CSV_BYTES + 1).fill(0x41), 'big.csv');
    expect(outcome.code).toBe('too-large');
    expect(outcome.problem).toEqual({
      kind: 'csv-too-large',
      megabytes: Math.round(MAX_CSV_BYTES / 1024 / 1024),
    });
  });
});

describe('awkward but valid input', () => {
  test('a used range claiming a million rows costs what its cells cost', async () => {
    const rows: Array<Array<string | null>> = [['Question', 'Answer']];
    const bytes = buildWorkbook([{ name: 'Huge', rows, dimension: 'A1:Z1048576' }]);
    const parts = unzipSync(bytes);
    const xml = new TextDecoder()
      .decode(parts['xl/worksheets/sheet1.xml'])
      .replace(
        '</sheetData>',
        `<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>${REQUEST_QUESTIONS.iso}</t></is></c></row></sheetData>`,
      );
    parts['xl/worksheets/sheet1.xml'] = strToU8(xml);
    const huge = zipSync(parts);
    const file = await readQuestionnaire(huge, 'huge.xlsx');
    expect(file.sheets[0]?.rowCount).toBe(2);
    expect(file.findings.map((f) => [f.cell, f.answerCell])).toEqual([['A1048576', 'B1048576']]);
    const out = await fillQuestionnaire(huge, 'huge.xlsx', [
      { sheet: 'Huge', cell: 'B1048576', text: 'Yes' },
    ]);
    expect((await readQuestionnaire(out, 'huge.xlsx')).findings[0]?.existingAnswer).toBe('Yes');
  });

  test('formulas, rich text and error cells read as Excel shows them', async () => {
    const bytes = buildWorkbook([
      {
        name: 'Mixed',
        rows: [
          ['Question', 'Answer'],
          [
            { value: REQUEST_QUESTIONS.soc2Type2, rich: true },
            { value: '#N/A', error: true },
          ],
          [{ value: REQUEST_QUESTIONS.iso, formula: 'Lists!A1' }, null],
          [PLAIN_QUESTIONS[0], { value: 1, formula: '1' }],
        ],
      },
    ]);
    const file = await readQuestionnaire(bytes, 'mixed.xlsx');
    // The rich-text question reads whole; its answer cell shows the error value; a question
    // computed by a formula is a copy of another cell, so it is not a question of its own.
    expect(file.findings.map((f) => [f.cell, f.question, f.existingAnswer])).toEqual([
      ['A2', REQUEST_QUESTIONS.soc2Type2, '#N/A'],
    ]);
    await expect(
      fillQuestionnaire(bytes, 'mixed.xlsx', [{ sheet: 'Mixed', cell: 'B2', text: 'Yes' }]),
    ).rejects.toMatchObject({
      code: 'cell-filled',
    });
  });

  test('a 10 MB CSV reads whole', async () => {
    // One question in ten asks for a report, as in a real questionnaire.
    const block =
      PLAIN_QUESTIONS.slice(0, 9)
        .map((q) => `"${q}",\r\n`)
        .join('') + `"${REQUEST_QUESTIONS.soc2Type2}",\r\n`;
    const count = Math.ceil((10 * 1024 * 1024) / block.length);
    const bytes = strToU8(`Question,Answer\r\n${block.repeat(count)}`);
    expect(bytes.length).toBeGreaterThan(10 * 1024 * 1024);
    const file = await readQuestionnaire(bytes, 'big.csv');
    expect(file.sheets[0]?.rowCount).toBe(1 + 10 * count);
    expect(file.findings).toHaveLength(count);
    expect(file.findings.at(-1)?.answerCell).toBe(`B${1 + 10 * count}`);
    // A generous timeout, not a timing assertion: the machine running the tests is shared.
  }, 60_000);
});

describe('progress and abort', () => {
  test('progress goes through unpacking and analysing to done = total', async () => {
    const seen: ReadProgress[] = [];
    await readQuestionnaire(sigWorkbook(), 'sig.xlsx', { onProgress: (p) => seen.push(p) });
    expect(seen.filter((p) => p.stage === 'unpack').map((p) => p.sheet)).toEqual([
      'Instructions',
      'Business Resiliency',
      'Information Assurance',
      'Lists',
    ]);
    expect(seen.at(-1)).toEqual({ stage: 'analyze', done: 18, total: 18 });
  });

  test('an aborted signal stops the read with an "aborted" error', async () => {
    const before = new AbortController();
    before.abort();
    await expect(
      readQuestionnaire(sigWorkbook(), 'sig.xlsx', { signal: before.signal }),
    ).rejects.toMatchObject({
      code: 'aborted',
    });
    const during = new AbortController();
    await expect(
      readQuestionnaire(sigWorkbook(), 'sig.xlsx', {
        signal: during.signal,
        onProgress: (p) => p.stage === 'analyze' && during.abort(),
      }),
    ).rejects.toMatchObject({ code: 'aborted' });
  });
});
