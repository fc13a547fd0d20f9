/**
 * The popup in real Chromium with the release build: for the fixture questionnaire it
 * lists the findings with a verdict, renders quickly after they arrive, fits 400 px, shows the
 * cheat-sheet sections and builds the Text PJ link; on a page that is not a known portal it offers
 * a scan. Screenshots go to tests/e2e/.artifacts/ (git-ignored) for the README.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ARTIFACTS_DIR, launch, waitForHighlights, type Harness } from './harness';

const FIXTURE = 'questionnaire.html';

let harness: Harness;
let questionnaire: Page;
let popup: Page;

beforeAll(async () => {
  harness = await launch();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  questionnaire = await harness.open(FIXTURE);
  await waitForHighlights(questionnaire);
  popup = await harness.openPopup(questionnaire);
  await popup.setViewportSize({ width: 400, height: 600 });
  await popup.getByTestId('verdict').waitFor({ timeout: 15_000 });
});

afterAll(async () => {
  await harness?.close();
});

/** True when nothing in the popup is wider than its 400 px (no text cut off sideways). */
function fitsWidth(page: Page): Promise<{ scrollWidth: number; widest: number }> {
  return page.evaluate(() => {
    let widest = 0;
    for (const element of document.querySelectorAll('body *')) {
      widest = Math.max(widest, element.getBoundingClientRect().right);
    }
    return { scrollWidth: document.documentElement.scrollWidth, widest: Math.ceil(widest) };
  });
}

describe('popup for a questionnaire', () => {
  test('gives the verdict and one entry per finding', async () => {
    expect(await popup.getByTestId('verdict').textContent()).toBe(
      'This questionnaire asks for SOC 2 Type 2 and ISO 27001.',
    );
    const findings = (await harness.findings(questionnaire)) as { findings: unknown[] };
    expect(await popup.locator('li.finding').count()).toBe(findings.findings.length);
    expect(await popup.locator('li.finding').first().textContent()).toContain('SOC 2 Type II');
  });

  test('renders within 100 ms of the findings arriving', async () => {
    const ms = await popup.evaluate(
      () =>
        performance.measure('render', 'which-soc/findings-arrived', 'which-soc/findings-rendered')
          .duration,
    );
    expect(ms).toBeGreaterThanOrEqual(0);
    expect(ms).toBeLessThan(100);
  });

  test('fits 400 px wide and scrolls inside', async () => {
    const { scrollWidth, widest } = await fitsWidth(popup);
    expect(scrollWidth).toBeLessThanOrEqual(400);
    expect(widest).toBeLessThanOrEqual(400);
    const main = await popup.evaluate(() => {
      const element = document.querySelector('main');
      return element ? getComputedStyle(element).overflowY : '';
    });
    expect(main).toBe('auto');
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup.png') });
  });

  test('"Show on page" reaches the content script without an error', async () => {
    const errors: string[] = [];
    popup.on('pageerror', (error) => errors.push(error.message));
    await popup.getByRole('button', { name: /^Show/ }).first().click();
    await popup.waitForTimeout(200);
    expect(errors).toEqual([]);
  });

  test('the cheat-sheet has every section, reached by arrow key', async () => {
    await popup.getByRole('tab', { name: 'This page' }).focus();
    await popup.keyboard.press('ArrowRight');
    expect(
      await popup.getByRole('tab', { name: 'Cheat-sheet' }).getAttribute('aria-selected'),
    ).toBe('true');
    const headings = await popup.locator('main h2').allTextContents();
    expect(headings).toEqual([
      'SOC 1 vs SOC 2',
      'Type 1 vs Type 2',
      'SOC 2 vs ISO 27001',
      'SOC 3 and bridge letters',
      'Old and international names',
      'Pick your scenario',
      'FAQ',
    ]);
    await popup
      .getByRole('group', { name: /financial reporting/ })
      .getByLabel('No', { exact: true })
      .check();
    await popup.getByLabel('Their security, IT or procurement team').check();
    await popup
      .getByRole('group', { name: /deals stalled/ })
      .getByLabel('Yes')
      .check();
    expect(await popup.getByTestId('scenario-outcome').textContent()).toContain('Get SOC 2');
    const { scrollWidth } = await fitsWidth(popup);
    expect(scrollWidth).toBeLessThanOrEqual(400);
    await popup.locator('main').evaluate((element) => element.scrollTo(0, 0));
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-cheatsheet.png') });
  });

  test('the Text PJ link texts PJ with the findings, and the address only when ticked', async () => {
    await popup.getByRole('tab', { name: 'Text PJ' }).click();
    const link = popup.getByTestId('text-pj-link');
    const href = (await link.getAttribute('href')) ?? '';
    expect(href.startsWith('sms:+18584618054?&body=')).toBe(true);
    const body = decodeURIComponent(href.slice('sms:+18584618054?&body='.length));
    const { findings } = (await harness.findings(questionnaire)) as {
      findings: { text: string }[];
    };
    for (const finding of findings) expect(body).toContain(`"${finding.text}"`);
    expect(body).toContain('Our reading: SOC 2 Type 2 and ISO 27001');
    expect(body).not.toContain('onetrust.com');
    await popup.getByLabel("Include this page's address").check();
    await expect
      .poll(async () => decodeURIComponent((await link.getAttribute('href')) ?? ''))
      .toContain(`Page: ${harness.url(FIXTURE)}`);
    expect(await popup.locator('svg[role="img"] path').count()).toBe(1);
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup-textpj-dark.png') });
    await popup.emulateMedia({ colorScheme: 'light' });
  });
});

describe('popup for the demo questionnaire', () => {
  test('renders all its findings within 100 ms of their arrival', async () => {
    const demo = await harness.open('demo/questionnaire.html');
    await waitForHighlights(demo);
    const other = await harness.openPopup(demo);
    try {
      await other.getByTestId('verdict').waitFor({ timeout: 15_000 });
      await other.waitForFunction(
        () => performance.getEntriesByName('which-soc/findings-painted').length > 0,
      );
      const [ms, paintedMs] = await other.evaluate(() => [
        performance.measure('render', 'which-soc/findings-arrived', 'which-soc/findings-rendered')
          .duration,
        performance.measure('paint', 'which-soc/findings-arrived', 'which-soc/findings-painted')
          .duration,
      ]);
      const count = await other.locator('li.finding').count();
      writeFileSync(
        join(ARTIFACTS_DIR, 'popup-timing.json'),
        JSON.stringify({
          page: 'demo/questionnaire.html',
          findings: count,
          renderMs: ms,
          paintedMs,
        }),
      );
      expect(count).toBeGreaterThan(3);
      expect(ms).toBeLessThan(100);
    } finally {
      await other.close();
      await demo.close();
    }
  });
});

describe('popup for a page that is not a known portal', () => {
  test('offers to scan the page', async () => {
    const page = await harness.open('unrelated.html', 'www.example.com');
    const other = await harness.openPopup(page);
    try {
      await other.getByRole('button', { name: 'Scan this page' }).waitFor({ timeout: 10_000 });
      expect(await other.locator('main').textContent()).toContain(
        'not one of the questionnaire portals',
      );
    } finally {
      await other.close();
      await page.close();
    }
  });
});
