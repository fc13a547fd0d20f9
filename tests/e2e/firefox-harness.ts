/**
 * Real-browser harness for Firefox: Debian's firefox-esr (the current ESR, and 140, the
 * `strict_min_version` of the manifest), driven by puppeteer-core over WebDriver BiDi, with the
 * release Firefox build installed as a temporary add-on, and the local HTTPS server of server.ts.
 *
 * How Firefox reaches the questionnaire host: every request leaves through a local HTTP proxy
 * (manual proxy prefs, for http and https alike), which tunnels to the test server whatever the
 * host name. So the release content script meets a real questionnaire host, and the proxy sees
 * every request Firefox makes, from any page, the add-on's background page included: the
 * no-network test reads that log, which depends on no browser API to report requests.
 *
 * Facts this relies on, each checked on 140 and 153 while writing it:
 * - `browser.installExtension(dir)` installs an unpacked folder as a temporary add-on;
 * - the pref `extensions.webextensions.uuids` fixes the moz-extension UUID of our add-on id, so
 *   extension page URLs are known before launch;
 * - pages of the add-on can only be driven with `--remote-allow-system-access`, and `goto()` to a
 *   moz-extension URL never resolves (the remote agent loses the tab when it moves to the
 *   extension process): navigate without waiting and poll the page instead (`gotoExtensionPage`);
 * - on 140, `page.setViewport()` fails: the viewport is set once, at launch.
 *
 * No vitest imports here: the screenshot script could use it as well.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, startTestServer, type TestServer } from './server';

/** The add-on id of the Firefox build (wxt.config.ts, `browser_specific_settings.gecko.id`). */
export const GECKO_ID = 'which-soc@sideguy.solutions';
/** The moz-extension UUID the tests give our add-on, so its page URLs are known in advance. */
export const EXTENSION_UUID = '5c0c5e0a-50c2-4c1e-9c0e-7e57f1e1f0c5';
/** A questionnaire host the release content script matches (`https://*.onetrust.com/*`). */
export const FIREFOX_HOST = 'acme.my.onetrust.com';

/** Where the Firefox ESR 140 package is unpacked by `.ci/run` (outside the repository). */
export const FIREFOX_140_DEFAULT = join(
  homedir(),
  '.cache',
  'which-soc',
  'firefox-140',
  'usr',
  'lib',
  'firefox-esr',
  'firefox-esr',
);

/** One Firefox to test on. */
export interface FirefoxTarget {
  /** `esr` (the installed current ESR) or `140` (the manifest's minimum). */
  label: string;
  executablePath: string;
}

/**
 * The Firefox builds every Firefox spec runs on: the current ESR (`FIREFOX_PATH`, else
 * `/usr/bin/firefox-esr`) and ESR 140 (`FIREFOX_140_PATH`, else the folder `.ci/run` unpacks it
 * to). A missing one throws with how to get it: no spec is skipped for want of a browser.
 */
export function firefoxTargets(): FirefoxTarget[] {
  const targets = [
    { label: 'esr', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr' },
    { label: '140', executablePath: process.env.FIREFOX_140_PATH ?? FIREFOX_140_DEFAULT },
  ];
  for (const target of targets) {
    if (!existsSync(target.executablePath)) {
      throw new Error(
        `Firefox (${target.label}) not found at ${target.executablePath}. ` +
          (target.label === '140'
            ? "Run `bash .ci/run` once (it unpacks Debian's firefox-esr 140 package there), or " +
              'set FIREFOX_140_PATH to a Firefox 140 binary.'
            : "Install Debian's package with `apt-get install -y firefox-esr`, or set FIREFOX_PATH."),
      );
    }
  }
  return targets;
}

/** The unpacked Firefox build the harness installs; throws if it has not been built. */
export function firefoxExtensionDir(outDir = process.env.WHICH_SOC_OUT_DIR ?? '.output'): string {
  const dir = resolve(ROOT, outDir, 'firefox-mv3');
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${dir}. Run \`npm run build:firefox\` first.`);
  }
  return dir;
}

/** One request Firefox sent out, as the proxy saw it. */
export interface ProxiedRequest {
  /** `host:port` of a CONNECT (https), or the full URL of a plain http request. */
  target: string;
  method: string;
}

/**
 * A forward proxy on 127.0.0.1 that logs every request and sends each one to the test server:
 * CONNECT tunnels go to its port whatever the host; plain http gets a 404 (nothing we serve is
 * plain http).
 */
async function startProxy(
  serverPort: number,
  log: ProxiedRequest[],
): Promise<{ port: number; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const proxy: Server = createHttpServer((request, response) => {
    log.push({ target: request.url ?? '', method: request.method ?? '' });
    response.writeHead(404, { 'content-type': 'text/plain' });
    response.end('Not served over plain http');
  });
  proxy.on('connect', (request, client: Socket, head: Buffer) => {
    log.push({ target: request.url ?? '', method: 'CONNECT' });
    const upstream = connect(serverPort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
      socket.on('error', () => {
        client.destroy();
        upstream.destroy();
      });
    }
  });
  await new Promise<void>((done, fail) => {
    proxy.once('error', fail);
    proxy.listen(0, '127.0.0.1', () => done());
  });
  return {
    port: (proxy.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        for (const socket of sockets) socket.destroy();
        proxy.closeAllConnections();
        proxy.close(() => done());
      }),
  };
}

