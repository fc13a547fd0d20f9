/**
 * Foundation smoke tests in real Chromium with the release build: the service worker
 * starts, the popup and options pages render, the content script runs on a known questionnaire
 * host and leaves other pages alone. Screenshots go to tests/e2e/.artifacts/ for people to look at.
 */
import { mkdirSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  ARTIFACTS_DIR,
  highlightCounts,
  launch,
  revealFirstHighlight,
  totalHighlights,
  waitForHighlights,
  type Harness,
} from './harness';

declare const chrome: { runtime: { getManifest(): { name: string; manifest_version: number } } };

const DEMO = 'demo/questionnaire.html';

let harness: Harness;

beforeAll(async () => {
  harness = await launch();
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
});

afterAll(async () => {
  await harness?.close();
});

/**
 * The `data-q` numbers of the demo questions that hold at least one of the extension's highlight
 * ranges, read in the page's main world (the highlight registry is shared with the page).
 */
function highlightedQuestions(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const questions = new Set<number>();
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('which-soc')) continue;
      for (const range of highlight) {
        const node = range.startContainer;
        const element = node instanceof Element ? node : node.parentElement;
        const row = element?.closest('[data-q]');
        if (row) questions.add(Number(row.getAttribute('data-q')));
      }
    }
    return [...questions].sort((a, b) => a - b);
  });
}

/** Status of a GET of a raw, un-normalised path on the harness's HTTPS server. */
function rawStatus(port: number, path: string): Promise<number> {
  return new Promise((done, fail) => {
    const request = httpsRequest(
      { host: '127.0.0.1', port, path, rejectUnauthorized: false, headers: { host: 'x.test' } },
      (response) => {
        response.resume();
        done(response.statusCode ?? 0);
      },
    );
    request.on('error', fail);
    request.end();
  });
}

/** The demo's own declaration of which questions ask for a report and which are traps. */
function declaredQuestions(page: Page): Promise<{ requests: number[]; traps: number[] }> {
  return page.evaluate(() => {
    const numbers = (selector: string) =>
      [...document.querySelectorAll(selector)].map((el) => Number(el.getAttribute('data-q')));
    return { requests: numbers('[data-q][data-expect]'), traps: numbers('[data-q][data-trap]') };
  });
}

describe('the extension in Chromium', () => {
  test('its service worker starts and runs the built manifest', async () => {
    expect(harness.extensionId).toMatch(/^[a-p]{32}$/);
    expect(harness.serviceWorker.url()).toBe(harness.extensionUrl('background.js'));
    const manifest = await harness.serviceWorker.evaluate(() => {
      const { name, manifest_version } = chrome.runtime.getManifest();
      return { name, manifest_version };
    });
    expect(manifest).toEqual({ name: 'Which SOC?', manifest_version: 3 });
  });

  test('the popup page renders its main heading', async () => {
    const popup = await harness.openPopup();
    try {
      await expect
        .poll(() => popup.getByRole('heading', { level: 1 }).first().textContent())
        .toContain('Which SOC?');
    } finally {
      await popup.close();
    }
  });

  test('the options page renders its main heading', async () => {
    const options = await harness.context.newPage();
    try {
      await options.goto(harness.extensionUrl('options.html'));
      await expect
        .poll(() => options.getByRole('heading', { level: 1 }).first().textContent())
        .toMatch(/\S/);
    } finally {
      await options.close();
    }
  });

  test('the fixture server answers for any host name', async () => {
    const page = await harness.open('questionnaire.html', 'app.whistic.com');
    try {
      expect(page.url()).toBe('https://app.whistic.com/questionnaire.html');
      expect(await page.title()).toContain('Vendor security review');
    } finally {
      await page.close();
    }
  });

  // Raw paths through node:https: a browser would normalise the dots away before asking.
  test.each(['/../package.json', '/%2e%2e/package.json', '/demo/../../package.json', '/demo/'])(
    'the fixture server refuses %s',
    async (path) => {
      expect(await rawStatus(harness.port, path)).toBe(404);
    },
  );
});

describe('the content script on the demo questionnaire', () => {
  let demo: Page;

  beforeAll(async () => {
    demo = await harness.open(DEMO);
  });

  afterAll(async () => {
    await demo?.close();
  });

  test('registers which-soc highlights with ranges', async () => {
    const counts = await waitForHighlights(demo, 1);
    expect(Object.keys(counts).length).toBeGreaterThan(0);
    expect(totalHighlights(counts)).toBeGreaterThan(0);
  });

  test('highlights every question that asks for a report, and no trap', async () => {
    const declared = await declaredQuestions(demo);
    expect(declared.requests.length).toBeGreaterThanOrEqual(8);
    expect(declared.traps.length).toBeGreaterThanOrEqual(4);
    await waitForHighlights(demo, declared.requests.length);
    await expect.poll(() => highlightedQuestions(demo)).toEqual(declared.requests);
  });

  test('the screenshots of the demo page and its popup are saved', async () => {
    await waitForHighlights(demo, 1);
    await revealFirstHighlight(demo);
    await demo.screenshot({ path: join(ARTIFACTS_DIR, 'demo.png') });
    // The card a click on a highlighted request opens (for people to look at; its own
    // behaviour is tested by the content script's specs).
    const point = await revealFirstHighlight(demo);
    expect(point).not.toBeNull();
    await demo.mouse.click(point!.x, point!.y);
    await demo.waitForTimeout(500);
    await demo.screenshot({ path: join(ARTIFACTS_DIR, 'demo-card.png') });
    await demo.keyboard.press('Escape');
    const popup = await harness.openPopup(demo);
    try {
      await popup.getByRole('heading', { level: 1 }).first().waitFor();
      await popup.setViewportSize({ width: 420, height: 640 });
      await popup.screenshot({ path: join(ARTIFACTS_DIR, 'popup.png') });
    } finally {
      await popup.close();
    }
  });
});

describe('pages without requests', () => {
  test('a known-host page that asks for nothing gets no highlights', async () => {
    const page = await harness.open('unrelated.html');
    try {
      // The content script answers only once it has scanned: then there must be nothing.
      await expect.poll(() => harness.findings(page).catch(() => null)).not.toBeNull();
      expect(totalHighlights(await highlightCounts(page))).toBe(0);
    } finally {
      await page.close();
    }
  });

  test('a page outside the known hosts is left alone', async () => {
    const page = await harness.open('questionnaire.html', 'www.example.com');
    try {
      await expect(harness.findings(page)).rejects.toThrow(/Receiving end does not exist/);
      expect(await highlightCounts(page)).toEqual({});
    } finally {
      await page.close();
    }
  });
});
