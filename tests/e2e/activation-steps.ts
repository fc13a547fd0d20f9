/**
 * Steps shared by the activation specs (tests/e2e/activation-*.spec.ts): granting a site the way
 * a user can in headless Chromium, and "Always scan this site" through the real popup.
 *
 * Why not the permission prompt: `permissions.request` opens a native prompt that headless
 * Chromium cannot show, so its promise never settles (tried: a real click in an extension page,
 * still pending after 5 s). A user can also grant a site in chrome://extensions ("Site access",
 * `developerPrivate.addHostPermission`); Chromium then answers `permissions.request` for that
 * origin, after a real click, with true at once and without a prompt. Chromium activates such a
 * grant only when the extension asks, so the steps ask once from an extension page (the stand-in
 * for "Allow" in the prompt); then a real click on the popup's "Always scan this site" runs our
 * own code: request (granted at once), register, scan.
 *
 * No vitest imports: scripts can use these steps too, as they use the harness.
 */
import type { Page } from 'playwright-core';
import type { Harness } from './harness';

/** The bits of `chrome` used inside the service worker and extension pages. */
declare const chrome: {
  scripting: { getRegisteredContentScripts(): Promise<RegisteredScript[]> };
  permissions: {
    contains(request: { origins: string[] }): Promise<boolean>;
    request(request: { origins: string[] }): Promise<boolean>;
  };
  developerPrivate: { addHostPermission(id: string, host: string): Promise<void> };
};

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
  allFrames?: boolean;
  persistAcrossSessions?: boolean;
}

/** The content scripts registered at run time, read in the service worker. */
export function registrations(harness: Harness): Promise<RegisteredScript[]> {
  return harness.serviceWorker.evaluate(() => chrome.scripting.getRegisteredContentScripts());
}

/** Our registration for `origin`, if any. */
export async function registrationFor(
  harness: Harness,
  origin: string,
): Promise<RegisteredScript | undefined> {
  return (await registrations(harness)).find((entry) => entry.id === `which-soc-always:${origin}`);
}

/** Whether the extension holds the host permission for `origin`. */
export function holdsPermission(harness: Harness, origin: string): Promise<boolean> {
  return harness.serviceWorker.evaluate(
    (pattern) => chrome.permissions.contains({ origins: [pattern] }),
    `${origin}/*`,
  );
}

/** The user grants `origin` to the extension (see the file comment). */
export async function grantSite(harness: Harness, origin: string): Promise<void> {
  const settings = await harness.context.newPage();
  await settings.goto(`chrome://extensions/?id=${harness.extensionId}`);
  await settings.evaluate(({ id, host }) => chrome.developerPrivate.addHostPermission(id, host), {
    id: harness.extensionId,
    host: `${origin}/*`,
  });
  await settings.close();
  const asker = await harness.context.newPage();
  await asker.goto(harness.extensionUrl('options.html'));
  await asker.evaluate((pattern) => {
    const button = document.createElement('button');
    button.textContent = 'grant';
    button.id = 'which-soc-test-grant';
    button.addEventListener('click', () => {
      void chrome.permissions.request({ origins: [pattern] }).then((granted) => {
        button.dataset.granted = String(granted);
      });
    });
    document.body.prepend(button);
  }, `${origin}/*`);
  await asker.click('#which-soc-test-grant');
  await asker.waitForSelector('#which-soc-test-grant[data-granted="true"]', { timeout: 5_000 });
  await asker.close();
}

/**
 * Opens the popup for `page` and clicks "Always scan this site" (a real click: the user gesture
 * `permissions.request` needs); waits up to 10 s for the registration and returns it
 * (undefined if it never came).
 */
export async function alwaysScanFromPopup(
  harness: Harness,
  page: Page,
  origin: string,
): Promise<RegisteredScript | undefined> {
  const popup = await harness.openPopup(page);
  // The popup's wording is the popup's: match its start only ("Always scan this site (…)").
  await popup.getByRole('button', { name: /^Always scan/ }).click();
  const until = Date.now() + 10_000;
  let script = await registrationFor(harness, origin);
  while (!script && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 200));
    script = await registrationFor(harness, origin);
  }
  await popup.close();
  return script;
}
