/**
 * `npm run screenshots`: the store images in docs/store/images/, made in real Chromium with the
 * release build, so they can be made again after a UI change (run `npm run build` first).
 *
 * - 1-questionnaire-card.png  1280x800  the demo questionnaire, highlights and a card open
 * - 2-popup.png               1280x800  the popup on that page, listing its requests
 * - 3-cheat-sheet.png         1280x800  the popup's SOC 1 vs SOC 2 cheat-sheet
 * - 4-options.png             1280x800  the options page with a profile filled in
 * - small-tile.png             440x280  the stores' small promotional tile
 *
 * 1280x800 and 440x280 are the sizes the Chrome Web Store asks for (addons.mozilla.org takes the
 * same 1280x800 images). Images are written as PNG without transparency, which both stores take.
 * The popup is 400 px wide, so its images put it beside a one-line caption on a 1280x800 canvas.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serializeProfile, type Profile } from '../lib/rules';
import { launch, revealFirstHighlight, ROOT, waitForHighlights } from '../tests/e2e/harness';

const OUT_DIR = join(ROOT, 'docs', 'store', 'images');
const STORE = { width: 1280, height: 800 };
const DEMO = 'demo/questionnaire.html';

/** A plausible vendor, so the answers in the images name real-looking reports. */
const SAMPLE_PROFILE: Profile = {
  version: 2,
  company: 'Acme Cloud Inc.',
  soc1: { held: false, type: null },
  soc2: {
    held: true,
    type: 'type2',
    periodStart: '2025-10-01',
    periodEnd: '2026-09-30',
    auditor: 'Example Assurance LLP',
  },
  soc3: { held: true, type: null },
  iso27001: { held: false },
  bridgeLetterAvailable: true,
  touchesFinancialReporting: false,
  access: { trustCenterUrl: 'https://trust.acme-cloud.example' },
  wording: {},
};

/** The icon as a data URL, for the composed images. */
function iconDataUrl(): string {
  const svg = readFileSync(join(ROOT, 'public', 'icon', 'icon.svg'));
  return `data:image/svg+xml;base64,${svg.toString('base64')}`;
}

/** HTML text: the captions are ours, but escape them anyway. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A 1280x800 image: the caption on the left, the popup's screenshot on the right. */
async function composeWithCaption(
  page: Page,
  file: string,
  popupPng: Buffer,
  title: string,
  lines: string[],
): Promise<void> {
  await page.setViewportSize(STORE);
  await page.setContent(`<!doctype html>
<style>
  body { margin: 0; width: 1280px; height: 800px; display: flex; align-items: center;
    justify-content: center; gap: 96px; background: #eef3f9; color: #1b1f24;
    font-family: system-ui, 'DejaVu Sans', sans-serif; }
  .text { width: 520px; }
  .brand { display: flex; align-items: center; gap: 14px; font-size: 26px; font-weight: 700;
    color: #0b5cad; margin-bottom: 28px; }
  h1 { font-size: 40px; line-height: 1.2; margin: 0 0 20px; }
  p { font-size: 22px; line-height: 1.45; color: #3d4650; margin: 0 0 12px; }
  .shot { border-radius: 12px; box-shadow: 0 12px 40px rgba(11, 40, 80, 0.25);
    border: 1px solid #d0d7de; display: block; }
</style>
<div class="text">
  <div class="brand"><img src="${iconDataUrl()}" width="48" height="48" alt="">Which SOC?</div>
  <h1>${escapeHtml(title)}</h1>
  ${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}
</div>
<img class="shot" src="data:image/png;base64,${popupPng.toString('base64')}" width="400" height="600" alt="">`);
  await page.waitForLoadState('load');
  await page.screenshot({ path: file });
}

async function main(): Promise<void> {
  mkdirSync(OUT_DIR, { recursive: true });
  const temp = mkdtempSync(join(tmpdir(), 'which-soc-screenshots-'));
  const harness = await launch({ viewport: STORE });
  try {
    // The options page, with the sample profile imported through its own file input.
    const profileFile = join(temp, 'acme-cloud.json');
    writeFileSync(profileFile, serializeProfile(SAMPLE_PROFILE));
    const options = await harness.context.newPage();
    await options.goto(harness.extensionUrl('options.html'));
    await options.locator('#profile-import').setInputFiles(profileFile);
    await options.locator('.status').filter({ hasText: 'Imported and saved' }).waitFor();
    await options.reload();
    await options.getByLabel('Company name').waitFor();
    await options.screenshot({ path: join(OUT_DIR, '4-options.png') });
    await options.close();

    // The demo questionnaire with the card of its first request open.
    const demo = await harness.open(DEMO);
    await waitForHighlights(demo, 8);
    const centred = await revealFirstHighlight(demo);
    if (!centred) throw new Error('The demo questionnaire shows no highlight.');
    // Move the request up to the top third, so the card that opens below it fits in the image.
    const moved = await demo.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, 240);
      return window.scrollY - before;
    });
    await demo.mouse.click(centred.x, centred.y - moved);
    await demo.locator('which-soc-card .which-soc-card').waitFor();
    await demo.waitForTimeout(300);
    await demo.screenshot({ path: join(OUT_DIR, '1-questionnaire-card.png') });
    await demo.keyboard.press('Escape');

    // The popup bound to the demo tab, then its cheat-sheet.
    const popup = await harness.openPopup(demo);
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.locator('.finding').first().waitFor();
    const popupPng = await popup.screenshot();
    await popup.getByRole('tab', { name: 'Cheat-sheet' }).click();
    await popup.locator('main h2').first().waitFor();
    const cheatSheetPng = await popup.screenshot();
    await popup.close();

    const canvas = await harness.context.newPage();
    await composeWithCaption(
      canvas,
      join(OUT_DIR, '2-popup.png'),
      popupPng,
      'Every report request on the page, and what to answer',
      [
        'The popup lists each request with the report it means: SOC 1 or SOC 2, Type 1 or Type 2, SOC 3, ISO 27001, bridge letter.',
        'Answers name your own reports once you fill in your profile.',
      ],
    );
    await composeWithCaption(
      canvas,
      join(OUT_DIR, '3-cheat-sheet.png'),
      cheatSheetPng,
      'SOC 1 or SOC 2? The cheat-sheet',
      [
        'SOC 1 vs SOC 2, Type 1 vs Type 2, SOC 2 vs ISO 27001, SOC 3 and bridge letters, old names.',
        'Still unsure? Text PJ, a human expert, in one click.',
      ],
    );

    // The small promotional tile.
    await canvas.setViewportSize({ width: 440, height: 280 });
    await canvas.setContent(`<!doctype html>
<style>
  body { margin: 0; width: 440px; height: 280px; display: flex; flex-direction: column;
    align-items: center; justify-content: center; gap: 14px; background: #0b5cad; color: #fff;
    font-family: system-ui, 'DejaVu Sans', sans-serif; text-align: center; }
  .name { font-size: 40px; font-weight: 700; }
  .line { font-size: 19px; line-height: 1.35; max-width: 380px; color: #e3efff; }
</style>
<img src="${iconDataUrl()}" width="84" height="84" alt="">
<div class="name">Which SOC?</div>
<div class="line">Which SOC report does this questionnaire want, and what to answer</div>`);
    await canvas.waitForLoadState('load');
    await canvas.screenshot({ path: join(OUT_DIR, 'small-tile.png') });
    await canvas.close();
    await demo.close();
    console.log(`Store images written to ${OUT_DIR}`);
  } finally {
    await harness.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

await main();
