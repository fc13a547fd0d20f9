/**
 * Scores `analyze` on a labelled held-out file the way scripts/eval.ts does, for the held-out
 * tests: detection precision and recall, exact report-set and type accuracy, and the hard
 * negatives ("traps") flagged.
 */
import { readFileSync } from 'node:fs';
import { analyze } from '../../lib/rules/analyze';
import { itemType, reportSet } from '../../scripts/corpus-labels';

export interface Item {
  id: string;
  text: string;
  context?: string;
  lang?: string;
  labels: { reports: string[]; type: 'type1' | 'type2' | null; note?: string };
}

/** The items of a JSON-lines fixture in tests/fixtures. */
export function readItems(name: string): Item[] {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Item);
}

export const isTrap = (item: Item): boolean => /hard negative/i.test(item.labels.note ?? '');

/** Scores of `analyze` on the set, computed the way scripts/eval.ts does. */
export function score(set: readonly Item[]) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let exact = 0;
  let typed = 0;
  let typeOk = 0;
  const trapsFlagged: string[] = [];
  for (const item of set) {
    const requests = analyze(item.text, { context: item.context });
    const got = reportSet(requests) as string[];
    const want = [...new Set(item.labels.reports)].sort();
    tp += got.filter((r) => want.includes(r)).length;
    fp += got.filter((r) => !want.includes(r)).length;
    fn += want.filter((r) => !got.includes(r)).length;
    if (got.join(',') === want.join(',')) exact++;
    if (want.length > 0) {
      typed++;
      if (itemType(requests) === (item.labels.type ?? null)) typeOk++;
    }
    if (isTrap(item) && got.length > 0) trapsFlagged.push(item.id);
  }
  const ratio = (a: number, b: number): number => (b === 0 ? 1 : a / b);
  return {
    precision: ratio(tp, tp + fp),
    recall: ratio(tp, tp + fn),
    exact: ratio(exact, set.length),
    type: ratio(typeOk, typed),
    trapsFlagged,
  };
}
