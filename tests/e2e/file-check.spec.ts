/**
 * The "Check a questionnaire file" page in real Chromium with the release build: a workbook
 * picked through the real file chooser is read in the page's worker, findings are accepted (one
 * report at once, one edited by hand), the answered copy comes through the browser's download,
 * and the file library reads the written cells back. A bad file shows the library's message and
 * the page keeps working. On a Google-Sheets-like tab the popup's main suggestion opens this page.
 * A screenshot for the README goes to tests/e2e/.artifacts/file-check.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readQuestionnaire, summarize } from '../../lib/files';
import { emptyProfile, type Profile } from '../../lib/rules';
import { sigWorkbook } from '../files/fixtures';
import { grantSite } from './activation-steps';
import { ARTIFACTS_DIR, launch, type Harness } from './harness';

/** The bits of `chrome` used inside the extension's service worker (via `worker.evaluate`). */
declare const chrome: {
  storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
};

/** A vendor with a SOC 2 Type 2: the page's suggestions must name its auditor, as the popup's do. */
const PROFILE: Profile = {
  ...emptyProfile(),
  company: 'Acme Test Co',
  soc2: {
    held: true,
    type: 'type2',
    periodStart: '2025-10-01',
    periodEnd: '2026-09-30',
    auditor: 'Example Assurance LLP',
  },
};

let harness: Harness;
let dir: string;

beforeAll(async () => {
  harness = await launch();
  dir = mkdtempSync(join(tmpdir(), 'which-soc-file-check-'));
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function openFilePage(): Promise<Page> {
  const page = await harness.context.newPage();
  await page.goto(harness.extensionUrl('file-check.html'));
  await page.getByRole('heading', { level: 1, name: 'Check a questionnaire file' }).waitFor();
  return page;
}

/** Picks `path` through the page's real file chooser, as a user clicking "Choose a file" does. */
async function pick(page: Page, path: string): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByText(/^(Choose a file|Check another file)$/).click(),
  ]);
  await chooser.setFiles(path);
}

