/**
 * Read in the page's main world (the CSS.highlights registry is shared with the page), by the
 * Chromium and the Firefox specs alike: `data-q:report` of every highlighted range, sorted, where
 * `data-q` is the question the range falls in. Self-contained, so either driver can serialise it
 * into the page with `evaluate`.
 */
export function highlightedByQuestionInPage(): string[] {
  const found = new Set<string>();
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('which-soc-') || name === 'which-soc-active') continue;
    for (const range of highlight) {
      const node = range.startContainer;
      const element = node instanceof Element ? node : node.parentElement;
      const question = element?.closest('[data-q]');
      found.add(`${question?.getAttribute('data-q') ?? '?'}:${name.slice('which-soc-'.length)}`);
    }
  }
  return [...found].sort();
}
