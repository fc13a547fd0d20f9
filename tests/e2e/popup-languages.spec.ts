/**
 * The popup in every UI language, in real Chromium with the release build, at the toolbar popup's
 * 400x600: the chosen language is the one shown, no text runs out of its box sideways and nothing
 * is cut at the bottom of the first screen (long content scrolls inside the panel). Screenshots of
 * "This page" and "Text PJ" per language go to tests/e2e/.artifacts/ (git-ignored).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LANGUAGES } from '../../lib/rules';
import { readTable } from '../../scripts/locales';
import { ARTIFACTS_DIR, launch, waitForHighlights, type Harness } from './harness';

/** The extension API inside the popup page (evaluated there, not in Node). */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

let harness: Harness;
let questionnaire: Page;
let popup: Page;

beforeAll(async () => {
  harness = await launch();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  questionnaire = await harness.open('questionnaire.html');
  await waitForHighlights(questionnaire);
  popup = await harness.openPopup(questionnaire);
  await popup.setViewportSize({ width: 400, height: 600 });
});

afterAll(async () => {
  await harness?.close();
});

interface Fit {
  /** Text elements whose text is wider than their box (cut or spilling sideways). */
  overflowing: string[];
  /** The document is taller than the window: something below the fold cannot be reached. */
  pageHeight: number;
  /** Bottom edge of the scrolling panel: past 600, its last line is cut. */
  mainBottom: number;
  /** Bottom edge of the header (title and tabs). */
  headerBottom: number;
}

function fit(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const overflowing: string[] = [];
    for (const element of document.querySelectorAll<HTMLElement>('body *')) {
      if (/^(TEXTAREA|INPUT|SELECT|SVG|CANVAS|IMG)$/i.test(element.tagName)) continue;
      // Inline boxes have no clientWidth: the block around them is checked instead.
      if (!/\S/.test(element.textContent ?? '') || element.clientWidth === 0) continue;
      if (element.scrollWidth > element.clientWidth + 1) {
        overflowing.push(
          `${element.tagName.toLowerCase()}: ${element.textContent?.trim().slice(0, 80)}`,
        );
      }
    }
    const main = document.querySelector('main')?.getBoundingClientRect();
    const header = document.querySelector('header')?.getBoundingClientRect();
    return {
      overflowing,
      pageHeight: document.documentElement.scrollHeight,
      mainBottom: Math.ceil(main?.bottom ?? Infinity),
      headerBottom: Math.ceil(header?.bottom ?? Infinity),
    };
  });
}

function expectFits(result: Fit): void {
  expect(result.overflowing).toEqual([]);
  expect(result.pageHeight).toBeLessThanOrEqual(600);
  expect(result.mainBottom).toBeLessThanOrEqual(600);
  expect(result.headerBottom).toBeLessThan(200);
}

describe.each(LANGUAGES)('the popup in %s', (language) => {
  test('shows its words in that language and fits 400x600', async () => {
    const words = readTable(language);
    // The options page's choice, stored where lib/settings.ts reads it.
    await popup.evaluate((choice) => chrome.storage.local.set({ 'ui-language': choice }), language);
    await popup.reload({ waitUntil: 'load' });
    await popup.getByTestId('verdict').waitFor({ timeout: 15_000 });
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await popup.locator('#tab-page').textContent()).toBe(words.popupTabThisPage);
    expectFits(await fit(popup));
    await popup.screenshot({ path: join(ARTIFACTS_DIR, `popup-${language}.png`) });

    await popup.locator('#tab-textpj').click();
    await popup.locator('#textpj-title').waitFor();
    expect(await popup.locator('#textpj-title').textContent()).toBe(words.commonTextPjTitle);
    expect(await popup.getByTestId('text-pj-english').count()).toBe(language === 'en' ? 0 : 1);
    expectFits(await fit(popup));
    await popup.screenshot({ path: join(ARTIFACTS_DIR, `popup-textpj-${language}.png`) });
    await popup.locator('#tab-page').click();
  });
});
