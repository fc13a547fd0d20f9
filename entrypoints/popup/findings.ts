/**
 * The popup's side of the findings message: which tab the popup is about, and a validated read
 * of what its content script found. Kept apart from app.tsx so it is tested with WXT's fake
 * browser (tests/popup/findings.test.ts).
 */
import { browser } from 'wxt/browser';
import {
  isOwnSender,
  parseBackgroundMessage,
  type Finding,
  type FindingsResponse,
  type SenderLike,
} from '../../lib/messages';
import { REPORT_IDS, type ReportId, type ReportType } from '../../lib/rules';

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

const MAX_FINDINGS = 2_000;
const MAX_TEXT = 10_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT) : null;
}

function parseFinding(value: unknown, position: number): Finding | null {
  if (!isRecord(value)) return null;
  const phrase = text(value.text);
  const report = value.report;
  if (phrase === null || !REPORT_IDS.includes(report as ReportId)) return null;
  const type: ReportType | null =
    value.type === 'type1' || value.type === 'type2' ? value.type : null;
  const index =
    typeof value.index === 'number' && Number.isSafeInteger(value.index) && value.index >= 0
      ? value.index
      : position;
  const reasons = Array.isArray(value.reasons)
    ? value.reasons.flatMap((reason) => {
        const line = text(reason);
        return line === null ? [] : [line];
      })
    : [];
  return {
    index,
    text: phrase,
    question: text(value.question) ?? phrase,
    report: report as ReportId,
    type,
    reasons,
    context: text(value.context) ?? '',
  };
}

/**
 * Checks the content script's answer (its text comes from the page, so it is treated as
 * untrusted): returns a well-formed response, dropping malformed findings, or null when the answer
 * is not a findings response at all. The DESIGN.md contract only promises `text`, `question`,
 * `report` and `type`; `index`, `reasons` and `context` get defaults when missing.
 */
export function parseFindingsResponse(value: unknown): FindingsResponse | null {
  if (!isRecord(value) || !Array.isArray(value.findings)) return null;
  const findings = value.findings
    .slice(0, MAX_FINDINGS)
    .map(parseFinding)
    .filter((finding): finding is Finding => finding !== null);
  return { url: text(value.url) ?? '', findings };
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

/** The frame ids of a `FrameListResponse`: valid ids only, once each, ascending. */
export function parseFrameList(value: unknown): number[] {
  if (!isRecord(value) || !Array.isArray(value.frameIds)) return [];
  const ids = value.frameIds.filter(
    (id): id is number => typeof id === 'number' && Number.isSafeInteger(id) && id >= 0,
  );
  return [...new Set(ids)].sort((a, b) => a - b);
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
  for (const delay of delaysMs) {
    if (delay > 0) await new Promise((done) => setTimeout(done, delay));
    const response = await requestFindings(tabId);
    if (response) return response;
  }
  return null;
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
