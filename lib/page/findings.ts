/**
 * The findings of one frame: each a phrase that asks for a report, with its DOM range, the
 * question it belongs to and the reasons. Indexed by the block that owns the phrase (so an
 * incremental rescan drops exactly the findings of what it rescans) and by text node (so a click
 * is hit-tested against our ranges without any layout read). The scanner makes them here from
 * a run's requests (`findingsOfRun`), each with the question around its run (`QuestionOf`), and
 * the store gives them in document order (`documentOrder`).
 */
import type { AnalyzeOptions, Reading, ReportRequest } from '../rules';
import { spanToPoints, type Collected } from './collect';
import {
  contextFor,
  MAX_QUESTION,
  squash,
  type ContextCache,
  type QuestionContext,
} from './context';

export interface PageFinding extends Reading {
  /**
   * Unique for the life of the content script, and given in the order the scanner meets the
   * findings: within one `scan`, that is document order.
   */
  id: number;
  /**
   * The scan of one scope that found it (a root's full scan, or the rescan of a changed block):
   * findings of one scan are in document order by `id`, so only findings of different scans ever
   * need the page to tell their order.
   */
  scan: number;
  /** The phrase, as it reads on the page. */
  text: string;
  /**
   * The question the phrase belongs to. The scanner works it out when the page is idle after the
   * scan, or on first read if that comes sooner (see `QuestionOf` below).
   */
  readonly question: string;
  /** The context `analyze` gets where it reads one (worked out like `question`). */
  readonly context: string;
  /** The phrase's range (a StaticRange: no cost on later DOM mutations). */
  range: AbstractRange;
  /** Every text node the range covers, in order. */
  nodes: Text[];
  /** The element whose run of text holds the phrase (nearest non-inline ancestor). */
  block: Element;
  /** The element holding the whole question (for its answer field; worked out like `question`). */
  readonly questionBlock: Element;
  /** The document or shadow root the phrase lives in. */
  root: Document | ShadowRoot;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function pull<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) return;
  const at = list.indexOf(value);
  if (at >= 0) list.splice(at, 1);
  if (list.length === 0) map.delete(key);
}

/**
 * The question around a run of text (context.ts), worked out once, on first use, and shared by the
 * run's findings: `analyze` reads the context only for an unnumbered request, and the question is
 * only shown by the popup and the card (measured: working both out for every finding inside the
 * scan was a third of a 2,000-question scan; most findings name their report).
 */
export class QuestionOf {
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
export class ScannedFinding implements PageFinding {
  readonly report: ReportRequest['report'];
  readonly type: ReportRequest['type'];
  readonly reasons: Reading['reasons'];

  constructor(
    readonly id: number,
    readonly scan: number,
    readonly text: string,
    request: ReportRequest,
    readonly range: AbstractRange,
    readonly nodes: Text[],
    readonly block: Element,
    readonly root: Document | ShadowRoot,
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

/** Finding ids, unique for the life of the content script. */
let nextId = 1;

/** Where a run of text sits: its walk, its start in the walk's joined text, its block and root. */
export interface RunPlace {
  collected: Collected;
  runStart: number;
  runText: string;
  block: Element;
  root: Document | ShadowRoot;
  /** The question around the run, shared by its findings. */
  about: QuestionOf;
  /** The scan reading the run (`PageFinding.scan`). */
  scan: number;
}

/** A finding for each request read in a run, leaving out spans that map to no text. */
export function findingsOfRun(
  doc: Document,
  run: RunPlace,
  requests: readonly ReportRequest[],
): PageFinding[] {
  const { collected, runStart, runText } = run;
  const out: PageFinding[] = [];
  // Ids in the order of the page: the rules need not give a run's requests in order.
  const inRun = [...requests].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const request of inRun) {
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
      doc,
      points.start.node,
      points.start.offset,
      points.end.node,
      points.end.offset,
    );
    out.push(
      new ScannedFinding(
        nextId++,
        run.scan,
        runText.slice(request.start, request.end),
        request,
        range,
        collected.nodes.slice(points.start.index, points.end.index + 1),
        run.block,
        run.root,
        run.about,
      ),
    );
  }
  return out;
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

/** A node's parent in the composed tree: a shadow root's parent is its host. */
function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node as Partial<ShadowRoot>).host ?? null;
}

/** What the findings under a node have in common: their scan (MIXED when several) and first id. */
interface Below {
  scan: number;
  firstId: number;
}

const MIXED = -1;

/**
 * The marked children of `parent` (each a node on the way up from some finding) in document
 * order. When every finding under them comes from one scan, their ids give the order. Otherwise
 * one pass over `parent`'s children, stopping at the last marked one, with a shadow root first
 * (its findings sit where its host is, before the host's own children).
 */
function inChildOrder(parent: Node, marked: Node[], below: Map<Node, Below>): Node[] {
  if (marked.length < 2) return marked;
  const scan = (below.get(marked[0] as Node) as Below).scan;
  if (scan !== MIXED && marked.every((node) => (below.get(node) as Below).scan === scan)) {
    return marked.sort((a, b) => (below.get(a) as Below).firstId - (below.get(b) as Below).firstId);
  }
  const wanted = new Set(marked);
  const out: Node[] = marked.filter((node) => node.nodeType === 11 && node.parentNode === null);
  let left = marked.length - out.length;
  for (let child = parent.firstChild; child && left > 0; child = child.nextSibling) {
    if (wanted.has(child)) {
      out.push(child);
      left--;
    }
  }
  return out;
}

function byOffsets(a: PageFinding, b: PageFinding): number {
  return a.range.startOffset - b.range.startOffset || a.range.endOffset - b.range.endOffset;
}

