/**
 * Reads the text of a subtree once, as runs: a run is the text between two block boundaries, so
 * "SOC <b>2</b> Type II" is one run while two table cells are two. Every text node is kept with
 * its offset in the joined text, so a span of the joined text maps back to DOM positions without
 * reading the DOM again. The walk is resumable, so big pages are read in slices that yield to the
 * page (docs/design.md, "Performance approach": no long task over 50 ms).
 */
import { isSectionHeading } from './context';
import { BLOCK, INLINE, isInlineTag, kindOf, SKIP } from './kinds';

/** Character put between runs in the joined text. A newline, so it reads as whitespace. */
export const RUN_SEPARATOR = '\n';

/** Elements that title what follows (a `th` only when it is a section row: see context.ts). */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption', 'th']);

/** How many nodes to visit between two looks at the clock. */
const CLOCK_EVERY = 256;

/** Text gathered from one root: joined text, its nodes and run boundaries. */
export interface Collected {
  /** The root that was walked (an element, a document body or a shadow root). */
  root: Node;
  /** Text nodes in document order. */
  nodes: Text[];
  /** `starts[i]`: offset of `nodes[i]` in the joined text. */
  starts: number[];
  /** Offsets where each run starts in the joined text, ascending. */
  runStarts: number[];
  /** Offsets where each run ends (exclusive). */
  runEnds: number[];
  /**
   * `runHeadings[i]`: the last heading-like element entered before run `i` started (null if
   * none in this walk). Tracked during the walk so finding a question's section heading costs
   * no DOM query (measured: per-finding heading queries were the scan's largest cost).
   */
  runHeadings: (Element | null)[];
  /** Open shadow roots met on the way (to be walked on their own). */
  shadowRoots: ShadowRoot[];
  /** Length of the joined text. */
  length: number;
  /** Parts of the joined text; `text()` joins them once. */
  parts: string[];
}

/** The joined text of a collection (cached in `parts` after the first call). */
export function joinedText(collected: Collected): string {
  if (collected.parts.length !== 1) collected.parts = [collected.parts.join('')];
  return collected.parts[0] ?? '';
}

/**
 * A resumable walk over a root's text. Call `step(deadline)` until it returns true; between
 * calls the page may run (and change: the caller's MutationObserver catches that).
 */
export class TextWalk {
  readonly out: Collected;
  private node: Node | null;
  private readonly root: Node;
  private pendingBreak = false;
  private runOpen = false;
  private lastHeading: Element | null = null;
  private readonly roleHeadings: Set<Element> | null;

  constructor(root: Node) {
    this.root = root;
    this.node = root.firstChild;
    // ARIA headings are rare: one native query finds them, instead of an attribute read per element.
    const query = (root as ParentNode).querySelectorAll?.('[role=heading]');
    this.roleHeadings = query && query.length > 0 ? new Set(query) : null;
    this.out = {
      root,
      nodes: [],
      starts: [],
      runStarts: [],
      runEnds: [],
      runHeadings: [],
      shadowRoots: [],
      length: 0,
      parts: [],
    };
    // The root itself may host a shadow root (an element root from an incremental rescan).
    if (root.nodeType === 1) {
      const shadow = (root as Element).shadowRoot;
      if (shadow) this.out.shadowRoots.push(shadow);
    }
  }

  /** Walks until done (returns true) or until `now() >= deadline` (returns false). */
  step(deadline: number, now: () => number = () => performance.now()): boolean {
    const out = this.out;
    const root = this.root;
    let node = this.node;
    let count = 0;
    while (node) {
      if (++count === CLOCK_EVERY) {
        count = 0;
        if (now() >= deadline) {
          this.node = node;
          return false;
        }
      }
      const type = node.nodeType;
      let descend = false;
      if (type === 3) {
        const data = (node as Text).data;
        if (data.length > 0) {
          if (this.pendingBreak && this.runOpen) {
            out.runEnds.push(out.length);
            out.parts.push(RUN_SEPARATOR);
            out.length += RUN_SEPARATOR.length;
            this.runOpen = false;
          }
          this.pendingBreak = false;
          if (!this.runOpen) {
            out.runStarts.push(out.length);
            out.runHeadings.push(this.lastHeading);
            this.runOpen = true;
          }
          out.nodes.push(node as Text);
          out.starts.push(out.length);
          out.parts.push(data);
          out.length += data.length;
        }
      } else if (type === 1) {
        const element = node as Element;
        const kind = kindOf(element);
        if (kind !== SKIP) {
          const shadow = element.shadowRoot;
          if (shadow) out.shadowRoots.push(shadow);
          if (kind === BLOCK) {
            this.pendingBreak = true;
            if (
              (HEADING_TAGS.has(element.localName) && isSectionHeading(element)) ||
              this.roleHeadings?.has(element)
            ) {
              this.lastHeading = element;
            }
          }
          descend = element.firstChild !== null;
        }
      }
      if (descend) {
        node = node.firstChild;
        continue;
      }
      // Next node in document order, leaving finished elements (a block ends a run).
      while (node && node !== root && node.nextSibling === null) {
        node = node.parentNode;
        if (
          node &&
          node !== root &&
          node.nodeType === 1 &&
          kindOfClimb(node as Element) === BLOCK
        ) {
          this.pendingBreak = true;
        }
      }
      node = node && node !== root ? node.nextSibling : null;
    }
    if (this.runOpen) {
      out.runEnds.push(out.length);
      this.runOpen = false;
    }
    this.node = null;
    return true;
  }
}

/** Kind of an element we already entered (so not SKIP): only inline vs block matters. */
function kindOfClimb(element: Element): typeof INLINE | typeof BLOCK {
  return isInlineTag(element.localName) ? INLINE : BLOCK;
}

/** Index of the last entry of ascending `list` that is <= `value` (or -1). */
export function lastAtOrBefore(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if ((list[mid] as number) <= value) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

/** A position in the DOM: a text node and an offset in it. */
export interface TextPoint {
  node: Text;
  offset: number;
  /** Index of `node` in `Collected.nodes`. */
  index: number;
}

/**
 * Maps a span of the joined text to DOM positions. The end maps into the node holding the
 * span's last character, so a span never ends at offset 0 of the following node.
 */
export function spanToPoints(
  collected: Collected,
  start: number,
  end: number,
): { start: TextPoint; end: TextPoint } | null {
  if (end <= start) return null;
  const { nodes, starts } = collected;
  const first = lastAtOrBefore(starts, start);
  const last = lastAtOrBefore(starts, end - 1);
  if (first < 0 || last < 0) return null;
  const startNode = nodes[first] as Text;
  const endNode = nodes[last] as Text;
  const startOffset = start - (starts[first] as number);
  const endOffset = end - (starts[last] as number);
  // A span that starts on a run separator (between nodes) is not a DOM position.
  if (startOffset > startNode.data.length || endOffset > endNode.data.length) return null;
  return {
    start: { node: startNode, offset: startOffset, index: first },
    end: { node: endNode, offset: endOffset, index: last },
  };
}
