/**
 * Real-browser test of the vendor profile: import a profile file on the options page
 * (chrome-extension://<id>/options.html, through the real file chooser input), see it saved, see
 * a broken file refused with the field named and nothing changed, then see the answer tailored
 * to that profile in the popup for a questionnaire fixture.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { formatDate } from '../../lib/rules';
import { serializeProfile, type Profile } from '../../lib/rules';
import { ARTIFACTS_DIR, launch, type Harness } from './harness';

/** The bits of `chrome` used inside the extension's service worker (via `worker.evaluate`). */
declare const chrome: {
  storage: {
    local: {
      set(items: Record<string, unknown>): Promise<void>;
      get(keys: null): Promise<Record<string, unknown>>;
    };
  };
};

/** `YYYY-MM-DD`, `months` before today: the profile's dates follow the clock, like the answers. */
function monthsAgo(months: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 15))
    .toISOString()
    .slice(0, 10);
}

const PERIOD_START = monthsAgo(17);
const PERIOD_END = monthsAgo(5);

const profile: Profile = {
  version: 2,
  company: 'Acme Test Co',
  soc1: { held: false, type: null },
  soc2: {
    held: true,
    type: 'type2',
    periodStart: PERIOD_START,
    periodEnd: PERIOD_END,
    auditor: 'Example Assurance LLP',
  },
  soc3: { held: false, type: null },
  iso27001: { held: false },
  bridgeLetterAvailable: true,
  touchesFinancialReporting: false,
  access: { trustCenterUrl: 'https://trust.acme-test.example' },
  wording: {},
};

let harness: Harness;
let dir: string;

beforeAll(async () => {
  harness = await launch();
  dir = mkdtempSync(join(tmpdir(), 'which-soc-profile-'));
});

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openOptions(): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(harness.extensionUrl('options.html'));
  await page.getByLabel('Company name').waitFor();
  return page;
}

describe('the profile in Chromium', () => {
  test('a profile file imported on the options page is saved and survives a reload', async () => {
    const file = join(dir, 'acme.json');
    writeFileSync(file, serializeProfile(profile));
    const options = await openOptions();
    try {
      await options.locator('#profile-import').setInputFiles(file);
      await expect
        .poll(() => options.locator('.status').textContent())
        .toMatch(/Imported and saved/);
      await options.reload();
      await options.getByLabel('Company name').waitFor();
      expect(await options.getByLabel('Company name').inputValue()).toBe('Acme Test Co');
      expect(await options.locator('#profile-soc2-periodEnd').inputValue()).toBe(PERIOD_END);
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await options.setViewportSize({ width: 1100, height: 1400 });
      await options.screenshot({ path: join(ARTIFACTS_DIR, 'options-light.png') });
      await options.emulateMedia({ colorScheme: 'dark' });
      await options.screenshot({ path: join(ARTIFACTS_DIR, 'options-dark.png') });
    } finally {
      await options.close();
    }
  });

  test('a broken profile file names the wrong field and changes nothing', async () => {
    const file = join(dir, 'broken.json');
    writeFileSync(
      file,
      JSON.stringify({
        ...profile,
        company: 'Broken Co',
        soc2: { ...profile.soc2, type: 'type3' },
      }),
    );
    const options = await openOptions();
    try {
      await options.locator('#profile-import').setInputFiles(file);
      const errors = options.locator('.import-errors');
      await errors.waitFor();
      expect(await errors.textContent()).toContain('soc2.type');
      expect(await options.getByLabel('Company name').inputValue()).toBe('Acme Test Co');
      await options.reload();
      await options.getByLabel('Company name').waitFor();
      expect(await options.getByLabel('Company name').inputValue()).toBe('Acme Test Co');
    } finally {
      await options.close();
    }
  });

  test('the popup answers a questionnaire request with the imported profile', async () => {
    const questionnaire = await harness.open('questionnaire.html');
    const popup = await harness.openPopup(questionnaire);
    try {
      const answer = popup.locator('.which-soc-answer-text').first();
      await answer.waitFor({ timeout: 15_000 });
      const text = (await answer.textContent()) ?? '';
      // Q1 asks for a SOC 2 Type II report: the answer states our period, auditor, link and
      // (the period ended 5 months ago) the bridge letter, instead of the generic placeholders.
      expect(text).toContain('SOC 2 Type 2');
      expect(text).toContain(formatDate(PERIOD_START));
      expect(text).toContain(formatDate(PERIOD_END));
      expect(text).toContain('Example Assurance LLP');
      expect(text).toContain('https://trust.acme-test.example');
      expect(text).toMatch(/bridge letter/i);
      expect(text).not.toContain('[period start]');
    } finally {
      await popup.close();
      await questionnaire.close();
    }
  });

  test('a corrupt stored profile is kept aside and the options page still opens and says so', async () => {
    const corrupt = '{"version": 2, "company": "Half-writ';
    await harness.serviceWorker.evaluate(
      (value) => chrome.storage.local.set({ profile: value }),
      corrupt,
    );
    const options = await openOptions();
    try {
      const banner = options.locator('.banner-problem');
      await banner.waitFor();
      expect(await banner.textContent()).toMatch(/could not be read/);
      expect(await options.getByLabel('Company name').inputValue()).toBe('');
      const stored = await harness.serviceWorker.evaluate(() => chrome.storage.local.get(null));
      const aside = Object.entries(stored).filter(([key]) => key.startsWith('profile-corrupt-'));
      expect(aside.map(([, value]) => value)).toEqual([corrupt]);
      expect(stored.profile).toBeUndefined();
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await options.setViewportSize({ width: 1100, height: 900 });
      await options.screenshot({ path: join(ARTIFACTS_DIR, 'options-corrupt-banner.png') });
    } finally {
      await options.close();
    }
  });
});
