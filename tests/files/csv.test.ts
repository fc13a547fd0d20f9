import { describe, expect, test } from 'vitest';
import {
  fillQuestionnaire,
  isQuestionnaireFileError,
  readQuestionnaire,
} from '../../lib/files/index';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const decode = (bytes: Uint8Array): string =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

/** Windows-1252 bytes of a text made of Latin-1 characters and the few it adds (’ is 0x92). */
function cp1252(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((c) => (c === '’' ? 0x92 : c === '€' ? 0x80 : c.charCodeAt(0))),
  );
}

describe('CSV and TSV', () => {
  test('a comma CSV with CRLF and quoted fields: the answer lands in its field, the rest stays', async () => {
    const text =
      'ID,Question,Response,Notes\r\n' +
      '1,"Please attach your most recent SOC 2 Type II report, if any.",,\r\n' +
      '2,"Do you encrypt data, at rest?",Yes,"said ""yes"""\r\n';
    const bytes = encode(text);
    const file = await readQuestionnaire(bytes, 'review.csv');
    expect(file.format).toBe('csv');
    expect(file.sheets).toMatchObject([
      { name: 'review', questionColumn: 'B', answerColumn: 'C', rowCount: 3 },
    ]);
    expect(file.findings.map((f) => [f.cell, f.answerCell, f.requests[0]?.report])).toEqual([
      ['B2', 'C2', 'soc2'],
    ]);
    const out = await fillQuestionnaire(bytes, 'review.csv', [
      { sheet: 'review', cell: 'C2', text: 'Yes, attached "as PDF"' },
    ]);
    expect(decode(out)).toBe(
      text.replace('report, if any.",,', 'report, if any.","Yes, attached ""as PDF""",'),
    );
    expect(file.answeredName).toBe('review (answered).csv');
  });

  test.each([
    ['=HYPERLINK("https://evil.example","x")'],
    ['+1+1'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['\tYes'],
  ])(
    'an answer that a spreadsheet would run as a formula is written as text: %j',
    async (answer) => {
      const text = 'Question,Answer\nPlease attach your SOC 2 report,\n';
      const out = await fillQuestionnaire(encode(text), 'q.csv', [
        { sheet: 'q', cell: 'B2', text: answer },
      ]);
      const field = decode(out).split('\n')[1]!.slice('Please attach your SOC 2 report,'.length);
      // Quoted or not, the field's text starts with the apostrophe that makes it plain text.
      expect(field.replace(/^"/, '').startsWith(`'${answer.slice(0, 3)}`)).toBe(true);
      const back = await readQuestionnaire(out, 'q.csv');
      expect(back.findings[0]?.existingAnswer).toBe(`'${answer}`.trim());
    },
  );

  test('an ordinary answer is written as it is, with no apostrophe', async () => {
    const text = 'Question,Answer\nPlease attach your SOC 2 report,\n';
    const out = await fillQuestionnaire(encode(text), 'q.csv', [
      { sheet: 'q', cell: 'B2', text: 'Yes: attached' },
    ]);
    expect(decode(out)).toBe(text.replace('report,\n', 'report,Yes: attached\n'));
  });

  test('a semicolon CSV with LF, a BOM, and a short row: delimiters are added, nothing else moves', async () => {
    const text =
      '\uFEFFQuestion;Answer\nProvide your ISO 27001 certificate\nDo you log access?;Yes\n';
    const bytes = encode(text);
    const file = await readQuestionnaire(bytes, 'q.csv');
    expect(file.findings.map((f) => f.answerCell)).toEqual(['B2']);
    const out = await fillQuestionnaire(bytes, 'q.csv', [
      { sheet: 'q', cell: 'B2', text: 'Yes; attached' },
    ]);
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(out)).toBe(text.replace('certificate\n', 'certificate;"Yes; attached"\n'));
  });

  test('a TSV keeps tabs, and a file that quotes every field gets a quoted answer', async () => {
    const text = '"Question"\t"Answer"\n"Attach your SOC 1 report for SOX testing"\t""\n';
    const out = await fillQuestionnaire(encode(text), 'q.tsv', [
      { sheet: 'q', cell: 'B2', text: 'Yes' },
    ]);
    expect(decode(out)).toBe(
      '"Question"\t"Answer"\n"Attach your SOC 1 report for SOX testing"\t"Yes"\n',
    );
    const file = await readQuestionnaire(encode(text), 'q.tsv');
    expect(file.findings[0]?.requests[0]?.report).toBe('soc1');
  });

  test('Windows-1252 is read as such and written back as Windows-1252', async () => {
    const text =
      'Question,Answer\r\nVeuillez fournir votre rapport SOC 2 de type II (période de l’audit).,\r\n';
    const bytes = cp1252(text);
    const file = await readQuestionnaire(bytes, 'fr.csv');
    expect(file.findings[0]?.question).toBe(
      'Veuillez fournir votre rapport SOC 2 de type II (période de l’audit).',
    );
    const out = await fillQuestionnaire(bytes, 'fr.csv', [
      { sheet: 'fr', cell: 'B2', text: 'Oui, ci-joint – €0' },
    ]);
    // "–" is 0x96 and "€" 0x80 in Windows-1252: one byte each, never UTF-8; the comma quotes it.
    const expected = [
      ...bytes.subarray(0, bytes.length - 2),
      ...cp1252('"Oui, ci-joint '),
      0x96,
      ...cp1252(' €0"'),
      0x0d,
      0x0a,
    ];
    expect([...out]).toEqual(expected);
  });

  test('Windows-1252 bytes with no character of their own survive the round trip', async () => {
    const bytes = Uint8Array.from([
      ...cp1252('Question,Answer\r\nAttach your SOC 2 report '),
      0x81,
      0x8d,
      0x2c,
      0x0d,
      0x0a,
    ]);
    const out = await fillQuestionnaire(bytes, 'x.csv', [{ sheet: 'x', cell: 'B2', text: 'Yes' }]);
    expect([...out]).toEqual([
      ...bytes.subarray(0, bytes.length - 2),
      0x59,
      0x65,
      0x73,
      0x0d,
      0x0a,
    ]);
  });

  test('an answer Windows-1252 cannot hold is refused, not mangled', async () => {
    const bytes = cp1252('Question,Answer\r\nAttach your SOC 2 report é,\r\n');
    try {
      await fillQuestionnaire(bytes, 'x.csv', [{ sheet: 'x', cell: 'B2', text: 'はい' }]);
      expect.unreachable();
    } catch (error) {
      expect(isQuestionnaireFileError(error) && error.code).toBe('unencodable');
      // The characters travel as a parameter, one each, for the page to list in any language.
      expect(isQuestionnaireFileError(error) && error.problem).toEqual({
        kind: 'unencodable',
        characters: ['は', 'い'],
      });
    }
  });

  test('an answer past the last row of a CSV is refused with the row', async () => {
    const bytes = cp1252('Question,Answer\r\nAttach your SOC 2 report,\r\n');
    try {
      await fillQuestionnaire(bytes, 'x.csv', [{ sheet: 'x', cell: 'B9', text: 'Yes' }]);
      expect.unreachable();
    } catch (error) {
      expect(isQuestionnaireFileError(error) && error.problem).toEqual({
        kind: 'row-past-end',
        row: 9,
      });
    }
  });

  test('UTF-16 with a BOM (Excel\'s "Unicode text") is read and written as UTF-16', async () => {
    const text = 'Question\tAnswer\r\nAttach your SOC 2 Type 2 report\t\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) bytes[2 + 2 * i] = text.charCodeAt(i);
    const file = await readQuestionnaire(bytes, 'u.txt');
    expect(file.findings.map((f) => f.answerCell)).toEqual(['B2']);
    const out = await fillQuestionnaire(bytes, 'u.txt', [{ sheet: 'u', cell: 'B2', text: 'Yes' }]);
    expect(new TextDecoder('utf-16le', { ignoreBOM: true }).decode(out)).toBe(
      '\uFEFF' + text.replace('\t\r\n', '\tYes\r\n'),
    );
  });

  test('a filled field needs overwrite', async () => {
    const bytes = encode('Question,Answer\nAttach your SOC 2 report,No\n');
    await expect(
      fillQuestionnaire(bytes, 'x.csv', [{ sheet: 'x', cell: 'B2', text: 'Yes' }]),
    ).rejects.toMatchObject({
      code: 'cell-filled',
    });
    const out = await fillQuestionnaire(bytes, 'x.csv', [
      { sheet: 'x', cell: 'B2', text: 'Yes', overwrite: true },
    ]);
    expect(decode(out)).toBe('Question,Answer\nAttach your SOC 2 report,Yes\n');
  });
});
