import { describe, expect, test } from 'vitest';
import {
  FAQ,
  LEGACY_NAMES,
  SOC1_VS_SOC2,
  SOC2_VS_ISO27001,
  SOC3_AND_BRIDGE_LETTERS,
  TYPE1_VS_TYPE2,
} from '../../lib/rules/knowledge';
import { readingOf, reportName, verdictFor } from '../../lib/rules/reports';
import {
  pickScenario,
  SCENARIO_QUESTIONS,
  type Recommendation,
  type ScenarioAnswers,
} from '../../lib/rules/scenario';
import type { ReportId, ReportType } from '../../lib/rules/types';

const TABLES = [SOC1_VS_SOC2, TYPE1_VS_TYPE2, SOC2_VS_ISO27001];

describe('knowledge catalogue', () => {
  test.each(TABLES.map((table) => [table.id, table] as const))(
    'table %s has unique ids and no empty cell',
    (_id, table) => {
      expect(table.title.trim()).not.toBe('');
      expect(table.columns.every((column) => column.trim() !== '')).toBe(true);
      expect(new Set(table.rows.map((row) => row.id)).size).toBe(table.rows.length);
      for (const row of table.rows) {
        expect(row.aspect.trim(), row.id).not.toBe('');
        for (const cell of row.cells) expect(cell.trim(), row.id).not.toBe('');
      }
    },
  );

  test('SOC 1 vs SOC 2 has every row issue #5 lists', () => {
    expect(SOC1_VS_SOC2.rows.map((row) => row.id)).toEqual([
      'reports-on',
      'one-line',
      'who-needs-it',
      'who-asks',
      'standard',
      'performed-by',
      'types',
      'distribution',
      'default-for-saas',
    ]);
  });

  test('the standards are right: SSAE 18, AT-C 320 for SOC 1, AT-C 105 and 205 for SOC 2', () => {
    const standard = SOC1_VS_SOC2.rows.find((row) => row.id === 'standard');
    expect(standard?.cells[0]).toMatch(/SSAE 18/);
    expect(standard?.cells[0]).toMatch(/AT-C 320/);
    expect(standard?.cells[0]).not.toMatch(/AT-C (105|205)/);
    expect(standard?.cells[1]).toMatch(/SSAE 18/);
    expect(standard?.cells[1]).toMatch(/AT-C 105/);
    expect(standard?.cells[1]).toMatch(/AT-C 205/);
    expect(standard?.cells[1]).not.toMatch(/AT-C 320/);
  });

  test('SOC 2 is the default for SaaS and SOC 1 is not', () => {
    const row = SOC1_VS_SOC2.rows.find((r) => r.id === 'default-for-saas');
    expect(row?.cells[0]).toMatch(/^No\b/);
    expect(row?.cells[1]).toMatch(/^Yes\b/);
  });

  test('both are performed by a licensed CPA firm', () => {
    const row = SOC1_VS_SOC2.rows.find((r) => r.id === 'performed-by');
    expect(row?.cells).toEqual(['A licensed CPA firm.', 'A licensed CPA firm.']);
  });

  test('legacy names cover SAS 70, SSAE 16, SSAE 18, ISAE 3402 and ISAE 3000 with their dates', () => {
    const byId = new Map(LEGACY_NAMES.map((entry) => [entry.id, entry]));
    expect(byId.get('sas-70')?.meaning).toMatch(/2011/);
    expect(byId.get('ssae-16')?.meaning).toMatch(/May 2017/);
    expect(byId.get('isae-3402')?.meaning).toMatch(/SOC 1/);
    expect(byId.get('isae-3000')?.meaning).toMatch(/SOC 2/);
    expect(byId.get('ssae-18')?.meaning).toMatch(/ambiguous/);
    for (const entry of LEGACY_NAMES) {
      expect(entry.name.trim(), entry.id).not.toBe('');
      expect(entry.meaning.trim(), entry.id).not.toBe('');
    }
  });

  test('SOC 3 and bridge letters are explained', () => {
    expect(SOC3_AND_BRIDGE_LETTERS.map((topic) => topic.id)).toEqual(['soc3', 'bridge-letter']);
    for (const topic of SOC3_AND_BRIDGE_LETTERS) {
      expect(topic.points.length, topic.id).toBeGreaterThan(0);
      for (const point of topic.points) expect(point.trim(), topic.id).not.toBe('');
    }
  });

  test('the FAQ has at least five non-empty entries, including the five issue #5 asks for', () => {
    expect(FAQ.length).toBeGreaterThanOrEqual(5);
    expect(new Set(FAQ.map((entry) => entry.id)).size).toBe(FAQ.length);
    for (const id of [
      'difference',
      'which-do-i-need',
      'is-soc2-harder',
      'one-audit-both',
      'which-first',
    ]) {
      expect(
        FAQ.some((entry) => entry.id === id),
        id,
      ).toBe(true);
    }
    for (const entry of FAQ) {
      expect(entry.question.trim().endsWith('?'), entry.id).toBe(true);
      expect(entry.answer.trim().length, entry.id).toBeGreaterThan(40);
    }
  });

  test('every scenario question has at least two options with labels', () => {
    expect(SCENARIO_QUESTIONS.map((question) => question.id)).toEqual([
      'financialReporting',
      'asker',
      'dealsStalled',
    ]);
    for (const question of SCENARIO_QUESTIONS) {
      expect(question.options.length).toBeGreaterThanOrEqual(2);
      for (const option of question.options) expect(option.label.trim()).not.toBe('');
    }
  });
});