describe('the file page in Chromium', () => {
  test('reads a picked workbook, takes accepted answers and downloads the answered copy', async () => {
    const name = 'Acme SIG Lite.xlsx';
    const original = sigWorkbook();
    const path = join(dir, name);
    writeFileSync(path, original);
    const expected = await readQuestionnaire(original, name);
    expect(expected.findings.length).toBeGreaterThan(2);

    // The profile as the options page stores it (storage key `local:profile`).
    await harness.serviceWorker.evaluate(
      (profile) => chrome.storage.local.set({ profile }),
      PROFILE,
    );
    const page = await openFilePage();
    await pick(page, path);
    const summary = page.getByTestId('summary');
    await summary.waitFor({ timeout: 20_000 });
    expect(await summary.textContent()).toBe(summarize(expected));
    expect(await page.locator('li.file-finding').count()).toBe(expected.findings.length);
    const soc2 = page.locator('li.file-finding', { hasText: 'K.3.1' });
    expect(await soc2.locator('.which-soc-answer-text').textContent()).toContain(
      'Example Assurance LLP',
    );

    // Accept every finding of the most-asked report at once, and edit one other by hand.
    const acceptAll = page.locator('.file-groups button').first();
    const groupLabel = (await acceptAll.textContent()) ?? '';
    await acceptAll.click();
    const open = page.locator('li.file-finding-open').first();
    const openCell = (await open.getAttribute('data-cell')) ?? '';
    await open.getByRole('button', { name: /^Edit the answer/ }).click();
    await open.locator('textarea').fill('Yes: see the attached report.');
    await open.getByRole('button', { name: 'Save answer' }).click();

    const accepted = await page.locator('li.file-finding-accepted').evaluateAll((items) =>
      items.map((item) => ({
        cell: item.getAttribute('data-cell') ?? '',
        text: (item.querySelector('.file-accepted p')?.textContent ?? '').replace(
          /^Goes into [^:]+!\w+: /,
          '',
        ),
      })),
    );
    expect(accepted.length).toBeGreaterThan(1);
    expect(groupLabel).toMatch(/^Accept all /);
    // For the README: the top of the page, with the summary, the sheets and the first findings.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'file-check.png') });

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download answered copy' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Acme SIG Lite (answered).xlsx');
    const savedPath = join(dir, 'answered.xlsx');
    await download.saveAs(savedPath);
    await page.getByText(/^Saved Acme SIG Lite \(answered\)\.xlsx with \d+ answers?\./).waitFor();

    // Read the copy back with the library: each accepted answer is in its answer cell now.
    const copy = await readQuestionnaire(new Uint8Array(readFileSync(savedPath)), name);
    const byCell = new Map(copy.findings.map((f) => [`${f.sheet}!${f.cell}`, f]));
    const edited = accepted.find((entry) => entry.cell === openCell);
    expect(edited?.text).toBe('Yes: see the attached report.');
    for (const entry of accepted) {
      const before = expected.findings.find((f) => `${f.sheet}!${f.cell}` === entry.cell);
      const after = byCell.get(entry.cell);
      // A cell that was filled before keeps its text: replacing needs the per-cell choice.
      expect(after?.existingAnswer, entry.cell).toBe(
        before?.existingAnswer ? before.existingAnswer : entry.text,
      );
    }
    // Findings nobody accepted keep their answer cells as they were.
    for (const before of expected.findings) {
      const key = `${before.sheet}!${before.cell}`;
      if (accepted.some((entry) => entry.cell === key)) continue;
      expect(byCell.get(key)?.existingAnswer, key).toBe(before.existingAnswer);
    }
    await page.close();
  });

  test('a file that is not a spreadsheet shows the library’s message, and the next file works', async () => {
    const page = await openFilePage();
    const bad = join(dir, 'not really.xlsx');
    writeFileSync(bad, '%PDF-1.7\n% a PDF renamed to .xlsx\n');
    await pick(page, bad);
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20_000 });
    let message = '';
    try {
      await readQuestionnaire(new Uint8Array(readFileSync(bad)), 'not really.xlsx');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).not.toBe('');
    expect(await alert.textContent()).toBe(`not really.xlsx: ${message}`);

    const good = join(dir, 'caiq.csv');
    writeFileSync(
      good,
      'Question ID,Question,Answer\r\nA1,Please provide your SOC 2 Type 2 report.,\r\n',
    );
    await pick(page, good);
    await page.getByTestId('summary').waitFor({ timeout: 20_000 });
    expect(await page.locator('li.file-finding').count()).toBe(1);
    await page.close();
  });
});

describe('the popup on a spreadsheet drawn on a canvas', () => {
  test('suggests checking the file instead, and its button opens the file page', async () => {
    // Stands in for activeTab: with the site granted, the popup learns the tab's URL.
    await grantSite(harness, 'https://docs.google.com');
    const sheet = await harness.open('spreadsheets/sheet.html', 'docs.google.com');
    const popup = await harness.openPopup(sheet);
    const hint = popup.getByTestId('file-check-hint');
    await hint.waitFor({ timeout: 15_000 });
    expect(await hint.locator('p').textContent()).toMatch(
      /^Google Sheets draws its cells on a canvas, so we cannot read them here: download the sheet as \.xlsx/,
    );
    const [filePage] = await Promise.all([
      harness.context.waitForEvent('page'),
      hint.getByRole('button', { name: 'Check a questionnaire file' }).click(),
    ]);
    await filePage.waitForLoadState();
    expect(filePage.url()).toBe(harness.extensionUrl('file-check.html'));
    await filePage.getByRole('heading', { level: 1, name: 'Check a questionnaire file' }).waitFor();
    for (const page of [filePage, popup, sheet]) await page.close();
  });
});
