/**
 * The findings of one frame: each a phrase that asks for a report, with its DOM range, the
 * question it belongs to and the reasons. Indexed by the block that owns the phrase (so an
 * incremental rescan drops exactly the findings of what it rescans) and by text node (so a click
 * is hit-tested against our ranges without any layout read).
 */
import type { Reading } from '../rules';

export interface PageFinding extends Reading {
  /** Unique for the life of the content script. */
  id: number;
  /** The phrase, as it reads on the page. */
  text: string;
  /**
   * The question the phrase belongs to. The scanner works it out when the page is idle after the
   * scan, or on first read if that comes sooner (see `QuestionOf` in scanner.ts).
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

/** Chain from a node up through the hosts of the shadow roots it is in, outermost last. */
function hostChain(node: Node): Node[] {
  const chain: Node[] = [node];
  let root = node.getRootNode();
  while (root.nodeType === 11 && (root as ShadowRoot).host) {
    const host = (root as ShadowRoot).host;
    chain.push(host);
    root = host.getRootNode();
  }
  return chain;
}

/** Document order across shadow roots: a phrase inside a shadow root sits where its host is. */
export function compareComposed(a: Node, b: Node): number {
  if (a === b) return 0;
  const chainA = hostChain(a);
  const chainB = hostChain(b);
  let i = chainA.length - 1;
  let j = chainB.length - 1;
  // Walk down from the outermost anchors while they coincide.
  while (i > 0 && j > 0 && chainA[i] === chainB[j]) {
    i--;
    j--;
  }
  const x = chainA[i] as Node;
  const y = chainB[j] as Node;
  if (x === y) return i - j;
  const position = x.compareDocumentPosition(y);
  if (position & 4) return -1; // y follows x
  if (position & 2) return 1; // y precedes x
  return 0;
}

function compareFindings(a: PageFinding, b: PageFinding): number {
  const byNode = compareComposed(a.range.startContainer, b.range.startContainer);
  if (byNode !== 0) return byNode;
  return a.range.startOffset - b.range.startOffset || a.range.endOffset - b.range.endOffset;
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
    if (!this.ordered) this.ordered = [...this.all].sort(compareFindings);
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
