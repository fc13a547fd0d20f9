/**
 * The toolbar badge: how many report requests the tab shows. The content script runs
 * in every frame and each frame reports its own count (`which-soc/findings-changed`), so the
 * badge is the sum over the tab's frames.
 *
 * Never stale: the counts of a tab are dropped when its top frame starts loading a new page
 * (`tabs.onUpdated` with `status: 'loading'`, which the browser sends without the `tabs`
 * permission, unlike `url`), when a frame reports from a document that is no longer the one
 * shown, and when the tab closes.
 *
 * The counts live in `storage.session`, not in a variable: the MV3 service worker (and the
 * Firefox event page) is stopped when idle, and a later report from one frame must not wipe the
 * others. Updates are queued, one at a time, so two frames reporting together cannot lose one.
 */
import { browser } from 'wxt/browser';

/** Badge colour: the extension's accent, readable with white text (contrast 5.9:1). */
export const BADGE_COLOR = '#8a2be2';

/** Counts above this show as "999+": the badge has room for about four characters. */
export const BADGE_MAX = 999;

const KEY_PREFIX = 'badge:';

type FrameCounts = Record<string, number>;

/** The text the badge shows for a count: empty for none, "999+" past the maximum. */
export function badgeText(count: number): string {
  if (!Number.isFinite(count) || count <= 0) return '';
  return count > BADGE_MAX ? `${BADGE_MAX}+` : String(Math.floor(count));
}

function keyOf(tabId: number): string {
  return `${KEY_PREFIX}${tabId}`;
}

/**
 * `storage.session` keeps the counts across service-worker restarts for the browser session
 * (Chrome 102+, Firefox 115+); where it is missing (tests on older fakes), a map in memory.
 */
const memory = new Map<string, FrameCounts>();

async function readCounts(tabId: number): Promise<FrameCounts> {
  const session = browser.storage?.session;
  if (!session) return { ...(memory.get(keyOf(tabId)) ?? {}) };
  const stored: Record<string, unknown> = await session.get(keyOf(tabId));
  const value = stored[keyOf(tabId)];
  if (typeof value !== 'object' || value === null) return {};
  const counts: FrameCounts = {};
  for (const [frame, count] of Object.entries(value)) {
    if (typeof count === 'number' && Number.isSafeInteger(count) && count >= 0) {
      counts[frame] = count;
    }
  }
  return counts;
}

async function writeCounts(tabId: number, counts: FrameCounts | null): Promise<void> {
  const session = browser.storage?.session;
  if (!session) {
    if (counts === null) memory.delete(keyOf(tabId));
    else memory.set(keyOf(tabId), counts);
    return;
  }
  if (counts === null) await session.remove(keyOf(tabId));
  else await session.set({ [keyOf(tabId)]: counts });
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs `task` after every earlier badge update; a failure (tab closed) is logged, not thrown. */
function enqueue(task: () => Promise<void>): Promise<void> {
  const next = queue.then(task).catch((error: unknown) => {
    // A tab closed between the report and the update makes setBadgeText reject: nothing to show.
    console.debug('Which SOC?: badge update skipped', error);
  });
  queue = next;
  return next;
}

async function show(tabId: number, counts: FrameCounts | null): Promise<void> {
  const total = counts ? Object.values(counts).reduce((sum, count) => sum + count, 0) : 0;
  await browser.action.setBadgeText({ tabId, text: badgeText(total) });
  if (total > 0) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOR });
  }
}

/**
 * Records the count one frame of a tab reports and shows the tab's total.
 *
 * @param frameId `sender.frameId` (0 for the top frame).
 */
export function setFrameCount(tabId: number, frameId: number, count: number): Promise<void> {
  return enqueue(async () => {
    const counts = await readCounts(tabId);
    if (count > 0) counts[String(frameId)] = count;
    else delete counts[String(frameId)];
    const empty = Object.keys(counts).length === 0;
    await writeCounts(tabId, empty ? null : counts);
    await show(tabId, empty ? null : counts);
  });
}

/** Forgets every count of a tab and clears its badge (navigation). */
export function clearTab(tabId: number): Promise<void> {
  return enqueue(async () => {
    await writeCounts(tabId, null);
    await show(tabId, null);
  });
}

/** Forgets a closed tab's counts (its badge went with it). */
export function forgetTab(tabId: number): Promise<void> {
  return enqueue(() => writeCounts(tabId, null));
}

/**
 * `tabs.onUpdated` listener: the tab starts loading a new document, so every count of the tab is
 * stale. A URL change alone (same-document navigation in a single-page app, reported only when we
 * hold the host) does not clear: the content script rescans on `wxt:locationchange` and reports
 * the new count, and clearing here would blank a badge whose count is still right.
 */
export function handleTabUpdated(
  tabId: number,
  changeInfo: { status?: string },
): Promise<void> | undefined {
  return changeInfo.status === 'loading' ? clearTab(tabId) : undefined;
}

/** The part of `runtime.MessageSender` the badge needs. */
export interface BadgeSender {
  tab?: { id?: number };
  frameId?: number;
  /** Chrome 106+: 'active', 'prerender', 'cached' (back/forward cache) or 'pending_deletion'. */
  documentLifecycle?: string;
}

/**
 * Applies a `which-soc/findings-changed` report. Reports without a tab (the extension's own
 * pages) or from a document that is not the one shown (prerendered, in the back/forward cache,
 * being unloaded) are ignored: they would put another page's count on the badge.
 *
 * @returns the update, or undefined when the report was ignored.
 */
export function handleFindingsChanged(
  count: number,
  sender: BadgeSender,
): Promise<void> | undefined {
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return undefined;
  if (sender.documentLifecycle !== undefined && sender.documentLifecycle !== 'active') {
    return undefined;
  }
  return setFrameCount(tabId, sender.frameId ?? 0, count);
}

/**
 * The frames of a tab that reported findings, ascending (the top frame, 0, first when it has
 * any). Read after every queued update, so a report the background has received is counted.
 * The popup asks for this (`which-soc/list-frames`) to reach sub-frames' content scripts: a
 * `tabs.sendMessage` to the whole tab resolves with the first frame's answer only.
 */
export async function framesWithFindings(tabId: number): Promise<number[]> {
  await queue;
  const counts = await readCounts(tabId);
  return Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([frame]) => Number(frame))
    .filter((frame) => Number.isSafeInteger(frame) && frame >= 0)
    .sort((a, b) => a - b);
}

/** Test hook: forgets the in-memory fallback and the update queue. */
export function resetBadgeStateForTests(): void {
  memory.clear();
  queue = Promise.resolve();
}
