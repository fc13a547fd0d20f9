import { afterEach, describe, expect, test } from 'vitest';
import { verdictLine } from '../../components/verdict';
import { useMessageTable } from '../../lib/i18n';
import { verdictFor, type ReportId, type ReportType } from '../../lib/rules';
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
  test.each<Found[]>([
    [],
    [{ report: 'soc2', type: 'type2' }],
    [
      { report: 'iso27001', type: null },
      { report: 'soc2', type: 'type1' },
    ],
    [{ report: 'soc2', type: null }],
    ALL,
  ])('says in English what the rules say (%#)', (...findings) => {
    expect(verdictLine(findings)).toBe(verdictFor(findings));
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
