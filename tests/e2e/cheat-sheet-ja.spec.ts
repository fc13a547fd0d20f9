/**
 * The Japanese cheat-sheet in real Chromium with the release build, at the toolbar popup's
 * 400x600: it loads in Japanese (lang="ja", Japanese headings, the picker answers in Japanese) and,
 * with every FAQ entry open, no text runs out of its box sideways. A full-length screenshot goes to
 * tests/e2e/.artifacts/cheat-sheet-ja.png (git-ignored) for a reader to check the wording's length.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { knowledgeIn } from '../../lib/rules/knowledge-languages';
import { readTable } from '../../scripts/locales';
import { ARTIFACTS_DIR, launch, waitForHighlights, type Harness } from './harness';

/** The extension API inside the popup page (evaluated there, not in Node). */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

let harness: Harness;
let popup: Page;

beforeAll(async () => {
  harness = await launch();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const questionnaire = await harness.open('questionnaire.html');
  await waitForHighlights(questionnaire);
  popup = await harness.openPopup(questionnaire);
  await popup.setViewportSize({ width: 400, height: 600 });
  // The options page's choice, stored where lib/settings.ts reads it.
  await popup.evaluate(() => chrome.storage.local.set({ 'ui-language': 'ja' }));
  await popup.reload({ waitUntil: 'load' });
});

afterAll(async () => {
  await harness?.close();
});

/** Elements whose text is wider than their box: cut or spilling sideways. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('main *')) {
      if (/^(INPUT|SVG|IMG)$/i.test(element.tagName)) continue;
      if (!/\S/.test(element.textContent ?? '') || element.clientWidth === 0) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        found.push(`${element.tagName.toLowerCase()}: ${element.textContent?.trim().slice(0, 60)}`);
      }
    }
    return found;
  });
}

test('the cheat-sheet shows in Japanese and fits the 400 px popup', async () => {
  const words = readTable('ja');
  const japanese = await knowledgeIn('ja');
  await popup.locator('#tab-cheatsheet').click();
  const sheet = popup.locator('.cheat-sheet[lang="ja"]');
  await sheet.waitFor({ timeout: 15_000 });

  expect(await popup.locator('main h2').allTextContents()).toEqual([
    japanese.soc1VsSoc2.title,
    japanese.type1VsType2.title,
    japanese.soc2VsIso27001.title,
    words.cheatSheetExtrasTitle,
    words.cheatSheetLegacyTitle,
    words.cheatSheetScenarioTitle,
    words.cheatSheetFaqTitle,
  ]);

  // Every cell of every table is worded in Japanese (kana or kanji), not the English fallback.
  const cells = await popup.locator('.comparison tbody td').allTextContents();
  expect(cells.length).toBeGreaterThan(0);
  expect(cells.filter((cell) => !/[\u3040-\u30ff\u4e00-\u9fff]/.test(cell))).toEqual([]);

  // The longest picker outcome: both reports, three reasons and the stalled-deal advice.
  for (const [question, value] of [
    ['financialReporting', 'yes'],
    ['asker', 'security'],
    ['dealsStalled', 'yes'],
  ]) {
    await popup.locator(`input[name="scenario-${question}"][value="${value}"]`).check();
  }
  const outcome = (await popup.getByTestId('scenario-outcome').textContent()) ?? '';
  expect(outcome).toContain(japanese.scenario.headlines.both);
  expect(outcome).toContain(japanese.scenario.typeAdvice.yes);

  await popup.locator('.faq details').evaluateAll((all) => {
    for (const details of all) (details as HTMLDetailsElement).open = true;
  });
  expect(await overflowing(popup)).toEqual([]);

  // Let the panel grow to its full length so one screenshot shows every line.
  await popup.addStyleTag({ content: '.popup{height:auto;max-height:none}main{overflow:visible}' });
  await popup.screenshot({ path: join(ARTIFACTS_DIR, 'cheat-sheet-ja.png'), fullPage: true });
});
