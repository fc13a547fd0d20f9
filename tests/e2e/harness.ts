/**
 * Real-browser harness: Debian's Chromium, driven by playwright-core, with the release build of
 * the extension loaded unpacked, and the local HTTPS server of server.ts, which answers for every
 * host name. Chromium resolves every host to that server (`--host-resolver-rules`) and accepts its
 * self-signed certificate, made at test time (`--ignore-certificate-errors`).
 *
 * No vitest imports here: scripts/start.ts and bench/ use the harness as well.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
  chromium,
  type BrowserContext,
  type Page,
  type Request,
  type Worker,
} from 'playwright-core';
import { ROOT, startServer, type ServerHit } from './server';

export { DEMO_DIR, PAGES_DIR, resolveServedFile, ROOT, type ServerHit } from './server';

/**
 * The bits of the `chrome` global that run inside the extension's service worker (via
 * `worker.evaluate`); declared here because the test code is type-checked without extension types.
 */
declare const chrome: {
  tabs: {
    query(filter: { active?: boolean; lastFocusedWindow?: boolean }): Promise<{ id?: number }[]>;
    sendMessage(tabId: number, message: unknown): Promise<unknown>;
  };
};

/** Screenshots and other files for people to look at (git-ignored). */
export const ARTIFACTS_DIR = join(ROOT, 'tests', 'e2e', '.artifacts');
/** A questionnaire host the release content script matches (`https://*.onetrust.com/*`). */
export const DEFAULT_HOST = 'acme.my.onetrust.com';

/** One request the browser made, as recorded from the moment the browser started. */
export interface RecordedRequest {
  url: string;
  method: string;
  resourceType: string;
  /** `'worker'` for requests of a service worker (ours or a page's), else `'page'`. */
  origin: 'worker' | 'page';
  /** URL of the service worker, or of the frame that made the request ('' if unknown). */
  initiatorUrl: string;
  /** True for the document request of a navigation (a page the test opened, or a link followed). */
  isNavigation: boolean;
}

export interface LaunchOptions {
  /** @default true */
  headless?: boolean;
  /** Build folder holding `chrome-mv3`. @default process.env.WHICH_SOC_OUT_DIR ?? '.output' */
  outDir?: string;
  /** Extra Chromium flags. */
  args?: string[];
  /** Window size for headless runs. @default { width: 1280, height: 900 } */
  viewport?: { width: number; height: number } | null;
  /**
   * Browser profile folder to use and keep (a second launch with the same folder is a browser
   * restart; tests/e2e/activation-scan.spec.ts). @default a temporary folder, removed on close
   */
  profileDir?: string;
}

export interface Harness {
  context: BrowserContext;
  /** The extension's id, read from its service worker URL. */
  extensionId: string;
  /** The extension's service worker (re-found if the browser restarted it). */
  readonly serviceWorker: Worker;
  /** Port of the local HTTPS server. */
  port: number;
  /** Every request the browser made since launch (pages and service workers). */
  requests: RecordedRequest[];
  /** Every request that reached the local server since launch. */
  serverHits: ServerHit[];
  /** `https://${host}/${path}`: a fixture under tests/e2e/pages/, or `demo/...`. */
  url(path: string, host?: string): string;
  /** `chrome-extension://<id>/<path>`. */
  extensionUrl(path: string): string;
  /** A new tab, loaded. */
  open(path: string, host?: string): Promise<Page>;
  /** The browser's tab id of a page (found through `activeTab`-free means: focus + active query). */
  tabId(page: Page): Promise<number>;
  /** popup.html in a new tab, bound to `forPage`'s tab with `?tab=<id>` (no binding without it). */
  openPopup(forPage?: Page): Promise<Page>;
  /** Asks the content script in `page` for its findings (`which-soc/findings`), via the worker. */
  findings(page: Page): Promise<unknown>;
  /** Closes the browser and the server, and removes the temporary folders. */
  close(): Promise<void>;
}

/** Where Chromium is: CHROMIUM_PATH, else Debian's /usr/bin/chromium; throws how to get it. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Chromium not found at ${path}. Install Debian's package with ` +
        '`sudo apt-get install -y chromium` (or your distribution\'s "chromium"), ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome for Testing binary. ' +
        '(Branded Google Chrome no longer loads unpacked extensions from the command line.)',
    );
  }
  return path;
}

/** The unpacked Chrome build the harness loads; throws if it has not been built. */
export function extensionDir(outDir = process.env.WHICH_SOC_OUT_DIR ?? '.output'): string {
  const dir = resolve(ROOT, outDir, 'chrome-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No extension build at ${dir}. Run \`npm run build\` first` +
        (process.env.WHICH_SOC_OUT_DIR ? ' (with the same WHICH_SOC_OUT_DIR).' : '.'),
    );
  }
  return dir;
}

function isExtensionWorker(worker: Worker): boolean {
  return worker.url().startsWith('chrome-extension://');
}

/**
 * Starts the server and Chromium with the extension loaded, and waits for its service worker.
 * Call `close()` when done (in `afterAll`), also on failure.
 */
