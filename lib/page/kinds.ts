/**
 * How the scanner treats each element: text inside an INLINE element joins its neighbours (so
 * "SOC <b>2</b> Type II" reads as one phrase), a BLOCK element starts a new run of text, and a
 * SKIP element is never read (code, styles, form values, our own UI). Decided from the tag name
 * alone: the scan never reads layout or computed style (docs/design.md, "Performance approach").
 */

/** Prefix of everything we add to a page: highlight names, our host element. */
export const PREFIX = 'which-soc';

export const INLINE = 0;
export const BLOCK = 1;
export const SKIP = 2;
export type Kind = typeof INLINE | typeof BLOCK | typeof SKIP;

/** Phrasing content that does not end a sentence (HTML "phrasing content", minus form controls). */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'code',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'kbd',
  'mark',
  'nobr',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'var',
  'wbr',
]);

/**
 * Never read: scripts and styles are not text, form controls hold the user's answers (not the
 * question), `template` is inert, embedded documents are scanned by their own frame's script.
 */
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'optgroup',
  'datalist',
  'iframe',
  'frame',
  'object',
  'embed',
  'canvas',
  'video',
  'audio',
  'svg',
  'math',
  'head',
  'title',
]);

/** True for tags whose text joins the surrounding text (no run boundary). */
export function isInlineTag(localName: string): boolean {
  return INLINE_TAGS.has(localName);
}

/** The kind of an element, from its local name (lower case for HTML and SVG alike). */
export function kindOf(element: Element): Kind {
  const name = element.localName;
  if (INLINE_TAGS.has(name)) return INLINE;
  if (SKIP_TAGS.has(name) || name.startsWith(PREFIX)) return SKIP;
  // A contenteditable answer field holds the user's text, not the question. Read from the
  // attribute: `isContentEditable` would need computed style (a layout read).
  const editable = element.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false' && name !== 'body' && name !== 'html') return SKIP;
  return BLOCK;
}

/** The element itself, or a text node's parent element. Uses nodeType: `instanceof` breaks across worlds. */
export function elementOf(node: Node): Element | null {
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** True if `node` or an ancestor (within its own tree) is an element we never read. */
export function isInsideSkipped(node: Node): boolean {
  for (let el = elementOf(node); el; el = el.parentElement) {
    if (kindOf(el) === SKIP) return true;
  }
  return false;
}

/** Nearest ancestor (or self) that starts a run of text: where a phrase's text is bounded. */
export function nearestBlock(node: Node): Element | null {
  for (let el = elementOf(node); el; el = el.parentElement) {
    if (kindOf(el) !== INLINE) return el;
  }
  return null;
}
