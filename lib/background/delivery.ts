/**
 * Delivering a message from the background to a tab's content script: injected first where it
 * is not running, retried while it sets up, and walked across the tab's frames for "next
 * finding".
 */
import { browser } from 'wxt/browser';
import { scanTab } from '../activation';
import { parseContentMessage, type ContentMessage } from '../messages';
import { retry } from '../retry';
import { framesWithFindings } from './badge';

/** Waits between attempts at delivering to a script that may still be setting up (~600 ms in all). */
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
 * @param frames The frames with findings, top frame first (badge.ts `framesWithFindings`).
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
  const delivered = await retry(RETRY_DELAYS_MS, async () => {
    try {
      await browser.tabs.sendMessage(tabId, message, { frameId });
      return true;
    } catch {
      return null; // Not listening yet: try again after the next delay.
    }
  });
  return delivered ?? false;
}
