/**
 * Activation in real Chromium with the release build:
 * - the known-host list reaches a mapped host, and nothing runs on an unlisted one;
 * - the toolbar badge counts a tab's findings, survives a late sub-frame, and clears on navigation;
 * - "Always scan this site": after the user grants the origin, the content script is registered
 *   and runs there by itself after a reload; Remove in the options page takes it back.
 *
 * Granting a site in headless Chromium: see tests/e2e/activation-steps.ts.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  alwaysScanFromPopup,
  grantSite,
  holdsPermission,
  registrationFor,
} from './activation-steps';
import {
  highlightCounts,
  launch,
  totalHighlights,
  waitForHighlights,
  type Harness,
} from './harness';

/** The bits of `chrome` used inside the service worker. */
declare const chrome: {
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
  runtime: { getManifest(): { content_scripts?: { css?: string[] }[] } };
};

const UNLISTED_HOST = 'portal.unlisted.test';
const UNLISTED_ORIGIN = `https://${UNLISTED_HOST}`;

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
}, 60_000);

afterAll(async () => {
  await harness?.close();
});

async function badge(page: Page): Promise<string> {
  const tabId = await harness.tabId(page);
  return harness.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

async function waitForBadge(page: Page, expected: string, timeout = 10_000): Promise<void> {
  const until = Date.now() + timeout;
  let last = '';
  while (Date.now() < until) {
    last = await badge(page);
    if (last === expected) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`badge stayed "${last}", expected "${expected}"`);
}

/** True when our content script answers in the page (via the service worker). */
async function contentScriptAnswers(page: Page): Promise<boolean> {
  return harness.findings(page).then(
    (answer) => answer !== undefined && answer !== null,
    () => false,
  );
}

/** Waits a while and says whether any of our highlights appeared. */
async function highlightsAppear(page: Page, wait = 2_500): Promise<boolean> {
  await page.waitForTimeout(wait);
  return totalHighlights(await highlightCounts(page)) > 0;
}

describe('the known-host list', () => {
  test('the content script runs by itself on a mapped questionnaire host', async () => {
    const page = await harness.open('questionnaire.html', 'acme.my.onetrust.com');
    const counts = await waitForHighlights(page, 3);
    expect(totalHighlights(counts)).toBeGreaterThanOrEqual(3);
    expect(await contentScriptAnswers(page)).toBe(true);
    await page.close();
  });

  test('and not on a host that is not listed', async () => {
    const page = await harness.open('questionnaire.html', 'unlisted.example.test');
    expect(await highlightsAppear(page)).toBe(false);
    expect(await contentScriptAnswers(page)).toBe(false);
    await page.close();
  });
});

describe('keyboard shortcuts', () => {
  test('Chromium accepts both suggested keys (it drops invalid or taken ones silently)', async () => {
    const commands = await harness.serviceWorker.evaluate(() => chrome.commands.getAll());
    const shortcut = (name: string) => commands.find((command) => command.name === name)?.shortcut;
    expect(shortcut('_execute_action')).toBe('Alt+Shift+S');
    expect(shortcut('next-finding')).toBe('Alt+Shift+J');
  });
});

describe('the toolbar badge', () => {
  test('shows the number of findings of the tab, per tab', async () => {
    const questionnaire = await harness.open('questionnaire.html', 'acme.my.onetrust.com');
    await waitForHighlights(questionnaire, 3);
    const unrelated = await harness.open('unrelated.html', 'acme.my.onetrust.com');
    await waitForBadge(questionnaire, '3');
    await waitForBadge(unrelated, '');
    await unrelated.close();
    await questionnaire.close();
  });

  test('keeps its count when a sub-frame loads after the page reported', async () => {
    const page = await harness.open('activation-late-frame.html', 'acme.my.onetrust.com');
    await waitForHighlights(page, 2);
    await waitForBadge(page, '2');
    await page.evaluate(() => (window as unknown as { addFrame(): Promise<boolean> }).addFrame());
    await page.waitForTimeout(1_500);
    expect(await badge(page)).toBe('2');
    await page.close();
  });

  test('clears when the tab navigates to a page without findings, and on reload recounts', async () => {
    const page = await harness.open('questionnaire.html', 'acme.my.onetrust.com');
    await waitForBadge(page, '3');
    await page.goto(harness.url('unrelated.html', 'acme.my.onetrust.com'));
    await waitForBadge(page, '');
    await page.goto(harness.url('questionnaire.html', 'acme.my.onetrust.com'));
    await waitForBadge(page, '3');
    await page.goto(harness.url('questionnaire.html', 'unlisted.example.test'));
    // Not scanned there: no stale "3" from the page before.
    await waitForBadge(page, '');
    await page.close();
  });
});

describe('Always scan this site', () => {
  test('an origin the user grants is registered and scanned after a reload, until removed', async () => {
    // 1. Not scanned before.
    const page = await harness.open('questionnaire.html', UNLISTED_HOST);
    expect(await highlightsAppear(page, 1_500)).toBe(false);

    // 2. The user grants the site; granting alone registers nothing.
    await grantSite(harness, UNLISTED_ORIGIN);
    expect(await registrationFor(harness, UNLISTED_ORIGIN)).toBeUndefined();

    // 3. The popup for that tab: a real click on "Always scan this site".
    const script = await alwaysScanFromPopup(harness, page, UNLISTED_ORIGIN);
    expect(script?.matches).toEqual([`${UNLISTED_ORIGIN}/*`]);
    expect(script?.js).toEqual(['content-scripts/questionnaire.js']);
    expect(script?.allFrames).toBe(true);
    expect(script?.persistAcrossSessions).toBe(true);
    // The highlight colours come with it, as the manifest gives them on known hosts.
    const manifestCss = await harness.serviceWorker.evaluate(
      () => chrome.runtime.getManifest().content_scripts?.[0]?.css ?? [],
    );
    expect(script?.css ?? []).toEqual(manifestCss);

    // 4. A reload, and a new tab on the same origin, run the content script by themselves.
    await page.reload();
    expect(totalHighlights(await waitForHighlights(page, 3))).toBeGreaterThanOrEqual(3);
    if (manifestCss.length > 0) {
      // Applied by the browser before the page was parsed (style.css sets this property).
      const styled = await page.evaluate(() =>
        getComputedStyle(document.documentElement).getPropertyValue('--which-soc-styled').trim(),
      );
      expect(styled).toBe('1');
    }
    const second = await harness.open('questionnaire.html', UNLISTED_HOST);
    expect(totalHighlights(await waitForHighlights(second, 3))).toBeGreaterThanOrEqual(3);
    await second.close();
    // Another unlisted origin stays untouched.
    const other = await harness.open('questionnaire.html', 'other.unlisted.test');
    expect(await highlightsAppear(other, 1_500)).toBe(false);
    await other.close();

    // 5. The options page lists the site; Remove unregisters it and gives the permission back.
    const options = await harness.context.newPage();
    await options.goto(harness.extensionUrl('options.html'));
    const remove = options.getByRole('button', { name: `Remove ${UNLISTED_ORIGIN}` });
    await remove.click();
    await expect.poll(() => registrationFor(harness, UNLISTED_ORIGIN)).toBeUndefined();
    expect(await holdsPermission(harness, UNLISTED_ORIGIN)).toBe(false);
    await options.close();

    await page.reload();
    expect(await highlightsAppear(page)).toBe(false);
    await page.close();
  });
});
