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
 *   size of the change, not of the page (docs/design.md, "Performance approach").
 * Every stage works in slices that yield to the page.
 *
 * The hint pass and the mapping of its offsets to nodes and blocks live in hints.ts, the calls
 * to the rules (memo, warm-up, windows) in analysis.ts, the findings and their order in
 * findings.ts. What stays here is one piece, near 600 lines: the jobs queue, the roots and their
 * observers, and the scans that tie them together, which share the scanner's state throughout.
 */
import type { ReportRequest } from '../rules';
import { AnalyzeMemo, analyzeWindows, warmUpFor } from './analysis';
import { joinedText, lastAtOrBefore, TextWalk } from './collect';
import { ContextCache } from './context';
import type { Detector } from './detector';
import { FindingStore, findingsOfRun, QuestionOf, type PageFinding } from './findings';
import type { Highlighter } from './highlights';
import {
  blocksOf,
  findHints,
  HAS_HIDDEN_CHARACTER,
  hintNodesInSlices,
  hintsByRun,
  isHugeDocument,
  MAX_RUN,
  mightRequestSliced,
  nodesAt,
  textContentHintSource,
  textOf,
} from './hints';
import { BLOCK, INLINE, isInsideSkipped, kindOf, nearestBlock } from './kinds';
import { Slicer, whenIdle } from './scheduling';
import { sweepForShadowRoots } from './shadows';

/** Attempts at a hint-guided scan of one scope while the page keeps changing under it. */
const GUIDED_ATTEMPTS = 2;
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
  /** Scopes scanned by the hint-guided path (text read once, only hinted blocks walked). */
  guidedScans: number;
}

function isRoot(node: Node): node is Root {
  return node.nodeType === 9 || node.nodeType === 11;
}

/** Numbers the scans of scopes, for the findings' order (`PageFinding.scan`). */
let nextScan = 1;

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
  /** The scan of one scope going on (`PageFinding.scan`): scopes are scanned one at a time. */
  private scan = 0;
  /** Bumped by every batch of mutation records: tells a sliced read that offsets moved. */
  private mutationCount = 0;
  private readonly textHintSource: string;
  /** Results of `analyze` for texts seen before (rows re-rendered or repeated). */
  private readonly memo: AnalyzeMemo;
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
  /** Counts a call to the rules (made once, for the memo and the windows). */
  private readonly countCall = (): void => {
    this.stats.analyzeCalls++;
  };
  /** `maybePause` as a function made once, for the hint pass's node walks. */
  private readonly pauseIfSpent = (): Promise<void> => this.maybePause();
  /** Questions of new findings not worked out yet: done when the page is idle (`describeAll`). */
  private undescribed: QuestionOf[] = [];
  private describeScheduled = false;

  constructor(doc: Document, options: ScannerOptions) {
    this.doc = doc;
    this.options = options;
    this.slicer = options.slicer ?? new Slicer();
    this.textHintSource = textContentHintSource(options.detector.hintSource);
    this.memo = new AnalyzeMemo(options.detector, this.countCall);
  }

  /** Scans the document (and its open shadow roots) and starts observing changes. */
  start(): Promise<void> {
    this.adoptRoot(this.doc);
    // The first slice runs in a task of its own: the task that loads the content script already
    // holds its compilation and set-up (measured 50-150 ms on a loaded machine).
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
    this.scan = nextScan++;
    const huge = scope === this.doc.body && isHugeDocument(this.doc);
    for (let attempt = 0; attempt < GUIDED_ATTEMPTS; attempt++) {
      const before = this.mutationCount;
      let nodes: (Text | undefined)[];
      if (huge) {
        const streamed = await hintNodesInSlices(
          this.doc,
          scope,
          this.textHintSource,
          this.slicer,
          this.pauseIfSpent,
        );
        if (streamed === 'hidden') break;
        nodes = streamed;
      } else {
        const text = textOf(scope);
        if (HAS_HIDDEN_CHARACTER.test(text)) {
          if (!(await mightRequestSliced(text, this.options.detector, this.slicer))) {
            return 'nothing';
          }
          break;
        }
        const hits = await findHints(text, this.textHintSource, this.slicer);
        if (hits.length === 0) return 'nothing';
        nodes = await nodesAt(this.doc, scope, hits, this.pauseIfSpent);
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

  /**
   * Before an incremental rescan of `scope`: drops the findings of every block under it (they
   * are found again if still there) and adopts open shadow roots of new hosts, except under what
   * we never read (our own UI among them).
   */
  private async forgetUnder(scope: Node): Promise<void> {
    this.dropFindings(this.store.removeUnder(scope));
    if (scope.nodeType !== 1 && !isRoot(scope)) return;
    await sweepForShadowRoots(
      scope as Element | Root,
      (shadow) => {
        if (!this.knownRoots.has(shadow) && !isInsideSkipped(shadow.host)) this.adoptRoot(shadow);
      },
      this.pauseIfSpent,
    );
  }

  /**
   * Finds open shadow roots under `roots` without reading text (the fast path skipped the walk
   * that would have met them), in slices; each found root is then scanned like the document.
   */
  private async sweepShadows(roots: Root[]): Promise<void> {
    for (const root of roots) {
      await sweepForShadowRoots(root, (shadow) => this.adoptRoot(shadow), this.pauseIfSpent);
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
    const byRun = await hintsByRun(collected, text, this.options.detector, this.slicer, hinted);
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
        requests = await analyzeWindows(
          this.options.detector,
          runText,
          byRun.get(run) as number[],
          runStart,
          about,
          { slicer: this.slicer, pause: () => this.pause(), onCall: this.countCall },
        );
      } else {
        const known = this.memo.remembered(runText, about);
        if (known) {
          requests = known;
        } else {
          await warmUpFor(this.options.detector, runText, this.slicer, () => this.pause());
          requests = this.memo.analyze(runText, about);
        }
      }
      const found = findingsOfRun(
        this.doc,
        { collected, runStart, runText, block, root, about, scan: this.scan },
        requests,
      );
      for (const finding of found) {
        this.store.add(finding);
        this.options.highlighter?.add(finding.report, finding.range, root);
      }
      if (found.length > 0) this.undescribed.push(about);
      if (this.slicer.spent) await this.pause();
    }
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
