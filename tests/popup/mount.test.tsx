/** @vitest-environment happy-dom */
/**
 * The popup's real entry (entrypoints/popup/main.tsx) mounts into popup.html's `#app`.
 * It imports the entry module itself, as the built popup.html does, so it keeps working whatever
 * the popup's components do inside.
 */
import { act } from 'preact/test-utils';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/** Lets the popup's async loading (tabs, storage) settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((done) => setTimeout(done, 0)));
}

async function importEntry(): Promise<void> {
  await act(async () => {
    await import('../../entrypoints/popup/main');
  });
  await settle();
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  document.body.replaceChildren();
  history.replaceState(null, '', '/popup.html');
});

afterEach(() => {
  const app = document.getElementById('app');
  if (app) render(null, app);
  document.body.replaceChildren();
});

describe('the popup entry', () => {
  test.each([
    ['popup.html', ''],
    ['popup.html?tab=7 (bound to a tab with no content script)', '?tab=7'],
    ['popup.html#cheatsheet', '#cheatsheet'],
  ])('mounts its app with the "Which SOC?" heading when opened as %s', async (_name, suffix) => {
    history.replaceState(null, '', `/popup.html${suffix}`);
    const app = document.createElement('div');
    app.id = 'app';
    document.body.append(app);
    await importEntry();
    const heading = app.querySelector('h1');
    expect(heading?.textContent).toContain('Which SOC?');
    expect(app.children.length).toBeGreaterThan(0);
  });

  test('does nothing and does not throw when the page has no #app element', async () => {
    await expect(importEntry()).resolves.toBeUndefined();
    expect(document.body.children).toHaveLength(0);
  });
});
