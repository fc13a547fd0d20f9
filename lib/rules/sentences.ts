/**
 * Where a sentence starts and ends in questionnaire text, without a parser: a full stop ends a
 * sentence unless it closes an abbreviation ("e.g.", "S.O.C.", "No. 16"); a line break, "?" or "!"
 * (and their CJK forms) always do. `analyze` reads one sentence around each hint.
 */

const ABBREVIATIONS = new Set([
  'e.g',
  'i.e',
  'eg',
  'ie',
  'etc',
  'vs',
  'no',
  'nr',
  'approx',
  'inc',
  'ltd',
  'co',
  'corp',
  'sec',
  'ca',
  'cf',
  'incl',
  'resp',
  'z.b',
  'bzw',
  'p.ej',
  'ex',
  'p.ex',
]);

/** Is `text[i]` the end of a sentence? */
export function isBoundary(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === 0x0a || c === 0x3002 || c === 0xff01 || c === 0xff1f) return true; // \n 。 ！ ？
  if (c !== 0x2e && c !== 0x3f && c !== 0x21) return false; // . ? !
  const next = text.charCodeAt(i + 1);
  if (Number.isNaN(next)) return true;
  const nextIsSpace = next === 0x20 || next === 0x0a || next === 0x09 || next === 0xa0;
  if (c !== 0x2e) return nextIsSpace || next > 0x2e7f; // "?" before a space or CJK text
  if (!nextIsSpace) return false;
  // "e.g. ISO 27001", "S.O.C. 2", "No. 16": not sentence ends.
  let k = i - 1;
  while (k >= 0 && i - k <= 8) {
    const ch = text.charCodeAt(k);
    const isWordish = (ch >= 0x61 && ch <= 0x7a) || (ch >= 0x41 && ch <= 0x5a) || ch === 0x2e;
    if (!isWordish) break;
    k--;
  }
  const word = text.slice(k + 1, i).toLowerCase();
  if (word.length === 1 || ABBREVIATIONS.has(word) || word.includes('.')) return false;
  return true;
}

/** Start and end of the sentence around `pos`. */
export function sentenceAround(text: string, pos: number): [number, number] {
  let start = pos;
  while (start > 0 && !isBoundary(text, start - 1)) start--;
  let end = pos;
  while (end < text.length && !isBoundary(text, end)) end++;
  return [start, Math.min(text.length, end + 1)];
}