export interface FirefoxHarness {
  browser: Browser;
  /** The `browser.version()` string, e.g. `firefox/140.12.0`. */
  version: string;
  server: TestServer;
  /** Every request Firefox sent since launch, in order. */
  proxied: ProxiedRequest[];
  /** `https://${host}/${path}`: a fixture under tests/e2e/pages/, or `demo/...`. */
  url(path: string, host?: string): string;
  /** `moz-extension://<uuid>/<path>`. */
  extensionUrl(path: string): string;
  /** A new tab with `path` on the test server, loaded. */
  open(path: string, host?: string): Promise<Page>;
  /** A new tab with one of the add-on's pages (`popup.html?tab=3`, `options.html`), loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** The browser's tab id of a page on the test server, asked of the add-on's own page. */
  tabId(page: Page): Promise<number>;
  /** Closes Firefox, the proxy and the server, and removes the temporary profile. */
  close(): Promise<void>;
}

/** Polls `check` in the page until it returns true, like Playwright's `waitForFunction`. */
export async function waitInPage(
  page: Page,
  check: () => boolean,
  timeout = 15_000,
  what = 'the page',
): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown = null;
  while (Date.now() < deadline) {
    try {
      if (await page.evaluate(check)) return;
    } catch (error) {
      // The document may be between two loads: try again.
      lastError = error;
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`Timed out after ${timeout} ms waiting for ${what}`, { cause: lastError });
}

/**
 * Sends an existing tab to a moz-extension URL without waiting on `goto()` (it never resolves
 * there), then polls until that document has loaded.
 */
export async function gotoExtensionPage(page: Page, url: string, timeout = 15_000): Promise<void> {
  void page.goto(url).catch(() => undefined);
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    try {
      const state = await page.evaluate(() => [location.href, document.readyState]);
      if (state[0] === url && state[1] === 'complete') return;
    } catch {
      // The old document went away mid-call: poll again.
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`${url} did not load within ${timeout} ms`);
}

/**
 * Starts the server, the proxy and Firefox, and installs the release Firefox build.
 * Call `close()` when done (in `afterAll`), also on failure.
 */
export async function launchFirefox(
  target: FirefoxTarget,
  options: { outDir?: string; viewport?: { width: number; height: number } } = {},
): Promise<FirefoxHarness> {
  const extension = firefoxExtensionDir(options.outDir);
  const profileDir = mkdtempSync(join(tmpdir(), 'which-soc-firefox-'));
  const removeProfile = () => rmSync(profileDir, { recursive: true, force: true });
  process.once('exit', removeProfile);
  const server = await startTestServer();
  const proxied: ProxiedRequest[] = [];
  let proxy: Awaited<ReturnType<typeof startProxy>> | null = null;
  let browser: Browser | null = null;
  const cleanUp = async () => {
    await browser?.close().catch(() => undefined);
    await proxy?.close();
    await server.close();
    removeProfile();
    process.removeListener('exit', removeProfile);
  };
  try {
    proxy = await startProxy(server.port, proxied);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: target.executablePath,
      headless: true,
      userDataDir: profileDir,
      acceptInsecureCerts: true,
      defaultViewport: options.viewport ?? { width: 1280, height: 900 },
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
        // Every request, whatever its host or scheme, goes to the logging proxy.
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxy.port,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxy.port,
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': true,
        'network.proxy.share_proxy_settings': false,
      },
    });
    await browser.installExtension(extension);
  } catch (error) {
    await cleanUp();
    throw error;
  }
  const liveBrowser = browser;
  const version = await liveBrowser.version();

  const url = (path: string, host = FIREFOX_HOST) => `https://${host}/${path.replace(/^\//, '')}`;
  const extensionUrl = (path: string) =>
    `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

  const openExtensionPage = async (path: string): Promise<Page> => {
    const page = await liveBrowser.newPage();
    await gotoExtensionPage(page, extensionUrl(path));
    return page;
  };

  const tabId = async (page: Page): Promise<number> => {
    const pageUrl = page.url();
    // The add-on holds host permission for the questionnaire hosts, so it can see those tabs' URLs.
    const helper = await openExtensionPage('popup.html?tab=none');
    try {
      const ids = await helper.evaluate(async (wanted) => {
        const api = (globalThis as unknown as { browser: ExtensionTabsApi }).browser;
        const tabs = await api.tabs.query({});
        return tabs.filter((tab) => tab.url === wanted).map((tab) => tab.id);
      }, pageUrl);
      if (ids.length !== 1 || typeof ids[0] !== 'number') {
        throw new Error(`Expected one tab at ${pageUrl}, found ${ids.length}`);
      }
      return ids[0];
    } finally {
      await helper.close();
    }
  };

  return {
    browser: liveBrowser,
    version,
    server,
    proxied,
    url,
    extensionUrl,
    async open(path, host) {
      const page = await liveBrowser.newPage();
      await page.goto(url(path, host), { waitUntil: 'load' });
      return page;
    },
    openExtensionPage,
    tabId,
    close: cleanUp,
  };
}

/** The bits of Firefox's `browser.tabs` used from an add-on page (via `page.evaluate`). */
interface ExtensionTabsApi {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
}
