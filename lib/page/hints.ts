/**
 * The hint pass and the node mapping: one pass of the combined hint expression over a scope's
 * text says where requests may be, and these helpers turn its offsets into the text nodes and
 * blocks to walk, without touching any other part of the page. Everything that can take long
 * works in slices (the scanner's `Slicer`, or the `maybePause` it hands in).
 */
import type { Detector } from './detector';
import { lastAtOrBefore, type Collected } from './collect';
import { kindOf, nearestBlock, SKIP } from './kinds';
import type { Slicer } from './scheduling';

/**
 * Size of one slice of text for a regular expression pass: a few ms even for slow patterns on a
 * loaded machine (64 KB slices measured up to ~15 ms with 2 cores shared by several processes).
 */
export const TEXT_SLICE = 16_384;
/**
 * Texts up to this long get one pass of an expression, not slices: 3-5 ms for the hint
 * expression over 256 K characters on a loaded machine (a 2,000-question page holds 150 K).
 */
const SINGLE_PASS = 262_144;
/** Overlap between slices, longer than any phrase, so none is cut in two. */
export const TEXT_OVERLAP = 256;
/** Runs longer than this are analysed in windows around each hint (a 2 MB text node). */
export const MAX_RUN = 4000;
/**
 * Invisible characters a page can put inside a phrase ("SOC\u200B2", soft hyphens, bidi marks:
 * seen on hostile pages), as an expression source for the scanner's own passes over page text.
 * The raw hint pass can miss a phrase they split, so runs holding one are also given to the
 * rules' own pre-check, which sees through them. (Not the rules' `BREAKERS` in normalize.ts: that set is
 * what the rules' normalizer rewrites, exotic spaces and full-width letters included.)
 */
export const HIDDEN_CHARACTER_SOURCE =
  '[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]';
/** How many text nodes to visit between two looks at the clock. */
export const NODES_PER_CHECK = 256;
/**
 * Above this many bytes of HTML, the document's text is read in slices instead of one
 * `textContent` read (measured on the 20,000-question benchmark page, 6 MB of HTML: one read took
 * 30-50 ms on a loaded 2-core machine; at 2,000 questions, 0.6 MB, 3-5 ms). The size comes from
 * the navigation entry, which costs nothing to read: counting elements instead (the previous
 * gate) cost as much as the read itself.
 */
const HUGE_HTML_BYTES = 2_000_000;

/**
 * The hint expression as run over `textContent`, where nothing separates two blocks' texts:
 * "<td>12</td><td>SOC 2 report</td>" reads "12SOC 2 report", in which `\bSOC` finds no word
 * boundary. Each leading `\b` becomes "no letter before", so a digit or punctuation ending the
 * previous block no longer hides a hint (letters still do: loosening further would match inside
 * "mechanisms" or "associate" on most pages). Hits only choose which blocks get walked; inside a
 * block the exact expression runs over separated runs, so the looser form never adds a finding.
 */
