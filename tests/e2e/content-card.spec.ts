/**
 * The in-page card in real Chromium with the release build: it opens on a click on a
 * highlight and on Alt+Shift+N, copies the answer, inserts it into a framework-controlled
 * textarea (the framework's state sees it), asks before replacing a filled field, closes on
 * Escape and on a click outside; and the page's own nodes are never mutated (a main-world
 * MutationObserver in the fixture records every mutation).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, waitForHighlights, type Harness } from './harness';

/** The bit of the `chrome` global used inside the extension's service worker. */
declare const chrome: { tabs: { sendMessage(tabId: number, message: unknown): Promise<unknown> } };

const PAGE = 'content-controlled.html';
const ORIGIN = 'https://acme.my.onetrust.com';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  await harness.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
});

afterAll(async () => {
  await harness?.close();
});

/** Centre of the first occurrence of `phrase` inside the element `selector`, in viewport pixels. */
async function pointAt(
  page: Page,
  selector: string,
  phrase: string,
): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([css, text]) => {
      const root = document.querySelector(css) as Element;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      const nodes: Text[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      const full = nodes.map((node) => node.data).join('');
      const at = full.indexOf(text);
      // The phrase's first character is enough to hit it.
      let offset = at;
      for (const node of nodes) {
        if (offset < node.data.length) {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + 1);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
        offset -= node.data.length;
      }
      throw new Error(`${text} not found`);
    },
    [selector, phrase] as const,
  );
}

async function openPage(): Promise<Page> {
  const page = await harness.open(PAGE);
  await waitForHighlights(page, 2);
  return page;
}

const card = (page: Page) => page.locator('which-soc-card .which-soc-card');

function pageMutations(page: Page) {
  return page.evaluate(
    () =>
      (
        window as unknown as {
          pageMutations: {
            type: string;
            target: string;
            attribute: string | null;
            nodes: string[];
          }[];
        }
      ).pageMutations,
  );
}

describe('the page’s own nodes', () => {
  test('are never mutated by scanning and highlighting', async () => {
    const page = await openPage();
    await page.waitForTimeout(500);
    expect(await pageMutations(page)).toEqual([]);
    await page.close();
  });

  test('see only our card’s host element come and go when the card is used', async () => {
    const page = await openPage();
    const { x, y } = await pointAt(page, '#q1', 'SOC');
    await page.mouse.click(x, y);
    await card(page).waitFor();
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    const mutations = await pageMutations(page);
    expect(mutations.length).toBeGreaterThan(0);
    for (const mutation of mutations) {
      expect(mutation.type).toBe('childList');
      expect(mutation.nodes).toEqual(['WHICH-SOC-CARD']);
    }
    await page.close();
  });
});

