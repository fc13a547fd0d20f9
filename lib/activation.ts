/**
 * Where the content script runs, beyond the known hosts of lib/hosts.ts (docs/design.md, "Activation
 * and permissions"):
 * - `scanTab`: once, in the current tab, through `activeTab` + `scripting` (popup, keyboard
 *   shortcut, context menu: each of these user gestures grants `activeTab`);
 * - `requestAlwaysScan`: for one origin, for good, through an optional host permission and a
 *   persistent registered content script; `removeAlwaysScan` takes both back;
 * - `syncAlwaysScan`: keeps registrations, granted permissions and the stored list in step
 *   (browser start, extension update, permission revoked in the browser's own UI). Only the
 *   background calls it, but it stays here beside `requestAlwaysScan` and `removeAlwaysScan`,
 *   whose registering and unregistering it shares; what else only the background does with
 *   tabs is in lib/background/ (resume.ts, delivery.ts).
 *
 * Runs in the background and in the extension's own pages (popup, options): `scripting` and
 * `permissions` work in both.
 */
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import type { PublicPath } from 'wxt/browser';
import { KNOWN_HOST_PATTERNS } from './hosts';
import type { ContentMessage } from './messages';

/**
 * The content script's file in the build. WXT names it after the entrypoint folder
 * (entrypoints/questionnaire.content -> content-scripts/questionnaire.js); tests/manifest.test.ts
 * checks the built manifest lists this very file.
 */
export const CONTENT_SCRIPT_FILE = '/content-scripts/questionnaire.js' satisfies PublicPath;

/**
 * The CSS the manifest injects with the content script on known hosts (the highlight colours,
 * entrypoints/questionnaire.content/style.css), read from the built manifest so registrations
 * follow whatever the content script ships. Empty when there is none.
 */
export function contentScriptCss(): string[] {
  try {
    const css = browser.runtime.getManifest().content_scripts?.[0]?.css;
    return Array.isArray(css) ? css.filter((file) => typeof file === 'string') : [];
  } catch {
    return [];
  }
}

/** Registered content script ids start with this; the rest is the origin. */
export const REGISTRATION_PREFIX = 'which-soc-always:';

/**
 * The origins the user chose, kept beside the browser's registrations: Chrome drops dynamic
 * content scripts in a few cases (extension reloaded unpacked, profile reset) and Firefox before
 * 105 ignored `persistAcrossSessions` (bugzil.la/1751436), so a start-up sync can register again
 * what the user granted.
 */
export const alwaysScanItem = storage.defineItem<string[]>('local:always-scan-origins', {
  version: 1,
  fallback: [],
});

/**
 * The origin of `input` (`https://host[:port]`), or null when it is not an http(s) URL or origin
 * we could ask for. Credentials, paths, queries and fragments are dropped.
 *
 * @example originOf('https://portal.acme.com/q/1?x') // 'https://portal.acme.com'
 */
export function originOf(input: string): string | null {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.hostname === '') return null;
  return url.origin;
}

/**
 * The match pattern for an origin: scheme and host name, any path. Ports are left out because
 * match patterns in Firefox cannot hold one and in Chrome a pattern without a port matches all
 * ports (MDN and developer.chrome.com "Match patterns").
 */
export function originPattern(origin: string): string | null {
  const normal = originOf(origin);
  if (normal === null) return null;
  const url = new URL(normal);
  return `${url.protocol}//${url.hostname}/*`;
}

/** The registered content script id of an origin (scheme and host name). */
export function registrationId(origin: string): string | null {
  const pattern = originPattern(origin);
  return pattern === null ? null : REGISTRATION_PREFIX + pattern.slice(0, -2);
}

/** The origin a registration id stands for, or null for ids that are not ours. */
function originFromRegistrationId(id: string): string | null {
  if (!id.startsWith(REGISTRATION_PREFIX)) return null;
  return originOf(id.slice(REGISTRATION_PREFIX.length));
}

/** Origins the user chose, as the browser holds them (registered content scripts). */
async function registeredOrigins(): Promise<string[]> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  const origins: string[] = [];
  for (const script of scripts) {
    const origin = originFromRegistrationId(script.id);
    if (origin !== null) origins.push(origin);
  }
  return origins;
}

async function storedOrigins(): Promise<string[]> {
  const value: unknown = await alwaysScanItem.getValue();
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => {
    const origin = typeof entry === 'string' ? originOf(entry) : null;
    return origin === null ? [] : [origin];
  });
}

async function hasPermission(origin: string): Promise<boolean> {
  const pattern = originPattern(origin);
  if (pattern === null) return false;
  try {
    return await browser.permissions.contains({ origins: [pattern] });
  } catch {
    return false;
  }
}

/** Registers the content script for an origin whose permission is granted; idempotent. */
async function register(origin: string): Promise<void> {
  const id = registrationId(origin);
  const pattern = originPattern(origin);
  if (id === null || pattern === null) return;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length > 0) return;
  const css = contentScriptCss();
  const script = {
    id,
    matches: [pattern],
    js: [CONTENT_SCRIPT_FILE],
    // The browser applies registered CSS before the page is parsed, as for the manifest's
    // content script; added later by the script itself, it restyles the whole page (measured by
    // the content script's author, lib/page/highlights.ts).
    ...(css.length > 0 ? { css } : {}),
    // Same reach as the manifest's content script: questionnaires live in iframes, and
    // srcdoc/about:blank frames inherit their parent's origin (docs/design.md).
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  try {
    await browser.scripting.registerContentScripts([script]);
  } catch (error) {
    // Chrome before 119 rejects the unknown `matchOriginAsFallback` key (our floor is 105,
    // docs/design.md): register without it there; about:blank frames are then left out.
    const { matchOriginAsFallback: _dropped, ...older } = script;
    if (!String(error).includes('matchOriginAsFallback')) throw error;
    await browser.scripting.registerContentScripts([older]);
  }
}

