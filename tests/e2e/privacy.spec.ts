/**
 * Privacy, proven in real Chromium: across a whole session of use (popup, options page,
 * the demo questionnaire with its findings, a click on a highlight, a page with nothing to find,
 * a questionnaire file read, answered and downloaded on the file page), the extension's pages,
 * service worker, file worker and content script make no network request at all, and the file is
 * not stored anywhere.
 *
 * How requests are seen, and why we trust it (three witnesses):
 * - The harness records every request of the browser context from launch: Playwright reports
 *   page requests (with their frame) and service-worker requests (`request.serviceWorker()`).
 *   Control experiments below prove each channel is observed: a fetch from our service worker,
 *   one from our popup page and one from a questionnaire page's frame (MV3 content scripts fetch
 *   as the page they run in, so their requests show up as the page frame's).
 * - Every host name resolves to the harness's local server (`--host-resolver-rules`), so any
 *   request that leaves the browser lands there too and is logged.
 * - The manifest's CSP (`connect-src 'self'`) refuses outside requests of our pages and worker
 *   before they reach the network, so neither witness above would see them: the worker's
 *   `securitypolicyviolation` events and the pages' CSP console errors are recorded instead, and
 *   must stay empty too. Controls prove those are seen as well.
 *
 * The fixture pages and the demo questionnaire load no subresources (not even a favicon), so any
 * request beyond the documents the test itself opens is someone else's: ours.
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker as PageWorker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  extensionDir,
  launch,
  revealFirstHighlight,
  waitForHighlights,
  type Harness,
  type RecordedRequest,
} from './harness';

/** The bits of `chrome` used inside the extension's service worker (via `worker.evaluate`). */
declare const chrome: {
  storage: Record<'local' | 'session', { get(keys: null): Promise<Record<string, unknown>> }>;
};

const DEMO = 'demo/questionnaire.html';
/** Marks the control experiments' URLs, so the final check can set exactly them aside. */
const CONTROL = 'which-soc-privacy-control';

/**
 * Chromium's own background services (sign-in, component updates, autofill) also resolve to the
 * local server; they carry `Sec-Fetch-Site: none` and are not the extension's. Only used for the
 * server-side witness; the request log attributes every request to a page or a worker anyway.
 */
const BROWSER_SERVICE_HOST = /(^|\.)(google\.com|googleapis\.com|gstatic\.com)$/;

let harness: Harness;
/** Holds the questionnaire file the session picks on the file page. */
let fileDir: string;
/** A question no one else would write: found in storage, it would mean the file was stored. */
const FILE_MARKER = 'zebra-umbrella-7731';
const QUESTIONNAIRE_CSV = [
  'ID,Question,Response',
  `1,Do you encrypt customer data at rest (${FILE_MARKER})?,Yes`,
  '2,Please provide your most recent SOC 2 Type II report.,',
  '3,Attach your ISO 27001 certificate.,',
  '',
].join('\r\n');
/** Every URL the test itself navigated a tab to. */
const navigatedByTest = new Set<string>();

async function openTracked(path: string, host?: string): Promise<Page> {
  navigatedByTest.add(harness.url(path, host));
  return harness.open(path, host);
}

async function openPopupTracked(forPage?: Page): Promise<Page> {
  const popup = await harness.openPopup(forPage);
  navigatedByTest.add(popup.url());
  return popup;
}

/**
 * Files bundled in the extension are not network: its own `chrome-extension://<id>/` URLs, and
 * the `chrome-extension://<random uuid>/` URLs of web-accessible resources with `use_dynamic_url`
 * (WXT loads the card's stylesheet so). Only our extension is installed in this profile.
 */
function isOwnResource(url: string): boolean {
  return (
    url.startsWith('chrome-extension://') || url.startsWith('data:') || url.startsWith('blob:')
  );
}

/** Requests that are neither a document the test opened, nor a control, nor a bundled file. */
function unexplained(requests: RecordedRequest[]): RecordedRequest[] {
  return requests.filter(
    (request) =>
      !request.url.includes(CONTROL) &&
      !isOwnResource(request.url) &&
      !(request.isNavigation && navigatedByTest.has(request.url)),
  );
}

/** Fetches `url` (run inside the browser) and returns the status or the error, never throws. */
const attempt = (url: string) =>
  fetch(url, { cache: 'no-store' }).then(
    (response) => response.status,
    (error: unknown) => String(error),
  );

/** Clicks every button of an extension page, one by one, tolerating buttons that go away. */
async function clickEveryButton(page: Page): Promise<number> {
  let clicked = 0;
  const count = await page.locator('button').count();
  for (let index = 0; index < count && !page.isClosed(); index += 1) {
    const button = page.locator('button').nth(index);
    try {
      if (!(await button.isVisible()) || !(await button.isEnabled())) continue;
      await button.click({ timeout: 2_000 });
      clicked += 1;
    } catch {
      // A click can close the popup or re-render the list: the requests are what we check.
    }
  }
  return clicked;
}

