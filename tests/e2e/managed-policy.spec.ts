/**
 * The organisation's profile pushed by browser policy, in real Chromium: a policy file for this
 * build's extension id in the directory Chromium on Linux reads managed policies from, written
 * before the browser starts. The popup and the in-page card answer with the policy's company, the
 * options page shows it read-only, and a changed (then broken) policy applies without
 * reinstalling.
 *
 * Needs write access to /etc/chromium/policies/managed/ (root, or a directory made writable for
 * the tester). The file has a unique name and is removed in afterAll, also on failure, so no
 * other browser on the machine keeps it. It is keyed by this build's id, so other builds of the
 * extension (other folders) never see it.
 */
import { createHash } from 'node:crypto';
import { accessSync, constants, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ARTIFACTS_DIR,
  extensionDir,
  launch,
  revealFirstHighlight,
  waitForHighlights,
  type Harness,
} from './harness';

/** Where Debian's Chromium reads mandatory policies on Linux (Google Chrome: /etc/opt/chrome/...). */
const POLICY_DIR = '/etc/chromium/policies/managed';
const POLICY_FILE = join(POLICY_DIR, `which-soc-e2e-${process.pid}-${Date.now()}.json`);

/**
 * Chromium's id for an unpacked extension without a `key`: the first 32 hex digits of the
 * SHA-256 of its absolute path (symbolic links resolved), each digit 0-f written a-p. The policy
 * must name the id before the browser starts, so it is worked out here and checked against the
 * id the harness reads from the running service worker.
 */
function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

function monthsAgo(months: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 15))
    .toISOString()
    .slice(0, 10);
}

const policyProfile = {
  version: 2,
  company: 'Policy Test Co',
  // Chromium's schema cannot say "text or null": a report not held leaves `type` out.
  soc1: { held: false },
  soc2: { held: true, type: 'type2', periodStart: monthsAgo(14), periodEnd: monthsAgo(2) },
  access: { trustCenterUrl: 'https://trust.policy-test.example' },
  wording: {
    soc2: 'Yes: {company} holds a {report} report covering {period}. {access}',
    // Own wording per language: Chromium's schema must let the language object through.
    de: { soc2: 'Ja: {company} hat einen Bericht nach {report} für {period}. {access}' },
  },
};

const id = unpackedExtensionId(extensionDir());

function writePolicy(profile: unknown): void {
  writeFileSync(
    POLICY_FILE,
    JSON.stringify({ '3rdparty': { extensions: { [id]: { profile } } } }, null, 2),
  );
}

let harness: Harness;

beforeAll(async () => {
  try {
    mkdirSync(POLICY_DIR, { recursive: true });
    accessSync(POLICY_DIR, constants.W_OK);
  } catch (error) {
    throw new Error(
      `This test writes a Chromium policy file into ${POLICY_DIR} and needs write access to it ` +
        `(run as root, or: sudo mkdir -p ${POLICY_DIR} && sudo chown "$USER" ${POLICY_DIR}). ${String(error)}`,
      { cause: error },
    );
  }
  writePolicy(policyProfile);
  harness = await launch();
}, 90_000);

afterAll(async () => {
  try {
    await harness?.close();
  } finally {
    rmSync(POLICY_FILE, { force: true });
  }
});

async function openOptions(): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(harness.extensionUrl('options.html'));
  await page.getByLabel('Company name').waitFor();
  return page;
}

