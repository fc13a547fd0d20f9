/**
 * Real-browser test of the language choice on the options page: the chosen language's messages
 * are read from the extension's own package (_locales), the page re-renders in it at once, and
 * opens in it again after a reload; the browser's language brings English back (this Chromium
 * runs in English).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readTable } from '../../scripts/locales';
import { launch, type Harness } from './harness';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
});

afterAll(async () => {
  await harness?.close();
});

const german = readTable('de');
const english = readTable('en');

function title(page: Page): Promise<string | null> {
  return page.locator('h1').textContent();
}

describe('the options page language in Chromium', () => {
  test('Deutsch re-renders the page in German, survives a reload, and can be undone', async () => {
    const page = await harness.context.newPage();
    try {
      await page.goto(harness.extensionUrl('options.html'));
      await page.locator('#ui-language').waitFor();
      expect((await title(page))?.trim()).toBe(english.optionsTitle);

      await page.locator('#ui-language').selectOption('de');
      await expect.poll(async () => (await title(page))?.trim()).toBe(german.optionsTitle);
      expect(await page.locator('html').getAttribute('lang')).toBe('de');
      expect(await page.locator('#sites-title').textContent()).toBe(german.optionsSitesTitle);

      await page.reload();
      await page.locator('#ui-language').waitFor();
      expect((await title(page))?.trim()).toBe(german.optionsTitle);
      expect(await page.locator('#ui-language').inputValue()).toBe('de');

      await page.locator('#ui-language').selectOption('browser');
      await expect.poll(async () => (await title(page))?.trim()).toBe(english.optionsTitle);
      expect(await page.locator('html').getAttribute('lang')).toBe('en');
    } finally {
      await page.close();
    }
  });
});
