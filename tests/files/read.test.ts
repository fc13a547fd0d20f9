import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { readQuestionnaire, summarize } from '../../lib/files/index';
import {
  buildWorkbook,
  caiqWorkbook,
  customWorkbook,
  hecvatWorkbook,
  sigWorkbook,
} from './fixtures';

describe('readQuestionnaire on questionnaire-shaped workbooks', () => {
  test('a SIG: question and free-text answer columns, the Yes/No drop-down beside them', async () => {
    const file = await readQuestionnaire(sigWorkbook(), 'SIG Lite.xlsx');
    const sheet = file.sheets.find((s) => s.name === 'Business Resiliency');
    expect(sheet).toMatchObject({
      questionColumn: 'B',
      answerColumn: 'D',
      choiceColumn: 'C',
      numberColumn: 'A',
      headerRow: 2,
      rowCount: 7,
    });
    expect(
      file.findings.map((f) => [f.sheet, f.cell, f.answerCell, f.number, f.requests[0]?.report]),
    ).toEqual([
      ['Business Resiliency', 'B6', 'D6', 'K.3.1', 'soc2'],
      ['Business Resiliency', 'B7', 'D7', 'K.3.2', 'bridge-letter'],
      ['Information Assurance', 'B3', 'D3', 'L.2', 'iso27001'],
      ['Information Assurance', 'B5', 'D5', 'L.4', 'soc2'],
    ]);
    expect(file.answeredName).toBe('SIG Lite (answered).xlsx');
  });

  test('a hidden sheet is listed but not analysed', async () => {
    const file = await readQuestionnaire(sigWorkbook(), 'sig.xlsx');
    expect(file.sheets.find((s) => s.name === 'Lists')).toMatchObject({
      hidden: true,
      rowCount: 4,
    });
    expect(file.findings.some((f) => f.sheet === 'Lists')).toBe(false);
  });

  test('a CAIQ: "CSP CAIQ Answer" is a drop-down, the answer goes to the implementation description', async () => {
    const file = await readQuestionnaire(caiqWorkbook(), 'caiq.xlsx');
    expect(file.sheets[0]).toMatchObject({
      questionColumn: 'B',
      answerColumn: 'E',
      choiceColumn: 'C',
      headerRow: 3,
    });
    expect(file.findings.map((f) => f.requests.map((r) => r.report))).toEqual([
      ['soc1', 'soc2'],
      ['iso27001'],
    ]);
  });

  test('a HECVAT: section rows become the context', async () => {
    const file = await readQuestionnaire(hecvatWorkbook(), 'hecvat.xlsx');
    expect(file.findings.map((f) => [f.cell, f.section, f.context])).toEqual([
      ['B5', 'Documentation', 'HECVAT > Documentation | Question'],
      ['B6', 'Documentation', 'HECVAT > Documentation | Question'],
    ]);
    expect(file.findings.map((f) => f.requests[0]?.type)).toEqual(['type2', 'type1']);
  });

  test('a custom workbook: the financial section makes an unnumbered SOC report SOC 1', async () => {
    const file = await readQuestionnaire(customWorkbook(), 'vendor review.xlsx');
    const bySheet = (sheet: string) => file.findings.filter((f) => f.sheet === sheet);
    expect(
      bySheet('Security').map((f) => [f.cell, f.requests[0]?.report, f.existingAnswer]),
    ).toEqual([
      ['B3', 'soc2', ''],
      ['B4', 'iso27001', 'See attached'],
    ]);
    expect(bySheet('Financial Controls')[0]).toMatchObject({
      cell: 'B3',
      answerCell: 'C3',
      context: 'Financial Controls > Financial reporting controls (SOX) | Requirement',
    });
    expect(bySheet('Financial Controls')[0]?.requests[0]?.report).toBe('soc1');
    expect(summarize(file)).toBe(
      'SOC 2 x1, SOC 1 x1, ISO/IEC 27001 x1, bridge letter x1; 13 rows read in 2 sheets',
    );
  });

  test('a rich-text question (a run with a font family) is read, not taken for a formula', async () => {
    const parts = unzipSync(buildWorkbook([{ name: 'S', rows: [['Question', 'Answer']] }]));
    const run = (text: string) =>
      `<r><rPr><b/><rFont val="Calibri"/><family val="2"/></rPr><t xml:space="preserve">${text}</t></r>`;
    parts['xl/worksheets/sheet1.xml'] = strToU8(
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
        '<row r="1"><c r="A1" t="inlineStr"><is><t>Question</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><t>Answer</t></is></c></row>' +
        `<row r="2"><c r="A2" t="inlineStr"><is>${run('Please attach your ')}${run('SOC 2 Type II report.')}</is></c></row>` +
        '</sheetData></worksheet>',
    );
    const file = await readQuestionnaire(zipSync(parts), 'rich.xlsx');
    expect(file.findings.map((f) => [f.cell, f.answerCell, f.requests[0]?.report])).toEqual([
      ['A2', 'B2', 'soc2'],
    ]);
  });
});
