/** Renders Preact into a fresh happy-dom container and flushes effects. */
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';

export function mount(node: ComponentChild): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => {
    render(node, container);
  });
  return container;
}

export function unmountAll(): void {
  for (const child of Array.from(document.body.children)) {
    render(null, child);
    child.remove();
  }
}

/** Clicks an element inside act(), so state updates are flushed. */
export async function click(element: Element | null | undefined): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => {
    (element as HTMLElement).click();
  });
}

/** Finds a button (or link) by its visible text. */
export function byText<T extends Element = HTMLElement>(
  root: ParentNode,
  selector: string,
  text: string | RegExp,
): T | undefined {
  return Array.from(root.querySelectorAll<T>(selector)).find((element) =>
    typeof text === 'string'
      ? element.textContent?.trim() === text
      : text.test(element.textContent ?? ''),
  );
}