export function textContentHintSource(source: string): string {
  return source.replace(/(^|\||\(\?:)\\b/g, '$1(?<![a-z])');
}

/** Any of those invisible characters (one test over a whole text decides the way to scan it). */
// eslint-disable-next-line no-misleading-character-class -- each entry is one invisible code point on its own, nothing combines
export const HAS_HIDDEN_CHARACTER = new RegExp(HIDDEN_CHARACTER_SOURCE);

/** Compiled hint expressions by source: one object each, not one per block scanned. */
const EXPRESSIONS = new Map<string, RegExp>();

function hintExpression(source: string): RegExp {
  let re = EXPRESSIONS.get(source);
  if (!re) {
    re = new RegExp(source, 'gi');
    EXPRESSIONS.set(source, re);
  }
  return re;
}

/** Start offsets of every match of `re` in `text`, scanning in slices (yielding between). */
export async function findHints(text: string, source: string, slicer: Slicer): Promise<number[]> {
  const re = hintExpression(source);
  const hits: number[] = [];
  if (text.length <= SINGLE_PASS) {
    // One pass, as the benchmark's lower bound does: no slice copies for an ordinary page.
    re.lastIndex = 0;
    for (let match = re.exec(text); match; match = re.exec(text)) {
      if (match[0].length === 0) re.lastIndex++;
      else hits.push(match.index);
    }
    re.lastIndex = 0;
    return hits;
  }
  for (let from = 0; from < text.length; from += TEXT_SLICE) {
    const last = from + TEXT_SLICE >= text.length;
    const chunk =
      from === 0 && last
        ? text
        : text.slice(from, Math.min(text.length, from + TEXT_SLICE + TEXT_OVERLAP));
    re.lastIndex = 0;
    for (let match = re.exec(chunk); match; match = re.exec(chunk)) {
      if (match[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      // Matches starting in the overlap belong to the next slice.
      if (!last && match.index >= TEXT_SLICE) break;
      hits.push(from + match.index);
    }
    await slicer.maybeYield();
  }
  return hits;
}

/** The rules' pre-check over a text of any size, in slices. */
export async function mightRequestSliced(
  text: string,
  detector: Detector,
  slicer: Slicer,
): Promise<boolean> {
  if (text.length <= TEXT_SLICE) return safeMight(detector, text);
  for (let from = 0; from < text.length; from += TEXT_SLICE) {
    if (safeMight(detector, text.slice(from, from + TEXT_SLICE + TEXT_OVERLAP))) return true;
    await slicer.maybeYield();
  }
  return false;
}

export function safeMight(detector: Detector, text: string): boolean {
  try {
    return detector.mightRequest(text);
  } catch {
    return true;
  }
}

/**
 * The blocks to walk for the text nodes holding hints: each node's nearest block, skipping text
 * we never read (form values, scripts, our own UI), in document order, leaving out blocks inside
 * another chosen one (its walk covers them). Text with no block inside `scope` (right under a
 * shadow root) means walking `scope` itself.
 */
export function blocksOf(nodes: readonly (Text | undefined)[], scope: Node): Node[] {
  const chosen = new Set<Node>();
  const order: Node[] = [];
  // Whether an element is (inside) one we never read, shared by the hits below it: each
  // ancestor is looked at once, not once per hit.
  const skipped = new Map<Element, boolean>();
  const isSkipped = (start: Element | null): boolean => {
    const path: Element[] = [];
    let result = false;
    for (let element = start; element; element = element.parentElement) {
      const known = skipped.get(element);
      if (known !== undefined) {
        result = known;
        break;
      }
      path.push(element);
      if (kindOf(element) === SKIP) {
        result = true;
        break;
      }
    }
    for (const element of path) skipped.set(element, result);
    return result;
  };
  let last: Text | undefined;
  for (const node of nodes) {
    if (!node || node === last) continue;
    last = node;
    if (isSkipped(node.parentElement)) continue;
    let block: Node | null = nearestBlock(node);
    if (!block || !scope.contains(block)) block = scope;
    if (chosen.has(block)) continue;
    chosen.add(block);
    order.push(block);
  }
  return order.filter((block) => {
    for (let up = block.parentNode; up; up = up.parentNode) if (chosen.has(up)) return false;
    return true;
  });
}

/**
 * Hint offsets in a walk's joined text for the runs holding a `hinted` node (a guided scan): the
 * start of that node stands for the run's hints, since only runs longer than MAX_RUN use hint
 * positions (to place their analysis windows); those are returned in `longRuns`, for a pass of
 * the exact hint expression of their own.
 */
export function hitsOfNodes(
  collected: Collected,
  hinted: ReadonlySet<Text>,
): { hits: number[]; longRuns: Set<number> } {
  const hits: number[] = [];
  const longRuns = new Set<number>();
  const { nodes, starts, runStarts, runEnds } = collected;
  for (let i = 0; i < nodes.length; i++) {
    if (!hinted.has(nodes[i] as Text)) continue;
    const at = starts[i] as number;
    const run = lastAtOrBefore(runStarts, at);
    if ((runEnds[run] as number) - (runStarts[run] as number) <= MAX_RUN) hits.push(at);
    else longRuns.add(run);
  }
  return { hits, longRuns };
}

/**
 * The hint positions of a walk's joined `text`, grouped by run (the runs to analyse). `hinted`:
 * the text nodes where the scope's own hint pass found hints (a guided scan), so the runs to
 * analyse are the runs holding them, with no second pass of the hint expression over the block;
 * without it, the text gets its own passes (hints, then invisible characters, where a run holding
 * one is kept if the rules' pre-check says it might hold a request).
 */
export async function hintsByRun(
  collected: Collected,
  text: string,
  detector: Detector,
  slicer: Slicer,
  hinted?: ReadonlySet<Text>,
): Promise<Map<number, number[]>> {
  const byRun = new Map<number, number[]>();
  const addHit = (hit: number) => {
    const run = lastAtOrBefore(collected.runStarts, hit);
    if (run < 0) return;
    const list = byRun.get(run);
    if (list) list.push(hit);
    else byRun.set(run, [hit]);
  };
  if (hinted) {
    const { hits, longRuns } = hitsOfNodes(collected, hinted);
    for (const hit of hits) addHit(hit);
    for (const run of longRuns) {
      const from = collected.runStarts[run] as number;
      const runText = text.slice(from, collected.runEnds[run]);
      for (const hit of await findHints(runText, detector.hintSource, slicer)) {
        addHit(from + hit);
      }
    }
  } else {
    for (const hit of await findHints(text, detector.hintSource, slicer)) {
      addHit(hit);
    }
    const checked = new Set<number>();
    for (const at of await findHints(text, HIDDEN_CHARACTER_SOURCE, slicer)) {
      const run = lastAtOrBefore(collected.runStarts, at);
      if (run < 0 || byRun.has(run) || checked.has(run)) continue;
      checked.add(run);
      const runText = text.slice(collected.runStarts[run], collected.runEnds[run]);
      if (safeMight(detector, runText)) addHit(at);
    }
  }
  return byRun;
}

/**
 * The text of `scope` as `textContent` reads it. A shadow root's own `textContent` is not read
 * (it is null in some DOM implementations, happy-dom among them): its children's are joined.
 */
export function textOf(scope: Node): string {
  if (scope.nodeType === 1) return scope.textContent ?? '';
  let text = '';
  for (let child = scope.firstChild; child; child = child.nextSibling) {
    text += child.textContent ?? '';
  }
  return text;
}

/** True when the document's HTML is big enough that one `textContent` read is a long task. */
export function isHugeDocument(doc: Document): boolean {
  try {
    const entries = doc.defaultView?.performance?.getEntriesByType?.('navigation') ?? [];
    const size = (entries[0] as { decodedBodySize?: number } | undefined)?.decodedBodySize ?? 0;
    return size > HUGE_HTML_BYTES;
  } catch {
    return false;
  }
}

/**
 * The text nodes holding a hint in a huge scope, read text node by text node in slices: each
 * chunk of about TEXT_SLICE characters gets one pass of the hint expression and is then
 * dropped, so a 20,000-question page never holds all its text nodes or its whole text at once
 * (holding them made the garbage collector's pauses long tasks of their own). Chunks overlap
 * by the text nodes ending the previous one (a phrase is never cut in two; a hint seen twice
 * names its node twice, which `blocksOf` folds). 'hidden': the text hides invisible
 * characters, which only the run-by-run walk sees through.
 */
export async function hintNodesInSlices(
  doc: Document,
  scope: Node,
  source: string,
  slicer: Slicer,
  maybePause: () => Promise<void>,
): Promise<(Text | undefined)[] | 'hidden'> {
  const found: Text[] = [];
  let nodes: Text[] = [];
  let starts: number[] = [];
  let parts: string[] = [];
  let length = 0;
  const scanChunk = async (): Promise<boolean> => {
    const text = parts.join('');
    if (HAS_HIDDEN_CHARACTER.test(text)) return false;
    for (const hit of await findHints(text, source, slicer)) {
      found.push(nodes[lastAtOrBefore(starts, hit)] as Text);
    }
    // Keep the nodes that end the chunk (at least TEXT_OVERLAP characters) for the next one.
    let keep = nodes.length;
    while (keep > 0 && length - (starts[keep - 1] as number) < TEXT_OVERLAP) keep--;
    keep = Math.max(0, keep - 1);
    const offset = starts[keep] ?? 0;
    nodes = nodes.slice(keep);
    parts = parts.slice(keep);
    starts = starts.slice(keep).map((start) => start - offset);
    length -= offset;
    // A long first node (a 2 MB text node) is carried by its tail only: hits name nodes.
    const first = parts[0];
    if (first !== undefined && first.length > TEXT_OVERLAP) {
      const cut = first.length - TEXT_OVERLAP;
      parts[0] = first.slice(cut);
      starts = starts.map((start, i) => (i === 0 ? 0 : start - cut));
      length -= cut;
    }
    return true;
  };
  const walker = doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
  let count = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const data = (node as Text).data;
    nodes.push(node as Text);
    starts.push(length);
    parts.push(data);
    length += data.length;
    if (length >= TEXT_SLICE && !(await scanChunk())) return 'hidden';
    if (++count === NODES_PER_CHECK) {
      count = 0;
      await maybePause();
    }
  }
  if (length > 0 && !(await scanChunk())) return 'hidden';
  return found;
}

/**
 * The text node holding each offset of `offsets` (ascending) in the `textContent` of `scope`:
 * one walk over text nodes (native filter), in slices, that stops after the last offset.
 */
export async function nodesAt(
  doc: Document,
  scope: Node,
  offsets: number[],
  maybePause: () => Promise<void>,
): Promise<(Text | undefined)[]> {
  const out: (Text | undefined)[] = [];
  // A NodeIterator, not a TreeWalker: measured a quarter faster over the text nodes of a
  // 2,000-question page in Chromium (4.7 vs 6.2 ms, median of 5 fresh pages).
  const iterator = doc.createNodeIterator(scope, 4 /* NodeFilter.SHOW_TEXT */);
  let end = 0;
  let count = 0;
  for (
    let node = iterator.nextNode();
    node && out.length < offsets.length;
    node = iterator.nextNode()
  ) {
    end += (node as Text).length;
    while (out.length < offsets.length && (offsets[out.length] as number) < end) {
      out.push(node as Text);
    }
    if (++count === NODES_PER_CHECK) {
      count = 0;
      await maybePause();
    }
  }
  return out;
}
