/**
 * Finds every report request in a frame and keeps the findings in step with the page.
 *
 * - Fast path: one read of the text plus the rules' cheap pre-check decides whether to walk the
 *   DOM at all (most pages hold no request); on huge texts the pre-check runs in slices.
 * - Full scan: one walk over text nodes (collect.ts), one pass of the combined hint expression
 *   over the joined text, `analyze` only for runs that hold a hint, StaticRanges into highlights.
 *   No DOM mutation, no layout read.
 * - Incremental: a MutationObserver per root (the document and each open shadow root) records
 *   what changed; a debounced job rescans only the blocks that changed, so the cost follows the
 *   size of the change, not of the page (DESIGN.md, "Performance approach").
 * Every stage works in slices that yield to the page.
 */
import type { ReportRequest } from '../rules/types';
import { joinedText, lastAtOrBefore, spanToPoints, TextWalk, type Collected } from './collect';
import { ContextCache, contextFor } from './context';
import type { Detector } from './detector';
import { FindingStore, type PageFinding } from './findings';
import type { Highlighter } from './highlights';
import { BLOCK, INLINE, isInsideSkipped, kindOf, nearestBlock } from './kinds';
import { Slicer, whenIdle } from './scheduling';

/**
 * Size of one slice of text for a regular expression pass: a few ms even for slow patterns on a
 * loaded machine (64 KB slices measured up to ~15 ms with 2 cores shared by several processes).
 */
const TEXT_SLICE = 16_384;
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
 * Above this many elements, the fast path reads the text in slices instead of one
 * `textContent` read (a single read of a 100,000-element page can pass 50 ms on a busy machine).
 * Counting elements is one native pass that builds no string.
 */
const HUGE_ELEMENTS = 20_000;
/** Main-thread time given to the rules' warm-up steps at most, per frame. */
const WARM_UP_MS = 30;
/** During a long scan, highlights found so far are shown this often. */
const PROGRESS_MS = 500;
/** Debounce of the mutation observer before rescanning. */
const DEBOUNCE_MS = 60;

type Root = Document | ShadowRoot;

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
}

function isRoot(node: Node): node is Root {
  return node.nodeType === 9 || node.nodeType === 11;
}

