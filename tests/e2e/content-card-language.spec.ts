/**
 * The card answers in the question's language in real Chromium with the release build: a German
 * question on a portal whose page says lang="en" gets the German answer, and one click shows the
 * English one (and back).
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

describe('a German question', () => {
  test('gets a German answer in the card, and English after the switch', async () => {
    const page = await harness.open('questionnaire-de.html');
    await waitForHighlights(page, 1);
    // Click the highlighted phrase's first letter: the card opens beside it.
    const soc = await page.evaluate(() => {
      const cell = document.querySelector('#q1') as Element;
      const text = cell.firstChild as Text;
      const at = text.data.indexOf('SOC');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(soc.x, soc.y);
    await card(page).waitFor();
    const answer = card(page).locator('.which-soc-answer-text').first();
    // No profile in a fresh browser: the generic answer, in German.
    await expect.poll(() => answer.textContent()).toMatch(/^Ja\. Unser Bericht nach SOC 2 Typ 2/);
    expect(await card(page).locator('.which-soc-answer').first().getAttribute('lang')).toBe('de');

    await card(page).getByRole('button', { name: 'Show in English' }).click();
    await expect.poll(() => answer.textContent()).toMatch(/^Yes\. Our SOC 2 Type 2 report/);
    await card(page).getByRole('button', { name: 'Show in Deutsch' }).click();
    await expect.poll(() => answer.textContent()).toMatch(/^Ja\. /);
    await page.close();
  });
});
