/**
 * The in-page card answers in the question's language, in real Chromium with the release build:
 * on a German questionnaire the card (whose content script has only English answers) gets the
 * German answer from the background, and "Show in English" switches to the English one and back;
 * in a browser whose language is German (`--lang=de`), the card's own words are German too.
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

describe('the card on a German questionnaire', () => {
  test('answers in German, and in English after the switch', async () => {
    const page = await harness.open('questionnaire-de.html');
    await waitForHighlights(page, 1);
    await page.keyboard.press('Alt+Shift+N');
    await card(page).waitFor();
    expect(await card(page).locator('h2').first().textContent()).toBe('SOC 2 Type 2');

    const answer = card(page).locator('.which-soc-answer').first();
    const text = answer.locator('.which-soc-answer-text');
    await expect.poll(() => answer.getAttribute('lang')).toBe('de');
    const german = (await text.textContent()) ?? '';
    expect(german).toMatch(/^Ja\./);
    expect(german).toContain('SOC 2 Typ 2');
    expect(german).not.toContain('report');

    await answer.getByRole('button', { name: 'Show in English' }).click();
    await expect.poll(() => answer.getAttribute('lang')).toBe('en');
    const english = (await text.textContent()) ?? '';
    expect(english).toMatch(/^Yes\./);
    expect(english).toContain('SOC 2 Type 2 report');

    // Back to German: the switch names the question's language.
    await answer.getByRole('button', { name: 'Show in Deutsch' }).click();
    await expect.poll(() => text.textContent()).toBe(german);
    await page.close();
  });
});

describe('the card in a German browser', () => {
  test('speaks German in its own words too', async () => {
    const german = await launch({ args: ['--lang=de'] });
    try {
      const page = await german.open('questionnaire-de.html');
      await waitForHighlights(page, 1);
      await page.keyboard.press('Alt+Shift+N');
      await card(page).waitFor();
      expect(await card(page).getAttribute('aria-label')).toBe('Which SOC? – Berichtsanfrage');
      expect(await card(page).locator('.which-soc-card-phrase').textContent()).toContain(
        'Die Seite fragt:',
      );
      expect(await card(page).getByRole('button', { name: 'SMS an PJ' }).count()).toBe(1);
      await page.close();
    } finally {
      await german.close();
    }
  });
});
