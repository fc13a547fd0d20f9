/**
 * The release Firefox build in real Firefox, on the current ESR and on 140 (the manifest's
 * `strict_min_version`), as a new user meets it: the demo questionnaire's highlights and traps,
 * the card on a click, the toolbar badge, the popup bound to the tab listing the findings, a
 * profile imported on the options page, and, over that whole session, not one request made by
 * the add-on (every request Firefox sends passes the harness's logging proxy).
 *
 * One browser per Firefox version for the whole file, in order: the last test reads the network
 * log of everything before it, as the Chromium privacy test does.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serializeProfile, type Profile } from '../../lib/rules';
import {
  FIREFOX_HOST,
  firefoxTargets,
  launchFirefox,
  waitInPage,
  type FirefoxHarness,
} from './firefox-harness';
import { highlightedByQuestionInPage } from './highlight-probe';

const DEMO = 'demo/questionnaire.html';
/** Marks the control request's URL, so the final check can set exactly it aside. */
const CONTROL = 'which-soc-firefox-control';

/**
 * Firefox's own services (remote settings, captive-portal detection) also pass the proxy; they
 * are the browser's, started before any page, not the add-on's: puppeteer's prefs point remote
 * settings elsewhere, but ESR 140 and later use their built-in server regardless.
 */
const FIREFOX_SERVICE = /(^|\.)(mozilla\.com|mozilla\.org|mozilla\.net|firefox\.com)(:\d+)?(\/|$)/;

/** `data-q:report` of every highlighted range (the registry is shared with the page's world). */
function highlightedByQuestion(page: Page): Promise<string[]> {
  return page.evaluate(highlightedByQuestionInPage);
}

async function openDemo(harness: FirefoxHarness): Promise<Page> {
  const page = await harness.open(DEMO);
  await waitInPage(
    page,
    () => {
      let total = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith('which-soc') && name !== 'which-soc-active') total += highlight.size;
      }
      return total >= 8;
    },
    20_000,
    'the demo highlights',
  );
  return page;
}

const profile: Profile = {
  version: 2,
  company: 'Firefox Test Co',
  soc1: { held: false, type: null },
  soc2: {
    held: true,
    type: 'type2',
    periodStart: '2026-01-01',
    periodEnd: '2026-06-30',
    auditor: 'Example Assurance LLP',
  },
  soc3: { held: false, type: null },
  iso27001: { held: false },
  bridgeLetterAvailable: false,
  touchesFinancialReporting: false,
  access: {},
  wording: {},
};

