/**
 * The question a phrase belongs to, and the words around it that can decide between SOC 1 and
 * SOC 2: the section heading above it and the question's label (docs/design.md: `context` is "nearby
 * text (section heading, question label, page title)"). Only called for runs that hold a phrase,
 * so these DOM queries cost per finding, never per page. No layout is read.
 */
import { INLINE, kindOf, SKIP } from './kinds';

/**
 * Elements that hold one question: table rows, list items, fieldsets, labels, ARIA rows and
 * groups, and form-builder question wrappers. Google Forms wraps each question in
 * `div[role=listitem]`; Microsoft Forms in `div[data-automation-id=questionItem]` (both seen in
 * their public form markup).
 */
export const QUESTION_SELECTOR = [
  'tr',
  'li',
  'fieldset',
  'dt',
  'dd',
  'label',
  '[role=group]',
  '[role=listitem]',
  '[role=row]',
  '[role=radiogroup]',
  '[data-automation-id=questionItem]',
].join(',');

/** Answer fields a question can own. */
export const FIELD_SELECTOR = [
  'textarea',
  'input:not([type]),input[type=text],input[type=search],input[type=url],input[type=email]',
  '[contenteditable=""],[contenteditable=true],[contenteditable=plaintext-only]',
  '[role=textbox]',
].join(',');

/** Longest question text we keep (the popup shows it; PJ's message quotes it). */
export const MAX_QUESTION = 600;
/** A "question" bigger than this is a container of many questions, not one. */
const MAX_QUESTION_BLOCK = 4000;
const MAX_HEADING = 200;

/** Collapses whitespace (including NBSP and friends) and trims. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * Bounds of the per-finding DOM work, so one finding never costs a long task whatever the page
 * (5,000 levels of nesting, 100,000 elements). Measured before these bounds: a heading
 * search that queried every ancestor's subtree took 3.6 s in one task at 5,000 levels without a
 * heading; a field query on a large ancestor took ~31 ms per finding at 100,000 elements.
 */
/** Elements visited backwards in document order when looking for a section heading. */
const HEADING_STEPS = 3000;
/** Elements visited inside a candidate question block when looking for its answer fields. */
const FIELD_STEPS = 400;
/** Elements visited when measuring whether a block is small enough to be one question. */
const SIZE_STEPS = 400;

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'legend', 'caption', 'th']);

/** Per-scan caches: bounded text reads per block, and heading answers per element. */
export class ContextCache {
  readonly small = new Map<Node, string | null>();
  readonly headings = new Map<Node, string>();
  /**
   * Elements whose whole subtree holds no heading, with the heading before them: what any later
   * sibling's search may stop at. (A `headings` entry may not serve there: an element or
   * ancestor answered for itself can hold a heading after its start.)
   */
  readonly headingFree = new Map<Node, string>();
  readonly fields = new Map<Node, number>();

  /**
   * The text of `node` when it is small enough to be one question (at most MAX_QUESTION_BLOCK
   * characters, found within SIZE_STEPS elements), else null. Never reads a big subtree whole.
   */
  smallTextOf(node: Node): string | null {
    let text = this.small.get(node);
    if (text === undefined) {
      text = boundedText(node, MAX_QUESTION_BLOCK, SIZE_STEPS);
      this.small.set(node, text);
    }
    return text;
  }

  /** Number of answer fields in `element` (capped at 3), or -1 when it is too big to search. */
  fieldCount(element: Element): number {
    let count = this.fields.get(element);
    if (count === undefined) {
      count = countFields(element);
      this.fields.set(element, count);
    }
    return count;
  }
}

/**
 * The text of `node` as a reader sees it, if at most `maxChars` long and within `maxElements`
 * elements, else null: what the scanner never reads is left out (form controls hold the answer
 * and their options, not the question: see kinds.ts), and blocks are kept apart by a space, so a
 * row reads "1.1 Provide your SOC 2 report", not "1.1Provide your SOC 2 reportYesNoN/A".
 */