export async function launch(options: LaunchOptions = {}): Promise<Harness> {
  const executablePath = chromiumPath();
  const extension = extensionDir(options.outDir);
  const tempDir = mkdtempSync(join(tmpdir(), 'which-soc-e2e-'));
  // If the process ends without close() (Ctrl+C, a crash), still remove the profile and key.
  const removeTempDir = () => rmSync(tempDir, { recursive: true, force: true });
  process.once('exit', removeTempDir);
  const serverHits: ServerHit[] = [];
  const { server, port } = await startServer(tempDir, serverHits);
  const closeServer = () =>
    new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    });

  const profileDir = options.profileDir ?? join(tempDir, 'profile');
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profileDir, {
      executablePath,
      headless: options.headless ?? true,
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        `--disable-extensions-except=${extension}`,
        `--load-extension=${extension}`,
        `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
        '--ignore-certificate-errors',
        ...(options.args ?? []),
      ],
    });
  } catch (error) {
    await closeServer();
    rmSync(tempDir, { recursive: true, force: true });
    throw error;
  }

  const requests: RecordedRequest[] = [];
  context.on('request', (request: Request) => {
    const worker = request.serviceWorker();
    let frameUrl = '';
    if (!worker) {
      try {
        frameUrl = request.frame().url();
      } catch {
        // Requests of workers other than service workers have no frame.
      }
    }
    requests.push({
      url: request.url(),
      method: request.method(),
      resourceType: request.resourceType(),
      origin: worker ? 'worker' : 'page',
      initiatorUrl: worker ? worker.url() : frameUrl,
      isNavigation: request.isNavigationRequest(),
    });
  });

  const findWorker = async (): Promise<Worker> => {
    const existing = context.serviceWorkers().find(isExtensionWorker);
    if (existing) return existing;
    return context.waitForEvent('serviceworker', { predicate: isExtensionWorker, timeout: 30_000 });
  };

  let worker: Worker;
  try {
    worker = await findWorker();
  } catch (error) {
    await context.close().catch(() => undefined);
    await closeServer();
    rmSync(tempDir, { recursive: true, force: true });
    throw new Error(`The extension's service worker did not start: ${String(error)}`, {
      cause: error,
    });
  }
  const extensionId = new URL(worker.url()).host;
  context.on('serviceworker', (next) => {
    if (isExtensionWorker(next)) worker = next;
  });

  const url = (path: string, host = DEFAULT_HOST) => `https://${host}/${path.replace(/^\//, '')}`;

  const tabId = async (page: Page): Promise<number> => {
    // Without the `tabs` permission tabs carry no url or title, so find the tab by focus:
    // bring the page to the front, then ask for the active tab of the last focused window.
    await page.bringToFront();
    const current = context.serviceWorkers().find(isExtensionWorker) ?? (await findWorker());
    const id = await current.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? -1;
    });
    if (id < 0) throw new Error('Could not find the tab id of the page.');
    return id;
  };

  return {
    context,
    extensionId,
    get serviceWorker() {
      return context.serviceWorkers().find(isExtensionWorker) ?? worker;
    },
    port,
    requests,
    serverHits,
    url,
    extensionUrl: (path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    async open(path, host) {
      const page = await context.newPage();
      await page.goto(url(path, host), { waitUntil: 'load' });
      return page;
    },
    tabId,
    async openPopup(forPage) {
      const query = forPage ? `?tab=${await tabId(forPage)}` : '';
      const popup = await context.newPage();
      await popup.goto(`chrome-extension://${extensionId}/popup.html${query}`, {
        waitUntil: 'load',
      });
      return popup;
    },
    async findings(page) {
      const id = await tabId(page);
      const current = context.serviceWorkers().find(isExtensionWorker) ?? (await findWorker());
      return current.evaluate(
        (tab) => chrome.tabs.sendMessage(tab, { type: 'which-soc/findings' }),
        id,
      );
    },
    async close() {
      await context.close().catch(() => undefined);
      await closeServer();
      removeTempDir();
      process.removeListener('exit', removeTempDir);
    },
  };
}

/** Sizes of the extension's highlights in `page`, by name (main world: the registry is shared). */
export function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('which-soc')) counts[name] = highlight.size;
    }
    return counts;
  });
}

/** Waits until the extension's highlights in `page` hold at least `min` ranges in all; returns the counts. */
export async function waitForHighlights(
  page: Page,
  min = 1,
  timeout = 15_000,
): Promise<Record<string, number>> {
  await page.waitForFunction(
    (least) => {
      let total = 0;
      for (const [name, highlight] of CSS.highlights) {
        if (name.startsWith('which-soc')) total += highlight.size;
      }
      return total >= least;
    },
    min,
    { timeout },
  );
  return highlightCounts(page);
}

/** Total number of highlighted ranges. */
export function totalHighlights(counts: Record<string, number>): number {
  return Object.values(counts).reduce((sum, size) => sum + size, 0);
}

/**
 * Scrolls the first of the extension's highlighted ranges into the middle of the view and
 * returns its centre in viewport coordinates (null when nothing is highlighted): for screenshots
 * that show a finding, and for clicking one.
 */
export function revealFirstHighlight(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('which-soc')) continue;
      for (const stored of highlight) {
        // Highlights may hold StaticRanges, which cannot measure themselves: copy into a Range.
        const range = document.createRange();
        range.setStart(stored.startContainer, stored.startOffset);
        range.setEnd(stored.endContainer, stored.endOffset);
        const node = range.startContainer;
        const element = node instanceof Element ? node : node.parentElement;
        element?.scrollIntoView({ block: 'center' });
        const box = range.getBoundingClientRect();
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      }
    }
    return null;
  });
}
