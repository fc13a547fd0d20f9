/**
 * Finds every report request in a frame and keeps the findings in step with the page.
 *
 * - Fast path: one `textContent` read plus one pass of the combined hint expression decides
 *   whether to look at the DOM at all (most pages hold no request): the benchmark's lower bound,
 *   plus a scan for invisible characters.
 * - Hint-guided scan: where the text holds hints, a walk over text nodes (native filter, no
 *   per-element work) maps each hint to its block, and only those blocks are walked run by run
 *   (collect.ts), analysed, and turned into StaticRanges for the highlights. A page with a
 *   request in every tenth question thus never has its other blocks walked or checked.
 *   No DOM mutation, no layout read.
 * - The question around each finding (its label, section heading, answer field) is not needed to
 *   highlight: it is worked out when the rules ask for the context (an unnumbered request), when
 *   the page is next idle, or when the popup or card reads it first (`QuestionOf`).
 * - Incremental: a MutationObserver per root (the document and each open shadow root) records
 *   what changed; a debounced job rescans only the blocks that changed, so the cost follows the
 *   size of the change, not of the page (DESIGN.md, "Performance approach").
 * Every stage works in slices that yield to the page.
 */
import type { AnalyzeOptions, ReportRequest } from '../rules';
import { joinedText, lastAtOrBefore, spanToPoints, TextWalk, type Collected } from './collect';
import { ContextCache, contextFor, MAX_QUESTION, squash, type QuestionContext } from './context';
import type { Detector } from './detector';
import { FindingStore, type PageFinding } from './findings';
import type { Highlighter } from './highlights';
import { BLOCK, INLINE, isInsideSkipped, kindOf, nearestBlock, SKIP } from './kinds';
import { Slicer, whenIdle } from './scheduling';

/**
 * Size of one slice of text for a regular expression pass: a few ms even for slow patterns on a
 * loaded machine (64 KB slices measured up to ~15 ms with 2 cores shared by several processes).
 */
const TEXT_SLICE = 16_384;
/**
 * Texts up to this long get one pass of an expression, not slices: 3-5 ms for the hint
 * expression over 256 K characters on a loaded machine (a 2,000-question page holds 150 K).
 */
const SINGLE_PASS = 262_144;
/** Overlap between slices, longer than any phrase, so none is cut in two. */
const TEXT_OVERLAP = 256;
/** Runs longer than this are analysed in windows around each hint (a 2 MB text node). */
const MAX_RUN = 4000;
/** Half the width of such a window. */
const WINDOW = 1200;
/**
 * Invisible characters a page can put inside a phrase ("SOC\u200B2", soft hyphens, bidi marks:
 * issue 8). The raw hint pass can miss a phrase they split, so runs holding one are also given to
 * the rules' own pre-check, which sees through them.
 */
const BREAKER_SOURCE =
  '[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]';
/**
 * Above this many bytes of HTML, the document's text is read in slices instead of one
 * `textContent` read (measured on the 20,000-question benchmark page, 6 MB of HTML: one read took
 * 30-50 ms on a loaded 2-core machine; at 2,000 questions, 0.6 MB, 3-5 ms). The size comes from
 * the navigation entry, which costs nothing to read: counting elements instead (the previous
 * gate) cost as much as the read itself.
 */
const HUGE_HTML_BYTES = 2_000_000;
/** How many text nodes to visit between two looks at the clock. */
const NODES_PER_CHECK = 256;
/** Attempts at a hint-guided scan of one scope while the page keeps changing under it. */
const GUIDED_ATTEMPTS = 2;
/**
 * Results of `analyze` kept for reuse, at most this many (then the memo starts over), for texts
 * up to MEMO_TEXT characters: rows that a page re-renders (virtualised grids re-create them on
 * every scroll) or repeats are analysed once.
 */
const MEMO_SIZE = 2000;
const MEMO_TEXT = 1000;
/** Joins a text and its context in a memo key (a character no page text holds). */
const MEMO_SEPARATOR = '\u0000';
/** During a long scan, highlights found so far are shown this often. */
const PROGRESS_MS = 500;
/** Debounce of the mutation observer before rescanning. */
const DEBOUNCE_MS = 60;

