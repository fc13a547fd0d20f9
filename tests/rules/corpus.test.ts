/**
 * Every labelled item of the dev corpus (tests/fixtures/corpus/dev.jsonl, copied from
 * tests/fixtures/corpus, with each source and licence) is a test case, analysed with its context.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/rules/analyze';
import { itemType, reportSet } from '../../scripts/corpus-labels';

interface Item {
  id: string;
  text: string;
  context?: string;
  labels: { reports: string[]; type: 'type1' | 'type2' | null; note?: string };
}

const items = readFileSync(new URL('../fixtures/corpus/dev.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as Item);

describe('dev corpus', () => {
  test('has items to check', () => {
    expect(items.length).toBeGreaterThan(300);
  });

  test.each(items.map((item) => [item.id, item] as const))('%s', (_id, item) => {
    const requests = analyze(item.text, { context: item.context });
    expect(reportSet(requests)).toEqual([...new Set(item.labels.reports)].sort());
    expect(itemType(requests)).toBe(item.labels.type ?? null);
  });
});

describe('excluded ambiguous items', () => {
  const excluded = readFileSync(
    new URL('../fixtures/corpus/excluded_ambiguous.jsonl', import.meta.url),
    'utf8',
  )
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as { id: string; text: string; context?: string });

  test.each(excluded.map((item) => [item.id, item] as const))(
    '%s is analysed without throwing, with spans inside the text',
    (_id, item) => {
      for (const request of analyze(item.text, { context: item.context })) {
        expect(request.start).toBeGreaterThanOrEqual(0);
        expect(request.end).toBeLessThanOrEqual(item.text.length);
        expect(request.end).toBeGreaterThan(request.start);
      }
    },
  );
});