describe.each(firefoxTargets())('Firefox $label', (target) => {
  let harness: FirefoxHarness;
  let dir: string;

  beforeAll(async () => {
    harness = await launchFirefox(target);
    dir = mkdtempSync(join(tmpdir(), 'which-soc-firefox-profile-'));
  });

  afterAll(async () => {
    await harness?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('runs the version it says', () => {
    // `esr` is whatever Debian ships now; 140 must really be 140, or the floor is untested.
    expect(harness.version).toMatch(/^firefox\/\d+\./);
    if (target.label === '140') expect(harness.version).toMatch(/^firefox\/140\./);
  });

  test('highlights the demo’s 8 requests in their reports’ colours, and no trap', async () => {
    const page = await openDemo(harness);
    // The scan works in slices: give it time to finish before reading the final state.
    await new Promise((done) => setTimeout(done, 300));
    const { expected, traps } = await page.evaluate(() => ({
      expected: [...document.querySelectorAll('[data-expect]')].flatMap((element) =>
        (element.getAttribute('data-expect') ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .map((entry) => `${element.getAttribute('data-q')}:${entry.split(':')[0]}`),
      ),
      traps: [...document.querySelectorAll('[data-trap]')].map((element) =>
        element.getAttribute('data-q'),
      ),
    }));
    expect(expected).toHaveLength(8);
    expect(traps.length).toBeGreaterThan(0);
    const highlighted = await highlightedByQuestion(page);
    expect(highlighted).toEqual(expected.sort());
    for (const trap of traps) {
      expect(highlighted.filter((entry) => entry.startsWith(`${trap}:`))).toEqual([]);
    }
    await page.close();
  });

  test('opens the card on a click on a highlight', async () => {
    const page = await openDemo(harness);
    const point = await page.evaluate(() => {
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith('which-soc-') || name === 'which-soc-active') continue;
        for (const stored of highlight) {
          const range = document.createRange();
          range.setStart(stored.startContainer, stored.startOffset);
          range.setEnd(stored.endContainer, stored.endOffset);
          const node = range.startContainer;
          (node instanceof Element ? node : node.parentElement)?.scrollIntoView({
            block: 'center',
          });
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.click(point!.x, point!.y);
    await waitInPage(
      page,
      () =>
        !!document.querySelector('which-soc-card')?.shadowRoot?.querySelector('.which-soc-card'),
      10_000,
      'the card',
    );
    const text = await page.evaluate(
      () =>
        document.querySelector('which-soc-card')?.shadowRoot?.querySelector('.which-soc-card')
          ?.textContent ?? '',
    );
    // The card names the report the highlight asks for and offers the expert.
    expect(text).toMatch(/SOC [123]|ISO|bridge letter/i);
    expect(text).toContain('Text PJ');
    await page.close();
  });

  test('counts the findings on the toolbar badge and lists them in the popup bound to the tab', async () => {
    const page = await openDemo(harness);
    const tab = await harness.tabId(page);
    const popup = await harness.openExtensionPage(`popup.html?tab=${tab}`);
    await waitInPage(
      popup,
      () => document.querySelectorAll('.finding').length > 0,
      15_000,
      'findings',
    );
    const { findings, reports, summary, badge, logo } = await popup.evaluate(async (tabId) => {
      const api = (
        globalThis as unknown as {
          browser: { action: { getBadgeText(details: { tabId: number }): Promise<string> } };
        }
      ).browser;
      return {
        findings: document.querySelectorAll('.finding').length,
        reports: [...document.querySelectorAll('.finding-report')].map((node) => node.textContent),
        summary: document.body.textContent ?? '',
        badge: await api.action.getBadgeText({ tabId }),
        // The header's icon loaded (an image that failed has no natural width).
        logo: (document.querySelector('h1 img.logo') as HTMLImageElement | null)?.naturalWidth,
      };
    }, tab);
    expect(findings).toBe(8);
    expect(summary).toContain('8 requests on this page');
    expect(reports.join(' ')).toMatch(/SOC 2 Type 2/);
    expect(reports.join(' ')).toMatch(/SOC 1/);
    expect(badge).toBe('8');
    expect(logo).toBeGreaterThan(0);
    await popup.close();
    await page.close();
  });

  test('imports a profile file on the options page and keeps it after a reload', async () => {
    const file = join(dir, 'profile.json');
    writeFileSync(file, serializeProfile(profile));
    const options = await harness.openExtensionPage('options.html');
    await waitInPage(options, () => !!document.querySelector('#profile-import'), 10_000, 'import');
    const input = await options.$('#profile-import');
    expect(input).not.toBeNull();
    await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(file);
    await waitInPage(
      options,
      () => /Imported and saved/.test(document.querySelector('.status')?.textContent ?? ''),
      10_000,
      'the import message',
    );
    await options.close();
    const again = await harness.openExtensionPage('options.html');
    await waitInPage(
      again,
      () =>
        [...document.querySelectorAll('input')].some(
          (element) => element.value === 'Firefox Test Co',
        ),
      10_000,
      'the saved company name',
    );
    const periodEnd = await again.evaluate(
      () => (document.querySelector('#profile-soc2-periodEnd') as HTMLInputElement | null)?.value,
    );
    expect(periodEnd).toBe('2026-06-30');
    await again.close();
  });

  test('the add-on made no network request in all of the above', async () => {
    // Control: a request from a page is seen by the proxy, so an add-on request would be too.
    const page = await openDemo(harness);
    await page.evaluate(
      (url) => fetch(url, { mode: 'no-cors' }).catch(() => undefined),
      `https://control.example/${CONTROL}`,
    );
    await page.close();
    expect(harness.proxied.map((request) => request.target)).toContain('control.example:443');

    const unexplained = harness.proxied.filter(
      (request) =>
        request.target !== `${FIREFOX_HOST}:443` &&
        request.target !== 'control.example:443' &&
        !FIREFOX_SERVICE.test(request.target.replace(/^https?:\/\//, '')),
    );
    expect(unexplained).toEqual([]);
    // Every request for the questionnaire host that reached the test server is the demo
    // document itself (the page loads no subresources): the add-on asked it for nothing either.
    const paths = harness.server.hits
      .filter((hit) => hit.host === FIREFOX_HOST)
      .map((hit) => hit.path);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.filter((path) => path !== `/${DEMO}`)).toEqual([]);
  });
});