/**
 * Findings in document order (shadow-root findings where their host is) without comparing nodes
 * pairwise: `compareDocumentPosition` costs time in proportion to the siblings between two nodes,
 * so sorting 596 findings of a flat 20,000-row table with it took 1.2 s in one task (measured in
 * Chromium), and even one pass over that table's rows takes 40-50 ms on a loaded machine.
 *
 * Each scan meets its findings in document order, so their ids order them: findings of a single
 * scan (a page scanned once) are sorted by id alone. Findings of several scans (a block inserted
 * later, a shadow root scanned after its host's page, an edited row) are placed by the tree of
 * their ancestors, walked once from the top: where the findings below two siblings come from one
 * scan, ids still order them; only where scans mix are the parent's children read, once. Findings
 * outside the document (not swept yet) follow it, in the order they were found.
 */
export function documentOrder(findings: Iterable<PageFinding>): PageFinding[] {
  const all = [...findings];
  if (all.every((finding) => finding.scan === all[0]?.scan)) return all.sort((a, b) => a.id - b.id);
  const atNode = new Map<Node, PageFinding[]>();
  const children = new Map<Node, Node[]>();
  const below = new Map<Node, Below>();
  const tops: Node[] = [];
  for (const finding of all) {
    let node: Node = finding.range.startContainer;
    const here = atNode.get(node);
    if (here) here.push(finding);
    else atNode.set(node, [finding]);
    // Up to the top: new nodes join their parent's children; every node notes the scan.
    for (;;) {
      const known = below.get(node);
      if (known) {
        if (known.scan !== finding.scan) known.scan = MIXED;
        if (finding.id < known.firstId) known.firstId = finding.id;
      } else {
        below.set(node, { scan: finding.scan, firstId: finding.id });
      }
      const parent = composedParent(node);
      if (!parent) {
        if (known) break;
        if (node.nodeType === 9) tops.unshift(node);
        else tops.push(node);
        break;
      }
      if (!known) {
        const siblings = children.get(parent);
        if (siblings) siblings.push(node);
        else children.set(parent, [node]);
      }
      node = parent;
    }
  }
  const out: PageFinding[] = [];
  const stack: Node[] = tops.reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    const here = atNode.get(node);
    if (here) out.push(...(here.length > 1 ? here.sort(byOffsets) : here));
    const marked = children.get(node);
    if (!marked) continue;
    const ordered = inChildOrder(node, marked, below);
    for (let i = ordered.length - 1; i >= 0; i--) stack.push(ordered[i] as Node);
  }
  return out;
}

export class FindingStore {
  private readonly byBlock = new Map<Element, PageFinding[]>();
  private readonly byNode = new Map<Text, PageFinding[]>();
  private readonly all = new Set<PageFinding>();
  private ordered: PageFinding[] | null = null;
  /** Bumped on every change: the order (and the popup's indices) may have moved. */
  version = 0;

  get size(): number {
    return this.all.size;
  }

  add(finding: PageFinding): void {
    this.all.add(finding);
    push(this.byBlock, finding.block, finding);
    for (const node of finding.nodes) push(this.byNode, node, finding);
    this.ordered = null;
    this.version++;
  }

  remove(finding: PageFinding): boolean {
    if (!this.all.delete(finding)) return false;
    pull(this.byBlock, finding.block, finding);
    for (const node of finding.nodes) pull(this.byNode, node, finding);
    this.ordered = null;
    this.version++;
    return true;
  }

  /** True when some finding is owned by `block` (cheap check before `removeBlock`). */
  hasBlock(block: Element): boolean {
    return this.byBlock.has(block);
  }

  /** Removes and returns the findings owned by `block`. */
  removeBlock(block: Element): PageFinding[] {
    const list = this.byBlock.get(block);
    if (!list) return [];
    const removed = [...list];
    for (const finding of removed) this.remove(finding);
    return removed;
  }

  /**
   * Removes and returns the findings owned by `scope` or a block under it (in the same tree: a
   * shadow root under it keeps its own). Looks at the blocks holding findings, not at the
   * elements under `scope`: re-rendering a 2,000-question table walked 40,000 elements for the
   * few dozen blocks that held findings (13-22 ms in Chromium).
   */
  removeUnder(scope: Node): PageFinding[] {
    const removed: PageFinding[] = [];
    for (const [block, list] of this.byBlock) {
      if (block === scope || scope.contains(block)) removed.push(...list);
    }
    for (const finding of removed) this.remove(finding);
    return removed;
  }

  /** Removes and returns findings whose text left the document (or whose text changed length). */
  sweep(): PageFinding[] {
    const gone: PageFinding[] = [];
    for (const finding of this.all) {
      const { range } = finding;
      if (
        !finding.nodes.every((node) => node.isConnected) ||
        range.endOffset > (range.endContainer as Text).length
      ) {
        gone.push(finding);
      }
    }
    for (const finding of gone) this.remove(finding);
    return gone;
  }

  /** Removes and returns everything. */
  clear(): PageFinding[] {
    const removed = [...this.all];
    this.all.clear();
    this.byBlock.clear();
    this.byNode.clear();
    this.ordered = null;
    this.version++;
    return removed;
  }

  /** Findings in document order (shadow-root findings where their host is). */
  inOrder(): PageFinding[] {
    this.ordered ??= documentOrder(this.all);
    return this.ordered;
  }

  /** Findings whose range holds the caret position (node, offset). */
  at(node: Node, offset: number): PageFinding[] {
    const list = this.byNode.get(node as Text);
    if (!list) return [];
    return list.filter(({ range }) => {
      if (node === range.startContainer && offset < range.startOffset) return false;
      if (node === range.endContainer && offset > range.endOffset) return false;
      return true;
    });
  }
}
