/**
 * The in-page card answers in the question's language, in real Chromium with the release build:
 * on a German questionnaire the card (whose content script has only English answers) gets the
 * German answer from the background, and "Show in English" switches to the English one and back;
 * in a browser whose language is German (`--lang=de`), the card's own words are German too; in an
 * English browser, they follow the language chosen on the options page (a table the card asks the
 * background for, since the page cannot read the package's `_locales`), and a corrupt choice
 * leaves a working English card.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readTable } from '../../scripts/locales';
import { launch, waitForHighlights, type Harness } from './harness';

/** The bit of `chrome` used inside the extension's service worker (via `worker.evaluate`). */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

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

/** Stores the options page's choice, as the options page does (lib/settings.ts, 'ui-language'). */
function choose(choice: unknown): Promise<void> {
  return harness.serviceWorker.evaluate(
    (value) => chrome.storage.local.set({ 'ui-language': value }),
    choice,
  );
}

describe('the card with a language chosen on the options page', () => {
  const german = readTable('de');
  const french = readTable('fr');
  const english = readTable('en');

  test('speaks the chosen German in an English browser, and a new choice at the next card', async () => {
    const page = await harness.open('questionnaire.html');
    try {
      await choose('de');
      await waitForHighlights(page, 1);
      await page.keyboard.press('Alt+Shift+N');
      await card(page).waitFor();
      expect(await card(page).getAttribute('aria-label')).toBe(german.cardDialogLabel);
      expect(await card(page).getAttribute('lang')).toBe('de');
      expect(await card(page).locator('.which-soc-card-phrase').textContent()).toContain(
        german.cardPageAsks,
      );
      for (const name of ['cardTextPj', 'cardOpenCheatsheet', 'cardClose']) {
        expect(await card(page).getByRole('button', { name: german[name] }).count(), name).toBe(1);
      }
      // The page's own language attribute is the page's: the card does not change it.
      expect(await page.locator('html').getAttribute('lang')).not.toBe('de');

      // A new choice while the card is open: the next card speaks it.
      await choose('fr');
      await page.keyboard.press('Alt+Shift+N');
      await expect.poll(() => card(page).getAttribute('aria-label')).toBe(french.cardDialogLabel);
      expect(await card(page).getByRole('button', { name: french.cardTextPj }).count()).toBe(1);
    } finally {
      await choose('browser');
      await page.close();
    }
  });

  test('stays a working English card when the stored choice is corrupt', async () => {
    const page = await harness.open('questionnaire.html');
    try {
      await choose('../../_locales/de');
      await waitForHighlights(page, 1);
      await page.keyboard.press('Alt+Shift+N');
      await card(page).waitFor();
      expect(await card(page).getAttribute('aria-label')).toBe(english.cardDialogLabel);
      expect(await card(page).getAttribute('lang')).toBe('en');
      expect(await card(page).getByRole('button', { name: english.cardTextPj }).count()).toBe(1);
      expect(await card(page).locator('h2').first().textContent()).toMatch(/SOC|ISO/);
      await card(page).getByRole('button', { name: english.cardClose }).click();
      await expect.poll(() => card(page).count()).toBe(0);
    } finally {
      await choose('browser');
      await page.close();
    }
  });
});
