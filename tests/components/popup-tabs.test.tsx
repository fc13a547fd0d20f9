/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test } from 'vitest';
import { useState } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { PopupTabs } from '../../components/popup-tabs';
import { mount, unmountAll } from './render';

afterEach(unmountAll);

const TABS = [
  { id: 'page', label: 'This page' },
  { id: 'cheatsheet', label: 'Cheat-sheet' },
  { id: 'textpj', label: 'Text PJ' },
] as const;

function Harness() {
  const [selected, setSelected] = useState<(typeof TABS)[number]['id']>('page');
  return <PopupTabs tabs={TABS} selected={selected} onSelect={setSelected} />;
}

function selected(root: HTMLElement): string | undefined {
  return root.querySelector('[role="tab"][aria-selected="true"]')?.textContent ?? undefined;
}

async function press(root: HTMLElement, key: string): Promise<void> {
  await act(async () => {
    root
      .querySelector('[role="tab"][aria-selected="true"]')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }));
  });
}

describe('PopupTabs', () => {
  test('is a tablist with one tab stop', () => {
    const root = mount(<Harness />);
    expect(root.querySelector('[role="tablist"]')).not.toBeNull();
    const stops = Array.from(root.querySelectorAll('[role="tab"]')).map((tab) =>
      tab.getAttribute('tabindex'),
    );
    expect(stops).toEqual(['0', '-1', '-1']);
  });

  test.each([
    ['ArrowRight moves to the next tab', ['ArrowRight'], 'Cheat-sheet'],
    ['ArrowRight wraps around from the last tab', ['End', 'ArrowRight'], 'This page'],
    ['ArrowLeft wraps around from the first tab', ['ArrowLeft'], 'Text PJ'],
    ['Home goes to the first tab', ['End', 'Home'], 'This page'],
    ['other keys do nothing', ['a', 'Enter'], 'This page'],
  ])('%s', async (_name, keys, expected) => {
    const root = mount(<Harness />);
    for (const key of keys) await press(root, key);
    expect(selected(root)).toBe(expected);
  });

  test('moves focus with the selection', async () => {
    const root = mount(<Harness />);
    await press(root, 'ArrowRight');
    expect(document.activeElement?.textContent).toBe('Cheat-sheet');
  });
});
