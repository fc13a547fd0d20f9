/**
 * The popup's side of the findings message: which tab the popup is about, and a validated read
 * of what its content script found (checked by the parsers of lib/messages.ts). Kept apart from
 * app.tsx so it is tested with WXT's fake browser (tests/popup/findings.test.ts).
 */
import { browser } from 'wxt/browser';
import {
  isOwnSender,
  MAX_FINDINGS,
  parseBackgroundMessage,
  parseFindingsResponse,
  parseFrameList,
  type Finding,
  type FindingsResponse,
  type SenderLike,
} from '../../lib/messages';
import { retry } from '../../lib/retry';

/** The tab the popup reports on. `url` is only known when the browser tells us (activeTab). */
export interface TargetTab {
  id: number;
  url?: string;
}

/**
 * The tab to report on: `?tab=<id>` when the popup page was opened in a tab (by the background's
 * "open cheat-sheet" or by the e2e tests), else the active tab of the current window.
 */
export async function resolveTargetTab(search: string): Promise<TargetTab | null> {
  const fromQuery = Number(new URLSearchParams(search).get('tab'));
  if (Number.isSafeInteger(fromQuery) && fromQuery > 0) {
    try {
      const tab = await browser.tabs.get(fromQuery);
      return { id: fromQuery, url: tab.url };
    } catch {
      return { id: fromQuery };
    }
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url };
}

/**
 * The frames of the tab whose content script reported findings, from the background
 * (`which-soc/list-frames`; it keeps each frame's count for the badge). Empty when the background
 * cannot say: the top frame is asked anyway.
 */
export async function listFindingFrames(tabId: number): Promise<number[]> {
  try {
    const answer: unknown = await browser.runtime.sendMessage({
      type: 'which-soc/list-frames',
      tabId,
    });
    return parseFrameList(answer);
  } catch {
    return [];
  }
}

/** Asks one frame's content script for its findings; null when none answers there. */
async function requestFrameFindings(
  tabId: number,
  frameId: number,
): Promise<FindingsResponse | null> {
  try {
    const answer: unknown = await browser.tabs.sendMessage(
      tabId,
      { type: 'which-soc/findings' },
      { frameId },
    );
    return parseFindingsResponse(answer);
  } catch {
    return null;
  }
}

/**
 * Merges the answers of a tab's frames, in the order given (top frame first), tagging each
 * finding with its frame so "Show on page" reaches that frame with the frame's own `index`. The
 * URL is the first answering frame's (the top frame's when it answered). Null when no frame
 * answered.
 */
export function mergeFrameFindings(
  answers: readonly { frameId: number; response: FindingsResponse | null }[],
): FindingsResponse | null {
  let url: string | null = null;
  const findings: Finding[] = [];
  for (const { frameId, response } of answers) {
    if (response === null) continue;
    url ??= response.url;
    for (const finding of response.findings) {
      if (findings.length >= MAX_FINDINGS) break;
      findings.push({ ...finding, frameId });
    }
  }
  return url === null ? null : { url, findings };
}

/**
 * Asks the tab's content scripts for their findings: the top frame, and every frame the
 * background says reported findings (the content script runs in all frames, and a
 * `tabs.sendMessage` to the whole tab would resolve with the first frame's answer only). Null
 * when no content script answers: the page is not a known portal and was not scanned yet.
 */
export async function requestFindings(tabId: number): Promise<FindingsResponse | null> {
  // The top frame is asked at once, alongside the background: no wait added where no frame has.
  const [top, listed] = await Promise.all([
    requestFrameFindings(tabId, 0),
    listFindingFrames(tabId),
  ]);
  const subFrames = listed.filter((frameId) => frameId !== 0);
  const responses = await Promise.all(
    subFrames.map((frameId) => requestFrameFindings(tabId, frameId)),
  );
  return mergeFrameFindings([
    { frameId: 0, response: top },
    ...subFrames.map((frameId, position) => ({ frameId, response: responses[position] ?? null })),
  ]);
}

/**
 * Asks again a few times: a content script injected a moment ago may still be scanning or
 * setting up its listener.
 */
export async function requestFindingsWithRetry(
  tabId: number,
  delaysMs: readonly number[] = [0, 50, 150, 400, 800],
): Promise<FindingsResponse | null> {
  return retry(delaysMs, () => requestFindings(tabId));
}

/** Quiet time before the popup reads the findings again after a change (a scan reports in bursts). */
export const WATCH_DELAY_MS = 150;

/**
 * Calls `onChange` when a content script in tab `tabId` reports a new count of findings: a frame
 * that loads late, rows rendered after the popup opened, a scan still going on a big page. The
 * content script sends `which-soc/findings-changed` to the background for the badge, and every
 * extension page hears it too, so the popup needs no message of its own. Messages from other
 * tabs, other extensions or of other kinds are ignored; bursts are folded into one call.
 *
 * @returns a function that stops watching.
 */
export function watchFindings(
  tabId: number,
  onChange: () => void,
  delayMs = WATCH_DELAY_MS,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const listener = (message: unknown, sender: SenderLike & { tab?: { id?: number } }) => {
    if (!isOwnSender(sender, browser.runtime.id) || sender.tab?.id !== tabId) return undefined;
    if (parseBackgroundMessage(message)?.type !== 'which-soc/findings-changed') return undefined;
    clearTimeout(timer);
    timer = setTimeout(onChange, delayMs);
    // No answer: the background answers this message, not the popup.
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    clearTimeout(timer);
    browser.runtime.onMessage.removeListener(listener);
  };
}
