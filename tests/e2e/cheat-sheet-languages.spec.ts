/**
 * The cheat-sheet tab in every language but English, in real Chromium with the release build, at
 * the toolbar popup's 400x600, with the picker's longest outcome shown and every FAQ entry open. The popup lets a word break anywhere rather than spill
 * out of its table cell, so an over-long word never shows as overflow: it shows as a word cut in
 * two with no hyphen ("Finanzberichterstattu / ng"). This checks both: nothing wider than its box,
 * and no word split across lines except where it has a hyphen, a soft hyphen or a slash to break
 * at. A full-length screenshot per language goes to tests/e2e/.artifacts/ (git-ignored).
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

const CHECKED: readonly Language[] = ['de', 'nl', 'fr', 'it', 'es', 'pt', 'ja'];

/** Written without spaces: a line may break between any two characters, so no word is "split". */
const UNSPACED: readonly Language[] = ['ja'];

let harness: Harness;
let popup: Page;

beforeAll(async () => {
  harness = await launch();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  popup = await harness.openPopup();
  await popup.setViewportSize({ width: 400, height: 600 });
});

afterAll(async () => {
  await harness?.close();
});

interface Layout {
  /** Elements of the cheat-sheet whose content is wider than their box. */
  overflowing: string[];
  /** Words laid out over more than one line although they offer no place to break. */
  splitWords: string[];
}

function layoutOf(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const sheet = document.querySelector('.cheat-sheet');
    if (!sheet) throw new Error('no cheat-sheet');
    const overflowing: string[] = [];
    for (const element of sheet.querySelectorAll<HTMLElement>('*')) {
      if (element.clientWidth > 0 && element.scrollWidth > element.clientWidth + 1) {
        overflowing.push(`${element.tagName.toLowerCase()}: ${element.textContent?.slice(0, 60)}`);
      }
    }
    const splitWords: string[] = [];
    const walker = document.createTreeWalker(sheet, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const textNode = node;
      const text = textNode.textContent ?? '';
      // Each piece of a word, up to its hyphen, soft hyphen or slash, must sit on one line: its
      // first and last letters share a line. (Letter by letter, because a range that starts just
      // after a soft hyphen also reports the hyphen drawn at the end of the line before.)
      const lineOf = (at: number) => {
        const range = document.createRange();
        range.setStart(textNode, at);
        range.setEnd(textNode, at + 1);
        return Math.round(range.getBoundingClientRect().bottom);
      };
      for (const piece of text.matchAll(/[^\s\-/\u00ad]+/g)) {
        if (lineOf(piece.index) !== lineOf(piece.index + piece[0].length - 1)) {
          splitWords.push(piece[0]);
        }
      }
    }
    return { overflowing, splitWords };
  });
}

describe.each(CHECKED)('the cheat-sheet in %s', (language) => {
  test('shows that language and splits no word in the 400 px popup', async () => {
    await popup.evaluate((choice) => chrome.storage.local.set({ 'ui-language': choice }), language);
    await popup.reload({ waitUntil: 'load' });
    await popup.locator('#tab-cheatsheet').click();
    const sheet = popup.locator(`.cheat-sheet[lang="${language}"]`);
    await sheet.waitFor({ timeout: 15_000 });
    // The tables are the narrowest boxes; they must be there, in that language's words.
    expect(await sheet.locator('table.comparison').count()).toBe(3);
    const { soc1VsSoc2 } = await knowledgeIn(language);
    expect(await sheet.locator('[data-testid="soc1-vs-soc2"] tbody th').allTextContents()).toEqual(
      soc1VsSoc2.rows.map((row) => row.aspect),
    );
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language);

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

    const layout = await layoutOf(popup);
    expect(layout.overflowing).toEqual([]);
    if (!UNSPACED.includes(language)) expect(layout.splitWords).toEqual([]);

    // The panel scrolls inside 600 px; let it grow for one picture of the whole sheet.
    const style = await popup.addStyleTag({
      content: '.popup { height: auto; max-height: none; } main { overflow: visible; }',
    });
    await popup.screenshot({
      path: join(ARTIFACTS_DIR, `cheat-sheet-${language}.png`),
      fullPage: true,
    });
    await style.evaluate((element) => element.parentNode?.removeChild(element));
  });
});
