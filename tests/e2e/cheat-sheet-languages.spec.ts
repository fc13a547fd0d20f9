/**
 * The cheat-sheet tab in each language of CHECKED, in real Chromium with the release build, at the
 * toolbar popup's 400x600: the language's own text is shown (its lang attribute and its first
 * table's title), and with the picker answered and every FAQ entry open no text runs out of its
 * box sideways and no word is cut across two lines (the narrow table columns are where a long
 * word would be). Full-length screenshots go to tests/e2e/.artifacts/ (git-ignored).
 *
 * Languages written with spaces between words only: in Japanese a line may break between any two
 * characters, so a "word" split over two lines is no fault there.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Language } from '../../lib/rules';
import { knowledgeIn } from '../../lib/rules/knowledge-languages';
import { ARTIFACTS_DIR, launch, type Harness } from './harness';

/** The extension API inside the popup page (evaluated there, not in Node). */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

/** The languages whose wording has been checked for the 400 px popup. */
const CHECKED: readonly Language[] = ['es', 'pt', 'fr', 'it'];

let harness: Harness;
let popup: Page;

beforeAll(async () => {
  harness = await launch();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  popup = await harness.openPopup();
});

afterAll(async () => {
  await harness?.close();
});

/** Text elements of the cheat-sheet whose text is wider than their box. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('.cheat-sheet *')) {
      if (/^(INPUT|SVG)$/i.test(element.tagName)) continue;
      // Inline boxes have no clientWidth: the block around them is checked instead.
      if (!/\S/.test(element.textContent ?? '') || element.clientWidth === 0) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        found.push(`${element.tagName.toLowerCase()}: ${element.textContent?.trim().slice(0, 80)}`);
      }
    }
    const sheet = document.querySelector('.cheat-sheet')?.getBoundingClientRect();
    if (sheet && sheet.right > window.innerWidth) found.push(`cheat-sheet right ${sheet.right}`);
    return found;
  });
}

/**
 * Words of the cheat-sheet split across two lines. The panel breaks a word anywhere rather than
 * let it spill sideways, so in a narrow table column a word too long for it is cut mid-word
 * instead of overflowing: this finds those cuts.
 */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const root = document.querySelector('.cheat-sheet');
    if (!root) return ['no cheat-sheet'];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      for (const match of text.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const tops = new Set(Array.from(range.getClientRects(), (rect) => Math.round(rect.top)));
        if (tops.size > 1) found.push(match[0]);
      }
    }
    return found;
  });
}

describe.each(CHECKED)('the cheat-sheet in %s', (language) => {
  test('shows its own text, nothing runs out sideways and no word is cut at 400 px', async () => {
    const knowledge = await knowledgeIn(language);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.evaluate((choice) => chrome.storage.local.set({ 'ui-language': choice }), language);
    await popup.reload({ waitUntil: 'load' });
    await popup.locator('#tab-cheatsheet').click();
    const sheet = popup.locator(`.cheat-sheet[lang="${language}"]`);
    await sheet.waitFor({ timeout: 15_000 });
    expect(await sheet.locator('h2').first().textContent()).toBe(knowledge.soc1VsSoc2.title);

    // The longest outcome: "both", with three reasons and the stalled-deals advice.
    for (const [question, value] of [
      ['financialReporting', 'yes'],
      ['asker', 'security'],
      ['dealsStalled', 'yes'],
    ]) {
      await popup.locator(`input[name="scenario-${question}"][value="${value}"]`).check();
    }
    await popup.locator('[data-recommendation="both"]').waitFor();
    await popup.evaluate(() => {
      for (const details of document.querySelectorAll('.cheat-sheet details')) {
        (details as HTMLDetailsElement).open = true;
      }
    });
    expect(await overflowing(popup)).toEqual([]);
    expect(await brokenWords(popup)).toEqual([]);

    // The panel scrolls inside a 600 px popup; let it grow so one picture shows the whole tab.
    await popup.addStyleTag({
      content: '.popup { height: auto; max-height: none; } main { overflow: visible; }',
    });
    await popup.screenshot({
      path: join(ARTIFACTS_DIR, `cheat-sheet-${language}.png`),
      fullPage: true,
    });
  });
});
