/**
 * Where the content script runs, beyond the known hosts of lib/hosts.ts (DESIGN.md, "Activation
 * and permissions"; issue 7):
 * - `scanTab`: once, in the current tab, through `activeTab` + `scripting` (popup, keyboard
 *   shortcut, context menu: each of these user gestures grants `activeTab`);
 * - `requestAlwaysScan`: for one origin, for good, through an optional host permission and a
 *   persistent registered content script; `removeAlwaysScan` takes both back;
 * - `syncAlwaysScan`: keeps registrations, granted permissions and the stored list in step
 *   (browser start, extension update, permission revoked in the browser's own UI).
 *
 * Runs in the background and in the extension's own pages (popup, options): `scripting` and
 * `permissions` work in both.
 */
import { storage } from '#imports';
import { browser } from 'wxt/browser';
import type { PublicPath } from 'wxt/browser';
import { framesWithFindings } from './badge';
import { KNOWN_HOST_PATTERNS } from './hosts';
import { parseContentMessage, type ContentMessage } from './messages';

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
    // srcdoc/about:blank frames inherit their parent's origin (DESIGN.md).
    allFrames: true,
    matchOriginAsFallback: true,
    runAt: 'document_idle' as const,
    persistAcrossSessions: true,
  };
  try {
    await browser.scripting.registerContentScripts([script]);
  } catch (error) {
    // Chrome before 119 rejects the unknown `matchOriginAsFallback` key (our floor is 105,
    // DESIGN.md): register without it there; about:blank frames are then left out.
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
 * Runs the content script in the open tabs whose URL matches one of `patterns`, where it is not
 * running yet. The browser only injects content scripts into pages loaded after they were
 * declared or registered, so tabs already open miss them: tabs restored at browser start load
 * before the start-up sync registers "Always scan" sites again (seen in Chromium with an
 * unpacked build, tests/e2e/activation-restart.spec.ts), and tabs open while the extension is
 * installed or updated never get the manifest's script. Never throws.
 *
 * `tabs.query` matches URLs only for sites the extension holds a host permission for (no `tabs`
 * permission), which is exactly the set where injection is allowed.
 *
 * @returns the ids of the tabs where the content script now runs.
 */
export async function scanOpenTabs(patterns: readonly string[]): Promise<number[]> {
  if (patterns.length === 0) return [];
  let tabs: { id?: number; discarded?: boolean }[];
  try {
    tabs = await browser.tabs.query({ url: [...patterns] });
  } catch (error) {
    console.warn('Which SOC?: could not list the open tabs to scan', error);
    return [];
  }
  const scanned: number[] = [];
  for (const tab of tabs) {
    // A discarded tab has no document: the browser loads it again, with our scripts, when shown.
    if (tab.id === undefined || tab.discarded) continue;
    if (await scanTab(tab.id)) scanned.push(tab.id);
  }
  return scanned;
}

/**
 * What the background does when the browser starts or the extension is installed or updated:
 * syncs the "Always scan" sites, then scans the tabs already open on them; after an install or
 * update, the tabs open on known hosts too. Never throws.
 *
 * @returns the ids of the tabs where the content script now runs.
 */
export async function resumeScanning(reason: 'startup' | 'installed'): Promise<number[]> {
  const origins = await syncAlwaysScan();
  const patterns = origins.flatMap((origin) => originPattern(origin) ?? []);
  // At start-up the browser itself injects the manifest's script into restored tabs on known hosts.
  if (reason === 'installed') patterns.push(...KNOWN_HOST_PATTERNS);
  return scanOpenTabs([...new Set(patterns)]);
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

const RETRY_DELAYS_MS = [0, 50, 150, 400];

/**
 * The frame of each tab where the last "next finding" landed. Kept in memory only: when the
 * service worker sleeps it is lost and the next walk starts over at the tab's first frame with
 * findings (each frame still remembers its own place).
 */
const walkFrame = new Map<number, number>();

/**
 * "Next finding" across a tab's frames (a questionnaire split into iframes): asks the frame where
 * the last walk landed to move on without wrapping; past its last finding the walk goes on in the
 * next frame with findings, from its first, and after the last frame back to the first. One
 * round at most, plus the frame it started from, so it always ends.
 *
 * @param frames The frames with findings, top frame first (lib/badge.ts `framesWithFindings`).
 * @returns true when a frame moved to a finding.
 */
async function walkFrames(tabId: number, frames: readonly number[]): Promise<boolean> {
  const start = Math.max(0, frames.indexOf(walkFrame.get(tabId) ?? -1));
  for (let step = 0; step <= frames.length; step++) {
    const frameId = frames[(start + step) % frames.length] as number;
    let moved: unknown = false;
    try {
      moved = await browser.tabs.sendMessage(
        tabId,
        { type: 'which-soc/next-finding', wrap: false } satisfies ContentMessage,
        { frameId },
      );
    } catch {
      // The frame went away since it reported findings: try the next one.
    }
    if (moved === true) {
      walkFrame.set(tabId, frameId);
      return true;
    }
  }
  walkFrame.delete(tabId);
  return false;
}

/**
 * Delivers `message` to the tab's top frame, injecting the content script first when it is not
 * there. A freshly injected script may still be setting up its listener, so delivery is retried a
 * few times (about 600 ms in all).
 *
 * `which-soc/next-finding` goes to the frame that reported findings instead (the top frame when
 * it has any): a portal embedded in a frame of a page with nothing to find still gets its
 * shortcut, and with findings in several frames the walk goes through them in turn
 * (`walkFrames`). The frames come from the badge's per-frame counts (no `webNavigation`
 * permission).
 *
 * @returns true when the content script received the message.
 */
export async function deliverToTab(tabId: number, message: ContentMessage): Promise<boolean> {
  if (parseContentMessage(message) === null) return false;
  if (!(await scanTab(tabId))) return false;
  const frames =
    message.type === 'which-soc/next-finding'
      ? await framesWithFindings(tabId).catch(() => [])
      : [];
  if (frames.length > 1) return walkFrames(tabId, frames);
  const frameId = frames[0] ?? 0;
  for (const delay of RETRY_DELAYS_MS) {
    if (delay > 0) await new Promise((done) => setTimeout(done, delay));
    try {
      await browser.tabs.sendMessage(tabId, message, { frameId });
      return true;
    } catch {
      // Not listening yet: try again after the next delay.
    }
  }
  return false;
}
