/**
 * Escape closes the nearest open `<details>` and puts focus back on its summary, as
 * keyboard users expect of a disclosure. Used as an `onKeyDown` handler on a list of details. Stops the
 * event only when it closed something, so a second Escape still reaches the browser (which
 * closes the popup).
 */
export function closeDetailsOnEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const target = event.target as Element | null;
  const details = target?.closest?.('details[open]') as HTMLDetailsElement | null | undefined;
  if (!details) return;
  details.open = false;
  details.querySelector<HTMLElement>(':scope > summary')?.focus();
  event.preventDefault();
  event.stopPropagation();
}