type Root = Document | ShadowRoot;

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

/** Any invisible character at all (one test over the whole text). */
// eslint-disable-next-line no-misleading-character-class -- each entry is one invisible code point on its own, nothing combines
const BREAKERS = new RegExp(BREAKER_SOURCE);

export interface ScannerOptions {
  detector: Detector;
  highlighter?: Highlighter | null;
  /** Called after a job when the number of findings changed. */
  onCount?: (count: number) => void;
  /** Slice timing (tests pass a fake clock). */
  slicer?: Slicer;
  debounceMs?: number;
  /** Watch for DOM changes. @default true */
  observe?: boolean;
}

/** Statistics of the last jobs (the benchmark and tests read them). */
export interface ScanStats {
  /** Roots whose text the fast path cleared without a walk. */
  fastPathSkips: number;
  /** Roots walked. */
  walks: number;
  /** Calls to `analyze`. */
  analyzeCalls: number;
  /** Incremental jobs run. */
  incrementalJobs: number;
  /** Open shadow roots known. */
  shadowRoots: number;
  /** Scopes scanned by the hint-guided path (text read once, only hinted blocks walked). */
  guidedScans: number;
}

function isRoot(node: Node): node is Root {
  return node.nodeType === 9 || node.nodeType === 11;
}

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
async function findHints(text: string, source: string, slicer: Slicer): Promise<number[]> {
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
async function mightRequestSliced(
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

function safeMight(detector: Detector, text: string): boolean {
  try {
    return detector.mightRequest(text);
  } catch {
    return true;
  }
}

function safeAnalyze(detector: Detector, text: string, options: AnalyzeOptions): ReportRequest[] {
  try {
    const result = detector.analyze(text, options);
    return Array.isArray(result) ? result : [];
  } catch {
    // The contract says analyze never throws; a page must not break the scan if it does.
    return [];
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
function hitsOfNodes(
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
 * The text of `scope` as `textContent` reads it. A shadow root's own `textContent` is not read
 * (it is null in some DOM implementations, happy-dom among them): its children's are joined.
 */
function textOf(scope: Node): string {
  if (scope.nodeType === 1) return scope.textContent ?? '';
  let text = '';
  for (let child = scope.firstChild; child; child = child.nextSibling) {
    text += child.textContent ?? '';
  }
  return text;
}

/**
 * The question around a run of text (context.ts), worked out once, on first use, and shared by the
 * run's findings: `analyze` reads the context only for an unnumbered request, and the question is
 * only shown by the popup and the card (measured: working both out for every finding inside the
 * scan was a third of a 2,000-question scan; most findings name their report).
 */
class QuestionOf {
  private value: QuestionContext | null = null;

  constructor(
    private readonly block: Element,
    private readonly runText: string,
    private readonly title: string,
    private readonly heading: Element | null,
    private readonly cache: () => ContextCache,
  ) {}

  get(): QuestionContext {
    if (this.value) return this.value;
    try {
      this.value = contextFor(this.block, this.runText, this.cache(), this.title, this.heading);
    } catch {
      // Read later than the scan (the popup, the card), the page may have moved on: a finding
      // still answers, with its own run as the question.
      this.value = {
        question: squash(this.runText.slice(0, MAX_QUESTION)),
        context: '',
        questionBlock: this.block,
      };
    }
    return this.value;
  }

  /** `analyze` options whose context is worked out only if the rules read it. */
  options(): AnalyzeOptions {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getter's own `this` is the options object
    const about = this;
    return {
      get context() {
        return about.get().context;
      },
    };
  }
}

/** A finding as the scanner makes it: its question, context and question block come from `about`. */
class ScannedFinding implements PageFinding {
  readonly report: ReportRequest['report'];
  readonly type: ReportRequest['type'];
  readonly reasons: string[];

  constructor(
    readonly id: number,
    readonly text: string,
    request: ReportRequest,
    readonly range: AbstractRange,
    readonly nodes: Text[],
    readonly block: Element,
    readonly root: Root,
    private readonly about: QuestionOf,
  ) {
    this.report = request.report;
    this.type = request.type;
    this.reasons = [...request.reasons];
  }

  get question(): string {
    return this.about.get().question;
  }

  get context(): string {
    return this.about.get().context;
  }

  get questionBlock(): Element {
    return this.about.get().questionBlock;
  }
}

let nextId = 1;

export class Scanner {
  readonly store = new FindingStore();
  readonly stats: ScanStats = {
    fastPathSkips: 0,
    walks: 0,
    analyzeCalls: 0,
    incrementalJobs: 0,
    shadowRoots: 0,
    guidedScans: 0,
  };
  private readonly doc: Document;
  private readonly options: ScannerOptions;
  private readonly slicer: Slicer;
  private readonly knownRoots = new Set<Root>();
  private readonly observers: MutationObserver[] = [];
  private queue: Promise<void> = Promise.resolve();
  private pendingJobs = 0;
  private idlePending = 0;
  private dirty = new Set<Node>();
  private removedSomething = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastCount = 0;
  private stopped = false;
  /** When the current job started holding highlight changes back. */
  private heldSince = 0;
  /** Roots waiting for a full scan in the current job. */
  private rootQueue: Root[] = [];
  /** Bumped by every batch of mutation records: tells a sliced read that offsets moved. */
  private mutationCount = 0;
  private readonly textHintSource: string;
  /** `analyze` results by text (when the context did not matter) or by text + context. */
  private readonly results = new Map<string, ReportRequest[]>();
  /** Texts whose result depended on the context: their results are kept by text + context. */
  private readonly contextual = new Set<string>();
  /**
   * Bounded reads and heading answers shared by the questions worked out until the page changes
   * or the job ends (see `contextCache`).
   */
  private cache: ContextCache | null = null;
  /**
   * `contextCache` as a function made once: a closure made inside a scan would keep that scan's
   * whole walk alive for as long as its findings live.
   */
  private readonly sharedCache = (): ContextCache => this.contextCache();
  /** Questions of new findings not worked out yet: done when the page is idle (`describeAll`). */
  private undescribed: QuestionOf[] = [];
  private describeScheduled = false;

  constructor(doc: Document, options: ScannerOptions) {
    this.doc = doc;
    this.options = options;
    this.slicer = options.slicer ?? new Slicer();
    this.textHintSource = textContentHintSource(options.detector.hintSource);
  }

  /** Scans the document (and its open shadow roots) and starts observing changes. */
  start(): Promise<void> {
    this.adoptRoot(this.doc);
    // The first slice runs in a task of its own: the task that loads the content script already
    // holds its compilation and set-up (measured 50-150 ms on a loaded machine, issue 8).
    return this.enqueue(async () => {
      await this.slicer.pause();
      await this.runFullScans();
    });
  }

  /** Forgets every finding and scans again (SPA navigation). */
  rescanAll(): Promise<void> {
    return this.enqueue(async () => {
      this.dropFindings(this.store.clear());
      this.rootQueue.push(...this.knownRoots);
      await this.runFullScans();
    });
  }

  /** Stops observing; keeps the findings. */
  stop(): void {
    this.stopped = true;
    for (const observer of this.observers) observer.disconnect();
    this.observers.length = 0;
    if (this.timer !== undefined) clearTimeout(this.timer);
  }

  /** Resolves when no job is queued or running and no mutation is waiting. */
  async settled(): Promise<void> {
    for (;;) {
      if (this.timer !== undefined) {
        clearTimeout(this.timer);
        this.timer = undefined;
        void this.enqueue(() => this.runIncremental());
      }
      if (this.idlePending > 0) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        continue;
      }
      const queue = this.queue;
      await queue;
      // Mutation records arrive as microtasks: give them one turn before deciding.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (
        queue === this.queue &&
        this.timer === undefined &&
        this.pendingJobs === 0 &&
        this.idlePending === 0
      ) {
        return;
      }
    }
  }

  /** Main-thread milliseconds spent in scan jobs so far, and slices yielded. */
  get effort(): { busyMs: number; yields: number; longestMs: number } {
    return { busyMs: this.slicer.busy, yields: this.slicer.yields, longestMs: this.slicer.longest };
  }

  /** Known open shadow roots. */
  shadowRoots(): ShadowRoot[] {
    return [...this.knownRoots].filter((root): root is ShadowRoot => root.nodeType === 11);
  }

  /**
   * Yields to the page between slices. A long job shows what it found so far every
   * PROGRESS_MS, so a huge page fills in as it is scanned instead of all at the end.
   */
  private async pause(): Promise<void> {
    const highlighter = this.options.highlighter;
    if (highlighter && this.slicer.now() - this.heldSince >= PROGRESS_MS) {
      highlighter.release();
      highlighter.hold();
      this.heldSince = this.slicer.now();
    }
    await this.slicer.pause();
  }

  private async maybePause(): Promise<void> {
    if (this.slicer.spent) await this.pause();
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.pendingJobs++;
    this.queue = this.queue
      .then(async () => {
        this.slicer.start();
        this.options.highlighter?.hold();
        this.heldSince = this.slicer.now();
        try {
          await job();
        } finally {
          this.slicer.finish();
          this.options.highlighter?.release();
          this.cache = null;
        }
      })
      .catch(() => undefined)
      .finally(() => {
        this.pendingJobs--;
        this.reportCount();
        this.scheduleDescribe();
      });
    return this.queue;
  }

  /**
   * Works out the questions of new findings when the page is idle, so the popup's first request
   * finds them ready: at 20,000 questions, working out 2,000 of them inside that request took
   * 183 ms in one task (measured in Chromium), and none of it is needed to highlight.
   */
  private scheduleDescribe(): void {
    if (this.describeScheduled || this.undescribed.length === 0 || this.stopped) return;
    this.describeScheduled = true;
    this.idlePending++;
    whenIdle(() => {
      this.idlePending--;
      this.describeScheduled = false;
      if (!this.stopped) void this.enqueue(() => this.describeAll());
    });
  }

  private async describeAll(): Promise<void> {
    const waiting = this.undescribed;
    this.undescribed = [];
    for (const about of waiting) {
      about.get();
      if (this.slicer.spent) await this.pause();
    }
  }

  private reportCount(): void {
    const count = this.store.size;
    if (count === this.lastCount) return;
    this.lastCount = count;
    this.options.onCount?.(count);
  }

  /** Registers a root (document or open shadow root): observed, and queued for a full scan. */
  private adoptRoot(root: Root): void {
    if (this.knownRoots.has(root)) return;
    this.knownRoots.add(root);
    if (root.nodeType === 11) this.stats.shadowRoots++;
    this.rootQueue.push(root);
    if (this.options.observe === false || this.stopped) return;
    const MutationObserverCtor = this.doc.defaultView?.MutationObserver ?? MutationObserver;
    const observer = new MutationObserverCtor((records) => this.onMutations(records));
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.observers.push(observer);
  }

  private async runFullScans(): Promise<void> {
    const needSweep: Root[] = [];
    while (this.rootQueue.length > 0) {
      const root = this.rootQueue.shift() as Root;
      const scope: Node | null = root.nodeType === 9 ? (root as Document).body : root;
      if (!scope) continue;
      const how = await this.scanScope(scope, root);
      if (how === 'nothing') this.stats.fastPathSkips++;
      // The text alone told where to look: shadow hosts elsewhere were not met on the way.
      if (how !== 'walked') needSweep.push(root);
    }
    // Shadow roots under text we did not walk are found when the page is idle.
    if (needSweep.length > 0) {
      this.idlePending++;
      whenIdle(() => {
        this.idlePending--;
        void this.enqueue(() => this.sweepShadows(needSweep));
      });
    }
  }

  /**
   * Scans `scope` guided by its text: one read of the text, one pass of the hint expression,
   * then only the blocks holding a hint are walked and analysed. 'nothing': no hint at all (the
   * fast path); 'guided': hinted blocks scanned; 'walked': the whole scope was walked (text with
   * invisible characters, which only the run-by-run walk sees through, or a page that kept
   * changing while its text was being mapped).
   */
  private async scanScope(scope: Node, root: Root): Promise<'nothing' | 'guided' | 'walked'> {
    const huge = scope === this.doc.body && this.isHugeDocument();
    for (let attempt = 0; attempt < GUIDED_ATTEMPTS; attempt++) {
      const before = this.mutationCount;
      let nodes: (Text | undefined)[];
      if (huge) {
        const streamed = await this.hintNodesInSlices(scope);
        if (streamed === 'breakers') break;
        nodes = streamed;
      } else {
        const text = textOf(scope);
        if (BREAKERS.test(text)) {
          if (!(await mightRequestSliced(text, this.options.detector, this.slicer))) {
            return 'nothing';
          }
          break;
        }
        const hits = await findHints(text, this.textHintSource, this.slicer);
        if (hits.length === 0) return 'nothing';
        nodes = await this.nodesAt(scope, hits);
        // Offsets read before a mutation no longer point at the same nodes: read again. (The
        // text itself was read at once, so "nothing" above stays true: later changes are the
        // incremental rescan's. The huge path names nodes as it meets them: no offsets.)
        if (this.mutationCount !== before) continue;
      }
      if (nodes.length === 0) return 'nothing';
      this.stats.guidedScans++;
      const hinted = new Set<Text>();
      for (const node of nodes) if (node) hinted.add(node);
      for (const block of blocksOf(nodes, scope)) {
        await this.scanSubtree(block, root, hinted);
        if (this.slicer.spent) await this.pause();
      }
      return 'guided';
    }
    await this.scanSubtree(scope, root);
    return 'walked';
  }

  /** True when the document's HTML is big enough that one `textContent` read is a long task. */
  private isHugeDocument(): boolean {
    try {
      const entries = this.doc.defaultView?.performance?.getEntriesByType?.('navigation') ?? [];
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
   * names its node twice, which `blocksOf` folds). 'breakers': the text hides invisible
   * characters, which only the run-by-run walk sees through.
   */
  private async hintNodesInSlices(scope: Node): Promise<(Text | undefined)[] | 'breakers'> {
    const found: Text[] = [];
    let nodes: Text[] = [];
    let starts: number[] = [];
    let parts: string[] = [];
    let length = 0;
    const scanChunk = async (): Promise<boolean> => {
      const text = parts.join('');
      if (BREAKERS.test(text)) return false;
      for (const hit of await findHints(text, this.textHintSource, this.slicer)) {
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
    const walker = this.doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const data = (node as Text).data;
      nodes.push(node as Text);
      starts.push(length);
      parts.push(data);
      length += data.length;
      if (length >= TEXT_SLICE && !(await scanChunk())) return 'breakers';
      if (++count === NODES_PER_CHECK) {
        count = 0;
        await this.maybePause();
      }
    }
    if (length > 0 && !(await scanChunk())) return 'breakers';
    return found;
  }

  /**
   * The text node holding each offset of `offsets` (ascending) in the `textContent` of `scope`:
   * one walk over text nodes (native filter), in slices, that stops after the last offset.
   */
  private async nodesAt(scope: Node, offsets: number[]): Promise<(Text | undefined)[]> {
    const out: (Text | undefined)[] = [];
    // A NodeIterator, not a TreeWalker: measured a quarter faster over the text nodes of a
    // 2,000-question page in Chromium (4.7 vs 6.2 ms, median of 5 fresh pages).
    const iterator = this.doc.createNodeIterator(scope, 4 /* NodeFilter.SHOW_TEXT */);
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
        await this.maybePause();
      }
    }
    return out;
  }

  /**
   * Before an incremental rescan of `scope`: drops the findings of every block under it (they
   * are found again if still there) and adopts open shadow roots of new hosts. Elements only,
   * skipping what we never read (our own UI among them), in slices.
   */
  private async forgetUnder(scope: Node): Promise<void> {
    let count = 0;
    const visit = (element: Element): boolean => {
      if (kindOf(element) === SKIP) return false;
      if (this.store.hasBlock(element)) this.dropFindings(this.store.removeBlock(element));
      const shadow = element.shadowRoot;
      if (shadow) this.adoptRoot(shadow);
      return true;
    };
    if (scope.nodeType === 1 && !visit(scope as Element)) return;
    let element = (scope as ParentNode).firstElementChild;
    while (element) {
      const entered = visit(element);
      if (++count === NODES_PER_CHECK) {
        count = 0;
        await this.maybePause();
      }
      if (entered && element.firstElementChild) {
        element = element.firstElementChild;
        continue;
      }
      while (element && element.nextElementSibling === null) {
        const up: Element | null = element.parentElement;
        element = up === scope || up === null ? null : up;
      }
      element = element ? element.nextElementSibling : null;
    }
  }

  /**
   * Finds open shadow roots under `roots` without reading text (the fast path skipped the walk
   * that would have met them), in slices; each found root is then scanned like the document.
   */
  private async sweepShadows(roots: Root[]): Promise<void> {
    for (const root of roots) {
      const walker = this.doc.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
      let count = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const shadow = (node as Element).shadowRoot;
        if (shadow) this.adoptRoot(shadow);
        if (++count === 512) {
          count = 0;
          await this.maybePause();
        }
      }
    }
    await this.runFullScans();
  }

  /**
   * Walks `scope`, analyses the runs holding hints, and stores the findings. `hinted`: the text
   * nodes where the scope's own hint pass found hints (a guided scan), so the runs to analyse are
   * the runs holding them, with no second pass of the hint expression over the block; without
   * it, the block's text gets its own passes (hints, then invisible characters).
   */
  private async scanSubtree(scope: Node, root: Root, hinted?: ReadonlySet<Text>): Promise<void> {
    this.stats.walks++;
    const walk = new TextWalk(scope);
    while (!walk.step(this.slicer.until, this.slicer.now)) await this.pause();
    const collected = walk.out;
    for (const shadow of collected.shadowRoots) this.adoptRoot(shadow);
    if (collected.length === 0) return;
    const text = joinedText(collected);
    // Group hint positions by run.
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
        for (const hit of await findHints(runText, this.options.detector.hintSource, this.slicer)) {
          addHit(from + hit);
        }
      }
    } else {
      for (const hit of await findHints(text, this.options.detector.hintSource, this.slicer)) {
        addHit(hit);
      }
      const checked = new Set<number>();
      for (const at of await findHints(text, BREAKER_SOURCE, this.slicer)) {
        const run = lastAtOrBefore(collected.runStarts, at);
        if (run < 0 || byRun.has(run) || checked.has(run)) continue;
        checked.add(run);
        const runText = text.slice(collected.runStarts[run], collected.runEnds[run]);
        if (safeMight(this.options.detector, runText)) addHit(at);
      }
    }
    if (byRun.size === 0) return;
    const title = this.doc.title;
    // Awaits only where work must wait (first-use steps, a huge run, a spent slice): each await
    // costs a turn of the microtask queue, and a cold page pays several microseconds for each
    // (measured in Chromium: 1,200 async calls took 5.4 ms on a fresh page, 0.9 ms when sync).
    for (const run of [...byRun.keys()].sort((a, b) => a - b)) {
      const runStart = collected.runStarts[run] as number;
      const runText = text.slice(runStart, collected.runEnds[run]);
      const firstNode = collected.nodes[lastAtOrBefore(collected.starts, runStart)];
      const block = firstNode ? nearestBlock(firstNode) : null;
      if (!block) continue;
      const about = new QuestionOf(
        block,
        runText,
        title,
        collected.runHeadings[run] ?? null,
        this.sharedCache,
      );
      let requests: ReportRequest[];
      if (runText.length > MAX_RUN) {
        requests = await this.analyzeWindows(runText, byRun.get(run) as number[], runStart, about);
      } else {
        const known = this.remembered(runText, about);
        if (known) {
          requests = known;
        } else {
          await this.warmUpFor(runText);
          requests = this.analyzeAndRemember(runText, about);
        }
      }
      if (this.addFindings(collected, runStart, runText, block, root, about, requests) > 0) {
        this.undescribed.push(about);
      }
      if (this.slicer.spent) await this.pause();
    }
  }

  /**
   * `analyze` over a huge run (a 2 MB text node): windows around each hint (`hits`, offsets in
   * the joined text where the run starts at `runStart`), merged when they touch.
   */
  private async analyzeWindows(
    runText: string,
    hits: number[],
    runStart: number,
    about: QuestionOf,
  ): Promise<ReportRequest[]> {
    const requests: ReportRequest[] = [];
    const seen = new Set<string>();
    let windowEnd = -1;
    for (const hit of hits) {
      const at = hit - runStart;
      if (at < windowEnd) continue;
      const from = Math.max(0, at - WINDOW);
      const to = Math.min(runText.length, at + WINDOW);
      windowEnd = to - 200; // hints near the window's end get a window of their own
      this.stats.analyzeCalls++;
      for (const request of safeAnalyze(
        this.options.detector,
        runText.slice(from, to),
        about.options(),
      )) {
        const shifted = { ...request, start: request.start + from, end: request.end + from };
        const key = `${shifted.report}:${shifted.start}:${shifted.end}`;
        if (seen.has(key)) continue;
        seen.add(key);
        requests.push(shifted);
      }
      if (this.slicer.spent) await this.pause();
    }
    return requests;
  }

  /** Stores a finding (and queues its highlight) for each request read in a run; how many. */
  private addFindings(
    collected: Collected,
    runStart: number,
    runText: string,
    block: Element,
    root: Root,
    about: QuestionOf,
    requests: readonly ReportRequest[],
  ): number {
    let added = 0;
    for (const request of requests) {
      if (
        !Number.isInteger(request.start) ||
        !Number.isInteger(request.end) ||
        request.start < 0 ||
        request.end > runText.length
      ) {
        continue;
      }
      const points = spanToPoints(collected, runStart + request.start, runStart + request.end);
      if (!points) continue;
      const range = makeStaticRange(
        this.doc,
        points.start.node,
        points.start.offset,
        points.end.node,
        points.end.offset,
      );
      const finding = new ScannedFinding(
        nextId++,
        runText.slice(request.start, request.end),
        request,
        range,
        collected.nodes.slice(points.start.index, points.end.index + 1),
        block,
        root,
        about,
      );
      this.store.add(finding);
      this.options.highlighter?.add(finding.report, range, root);
      added++;
    }
    return added;
  }

  /**
   * Runs the rules' first-use steps for `text` (compiling the expressions it will need), each in
   * the current slice or a fresh one: the first `analyze` of a page then never holds all those
   * compilations in one task. After the first few blocks there are no steps left to run.
   */
  private async warmUpFor(text: string): Promise<void> {
    let steps: Iterable<() => void> | undefined;
    try {
      steps = this.options.detector.warmUpFor(text);
    } catch {
      return;
    }
    if (!steps) return;
    try {
      for (const step of steps) {
        if (this.slicer.spent) await this.pause();
        step();
      }
    } catch {
      // A failed warm-up only costs speed.
    }
  }

  /**
   * The memo's `analyze` result for this text, if it was seen (with the same context, for a text
   * whose result depended on its context). The context is worked out only in that case.
   */
  private remembered(text: string, about: QuestionOf): ReportRequest[] | undefined {
    const plain = this.results.get(text);
    if (plain || !this.contextual.has(text)) return plain;
    return this.results.get(text + MEMO_SEPARATOR + about.get().context);
  }

  /**
   * `analyze`, with its result remembered for `remembered` (by text, or by text + context when
   * the context mattered). The context is worked out only when the rules read it.
   */
  private analyzeAndRemember(text: string, about: QuestionOf): ReportRequest[] {
    const detector = this.options.detector;
    if (text.length > MEMO_TEXT) {
      this.stats.analyzeCalls++;
      return safeAnalyze(detector, text, about.options());
    }
    this.stats.analyzeCalls++;
    let requests: ReportRequest[] = [];
    let contextUsed = true;
    try {
      const result = detector.analyzeWithContextUse(text, about.options());
      if (Array.isArray(result.requests)) requests = result.requests;
      contextUsed = result.contextUsed !== false;
    } catch {
      // The contract says analyze never throws; a page must not break the scan if it does.
    }
    if (this.results.size >= MEMO_SIZE) {
      this.results.clear();
      this.contextual.clear();
    }
    if (contextUsed) {
      this.contextual.add(text);
      this.results.set(text + MEMO_SEPARATOR + about.get().context, requests);
    } else {
      this.results.set(text, requests);
    }
    return requests;
  }

  /** The context cache for questions worked out now: valid until the page changes or the job ends. */
  private contextCache(): ContextCache {
    this.cache ??= new ContextCache();
    return this.cache;
  }

  private dropFindings(findings: PageFinding[]): void {
    for (const finding of findings) this.options.highlighter?.remove(finding.report, finding.range);
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
    this.mutationCount++;
    this.cache = null;
    for (const record of records) {
      const target = record.target;
      if (record.type === 'characterData') {
        this.markDirty(target);
        continue;
      }
      if (record.type !== 'childList') continue;
      for (const node of record.addedNodes) {
        if (node.nodeType === 1) {
          const kind = kindOf(node as Element);
          if (kind === BLOCK) this.dirty.add(node);
          else if (kind === INLINE) this.markDirty(target);
        } else if (node.nodeType === 3) {
          this.markDirty(target);
        }
      }
      if (record.removedNodes.length > 0) {
        this.removedSomething = true;
        for (const node of record.removedNodes) {
          // Removing text or inline markup changes the run it was part of.
          if (node.nodeType === 3 || (node.nodeType === 1 && kindOf(node as Element) === INLINE)) {
            this.markDirty(target);
          }
        }
      }
    }
    this.scheduleIncremental(this.options.debounceMs ?? DEBOUNCE_MS);
  }

  /** Marks the block around `node` (or the whole root) for a rescan. */
  private markDirty(node: Node): void {
    if (isRoot(node)) {
      this.dirty.add(node);
      return;
    }
    const block = nearestBlock(node);
    if (block) this.dirty.add(block);
  }

  private scheduleIncremental(delay: number): void {
    if (this.timer !== undefined || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.enqueue(() => this.runIncremental());
    }, delay);
  }

  private async runIncremental(): Promise<void> {
    const dirty = this.dirty;
    this.dirty = new Set();
    const removed = this.removedSomething;
    this.removedSomething = false;
    if (dirty.size === 0 && !removed) return;
    this.stats.incrementalJobs++;
    if (removed) this.dropFindings(this.store.sweep());
    // Keep only the outermost dirty nodes that are still in the page and readable.
    const roots: Node[] = [];
    for (const node of dirty) {
      if (!node.isConnected) continue;
      let covered = false;
      for (let up = node.parentNode; up; up = up.parentNode) {
        if (dirty.has(up)) {
          covered = true;
          break;
        }
      }
      if (covered || (node.nodeType === 1 && isInsideSkipped(node))) continue;
      roots.push(node);
    }
    for (const node of roots) {
      if (node.nodeType === 9) {
        this.dropFindings(this.store.clear());
        this.rootQueue.push(...this.knownRoots);
        await this.runFullScans();
        return;
      }
      const owner = node.getRootNode();
      if (!isRoot(owner)) continue;
      await this.forgetUnder(node);
      await this.scanScope(node, owner);
      await this.maybePause();
    }
    // Roots met on the way (new shadow hosts) get their full scan now.
    if (this.rootQueue.length > 0) await this.runFullScans();
  }
}

/** A StaticRange where the constructor exists (all current browsers), else a live Range. */
function makeStaticRange(
  doc: Document,
  startContainer: Text,
  startOffset: number,
  endContainer: Text,
  endOffset: number,
): AbstractRange {
  const StaticRangeCtor = doc.defaultView?.StaticRange;
  if (typeof StaticRangeCtor === 'function') {
    try {
      return new StaticRangeCtor({ startContainer, startOffset, endContainer, endOffset });
    } catch {
      // Fall through to a live range.
    }
  }
  const range = doc.createRange();
  range.setStart(startContainer, startOffset);
  range.setEnd(endContainer, endOffset);
  return range;
}
