import { describe, expect, test } from 'vitest';
import {
  isReportId,
  isReportTypeOrNone,
  isTyped,
  readingOf,
  REPORT_IDS,
  REPORTS,
  reportName,
  TYPED_REPORTS,
  verdictNames,
  type NameForm,
} from '../../lib/rules/reports';
import type { ReportId, ReportType } from '../../lib/rules/types';
import { said } from '../../lib/rules/words';
import { sayInEnglish } from '../../lib/i18n/english';

type Found = { report: ReportId; type: ReportType | null };

describe('verdictNames', () => {
  test.each<[string, Found[], string]>([
    ['says nothing when nothing is asked', [], ''],
    ['names one report with its type', [{ report: 'soc2', type: 'type2' }], 'SOC 2 Type 2'],
    [
      'names SOC 2 Type 2 and ISO 27001 (the issue example)',
      [
        { report: 'iso27001', type: null },
        { report: 'soc2', type: 'type2' },
      ],
      'SOC 2 Type 2 and ISO 27001',
    ],
    [
      'prefers Type 2 when some requests ask for Type 1 and some for Type 2',
      [
        { report: 'soc2', type: 'type1' },
        { report: 'soc2', type: null },
        { report: 'soc2', type: 'type2' },
      ],
      'SOC 2 Type 2',
    ],
    [
      'keeps Type 1 when only Type 1 is asked',
      [
        { report: 'soc1', type: 'type1' },
        { report: 'soc1', type: null },
      ],
      'SOC 1 Type 1',
    ],
    ['leaves the type out when no request names one', [{ report: 'soc2', type: null }], 'SOC 2'],
    [
      'lists three or more with commas and "and"',
      [
        { report: 'bridge-letter', type: null },
        { report: 'soc1', type: 'type2' },
        { report: 'soc2', type: 'type2' },
        { report: 'soc3', type: null },
      ],
      'SOC 2 Type 2, SOC 1 Type 2, SOC 3 and a bridge letter',
    ],
  ])('%s', (_name, findings, expected) => {
    expect(verdictNames(findings)).toBe(expected);
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
    const reasons = [said('rulesWhyTypeSaid', '2', 'Type II'), said('rulesWhyTypeOpen')];
    expect(readingOf({ report: 'soc2', type: 'type2', reasons }, sayInEnglish)).toBe(
      'SOC 2 Type 2: Type 2: the text says “Type II”',
    );
    const none = { report: 'bridge-letter' as const, type: null, reasons: [] };
    expect(readingOf(none, sayInEnglish)).toBe('Bridge letter');
  });
});

describe('one naming function', () => {
  // Every form of every report, as the cards, answers, verdict and popup list showed them before
  // the names had one home: a change here changes what users read.
  test.each<[ReportId, NameForm, string]>([
    ['soc2', 'title', 'SOC 2'],
    ['iso27001', 'title', 'ISO/IEC 27001'],
    ['bridge-letter', 'title', 'Bridge letter'],
    ['iso27001', 'in-text', 'ISO/IEC 27001'],
    ['bridge-letter', 'in-text', 'bridge letter'],
    ['soc1', 'in-text', 'SOC 1'],
    ['iso27001', 'sentence', 'ISO 27001'],
    ['bridge-letter', 'sentence', 'a bridge letter'],
    ['iso27001', 'short', 'ISO 27001'],
    ['bridge-letter', 'short', 'Bridge letter'],
    ['soc3', 'short', 'SOC 3'],
  ])('names %s in the %s form "%s"', (report, form, expected) => {
    expect(reportName(report, null, form)).toBe(expected);
  });

  test('adds the type in every form, to SOC 1 and SOC 2 only', () => {
    const forms: NameForm[] = ['title', 'in-text', 'sentence', 'short'];
    for (const form of forms) {
      expect(reportName('soc1', 'type1', form), form).toBe('SOC 1 Type 1');
      expect(reportName('soc2', 'type2', form), form).toBe('SOC 2 Type 2');
      for (const report of ['soc3', 'iso27001', 'bridge-letter'] as const) {
        expect(reportName(report, 'type2', form), `${report} ${form}`).toBe(
          reportName(report, null, form),
        );
      }
    }
  });

  test('the title form is the default', () => {
    for (const report of REPORT_IDS) expect(reportName(report)).toBe(REPORTS[report].title);
  });

  test('names an id it does not know as the id itself, rather than throwing', () => {
    expect(reportName('soc9' as ReportId, 'type2')).toBe('soc9');
  });
});

describe('reports with a type', () => {
  test('are SOC 1 and SOC 2, in display order', () => {
    expect(TYPED_REPORTS).toEqual(['soc2', 'soc1']);
    expect(REPORT_IDS.filter((report) => isTyped(report))).toEqual(TYPED_REPORTS);
  });

  test('nothing else, not even no report at all', () => {
    for (const report of ['soc3', 'iso27001', 'bridge-letter', null, undefined] as const) {
      expect(isTyped(report), String(report)).toBe(false);
    }
  });

  test('every report has its facts, in the display order', () => {
    expect(Object.keys(REPORTS).sort()).toEqual([...REPORT_IDS].sort());
    expect(new Set(REPORT_IDS).size).toBe(REPORT_IDS.length);
    for (const report of REPORT_IDS) {
      const info = REPORTS[report];
      expect(info.title.trim(), report).not.toBe('');
      expect(info.inSentence.trim(), report).not.toBe('');
    }
  });
});

describe('guards for data read from a message or a worker', () => {
  test('isReportId takes our ids only', () => {
    for (const report of REPORT_IDS) expect(isReportId(report)).toBe(true);
    for (const value of ['soc4', 'SOC2', '', null, undefined, 2, {}]) {
      expect(isReportId(value)).toBe(false);
    }
  });

  test('isReportTypeOrNone takes type1, type2 and null only', () => {
    for (const value of ['type1', 'type2', null]) expect(isReportTypeOrNone(value)).toBe(true);
    for (const value of ['type3', 'Type 2', undefined, 1, '']) {
      expect(isReportTypeOrNone(value)).toBe(false);
    }
  });
});
