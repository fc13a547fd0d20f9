/**
 * The held-out set (tests/fixtures/holdout.jsonl): questionnaire phrasings written by the team in
 * their own words, modelled on OneTrust, Whistic, SIG Lite, CAIQ, HECVAT, ServiceNow VRM, Ariba,
 * Google Forms, trust-centre NDA forms and RFP security sections, about half of them hard
 * negatives. Items 001-230 were written before reading the rules, 231-417 afterwards as further
 * probes (each batch scored before the rules were fixed for it), to check that the rules generalise
 *: the product owner checks the same targets on text that is not in the repository.
 * The targets are aggregate, as in `npm run eval`; traps (hard negatives) must never be flagged.
 */
import { describe, expect, test } from 'vitest';
import { isTrap, readItems, score } from './holdout-score';

const items = readItems('holdout.jsonl');

describe('held-out set', () => {
  const result = score(items);

  test('has about 200 items, about half of them hard negatives, in eight languages', () => {
    expect(items.length).toBeGreaterThanOrEqual(200);
    const traps = items.filter(isTrap).length;
    expect(traps / items.length).toBeGreaterThan(0.4);
    expect(new Set(items.map((item) => item.lang)).size).toBeGreaterThanOrEqual(8);
  });

  test.each([
    ['precision', result.precision, 0.99],
    ['recall', result.recall, 0.98],
    ['exact report-set accuracy', result.exact, 0.97],
    ['type accuracy', result.type, 0.97],
  ])('%s meets its target', (_name, value, target) => {
    expect(value).toBeGreaterThanOrEqual(target);
  });

  test('no hard negative is flagged', () => {
    expect(result.trapsFlagged).toEqual([]);
  });
});