function boundedText(node: Node, maxChars: number, maxElements: number): string | null {
  if (node.nodeType === 3) {
    const data = (node as Text).data;
    return data.length <= maxChars ? data : null;
  }
  const parts: string[] = [];
  let length = 0;
  let elements = 0;
  let current: Node | null = node.firstChild;
  while (current) {
    if (current.nodeType === 3) {
      const data = (current as Text).data;
      length += data.length;
      if (length > maxChars) return null;
      parts.push(data);
    } else if (current.nodeType === 1) {
      if (++elements > maxElements) return null;
      const kind = kindOf(current as Element);
      if (kind !== INLINE) parts.push(' ');
      if (kind !== SKIP && current.firstChild) {
        current = current.firstChild;
        continue;
      }
    }
    // `current` is done: move on in document order, leaving each finished element.
    while (current && current !== node) {
      if (current.nodeType === 1 && kindOf(current as Element) !== INLINE) parts.push(' ');
      if (current.nextSibling) break;
      current = current.parentNode;
    }
    current = current && current !== node ? current.nextSibling : null;
  }
  return parts.join('');
}

function matchesField(element: Element): boolean {
  const name = element.localName;
  if (name === 'textarea') return true;
  if (name === 'input') {
    const type = element.getAttribute('type');
    return type === null || /^(text|search|url|email)$/i.test(type);
  }
  const editable = element.getAttribute('contenteditable');
  if (editable === '' || editable === 'true' || editable === 'plaintext-only') return true;
  return element.getAttribute('role') === 'textbox';
}

/** Answer fields in `element` (0-3, 3 meaning "three or more"), or -1 past FIELD_STEPS elements. */
function countFields(element: Element): number {
  const walker = element.ownerDocument.createTreeWalker(element, 1 /* SHOW_ELEMENT */);
  let count = 0;
  let steps = 0;
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (++steps > FIELD_STEPS) return -1;
    if (matchesField(current as Element) && ++count >= 3) return 3;
  }
  return count;
}

/** True if a heading-like element really titles what follows (a `th` only as a section row). */
export function isSectionHeading(element: Element): boolean {
  if (element.localName !== 'th') return true;
  // A lone header cell in its row is a section title ("Financial reporting"); a header row
  // with several cells names columns ("Question", "Answer"), which says nothing about the topic.
  const row = element.parentElement;
  return row === null || row.children.length === 1 || element.getAttribute('scope') === 'rowgroup';
}

/**
 * The element holding the whole question around `block`: the nearest question wrapper, else
 * (div-based forms) the nearest ancestor within three levels that also holds an answer field,
 * else `block` itself. Each candidate is searched within a bounded number of elements: a
 * candidate bigger than that holds many questions, not one.
 */
export function questionBlockOf(block: Element, cache: ContextCache): Element {
  const wrapper = block.closest(QUESTION_SELECTOR);
  if (wrapper && cache.smallTextOf(wrapper) !== null) return wrapper;
  let current: Element | null = block;
  for (let level = 0; level < 3 && current; level++) {
    const fields = cache.fieldCount(current);
    if (fields < 0) return block;
    if (fields > 0) {
      return fields <= 2 && cache.smallTextOf(current) !== null ? current : block;
    }
    current = current.parentElement;
  }
  return block;
}

function isHeadingElement(element: Element): boolean {
  return HEADING_TAGS.has(element.localName) || element.getAttribute('role') === 'heading';
}

/** The heading-like elements, as one selector for a native query of a subtree. */
const HEADING_SELECTOR = [...HEADING_TAGS, '[role=heading]'].join(',');

/** The text of `candidate` when it is a section heading with text, else ''. */
function headingText(candidate: Element, cache: ContextCache): string {
  if (!isHeadingElement(candidate) || !isSectionHeading(candidate)) return '';
  const text = squash(cache.smallTextOf(candidate) ?? '');
  return text ? clip(text, MAX_HEADING) : '';
}