describe('pickScenario', () => {
  test.each<[string, ScenarioAnswers, Recommendation]>([
    [
      'a SaaS vendor asked by a security team gets SOC 2',
      { financialReporting: 'no', asker: 'security', dealsStalled: 'no' },
      'soc2',
    ],
    [
      'a SaaS vendor asked by an unknown team gets SOC 2',
      { financialReporting: 'no', asker: 'unknown', dealsStalled: 'yes' },
      'soc2',
    ],
    [
      'a SaaS vendor asked by both teams gets SOC 2',
      { financialReporting: 'no', asker: 'both', dealsStalled: 'no' },
      'soc2',
    ],
    [
      'a SaaS vendor asked by auditors should ask the buyer',
      { financialReporting: 'no', asker: 'finance', dealsStalled: 'no' },
      'ask-buyer',
    ],
    [
      'a payroll vendor asked by auditors gets SOC 1',
      { financialReporting: 'yes', asker: 'finance', dealsStalled: 'no' },
      'soc1',
    ],
    [
      'a payroll vendor asked by both teams gets both',
      { financialReporting: 'yes', asker: 'both', dealsStalled: 'no' },
      'both',
    ],
    [
      'a payments vendor asked by security gets both',
      { financialReporting: 'yes', asker: 'security', dealsStalled: 'yes' },
      'both',
    ],
    [
      'a payments vendor asked by an unknown team gets both',
      { financialReporting: 'yes', asker: 'unknown', dealsStalled: 'no' },
      'both',
    ],
    [
      'an unsure vendor asked by security gets SOC 2',
      { financialReporting: 'unsure', asker: 'security', dealsStalled: 'no' },
      'soc2',
    ],
    [
      'an unsure vendor asked by auditors should ask the buyer',
      { financialReporting: 'unsure', asker: 'finance', dealsStalled: 'no' },
      'ask-buyer',
    ],
    [
      'an unsure vendor asked by an unknown team should ask the buyer',
      { financialReporting: 'unsure', asker: 'unknown', dealsStalled: 'yes' },
      'ask-buyer',
    ],
  ])('%s', (_name, answers, expected) => {
    const outcome = pickScenario(answers);
    expect(outcome.recommendation).toBe(expected);
    expect(outcome.headline).not.toBe('');
    expect(outcome.reasons.length).toBeGreaterThan(0);
  });

  test.each([
    ['stalled deals get a Type 1 first', 'yes', /Type 1 fast/],
    ['no waiting deal goes straight for Type 2', 'no', /straight for a Type 2/],
  ] as const)('%s', (_name, dealsStalled, advice) => {
    expect(
      pickScenario({ financialReporting: 'no', asker: 'security', dealsStalled }).typeAdvice,
    ).toMatch(advice);
  });

  test('answers every combination with a recommendation and reasons', () => {
    for (const financialReporting of ['yes', 'no', 'unsure'] as const)
      for (const asker of ['security', 'finance', 'both', 'unknown'] as const)
        for (const dealsStalled of ['yes', 'no'] as const) {
          const outcome = pickScenario({ financialReporting, asker, dealsStalled });
          expect(['soc1', 'soc2', 'both', 'ask-buyer']).toContain(outcome.recommendation);
          expect(outcome.reasons.every((reason) => reason.trim() !== '')).toBe(true);
        }
  });
});

