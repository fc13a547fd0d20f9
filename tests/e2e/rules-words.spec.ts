/**
 * The rules' reasons and advice in the card speak the browser's language, in real Chromium with
 * the release build: the content script says them through `i18n.getMessage`, placeholders and
 * all, so a German browser reads German reasons (the phrase in German quotes) and German advice
 * under the German answer, and an English browser reads the sentences the rules always said.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launch, waitForHighlights, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

const card = (page: Page) => page.locator('which-soc-card .which-soc-card');

async function openCard(browser: Harness): Promise<Page> {
  const page = await browser.open('questionnaire-de.html');
  await waitForHighlights(page, 1);
  await page.keyboard.press('Alt+Shift+N');
  await card(page).waitFor();
  return page;
}

/** The reasons of the card's first reading. */
const reasons = (page: Page) =>
  card(page).locator('.which-soc-card-reasons').first().locator('li').allTextContents();

describe('the card’s reasons and advice', () => {
  test('read as the rules always said them in an English browser', async () => {
    const page = await openCard(harness);
    expect(await reasons(page)).toEqual(['“SOC 2” names SOC 2.', 'Type 2: the text says “Typ 2”.']);
    const advice = card(page).locator('.which-soc-answer-advice').first();
    await expect.poll(() => advice.getAttribute('lang')).toBe('en');
    expect(await advice.textContent()).toContain(
      'When unsure what the buyer means, ask their security or procurement team.',
    );
    await page.close();
  });

  test('read German in a German browser', async () => {
    const german = await launch({ args: ['--lang=de'] });
    try {
      const page = await openCard(german);
      expect(await reasons(page)).toEqual([
        '„SOC 2“ nennt SOC 2.',
        'Typ 2: Der Text sagt „Typ 2“.',
      ]);
      const advice = card(page).locator('.which-soc-answer-advice').first();
      expect(await advice.textContent()).toContain(
        'Wenn unklar ist, was der Käufer meint, fragen Sie sein Sicherheits- oder Einkaufsteam.',
      );
      // Chromium started with --lang=de serves the German messages but reports en-US from
      // i18n.getUILanguage(); `lang` follows the words served, not that report.
      expect(await advice.getAttribute('lang')).toBe('de');
      await page.close();
    } finally {
      await german.close();
    }
  });
});