/** The last section heading with text inside `element` (document order), or ''. */
function lastHeadingInside(element: Element, cache: ContextCache): string {
  // Most elements passed hold no heading: `querySelector` says so without allocating a list
  // (at 20,000 questions, working out every question passes about 20,000 rows).
  if (element.firstElementChild === null || element.querySelector(HEADING_SELECTOR) === null) {
    return '';
  }
  const inside = element.querySelectorAll(HEADING_SELECTOR);
  for (let i = inside.length - 1; i >= 0; i--) {
    const text = headingText(inside[i] as Element, cache);
    if (text) return text;
  }
  return '';
}

/**
 * Text of the nearest heading before `element` in document order (h1-h6, legend, caption,
 * [role=heading], a section `th`, or an ancestor that is one); '' if none within HEADING_STEPS
 * siblings and ancestors. Goes back sibling by sibling, looking inside each with one native
 * query, then up to the parent: the same order as walking back element by element, at a native
 * query per row instead of a JS step per element (measured: the per-element walk was a quarter of
 * a 2,000-question scan that visits only the hinted rows). Answers are cached for the element and
 * every sibling and ancestor passed, so the next question of a section stops where this one began.
 */
export function precedingHeading(element: Element, cache: ContextCache): string {
  const known = cache.headings.get(element);
  if (known !== undefined) return known;
  let result = '';
  // Answered for themselves (the element, ancestors) / whole subtrees searched (siblings).
  const passed: Element[] = [element];
  const searched: Element[] = [];
  let node: Element = element;
  let steps = 0;
  search: for (;;) {
    for (
      let sibling = node.previousElementSibling;
      sibling;
      sibling = sibling.previousElementSibling
    ) {
      const cached = cache.headingFree.get(sibling);
      if (cached !== undefined) {
        result = cached;
        break search;
      }
      result = lastHeadingInside(sibling, cache) || headingText(sibling, cache);
      if (result || ++steps >= HEADING_STEPS) break search;
      searched.push(sibling);
    }
    const parent = node.parentElement;
    if (!parent || ++steps >= HEADING_STEPS) break;
    const cached = cache.headings.get(parent);
    if (cached !== undefined && !isHeadingElement(parent)) {
      result = cached;
      break;
    }
    result = headingText(parent, cache);
    if (result) break;
    passed.push(parent);
    node = parent;
  }
  for (const node of passed) {
    if (!isHeadingElement(node)) cache.headings.set(node, result);
  }
  for (const node of searched) cache.headingFree.set(node, result);
  return result;
}

/** What `analyze` gets as context and what the popup shows as the question. */
export interface QuestionContext {
  /** The question the phrase belongs to, whitespace squashed, clipped. */
  question: string;
  /** Section heading + question label + page title, for `analyze`. */
  context: string;
  /** The element holding the question (for finding its answer field). */
  questionBlock: Element;
}

/**
 * Question and context for a run of text owned by `block`. `runText` is used as the question
 * when the block is too big to be one question (a 2 MB text node, a whole form).
 */
export function contextFor(
  block: Element,
  runText: string,
  cache: ContextCache,
  title = '',
  seenHeading: Element | null = null,
): QuestionContext {
  const questionBlock = questionBlockOf(block, cache);
  const blockText = cache.smallTextOf(questionBlock);
  const question = clip(squash(blockText ?? runText.slice(0, MAX_QUESTION * 2)), MAX_QUESTION);
  const heading =
    seenHeading && isSectionHeading(seenHeading) && !questionBlock.contains(seenHeading)
      ? clip(squash(cache.smallTextOf(seenHeading) ?? ''), MAX_HEADING)
      : precedingHeading(questionBlock, cache);
  const parts: string[] = [];
  if (heading) parts.push(heading);
  // Squashing a huge run (a 2 MB text node) would be one long task: such a run is never the
  // whole question anyway.
  if (question && (runText.length > MAX_QUESTION * 2 || question !== squash(runText))) {
    parts.push(question);
  }
  if (title) parts.push(clip(squash(title), MAX_HEADING));
  return { question, context: parts.join(' | '), questionBlock };
}
