import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import {
  answerText,
  fillQuestionnaire,
  isQuestionnaireFileError,
  readQuestionnaire,
  type FileAnswer,
} from '../../lib/files/index';
import {
  buildWorkbook,
  customWorkbook,
  hecvatWorkbook,
  REQUEST_QUESTIONS,
  sigWorkbook,
} from './fixtures';

/** Every `<c>` element of a sheet's XML by reference. */
function cells(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g))
    out.set(m[1] as string, m[0]);
  return out;
}

/** The XML with the given cells taken out, and the rows' `spans` hints left as they were. */
function without(xml: string, refs: string[]): string {
  let out = xml;
  for (const ref of refs)
    out = out.replace(new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`), '');
  return out;
}

async function errorOf(
  work: Promise<unknown>,
): Promise<{ code: string; message: string; problem: unknown }> {
  try {
    await work;
  } catch (error) {
    if (isQuestionnaireFileError(error)) {
      return { code: error.code, message: error.message, problem: error.problem };
    }
    throw error;
  }
  throw new Error('expected a QuestionnaireFileError');
}

describe('fillQuestionnaire: fidelity', () => {
  test('every part but the written sheets is byte-identical; in those only the written cells changed', async () => {
    const original = sigWorkbook();
    const file = await readQuestionnaire(original, 'sig.xlsx');
    const answers: FileAnswer[] = file.findings
      .filter((f) => f.existingAnswer === '')
      .map((f) => ({ sheet: f.sheet, cell: f.answerCell, text: answerText(f) }));
    expect(answers.map((a) => `${a.sheet}!${a.cell}`)).toEqual([
      'Business Resiliency!D6',
      'Business Resiliency!D7',
      'Information Assurance!D5',
    ]);
    const answered = await fillQuestionnaire(original, 'sig.xlsx', answers);
    const before = unzipSync(original);
    const after = unzipSync(answered);
    expect(Object.keys(after)).toEqual(Object.keys(before));
    const written = {
      'xl/worksheets/sheet2.xml': ['D6', 'D7'],
      'xl/worksheets/sheet3.xml': ['D5'],
    };
    for (const [name, data] of Object.entries(before)) {
      const refs = written[name as keyof typeof written];
      if (!refs) {
        // Styles, widths, validations, comments, the hidden sheet, defined names, shared strings.
        expect(Buffer.from(after[name] as Uint8Array).equals(Buffer.from(data)), name).toBe(true);
        continue;
      }
      const oldXml = strFromU8(data);
      const newXml = strFromU8(after[name] as Uint8Array);
      expect(without(newXml, refs), name).toBe(without(oldXml, refs));
      const oldCells = cells(oldXml);
      const newCells = cells(newXml);
      for (const [ref, xml] of oldCells)
        if (!refs.includes(ref)) expect(newCells.get(ref)).toBe(xml);
      for (const ref of refs) expect(newCells.get(ref)).toContain('t="inlineStr"');
    }
    // The answered copy reads back with the answers in place.
    const reread = await readQuestionnaire(answered, 'sig.xlsx');
    for (const answer of answers) {
      const finding = reread.findings.find(
        (f) => f.sheet === answer.sheet && f.answerCell === answer.cell,
      );
      expect(finding?.existingAnswer).toBe(answer.text);
    }
  });

  test('a formula, a merged range, a drop-down and defined names survive next to a written cell', async () => {
    const original = hecvatWorkbook();
    const answered = await fillQuestionnaire(original, 'hecvat.xlsx', [
      { sheet: 'HECVAT', cell: 'D5', text: 'Report attached.' },
    ]);
    const xml = strFromU8(unzipSync(answered)['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(xml).toContain('<f>COUNTIF(C4:C8,&quot;Yes&quot;)</f>');
    expect(xml).toContain('<mergeCell ref="A3:D3"/>');
    expect(xml).toContain('<dataValidation type="list"');
    expect(xml).toContain('<col min="2" max="2" width="70" customWidth="1"/>');
  });
});

describe('fillQuestionnaire: where answers go', () => {
  const bytes = buildWorkbook([
    {
      name: 'Q',
      rows: [
        ['ID', 'Question', 'Answer', 'Comments'],
        ['1', REQUEST_QUESTIONS.soc2Type2, { value: '', bold: true }, 'x'],
        ['2', REQUEST_QUESTIONS.iso],
        ['3', 'Filled one', 'Already answered'],
        ['4', 'Computed', { value: 7, formula: 'SUM(A1:A3)' }],
      ],
    },
  ]);

  test('into an empty existing cell, keeping its style', async () => {
    const out = await fillQuestionnaire(bytes, 'q.xlsx', [
      { sheet: 'Q', cell: 'C2', text: 'Yes & attached <here>' },
    ]);
    const xml = strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(xml).toContain(
      '<c r="C2" s="1" t="inlineStr"><is><t xml:space="preserve">Yes &amp; attached &lt;here&gt;</t></is></c><c r="D2"',
    );
  });

  test('into a missing cell of a row, in column order', async () => {
    const out = await fillQuestionnaire(bytes, 'q.xlsx', [
      { sheet: 'Q', cell: 'D3', text: 'note' },
      { sheet: 'Q', cell: 'C3', text: 'answer' },
    ]);
    const xml = strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(xml).toMatch(
      /<c r="B3"[^>]*>.*?<\/c><c r="C3" t="inlineStr">.*?<\/c><c r="D3" t="inlineStr">/,
    );
  });

  test('into a row that does not exist yet, between its neighbours, growing the used range', async () => {
    const out = await fillQuestionnaire(bytes, 'q.xlsx', [
      { sheet: 'Q', cell: 'F9', text: 'late' },
    ]);
    const xml = strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml'] as Uint8Array);
    expect(xml).toMatch(/<\/row><row r="9"><c r="F9" t="inlineStr">.*<\/row><\/sheetData>/);
    expect(xml).toContain('<dimension ref="A1:F9"/>');
  });

  test('a filled cell only with overwrite, a formula never', async () => {
    expect(
      await errorOf(fillQuestionnaire(bytes, 'q.xlsx', [{ sheet: 'Q', cell: 'C4', text: 'new' }])),
    ).toMatchObject({
      code: 'cell-filled',
      problem: { kind: 'cell-filled', sheet: 'Q', cell: 'C4' },
      message: 'Q!C4 already holds an answer; it is replaced only when you choose to overwrite it.',
    });
    const out = await fillQuestionnaire(bytes, 'q.xlsx', [
      { sheet: 'Q', cell: 'C4', text: 'new', overwrite: true },
    ]);
    expect(strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml'] as Uint8Array)).toContain(
      '<c r="C4" t="inlineStr"><is><t xml:space="preserve">new</t></is></c>',
    );
    expect(
      await errorOf(
        fillQuestionnaire(bytes, 'q.xlsx', [
          { sheet: 'Q', cell: 'C5', text: 'x', overwrite: true },
        ]),
      ),
    ).toMatchObject({
      code: 'formula-cell',
      problem: { kind: 'formula-cell', sheet: 'Q', cell: 'C5' },
    });
  });

  test('an unknown sheet or a cell that is no reference is refused', async () => {
    expect(
      await errorOf(fillQuestionnaire(bytes, 'q.xlsx', [{ sheet: 'Nope', cell: 'C2', text: 'x' }])),
    ).toMatchObject({
      code: 'unknown-sheet',
      problem: { kind: 'unknown-sheet', sheet: 'Nope' },
    });
    expect(
      await errorOf(fillQuestionnaire(bytes, 'q.xlsx', [{ sheet: 'Q', cell: 'C0', text: 'x' }])),
    ).toMatchObject({
      code: 'bad-cell',
      problem: { kind: 'bad-cell', cell: 'C0' },
    });
    expect(
      await errorOf(fillQuestionnaire(bytes, 'q.xlsx', [{ sheet: 'Q', cell: 'XFE1', text: 'x' }])),
    ).toMatchObject({
      code: 'bad-cell',
    });
  });

  test('no answers: every part unpacks byte-identical', async () => {
    const original = customWorkbook();
    const before = unzipSync(original);
    const after = unzipSync(await fillQuestionnaire(original, 'c.xlsx', []));
    for (const [name, data] of Object.entries(before)) {
      expect(Buffer.from(after[name] as Uint8Array).equals(Buffer.from(data)), name).toBe(true);
    }
  });

  test('prefixed SpreadsheetML (x:row, x:c) is read and written with the same prefix', async () => {
    const plain = buildWorkbook(
      [{ name: 'P', rows: [['Question', 'Answer'], [REQUEST_QUESTIONS.soc2Type2]] }],
      {
        inlineStrings: true,
      },
    );
    const parts = unzipSync(plain);
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] as Uint8Array)
      .replace('<worksheet xmlns=', '<x:worksheet xmlns:x=')
      .replace('</worksheet>', '</x:worksheet>')
      .replace(
        /<(\/?)(dimension|sheetViews|sheetView|sheetFormatPr|sheetData|row|c|is|t|pageMargins)\b/g,
        '<$1x:$2',
      );
    const { zipSync, strToU8 } = await import('fflate');
    const bytes = zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    const file = await readQuestionnaire(bytes, 'p.xlsx');
    expect(file.findings.map((f) => [f.cell, f.answerCell])).toEqual([['A2', 'B2']]);
    const out = await fillQuestionnaire(bytes, 'p.xlsx', [{ sheet: 'P', cell: 'B2', text: 'Yes' }]);
    expect(strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml'] as Uint8Array)).toContain(
      '<x:c r="B2" t="inlineStr"><x:is><x:t xml:space="preserve">Yes</x:t></x:is></x:c></x:row>',
    );
  });
});

describe('fillQuestionnaire: macro workbooks and repeated answers', () => {
  test('an .xlsm keeps its macros byte-identical and its extension', async () => {
    const parts = unzipSync(customWorkbook());
    const macros = Uint8Array.from({ length: 3000 }, (_, i) => (i * 7919) % 251);
    parts['xl/vbaProject.bin'] = macros;
    const { zipSync } = await import('fflate');
    const bytes = zipSync(parts);
    const file = await readQuestionnaire(bytes, 'Vendor Review.xlsm');
    expect(file.answeredName).toBe('Vendor Review (answered).xlsm');
    const out = await fillQuestionnaire(bytes, 'Vendor Review.xlsm', [
      { sheet: 'Security', cell: 'C3', text: 'Yes' },
    ]);
    expect(
      Buffer.from(unzipSync(out)['xl/vbaProject.bin'] as Uint8Array).equals(Buffer.from(macros)),
    ).toBe(true);
  });

  test('two answers for one cell: the last one is written', async () => {
    const bytes = customWorkbook();
    const out = await fillQuestionnaire(bytes, 'c.xlsx', [
      { sheet: 'Security', cell: 'C3', text: 'first' },
      { sheet: 'Security', cell: 'c3', text: 'second' },
    ]);
    const file = await readQuestionnaire(out, 'c.xlsx');
    expect(file.findings.find((f) => f.answerCell === 'C3')?.existingAnswer).toBe('second');
  });
});

describe('fillQuestionnaire: the format of a new cell', () => {
  test("a new cell takes its row's format if the row has one, else its column's", async () => {
    const parts = unzipSync(
      buildWorkbook([
        {
          name: 'Q',
          rows: [['Question', 'Answer'], [REQUEST_QUESTIONS.soc2Type2], [REQUEST_QUESTIONS.iso]],
          widths: [70, 40],
        },
      ]),
    );
    const sheet = strFromU8(parts['xl/worksheets/sheet1.xml'] as Uint8Array)
      .replace(
        '<col min="2" max="2" width="40" customWidth="1"/>',
        '<col min="2" max="2" width="40" style="2" customWidth="1"/>',
      )
      .replace('<row r="3" spans="1:1">', '<row r="3" spans="1:1" s="1" customFormat="1">');
    const { zipSync, strToU8 } = await import('fflate');
    const bytes = zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    const out = await fillQuestionnaire(bytes, 'q.xlsx', [
      { sheet: 'Q', cell: 'B2', text: 'column' },
      { sheet: 'Q', cell: 'B3', text: 'row' },
      { sheet: 'Q', cell: 'B5', text: 'new row' },
      { sheet: 'Q', cell: 'C2', text: 'no format' },
    ]);
    const written = cells(strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml'] as Uint8Array));
    expect(written.get('B2')).toContain(' s="2" ');
    expect(written.get('B3')).toContain(' s="1" ');
    expect(written.get('B5')).toContain(' s="2" ');
    expect(written.get('C2')).not.toContain(' s=');
  });
});
