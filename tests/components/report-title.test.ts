import { afterEach, describe, expect, test } from 'vitest';
import { reportSummary, reportTitle } from '../../components/report-title';
import { verdictLine } from '../../components/verdict';
import { useMessageTable } from '../../lib/i18n';
import { LANGUAGES, REPORT_IDS, reportName, type ReportId, type ReportType } from '../../lib/rules';
import { readTable } from '../../scripts/locales';

type Found = { report: ReportId; type: ReportType | null };

const ALL: Found[] = [
  { report: 'bridge-letter', type: null },
  { report: 'soc1', type: 'type1' },
  { report: 'soc2', type: 'type2' },
  { report: 'iso27001', type: null },
];

afterEach(() => useMessageTable(null, null));

describe('verdictLine', () => {
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
  ])('in English %s', (_name, findings, expected) => {
    expect(verdictLine(findings)).toBe(expected);
  });

  test('names the reports in German, with the German type and list', () => {
    useMessageTable('de', readTable('de'));
    expect(verdictLine(ALL)).toBe(
      'Dieser Fragebogen verlangt: SOC 2 Typ 2, SOC 1 Typ 1, ISO 27001 und Bridge Letter.',
    );
    expect(verdictLine([])).toBe('Diese Seite verlangt keinen Prüfbericht.');
  });

  test('joins the list by Japanese rules', () => {
    useMessageTable('ja', readTable('ja'));
    expect(verdictLine(ALL)).toBe(
      'この質問票が求めているもの：SOC 2 Type 2、SOC 1 Type 1、ISO 27001、ブリッジレター。',
    );
  });
});

describe('reportTitle and reportSummary', () => {
  test.each<[ReportId, ReportType | null]>([
    ['soc2', 'type2'],
    ['soc1', 'type1'],
    ['soc2', null],
    ['soc3', 'type2'],
    ['iso27001', null],
    ['bridge-letter', null],
  ])('in English, %s %s reads as the rules name it', (report, type) => {
    expect(reportTitle(report, type)).toBe(reportName(report, type));
    expect(reportTitle(report, type, 'short')).toBe(reportName(report, type, 'short'));
  });

  test('in German, the type and the bridge letter take the German form', () => {
    useMessageTable('de', readTable('de'));
    expect(reportTitle('soc2', 'type2')).toBe('SOC 2 Typ 2');
    expect(reportTitle('iso27001', null, 'short')).toBe('ISO 27001');
    expect(reportTitle('bridge-letter')).toBe('Bridge Letter');
    expect(reportSummary('soc3')).toMatch(/^Eine kurze Zusammenfassung einer SOC-2-Prüfung/);
  });

  test('every report has a summary in every language, never the English one elsewhere', () => {
    const english = REPORT_IDS.map((report) => reportSummary(report));
    expect(english.every((text) => text.length > 40)).toBe(true);
    for (const language of LANGUAGES.filter((l) => l !== 'en')) {
      useMessageTable(language, readTable(language));
      REPORT_IDS.forEach((report, i) => expect(reportSummary(report)).not.toBe(english[i]));
    }
  });
});