/** Start offsets of every match of `re` in `text`, scanning in slices (yielding between). */
async function findHints(text: string, source: string, slicer: Slicer): Promise<number[]> {
  const re = new RegExp(source, 'gi');
  const hits: number[] = [];
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

function safeAnalyze(detector: Detector, text: string, context: string): ReportRequest[] {
  try {
    const result = detector.analyze(text, context ? { context } : undefined);
    return Array.isArray(result) ? result : [];
  } catch {
    // The contract says analyze never throws; a page must not break the scan if it does.
    return [];
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
  private warmedUp = false;

  constructor(doc: Document, options: ScannerOptions) {
    this.doc = doc;
    this.options = options;
    this.slicer = options.slicer ?? new Slicer();
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
        }
      })
      .catch(() => undefined)
      .finally(() => {
        this.pendingJobs--;
        this.reportCount();
      });
    return this.queue;
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
    const cache = new ContextCache();
    const needSweep: Root[] = [];
    while (this.rootQueue.length > 0) {
      const root = this.rootQueue.shift() as Root;
      const scope: Node | null = root.nodeType === 9 ? (root as Document).body : root;
      if (!scope) continue;
      // Fast path: the text alone tells whether any walk is needed.
      if (!(await this.mightRequestIn(scope))) {
        this.stats.fastPathSkips++;
        needSweep.push(root);
        continue;
      }
      await this.scanSubtree(scope, root, cache, false);
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
   * The rules' pre-check over the text of `scope`: one `textContent` read on ordinary pages,
   * a sliced walk over text nodes on huge ones (chunks overlap, so a phrase spanning two chunks
   * is still seen).
   */
  private async mightRequestIn(scope: Node): Promise<boolean> {
    const detector = this.options.detector;
    let elements = 0;
    if (scope.nodeType === 1) {
      elements = (scope as Element).getElementsByTagName('*').length;
    } else {
      for (const child of (scope as ParentNode).children) {
        elements += 1 + child.getElementsByTagName('*').length;
      }
    }
    if (elements < HUGE_ELEMENTS) {
      return mightRequestSliced(scope.textContent ?? '', detector, this.slicer);
    }
    const walker = this.doc.createTreeWalker(scope, 4 /* NodeFilter.SHOW_TEXT */);
    let buffer = '';
    let count = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      buffer += (node as Text).data;
      if (buffer.length >= TEXT_SLICE) {
        if (await mightRequestSliced(buffer, detector, this.slicer)) return true;
        buffer = buffer.slice(-TEXT_OVERLAP);
      }
      if (++count === 256) {
        count = 0;
        if (this.slicer.spent) await this.pause();
      }
    }
    return buffer.length > 0 && mightRequestSliced(buffer, detector, this.slicer);
  }

  /**
   * Pays the rules' first-use costs in small steps between slices, before the first `analyze`
   * of this frame (which otherwise is one long task: issue 8). Pages without a request never
   * get here.
   */
  private async warmUp(): Promise<void> {
    if (this.warmedUp) return;
    this.warmedUp = true;
    const steps = this.options.detector.warmUp?.();
    if (!steps) return;
    // A step that compiles a big expression can take tens of ms on a loaded machine: after a
    // step that took more than a millisecond, the next one starts a fresh slice of its own.
    let last = 0;
    let spent = 0;
    for (const step of steps) {
      // The first steps (compiling the expressions) take most of the cold-start cost out of the
      // first `analyze` calls; the rest (JIT rounds) cost more than they save on one page
      // (measured in Node: all 213 steps ~147 ms vs. a cold first analyze ~30 ms; the first
      // ~20 steps, ~7 ms, bring the worst first call from ~30 ms to ~10 ms).
      if (spent >= WARM_UP_MS) break;
      if (this.slicer.spent || (last > 1 && this.slicer.now() + last * 2 > this.slicer.until)) {
        await this.pause();
      }
      const begin = this.slicer.now();
      try {
        step();
      } catch {
        // A failed warm-up only costs speed.
      }
      last = this.slicer.now() - begin;
      spent += last;
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

  /** Walks `scope`, analyses the runs holding hints, and stores the findings. */
  private async scanSubtree(
    scope: Node,
    root: Root,
    cache: ContextCache,
    incremental: boolean,
  ): Promise<void> {
    this.stats.walks++;
    const walk = new TextWalk(scope);
    if (incremental) {
      const drop = (element: Element) => {
        if (this.store.hasBlock(element)) this.dropFindings(this.store.removeBlock(element));
      };
      if (scope.nodeType === 1) drop(scope as Element);
      walk.onElement = drop;
    }
    while (!walk.step(this.slicer.until, this.slicer.now)) await this.pause();
    const collected = walk.out;
    for (const shadow of collected.shadowRoots) this.adoptRoot(shadow);
    if (collected.length === 0) return;
    const text = joinedText(collected);
    const hits = await findHints(text, this.options.detector.hintSource, this.slicer);
    // Group hint positions by run.
    const byRun = new Map<number, number[]>();
    const addHit = (hit: number) => {
      const run = lastAtOrBefore(collected.runStarts, hit);
      if (run < 0) return;
      const list = byRun.get(run);
      if (list) list.push(hit);
      else byRun.set(run, [hit]);
    };
    for (const hit of hits) addHit(hit);
    const checked = new Set<number>();
    for (const at of await findHints(text, BREAKER_SOURCE, this.slicer)) {
      const run = lastAtOrBefore(collected.runStarts, at);
      if (run < 0 || byRun.has(run) || checked.has(run)) continue;
      checked.add(run);
      const runText = text.slice(collected.runStarts[run], collected.runEnds[run]);
      if (safeMight(this.options.detector, runText)) addHit(at);
    }
    if (byRun.size === 0) return;
    await this.warmUp();
    const title = this.doc.title;
    for (const run of [...byRun.keys()].sort((a, b) => a - b)) {
      const runHits = byRun.get(run) as number[];
      await this.analyzeRun(collected, text, run, runHits, root, cache, title);
      await this.maybePause();
    }
  }

  private async analyzeRun(
    collected: Collected,
    text: string,
    run: number,
    hits: number[],
    root: Root,
    cache: ContextCache,
    title: string,
  ): Promise<void> {
    const runStart = collected.runStarts[run] as number;
    const runEnd = collected.runEnds[run] as number;
    const runText = text.slice(runStart, runEnd);
    const firstNode = collected.nodes[lastAtOrBefore(collected.starts, runStart)];
    if (!firstNode) return;
    const block = nearestBlock(firstNode);
    if (!block) return;
    const { question, context, questionBlock } = contextFor(
      block,
      runText,
      cache,
      title,
      collected.runHeadings[run] ?? null,
    );
    const requests: ReportRequest[] = [];
    if (runText.length <= MAX_RUN) {
      this.stats.analyzeCalls++;
      requests.push(...safeAnalyze(this.options.detector, runText, context));
    } else {
      // A huge run (a 2 MB text node): analyse windows around each hint, merged when they touch.
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
          context,
        )) {
          const shifted = { ...request, start: request.start + from, end: request.end + from };
          const key = `${shifted.report}:${shifted.start}:${shifted.end}`;
          if (seen.has(key)) continue;
          seen.add(key);
          requests.push(shifted);
        }
        await this.maybePause();
      }
    }
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
      const finding: PageFinding = {
        id: nextId++,
        text: runText.slice(request.start, request.end),
        question,
        context,
        report: request.report,
        type: request.type,
        reasons: [...request.reasons],
        range,
        nodes: collected.nodes.slice(points.start.index, points.end.index + 1),
        block,
        questionBlock,
        root,
      };
      this.store.add(finding);
      this.options.highlighter?.add(finding.report, range, root);
    }
  }

  private dropFindings(findings: PageFinding[]): void {
    for (const finding of findings) this.options.highlighter?.remove(finding.report, finding.range);
  }

  private onMutations(records: MutationRecord[]): void {
    if (this.stopped) return;
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
    const cache = new ContextCache();
    for (const node of roots) {
      if (node.nodeType === 9) {
        this.dropFindings(this.store.clear());
        this.rootQueue.push(...this.knownRoots);
        await this.runFullScans();
        return;
      }
      const owner = node.getRootNode();
      if (!isRoot(owner)) continue;
      await this.scanSubtree(node, owner, cache, true);
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
