/**
 * The popup reads every frame of the tab, in real Chromium with the release build: the content
 * script runs in all frames, but a `tabs.sendMessage` to the whole tab resolves with the first
 * answer only, so the popup asks the background which frames reported findings
 * (`which-soc/list-frames`) and messages each one. "Show on page" on a finding inside a frame
 * must reach that frame. Fixture: tests/e2e/pages/content-shadow-frame.html (a shadow root in
 * the top frame, a same-origin iframe and a srcdoc iframe).
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, waitForHighlights, type Harness } from './harness';

/** The `chrome` calls made in the service worker and the popup (test code has no extension types). */
declare const chrome: {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: {
    sendMessage(tab: number, message: unknown, options: { frameId: number }): Promise<unknown>;
  };
};

let harness: Harness;
let page: Page;
let popup: Page;
let child: Frame;
let srcdoc: Frame;

/** The page's requests: two in the top frame (one in its shadow root), one in each iframe. */
const TOTAL = 4;

/** Size of the "active" highlight (the finding "Show on page" flashed) in a frame. */
function activeSize(frame: Frame | Page): Promise<number> {
  return frame.evaluate(() => CSS.highlights.get('which-soc-active')?.size ?? 0);
}

/** Waits until the frame's content script has highlighted something. */
async function frameHighlighted(frame: Frame): Promise<void> {
  await frame.waitForFunction(
    () =>
      [...CSS.highlights].some(
        ([name, highlight]) =>
          name.startsWith('which-soc-') && name !== 'which-soc-active' && highlight.size > 0,
      ),
    undefined,
    { timeout: 15_000 },
  );
}

beforeAll(async () => {
  harness = await launch();
  page = await harness.open('content-shadow-frame.html');
  const foundChild = page.frame({ url: /content-frame-child\.html$/ });
  const foundSrcdoc = page.frames().find((frame) => frame.url() === 'about:srcdoc');
  if (!foundChild || !foundSrcdoc) throw new Error('fixture frames missing');
  child = foundChild;
  srcdoc = foundSrcdoc;
  await waitForHighlights(page, 2);
  await frameHighlighted(child);
  await frameHighlighted(srcdoc);
  // Every frame has told the background its count once the badge shows the page's total.
  const tabId = await harness.tabId(page);
  const badge = () =>
    harness.serviceWorker.evaluate((tab) => chrome.action.getBadgeText({ tabId: tab }), tabId);
  const deadline = Date.now() + 15_000;
  while ((await badge()) !== String(TOTAL)) {
    if (Date.now() > deadline) throw new Error(`badge stuck at "${await badge()}"`);
    await page.waitForTimeout(100);
  }
  popup = await harness.openPopup(page);
  await popup.locator('li.finding').first().waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await harness?.close();
});

describe('popup on a page with findings in frames', () => {
  test('lists the findings of every frame, the top frame first', async () => {
    await expect.poll(() => popup.locator('li.finding').count()).toBe(TOTAL);
    const phrases = await popup.locator('li.finding .finding-phrase').allTextContents();
    // Top frame first (light DOM and shadow root in some order), then the frames.
    expect(phrases.slice(0, 2).join(' ')).toMatch(/SOC 3/);
    expect(phrases.slice(0, 2).join(' ')).toMatch(/SOC 2/);
    expect(phrases.slice(2).join(' ')).toMatch(/ISO 27001/);
    expect(phrases.slice(2).join(' ')).toMatch(/bridge letter/);
  });

  test.each([
    ['the same-origin frame', /ISO 27001/, () => child],
    ['the srcdoc frame', /bridge letter/, () => srcdoc],
  ])('"Show on page" on a finding in %s flashes it in that frame', async (_name, phrase, frame) => {
    // By its phrase: other findings' answers may mention a bridge letter too.
    const item = popup
      .locator('li.finding')
      .filter({ has: popup.locator('.finding-phrase', { hasText: phrase }) });
    await item.locator('summary').click();
    expect(await activeSize(frame())).toBe(0);
    await item.getByRole('button', { name: /^Show on page/ }).click();
    await frame().waitForFunction(
      () => (CSS.highlights.get('which-soc-active')?.size ?? 0) > 0,
      undefined,
      { timeout: 10_000 },
    );
    // Not sent to the top frame as well (where the same frame-local index is another finding).
    expect(await activeSize(page)).toBe(0);
  });
});

describe('next finding across frames (the background walks the frames in turn)', () => {
  test('each frame answers whether it moved, and stops after its last finding when asked', async () => {
    const tabId = await harness.tabId(page);
    // From an extension page, as the background does it (lib/activation.ts `walkFrames`).
    const answers = await popup.evaluate(async (tab) => {
      const { frameIds } = (await chrome.runtime.sendMessage({
        type: 'which-soc/list-frames',
        tabId: tab,
      })) as { frameIds: number[] };
      const next = (frameId: number) =>
        chrome.tabs.sendMessage(tab, { type: 'which-soc/next-finding', wrap: false }, { frameId });
      const walk: unknown[][] = [];
      for (const frameId of frameIds) {
        // "Show on page" above left each frame somewhere: walk it to its end first.
        for (let i = 0; i < 5 && (await next(frameId)) === true; i++);
        const answers: unknown[] = [];
        for (let i = 0; i < 4; i++) answers.push(await next(frameId));
        walk.push(answers);
      }
      return walk;
    }, tabId);
    // Top frame first (two findings), then the two iframes (one each): true until the frame's
    // last finding, then false once, then it starts over.
    expect(answers).toEqual([
      [true, true, false, true],
      [true, false, true, false],
      [true, false, true, false],
    ]);
  });
});

describe('popup while the page changes', () => {
  test('a frame added after the popup opened shows its finding without Refresh', async () => {
    await expect.poll(() => popup.locator('li.finding').count()).toBe(TOTAL);
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.title = 'Late section';
      frame.srcdoc =
        '<table><tr><td>Payroll processing: please upload your SOC 1 Type 2 report.</td></tr></table>';
      document.body.append(frame);
    });
    await expect
      .poll(() => popup.locator('li.finding').count(), { timeout: 15_000 })
      .toBe(TOTAL + 1);
    const phrases = await popup.locator('li.finding .finding-phrase').allTextContents();
    expect(phrases.join(' ')).toMatch(/SOC 1 Type 2/);
  });
});