type Found = { report: ReportId; type: ReportType | null };

describe('verdictFor', () => {
  test.each<[string, Found[], string]>([
    ['says plainly when nothing is asked', [], 'This page asks for no audit report.'],
    [
      'names one report with its type',
      [{ report: 'soc2', type: 'type2' }],
      'This questionnaire asks for SOC 2 Type 2.',
    ],
    [
      'names SOC 2 Type 2 and ISO 27001 (the issue example)',
      [
        { report: 'iso27001', type: null },
        { report: 'soc2', type: 'type2' },
      ],
      'This questionnaire asks for SOC 2 Type 2 and ISO 27001.',
    ],
    [
      'prefers Type 2 when some requests ask for Type 1 and some for Type 2',
      [
        { report: 'soc2', type: 'type1' },
        { report: 'soc2', type: null },
        { report: 'soc2', type: 'type2' },
      ],
      'This questionnaire asks for SOC 2 Type 2.',
    ],
    [
      'keeps Type 1 when only Type 1 is asked',
      [
        { report: 'soc1', type: 'type1' },
        { report: 'soc1', type: null },
      ],
      'This questionnaire asks for SOC 1 Type 1.',
    ],
    [
      'leaves the type out when no request names one',
      [{ report: 'soc2', type: null }],
      'This questionnaire asks for SOC 2.',
    ],
    [
      'lists three or more with commas and "and"',
      [
        { report: 'bridge-letter', type: null },
        { report: 'soc1', type: 'type2' },
        { report: 'soc2', type: 'type2' },
        { report: 'soc3', type: null },
      ],
      'This questionnaire asks for SOC 2 Type 2, SOC 1 Type 2, SOC 3 and a bridge letter.',
    ],
  ])('%s', (_name, findings, expected) => {
    expect(verdictFor(findings)).toBe(expected);
  });
});

describe('reportName and readingOf', () => {
  test.each<[ReportId, ReportType | null, string]>([
    ['soc2', 'type1', 'SOC 2 Type 1'],
    ['soc1', 'type2', 'SOC 1 Type 2'],
    ['soc3', 'type2', 'SOC 3'],
    ['iso27001', null, 'ISO 27001'],
    ['bridge-letter', null, 'a bridge letter'],
  ])('names %s %s as "%s"', (report, type, expected) => {
    expect(reportName(report, type, 'sentence')).toBe(expected);
  });

  test.each<[ReportId, ReportType | null, string]>([
    ['bridge-letter', null, 'Bridge letter'],
    ['soc2', 'type2', 'SOC 2 Type 2'],
    ['iso27001', 'type1', 'ISO 27001'],
  ])('titles %s %s as "%s"', (report, type, expected) => {
    expect(reportName(report, type, 'short')).toBe(expected);
  });

  test('reads a request as its name and its main reason', () => {
    expect(
      readingOf({
        report: 'soc2',
        type: 'type2',
        reasons: ['Asks for operating effectiveness.', 'x'],
      }),
    ).toBe('SOC 2 Type 2: Asks for operating effectiveness');
    expect(readingOf({ report: 'bridge-letter', type: null, reasons: [] })).toBe('Bridge letter');
  });
});