describe('the organisation’s profile from a Chromium policy', () => {
  test('the policy is keyed by the id Chromium gave the build', () => {
    expect(harness.extensionId).toBe(id);
  });

  test('the popup answers with the policy’s company', async () => {
    const questionnaire = await harness.open('questionnaire.html');
    const popup = await harness.openPopup(questionnaire);
    try {
      const answer = popup.locator('.which-soc-answer-text').first();
      await answer.waitFor({ timeout: 15_000 });
      // Chromium may hand over the policy a few seconds after start-up: the popup shows the
      // user's own (here: generic) answer first, then the organisation's.
      await expect
        .poll(() => answer.textContent(), { timeout: 15_000 })
        .toContain('Yes: Policy Test Co holds a SOC 2 Type 2 report');
      expect(await answer.textContent()).toContain('https://trust.policy-test.example');
    } finally {
      await popup.close();
      await questionnaire.close();
    }
  });

  test('the card on a questionnaire page answers with the policy’s company', async () => {
    const questionnaire = await harness.open('questionnaire.html');
    try {
      await waitForHighlights(questionnaire);
      // The content script reads the policy too (storage.managed is open to content scripts).
      const card = questionnaire.locator('which-soc-card .which-soc-card');
      await expect
        .poll(
          async () => {
            const point = await revealFirstHighlight(questionnaire);
            if (point) await questionnaire.mouse.click(point.x, point.y);
            await card.waitFor({ timeout: 5_000 });
            return card.locator('.which-soc-answer-text').first().textContent();
          },
          { timeout: 20_000 },
        )
        .toContain('Yes: Policy Test Co holds a SOC 2 Type 2 report');
    } finally {
      await questionnaire.close();
    }
  });

  test('a German question gets the policy’s German wording, its dates in German', async () => {
    const questionnaire = await harness.open('questionnaire-de.html');
    try {
      await waitForHighlights(questionnaire, 1);
      const card = questionnaire.locator('which-soc-card .which-soc-card');
      const answer = card.locator('.which-soc-answer').first();
      await expect
        .poll(
          async () => {
            await questionnaire.keyboard.press('Alt+Shift+N');
            await card.waitFor({ timeout: 5_000 });
            return answer.locator('.which-soc-answer-text').textContent();
          },
          { timeout: 20_000 },
        )
        .toMatch(/^Ja: Policy Test Co hat einen Bericht nach SOC 2 Typ 2 für \d+\. \S+ \d{4} bis /);
      expect(await answer.getAttribute('lang')).toBe('de');
    } finally {
      await questionnaire.close();
    }
  });

  test('the options page shows the policy’s fields read-only, and the rest editable', async () => {
    const options = await openOptions();
    try {
      const company = options.getByLabel('Company name');
      await expect.poll(() => company.inputValue(), { timeout: 15_000 }).toBe('Policy Test Co');
      expect(await company.getAttribute('readonly')).not.toBeNull();
      expect(await options.locator('#profile-company-managed').textContent()).toBe(
        'Set by your organisation',
      );
      expect(await options.locator('#profile-soc2-held').isDisabled()).toBe(true);
      expect(await options.locator('#profile-access-email').getAttribute('readonly')).toBeNull();
      // The policy's German wording shows in its own box, read-only like the English one.
      const german = options.locator('#profile-wording-de-soc2');
      expect(await german.inputValue()).toBe(policyProfile.wording.de.soc2);
      expect(await german.getAttribute('readonly')).not.toBeNull();
      expect(await options.locator('#profile-wording-soc2-add').count()).toBe(0);
      const notice = options.locator('.banner-managed');
      expect(await notice.textContent()).toMatch(/Policy last read from the browser/);
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await options.setViewportSize({ width: 1100, height: 1000 });
      await options.screenshot({ path: join(ARTIFACTS_DIR, 'options-managed.png') });
    } finally {
      await options.close();
    }
  });

  test('a changed policy applies without reinstalling; a broken one is ignored with a warning', async () => {
    const options = await openOptions();
    try {
      const company = options.getByLabel('Company name');
      await expect.poll(() => company.inputValue(), { timeout: 15_000 }).toBe('Policy Test Co');
      // Chromium watches its policy directory and re-reads it a few seconds after a change
      // (about 5 s in Chromium 156), then fires storage.onChanged for the managed area.
      writePolicy({ ...policyProfile, company: 'Renamed Policy Co' });
      await expect.poll(() => company.inputValue(), { timeout: 30_000 }).toBe('Renamed Policy Co');

      // A date the schema lets through (a text) but the profile format refuses.
      writePolicy({ ...policyProfile, soc2: { ...policyProfile.soc2, periodEnd: 'June 2026' } });
      const alert = options.locator('.banner-problem');
      await alert.waitFor({ timeout: 30_000 });
      expect(await alert.textContent()).toContain('profile.soc2.periodEnd');
      expect(await company.inputValue()).toBe('');
      expect(await company.getAttribute('readonly')).toBeNull();
    } finally {
      await options.close();
    }
  });
});
