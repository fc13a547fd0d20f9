/**
 * An answer cell that holds a formula, in a real workbook: the reader marks the finding, the
 * review never takes it into the copy ("Accept all" leaves it and counts it), and the copy is
 * written with every other answer while the formulas stay as they were.
 */
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { parseWorkerReply } from '../../lib/file-check/protocol';
import {
  acceptGroup,
  answersToWrite,
  formulaCount,
  acceptableCount,
  groupByReport,
  willWrite,
  type Decision,
} from '../../lib/file-check/review';
import { fillFile, readFile } from '../../lib/file-check/worker-jobs';
import { fillQuestionnaire, isQuestionnaireFileError, readQuestionnaire } from '../../lib/files';
import { FORMULA_FILE, formulaWorkbook } from '../fixtures/formula-workbook';

describe('an answer cell holding a formula', () => {
  test('is marked on the finding, also when the formula shows nothing', async () => {
    const file = await readQuestionnaire(formulaWorkbook(), FORMULA_FILE);
    expect(file.findings.map((f) => [f.answerCell, f.answerFormula, f.existingAnswer])).toEqual([
      ['B2', false, ''],
      ['B3', true, 'Yes'],
      ['B4', true, ''],
    ]);
  });

  test('the reader would be right: the writer refuses exactly those cells', async () => {
    for (const cell of ['B3', 'B4']) {
      const error = await fillQuestionnaire(formulaWorkbook(), FORMULA_FILE, [
        { sheet: 'Assurance', cell, text: 'x', overwrite: true },
      ]).catch((caught: unknown) => caught);
      expect(isQuestionnaireFileError(error) && error.problem).toEqual({
        kind: 'formula-cell',
        sheet: 'Assurance',
        cell,
      });
    }
  });

  test('reaches the page through the worker and its checks', async () => {
    const reading = await readFile(
      {
        type: 'read',
        bytes: formulaWorkbook().slice().buffer,
        fileName: FORMULA_FILE,
        columns: {},
      },
      () => undefined,
    );
    expect(parseWorkerReply({ type: 'read', reading })).toEqual({ type: 'read', reading });
    expect(reading.findings.map((f) => f.answerFormula)).toEqual([false, true, true]);
  });

  test('"Accept all" leaves it open and counts it; the copy gets every other answer', async () => {
    const bytes = formulaWorkbook();
    const reading = await readFile(
      { type: 'read', bytes: bytes.slice().buffer, fileName: FORMULA_FILE, columns: {} },
      () => undefined,
    );
    let decisions: Map<string, Decision> = new Map();
    const groups = groupByReport(reading.findings);
    const soc2 = groups.find((group) => group.key === 'soc2:type2')!;
    expect(acceptableCount(decisions, soc2)).toBe(1);
    expect(formulaCount(decisions, soc2)).toBe(1);
    for (const group of groups) {
      decisions = acceptGroup(decisions, group, () => 'Our SOC 2 Type 2 report is attached.');
    }
    expect([...decisions.keys()]).toEqual(['Assurance\u0000A2']);
    // Even an answer accepted some other way is never written into a formula cell.
    const forced: Decision = { kind: 'accepted', text: 'x', replace: true };
    expect(willWrite(reading.findings[1]!, forced)).toBe(false);

    const answers = answersToWrite(reading.findings, decisions);
    expect(answers).toEqual([
      {
        sheet: 'Assurance',
        cell: 'B2',
        text: 'Our SOC 2 Type 2 report is attached.',
        overwrite: false,
      },
    ]);
    const copy = new Uint8Array(
      await fillFile({
        type: 'fill',
        bytes: bytes.slice().buffer,
        fileName: FORMULA_FILE,
        answers,
      }),
    );
    const again = await readQuestionnaire(copy, FORMULA_FILE);
    expect(again.findings.map((f) => [f.answerCell, f.existingAnswer, f.answerFormula])).toEqual([
      ['B2', 'Our SOC 2 Type 2 report is attached.', false],
      ['B3', 'Yes', true],
      ['B4', '', true],
    ]);
    const xml = strFromU8(unzipSync(copy)['xl/worksheets/sheet1.xml']!);
    expect(xml).toContain('<f>Lists!B2</f>');
    expect(xml).toContain('<f>IF(Lists!B3=&quot;&quot;,&quot;&quot;,Lists!B3)</f>');
  });
});