/** Where the worker keeps the Content Security Policy violations it saw (installed by the test). */
const VIOLATIONS = '__whichSocPrivacyViolations';
/** CSP errors logged by the extension's pages (the console is where Chromium reports them). */
const pageViolations: string[] = [];

/** The worker's recorded CSP violations, or null if the worker restarted and lost its recorder. */
function workerViolations(): Promise<string[] | null> {
  return harness.serviceWorker.evaluate(
    (key) => (globalThis as unknown as Record<string, string[] | undefined>)[key] ?? null,
    VIOLATIONS,
  );
}

beforeAll(async () => {
  harness = await launch();
  fileDir = mkdtempSync(join(tmpdir(), 'which-soc-privacy-file-'));
  // A request refused by the extension's CSP never reaches the network stack, so the request log
  // cannot see it; record the refusals instead, so an attempt fails the test as a request would.
  await harness.serviceWorker.evaluate((key) => {
    const log: string[] = [];
    (globalThis as unknown as Record<string, string[]>)[key] = log;
    self.addEventListener('securitypolicyviolation', (event) => {
      log.push(`${event.effectiveDirective} ${event.blockedURI}`);
    });
  }, VIOLATIONS);
  harness.context.on('console', (message) => {
    const url = message.page()?.url() ?? message.location().url;
    if (url.startsWith('chrome-extension://') && /Content Security Policy/.test(message.text())) {
      pageViolations.push(message.text());
    }
  });
});

afterAll(async () => {
  await harness?.close();
  if (fileDir) rmSync(fileDir, { recursive: true, force: true });
});

/** The built file-page worker (its name carries a content hash). */
function fileWorkerUrl(): string {
  const name = readdirSync(join(extensionDir(), 'assets')).find((file) =>
    /^worker-.*\.js$/.test(file),
  );
  if (!name) throw new Error('No file worker in the build (assets/worker-*.js).');
  return harness.extensionUrl(`assets/${name}`);
}

/** Opens the file page and starts its worker by hand, for the control experiments. */
async function fileWorker(): Promise<{ page: Page; worker: PageWorker }> {
  const page = await harness.context.newPage();
  navigatedByTest.add(harness.extensionUrl('file-check.html'));
  await page.goto(harness.extensionUrl('file-check.html'));
  const [worker] = await Promise.all([
    page.waitForEvent('worker'),
    page.evaluate((url) => {
      (globalThis as unknown as { controlWorker: unknown }).controlWorker = new Worker(url, {
        type: 'module',
      });
    }, fileWorkerUrl()),
  ]);
  return { page, worker };
}