async function unregister(origin: string): Promise<void> {
  const id = registrationId(origin);
  if (id === null) return;
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) return;
  await browser.scripting.unregisterContentScripts({ ids: [id] });
}

function sortedUnique(origins: Iterable<string>): string[] {
  return [...new Set(origins)].sort();
}

/**
 * Asks the browser for `origin` (one optional host permission) and, when granted, registers the
 * content script there for good. Call it straight from a click handler: the browser only shows
 * the prompt during a user gesture, and Firefox forgets the gesture after the first `await`, so
 * nothing is awaited before `permissions.request`.
 *
 * @param origin An http(s) origin or any URL on it (the popup passes the tab's URL).
 * @returns true when the origin is now scanned automatically; false when the user said no, the
 *   origin cannot be asked for (not http(s)) or the browser refused the registration. Never rejects.
 */
export function requestAlwaysScan(origin: string): Promise<boolean> {
  const normal = originOf(origin);
  const pattern = normal === null ? null : originPattern(normal);
  if (normal === null || pattern === null) return Promise.resolve(false);
  return browser.permissions
    .request({ origins: [pattern] })
    .then(async (granted) => {
      if (!granted) return false;
      await register(normal);
      await alwaysScanItem.setValue(sortedUnique([...(await storedOrigins()), normal]));
      return true;
    })
    .catch((error: unknown) => {
      console.warn('Which SOC?: could not turn on "Always scan" for', normal, error);
      return false;
    });
}

/** The origins scanned automatically at the user's request, sorted (for the options page). */
export async function listAlwaysScan(): Promise<string[]> {
  return sortedUnique(await registeredOrigins());
}

/**
 * Stops scanning `origin` automatically: unregisters the content script, forgets the origin and
 * gives the host permission back to the browser.
 *
 * @returns true when the permission is gone (or was never held).
 */
export async function removeAlwaysScan(origin: string): Promise<boolean> {
  const normal = originOf(origin);
  const pattern = normal === null ? null : originPattern(normal);
  if (normal === null || pattern === null) return false;
  await unregister(normal);
  await alwaysScanItem.setValue((await storedOrigins()).filter((entry) => entry !== normal));
  // Never give back what the manifest grants: a known host stays scanned by itself.
  if (KNOWN_HOST_PATTERNS.includes(pattern)) return true;
  try {
    return await browser.permissions.remove({ origins: [pattern] });
  } catch {
    return false;
  }
}

/**
 * Puts registrations in line with the permissions the user still grants: an origin whose
 * permission was revoked (browser's own UI, `permissions.onRemoved`) is unregistered and
 * forgotten; one the user chose and still grants but that lost its registration is registered
 * again. Origins the user granted through the browser's site-access menu but never chose here are
 * left alone: "Always scan" is an explicit choice. Never throws.
 *
 * @returns the origins scanned automatically after the sync.
 */
export function syncAlwaysScan(): Promise<string[]> {
  // One sync at a time: on a browser start `onStartup` and `onInstalled` can both fire, and two
  // syncs registering the same id at once would make one fail.
  const next = syncQueue.then(syncOnce, syncOnce);
  syncQueue = next;
  return next;
}

let syncQueue: Promise<unknown> = Promise.resolve();

async function syncOnce(): Promise<string[]> {
  try {
    const candidates = sortedUnique([...(await storedOrigins()), ...(await registeredOrigins())]);
    const kept: string[] = [];
    for (const origin of candidates) {
      if (await hasPermission(origin)) {
        await register(origin);
        kept.push(origin);
      } else {
        await unregister(origin);
      }
    }
    await alwaysScanItem.setValue(kept);
    return kept;
  } catch (error) {
    console.warn('Which SOC?: could not sync "Always scan" sites', error);
    return [];
  }
}

/**
 * Sends `message` to the top frame of a tab; null when nothing there listens (no content script)
 * or the answer fails.
 */
async function sendToTop(tabId: number, message: ContentMessage): Promise<unknown> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(tabId, message, { frameId: 0 });
    return answer ?? null;
  } catch {
    return null;
  }
}

/** True when the content script answers in the tab's top frame. */
export async function isContentScriptRunning(tabId: number): Promise<boolean> {
  return (await sendToTop(tabId, { type: 'which-soc/findings' })) !== null;
}

/**
 * Runs the content script in every frame of a tab where it is not running yet, through
 * `activeTab` + `scripting` (the popup, a keyboard shortcut or a context-menu click grants
 * `activeTab` for the tab's top-frame origin).
 *
 * @returns true when the content script runs in the tab; false when the browser does not allow
 *   scripts there (browser pages, the web store, a PDF viewer, no `activeTab` grant).
 */
export async function scanTab(tabId: number): Promise<boolean> {
  if (await isContentScriptRunning(tabId)) return true;
  // The highlight colours first, from the browser (as on known hosts): the content script sees
  // them (a custom property on :root) and does not add its own sheet, which would restyle the
  // whole page (measured 1.4 s under load on a 2,000-question page, lib/page/highlights.ts).
  // Without them the script still styles the page itself, so a failure here is not fatal.
  const css = contentScriptCss();
  if (css.length > 0) {
    try {
      await browser.scripting.insertCSS({ target: { tabId, allFrames: true }, files: css });
    } catch {
      // Falls through to the script, which styles the page itself.
    }
  }
  try {
    await browser.scripting.executeScript({
      target: { tabId, allFrames: true },
      files: [CONTENT_SCRIPT_FILE],
    });
    return true;
  } catch {
    return false;
  }
}