describe('the card', () => {
  test('opens next to a highlight that is clicked, with the report and the answer', async () => {
    const page = await openPage();
    const { x, y } = await pointAt(page, '#q1', 'SOC');
    await page.mouse.click(x, y);
    await card(page).waitFor();
    expect(await card(page).locator('h2').first().textContent()).toBe('SOC 2 Type 2');
    const box = await card(page).boundingBox();
    expect(box).not.toBeNull();
    // Below the phrase, or above it when there is no room: within a card's height of the click.
    expect(Math.abs((box?.y ?? 0) - y)).toBeLessThan(420);
    await page.close();
  });

  test('opens on the first click, once, when a second click comes while its code loads', async () => {
    // The card's code starts on its first open (entrypoints/questionnaire.content/lazy-card.ts):
    // two clicks back to back, without waiting between them, must give one card, the second's.
    const page = await openPage();
    expect(await page.locator('which-soc-card').count()).toBe(0);
    const first = await pointAt(page, '#q1', 'SOC');
    const second = await pointAt(page, '#q2', 'ISO');
    await page.mouse.click(first.x, first.y);
    await page.mouse.click(second.x, second.y);
    await card(page).waitFor();
    await expect.poll(() => card(page).locator('h2').first().textContent()).toBe('ISO/IEC 27001');
    await page.waitForTimeout(300);
    expect(await page.locator('which-soc-card').count()).toBe(1);
    expect(await card(page).count()).toBe(1);
    await page.close();
  });

  test('explains text chosen from the context menu, before any card was opened', async () => {
    // The background sends `which-soc/explain-text` to the tab (lib/background/context-menu.ts).
    const page = await openPage();
    const tab = await harness.tabId(page);
    await harness.serviceWorker.evaluate(
      (id) =>
        chrome.tabs.sendMessage(id, {
          type: 'which-soc/explain-text',
          text: 'Please attach your ISO 27001 certificate.',
        }),
      tab,
    );
    await card(page).waitFor();
    expect(await card(page).locator('h2').first().textContent()).toBe('ISO/IEC 27001');
    await page.close();
  });

  test('does not open on a click on plain text', async () => {
    const page = await openPage();
    const { x, y } = await pointAt(page, 'h1', 'Security');
    await page.mouse.click(x, y);
    await page.waitForTimeout(300);
    expect(await card(page).count()).toBe(0);
    await page.close();
  });

  test('copies the answer to the clipboard', async () => {
    const page = await openPage();
    const { x, y } = await pointAt(page, '#q1', 'SOC');
    await page.mouse.click(x, y);
    const answer = (await card(page).locator('.which-soc-answer-text').first().textContent()) ?? '';
    expect(answer.length).toBeGreaterThan(10);
    await card(page).getByRole('button', { name: 'Copy answer' }).first().click();
    await page.waitForFunction(
      async (expected) => (await navigator.clipboard.readText()) === expected,
      answer,
      { timeout: 5000 },
    );
    await page.close();
  });

  test('inserts the answer into a framework-controlled textarea, and the framework sees it', async () => {
    const page = await openPage();
    const { x, y } = await pointAt(page, '#q1', 'SOC');
    await page.mouse.click(x, y);
    const answer = (await card(page).locator('.which-soc-answer-text').first().textContent()) ?? '';
    await card(page).getByRole('button', { name: 'Insert into the answer field' }).first().click();
    await expect.poll(() => page.locator('#state').textContent()).toBe(answer);
    expect(
      await page.evaluate(
        () => (window as unknown as { frameworkState: { answer: string } }).frameworkState.answer,
      ),
    ).toBe(answer);
    expect(await page.locator('#controlled').inputValue()).toBe(answer);
    await page.close();
  });

  test('asks before replacing an answer already written', async () => {
    const page = await openPage();
    const { x, y } = await pointAt(page, '#q2', 'ISO');
    await page.mouse.click(x, y);
    await card(page).getByRole('button', { name: 'Insert into the answer field' }).first().click();
    await card(page).getByText('already holds text').waitFor();
    expect(await page.locator('#filled').inputValue()).toBe('Certificate attached last year.');
    await card(page).getByRole('button', { name: 'Replace' }).click();
    const answer = (await card(page).locator('.which-soc-answer-text').first().textContent()) ?? '';
    expect(await page.locator('#filled').inputValue()).toBe(answer);
    await page.close();
  });

  test('opens on Alt+Shift+N and walks to the next finding', async () => {
    const page = await openPage();
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    expect(await card(page).locator('h2').first().textContent()).toBe('SOC 2 Type 2');
    await page.keyboard.press('Alt+Shift+N');
    await expect.poll(() => card(page).locator('h2').first().textContent()).toBe('ISO/IEC 27001');
    await page.close();
  });

  test('closes on Escape and on a click outside', async () => {
    const page = await openPage();
    const { x, y } = await pointAt(page, '#q1', 'SOC');
    await page.mouse.click(x, y);
    await card(page).waitFor();
    await page.keyboard.press('Escape');
    await card(page).waitFor({ state: 'detached' });
    await page.mouse.click(x, y);
    await card(page).waitFor();
    const outside = await pointAt(page, 'h1', 'Security');
    await page.mouse.click(outside.x, outside.y);
    await card(page).waitFor({ state: 'detached' });
    await page.close();
  });
});