describe('the request log sees every channel (control experiments)', () => {
  test('a fetch from the extension service worker is recorded as the worker’s', async () => {
    const url = harness.extensionUrl(`manifest.json?${CONTROL}=worker`);
    expect(await harness.serviceWorker.evaluate(attempt, url)).toBe(200);
    await expect
      .poll(() => harness.requests.filter((request) => request.url === url))
      .toEqual([
        expect.objectContaining({
          origin: 'worker',
          initiatorUrl: harness.extensionUrl('background.js'),
        }),
      ]);
  });

  test('a fetch from an extension page is recorded with that page as its frame', async () => {
    const popup = await openPopupTracked();
    try {
      const url = harness.extensionUrl(`manifest.json?${CONTROL}=popup`);
      expect(await popup.evaluate(attempt, url)).toBe(200);
      await expect
        .poll(() => harness.requests.find((request) => request.url === url)?.initiatorUrl)
        .toMatch(new RegExp(`^chrome-extension://${harness.extensionId}/popup\\.html`));
    } finally {
      await popup.close();
    }
  });

  test('a fetch from a questionnaire page’s frame (where content scripts fetch) is recorded and reaches the server', async () => {
    const page = await openTracked('questionnaire.html');
    try {
      const url = harness.url(`${CONTROL}/page`);
      await page.evaluate(attempt, url);
      await expect
        .poll(() => harness.requests.find((request) => request.url === url)?.initiatorUrl)
        .toBe(harness.url('questionnaire.html'));
      await expect
        .poll(() => harness.serverHits.some((hit) => hit.path === `/${CONTROL}/page`))
        .toBe(true);
    } finally {
      await page.close();
    }
  });

  test('a fetch from the file page’s worker is recorded', async () => {
    const { page, worker } = await fileWorker();
    try {
      const url = harness.extensionUrl(`manifest.json?${CONTROL}=file-worker`);
      expect(await worker.evaluate(attempt, url)).toBe(200);
      await expect.poll(() => harness.requests.some((request) => request.url === url)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

describe('the content security policy refuses the network to the extension', () => {
  test('a fetch from the service worker is refused, recorded as a violation, and never arrives', async () => {
    const url = `https://probe.example/${CONTROL}/worker`;
    expect(await harness.serviceWorker.evaluate(attempt, url)).toMatch(/TypeError/);
    await expect
      .poll(workerViolations)
      .toContainEqual(expect.stringMatching(new RegExp(`^connect-src .*${CONTROL}/worker`)));
    expect(harness.serverHits.filter((hit) => hit.path.includes(`${CONTROL}/worker`))).toEqual([]);
  });

  test('a fetch from an extension page is refused, logged as a violation, and never arrives', async () => {
    const popup = await openPopupTracked();
    try {
      const url = `https://probe.example/${CONTROL}/popup`;
      expect(await popup.evaluate(attempt, url)).toMatch(/TypeError/);
      await expect
        .poll(() => pageViolations.some((text) => text.includes(`${CONTROL}/popup`)))
        .toBe(true);
      expect(harness.serverHits.filter((hit) => hit.path.includes(`${CONTROL}/popup`))).toEqual([]);
    } finally {
      await popup.close();
    }
  });
});

describe('the content security policy refuses the network to the file worker', () => {
  test('a fetch from the file page’s worker is refused and never arrives', async () => {
    const { page, worker } = await fileWorker();
    try {
      const url = `https://probe.example/${CONTROL}/file-worker`;
      expect(await worker.evaluate(attempt, url)).toMatch(/TypeError/);
      expect(
        harness.serverHits.filter((hit) => hit.path.includes(`${CONTROL}/file-worker`)),
      ).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('a session of use makes no network request', () => {
  test('popup, options page, demo questionnaire with findings, card click, file page, unrelated page', async () => {
    const demo = await openTracked(DEMO);
    await waitForHighlights(demo, 1);

    // A click on the first highlighted phrase opens its card (the card's own UI, if any, too).
    const point = await revealFirstHighlight(demo);
    expect(point).not.toBeNull();
    await demo.mouse.click(point!.x, point!.y);

    const popup = await openPopupTracked(demo);
    await popup.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await clickEveryButton(popup)).toBeGreaterThan(0);
    if (!popup.isClosed()) await popup.close();

    const options = await harness.context.newPage();
    navigatedByTest.add(harness.extensionUrl('options.html'));
    await options.goto(harness.extensionUrl('options.html'));
    await options.getByRole('heading', { level: 1 }).first().waitFor();

    // The file page: a questionnaire picked through the file chooser, read in the worker,
    // answered and downloaded.
    const fileName = join(fileDir, 'vendor questionnaire.csv');
    writeFileSync(fileName, QUESTIONNAIRE_CSV);
    const filePage = await harness.context.newPage();
    navigatedByTest.add(harness.extensionUrl('file-check.html'));
    await filePage.goto(harness.extensionUrl('file-check.html'));
    const [chooser] = await Promise.all([
      filePage.waitForEvent('filechooser'),
      filePage.getByText('Choose a file').click(),
    ]);
    await chooser.setFiles(fileName);
    await filePage.getByTestId('summary').waitFor({ timeout: 20_000 });
    await filePage
      .getByRole('button', { name: /^Accept all/ })
      .first()
      .click();
    const [download] = await Promise.all([
      filePage.waitForEvent('download'),
      filePage.getByRole('button', { name: 'Download answered copy' }).click(),
    ]);
    expect(await download.failure()).toBeNull();

    const unrelated = await openTracked('unrelated.html');
    const elsewhere = await openTracked('questionnaire.html', 'www.example.com');

    // Give late work (debounced rescans, storage writes, badge updates) time to show up.
    await demo.waitForTimeout(2_000);

    const leaked = unexplained(harness.requests);
    expect(leaked, JSON.stringify(leaked, null, 2)).toEqual([]);

    const controlHits = (path: string) => path.includes(CONTROL);
    const openedPaths = new Set(
      [...navigatedByTest]
        .filter((url) => url.startsWith('https://'))
        .map((url) => new URL(url).pathname),
    );
    const strangeHits = harness.serverHits.filter(
      (hit) =>
        !controlHits(hit.path) &&
        !(hit.headers['sec-fetch-mode'] === 'navigate' && openedPaths.has(hit.path)) &&
        !(BROWSER_SERVICE_HOST.test(hit.host) && hit.headers['sec-fetch-site'] === 'none'),
    );
    expect(strangeHits, JSON.stringify(strangeHits, null, 2)).toEqual([]);

    const refusedInWorker = await workerViolations();
    expect(refusedInWorker, 'the service worker restarted during the test').not.toBeNull();
    expect(refusedInWorker!.filter((text) => !text.includes(CONTROL))).toEqual([]);
    expect(pageViolations.filter((text) => !text.includes(CONTROL))).toEqual([]);

    // The file is not stored: not in the extension's storage, nor in the page's web storage.
    const stored = await harness.serviceWorker.evaluate(async () =>
      JSON.stringify([
        await chrome.storage.local.get(null),
        await chrome.storage.session.get(null),
      ]),
    );
    expect(stored).not.toContain(FILE_MARKER);
    const webStorage = await filePage.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      databases: (await indexedDB.databases()).length,
      caches: (await caches.keys()).length,
    }));
    expect(webStorage).toEqual({ local: 0, session: 0, databases: 0, caches: 0 });

    for (const page of [demo, options, filePage, unrelated, elsewhere]) await page.close();
  });
});
