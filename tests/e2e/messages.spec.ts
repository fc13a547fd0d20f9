/**
 * The page cannot drive the extension (docs/design.md, "Reliability
 * and security"), in real Chromium with the release
 * build: `window.postMessage` with our message payloads, and events of any kind the page
 * dispatches itself (custom events named like our messages, a fake WXT location change, a
 * synthetic Alt+Shift+N, a synthetic click on a highlight), change no finding and open no card.
 * Positive controls: the same gestures made by the user (trusted input from the browser) do work,
 * so each "nothing happened" can fail.
 *
 * What "nothing happened" means, read from the page's main world: our card's host element
 * `which-soc-card` is absent, the active highlight is empty, the page did not scroll, and the
 * report highlights hold the very same range objects as before (a rescan makes new ones).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, waitForHighlights, type Harness } from './harness';
import { recordErrors } from './hostile-steps';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

interface Snapshot {
  card: boolean;
  active: number;
  scrollY: number;
  /** Every range kept at `keep()` is still in its highlight, and no other range was added. */
  sameRanges: boolean;
}

/** Opens the fixture, waits for its two findings, and keeps their range objects in the page. */
async function openKept(): Promise<{ page: Page; errors: string[]; findings: unknown }> {
  const page = await harness.context.newPage();
  const errors = recordErrors(page);
  await page.goto(harness.url('hostile-messages.html'), { waitUntil: 'load' });
  await waitForHighlights(page, 2);
  await page.waitForTimeout(300);
  await page.evaluate(() => {
    const kept: [string, AbstractRange][] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('which-soc-') || name === 'which-soc-active') continue;
      for (const range of highlight) kept.push([name, range]);
    }
    (window as unknown as { __kept: typeof kept }).__kept = kept;
  });
  return { page, errors, findings: await harness.findings(page) };
}

function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const kept = (window as unknown as { __kept: [string, AbstractRange][] }).__kept;
    let total = 0;
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('which-soc-') && name !== 'which-soc-active') total += highlight.size;
    }
    return {
      card: document.querySelector('which-soc-card') !== null,
      active: CSS.highlights.get('which-soc-active')?.size ?? 0,
      scrollY: window.scrollY,
      sameRanges:
        kept.length > 0 &&
        total === kept.length &&
        kept.every(([name, range]) => CSS.highlights.get(name)?.has(range) === true),
    };
  });
}

const UNTOUCHED: Snapshot = { card: false, active: 0, scrollY: 0, sameRanges: true };

/** Every message kind the content script or background accepts, plus near misses. */
const PAYLOADS: unknown[] = [
  { type: 'which-soc/findings' },
  { type: 'which-soc/show-finding', index: 1 },
  { type: 'which-soc/next-finding' },
  { type: 'which-soc/explain-text', text: 'Please attach your SOC 2 Type II report.' },
  { type: 'which-soc/findings-changed', count: 99 },
  { type: 'which-soc/open-cheatsheet' },
  { type: 'which-soc/open-options' },
  // WXT's own cross-world message shape, and a wrapped one.
  { source: 'wxt', type: 'which-soc/next-finding' },
  { data: { type: 'which-soc/next-finding' } },
  'which-soc/next-finding',
];

/** What the page's scripts do, by name; each runs in the page's main world. */
const PAGE_ATTEMPTS: { name: string; run: (page: Page) => Promise<void> }[] = [
  {
    name: 'window.postMessage with each of our message payloads',
    run: (page) =>
      page.evaluate((payloads) => {
        for (const payload of payloads) {
          window.postMessage(payload, '*');
          window.top?.postMessage(payload, '*');
        }
      }, PAYLOADS),
  },
  {
    name: 'custom events named after our messages, on window, document and body',
    run: (page) =>
      page.evaluate((payloads) => {
        for (const payload of payloads) {
          const type =
            typeof payload === 'string' ? payload : String((payload as { type?: unknown }).type);
          for (const target of [window, document, document.body]) {
            target.dispatchEvent(new CustomEvent(type, { detail: payload, bubbles: true }));
            target.dispatchEvent(new MessageEvent('message', { data: payload }));
          }
        }
      }, PAYLOADS),
  },
  {
    name: 'a fake "wxt:locationchange" event (a rescan on demand)',
    run: (page) =>
      page.evaluate(() => {
        for (let i = 0; i < 20; i++) window.dispatchEvent(new Event('wxt:locationchange'));
      }),
  },
  {
    name: 'a synthetic Alt+Shift+N keydown (walk to the next finding)',
    run: (page) =>
      page.evaluate(() => {
        for (const target of [window, document, document.body]) {
          target.dispatchEvent(
            new KeyboardEvent('keydown', {
              key: 'N',
              code: 'KeyN',
              altKey: true,
              shiftKey: true,
              bubbles: true,
            }),
          );
        }
      }),
  },
  {
    name: 'a synthetic click on a highlighted phrase',
    run: (page) =>
      page.evaluate(() => {
        for (const [name, highlight] of CSS.highlights) {
          if (!name.startsWith('which-soc-')) continue;
          for (const stored of highlight) {
            const range = document.createRange();
            range.setStart(stored.startContainer, stored.startOffset);
            range.setEnd(stored.endContainer, stored.endOffset);
            const box = range.getBoundingClientRect();
            const at = { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2 };
            const element = document.elementFromPoint(at.clientX, at.clientY) ?? document.body;
            element.dispatchEvent(
              new MouseEvent('click', { ...at, bubbles: true, composed: true }),
            );
            return;
          }
        }
      }),
  },
];

describe('the page', () => {
  test.each(PAGE_ATTEMPTS)('cannot drive the extension with $name', async ({ run }) => {
    const { page, errors, findings } = await openKept();
    expect(await snapshot(page)).toEqual(UNTOUCHED);
    await run(page);
    // Longer than the scanner's debounce and a rescan, so a reaction would have shown.
    await page.waitForTimeout(1000);
    expect(await snapshot(page)).toEqual(UNTOUCHED);
    expect(await harness.findings(page)).toEqual(findings);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the user (positive controls, so the checks above can fail)', () => {
  test('a real click on a highlighted phrase opens the card', async () => {
    const { page } = await openKept();
    const box = await page.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('which-soc-')) continue;
        for (const stored of highlight) {
          const range = document.createRange();
          range.setStart(stored.startContainer, stored.startOffset);
          range.setEnd(stored.endContainer, stored.endOffset);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });
    expect(box).not.toBeNull();
    await page.mouse.click(box?.x ?? 0, box?.y ?? 0);
    await page.waitForSelector('which-soc-card', { state: 'attached', timeout: 5000 });
    expect((await snapshot(page)).card).toBe(true);
    await page.close();
  });

  test('a real Alt+Shift+N opens the card of the first finding', async () => {
    const { page } = await openKept();
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.waitForSelector('which-soc-card', { state: 'attached', timeout: 5000 });
    expect((await snapshot(page)).active).toBe(1);
    await page.close();
  });

  test('a real navigation in the page (history.pushState) rescans it, making new ranges', async () => {
    const { page } = await openKept();
    await page.evaluate(() => history.pushState({}, '', '?step=2'));
    // WXT polls location once a second.
    await expect.poll(async () => (await snapshot(page)).sameRanges, { timeout: 5000 }).toBe(false);
    await page.close();
  });
});
