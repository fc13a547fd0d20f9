/**
 * The background's side of runtime messages (docs/design.md, "Reliability
 * and security"): every message is parsed with
 * lib/messages.ts and its sender checked; anything else is ignored and never throws.
 */
import { browser } from 'wxt/browser';
import { framesWithFindings, handleFindingsChanged, type BadgeSender } from './badge';
import {
  isOwnPage,
  isOwnSender,
  parseBackgroundMessage,
  type FrameListResponse,
  type SenderLike,
} from '../messages';

/** What the background reads of `runtime.MessageSender`. */
export type BackgroundSender = SenderLike & BadgeSender;

/**
 * `runtime.onMessage` listener. Returns undefined for every message but one, so the channel
 * closes at once and nothing is sent back; the exception is `which-soc/list-frames` from one of
 * our own pages, answered with a promise (the webextension-polyfill, which WXT's `browser` is
 * here, sends a returned promise's value as the response, in Chrome as in Firefox).
 *
 * - `which-soc/findings-changed` from our content script in a tab: updates that tab's badge.
 * - `which-soc/open-cheatsheet` from our content script or pages: opens the cheat-sheet in a tab.
 * - `which-soc/open-options`: opens the options page.
 * - `which-soc/list-frames {tabId}` from our popup or options page only (a content script has no
 *   business learning about other frames): the tab's frames that reported findings.
 */
export function handleBackgroundMessage(
  message: unknown,
  sender: unknown,
): Promise<FrameListResponse> | undefined {
  try {
    if (typeof sender !== 'object' || sender === null) return undefined;
    const from = sender as BackgroundSender;
    if (!isOwnSender(from, browser.runtime.id)) return undefined;
    const parsed = parseBackgroundMessage(message);
    if (parsed === null) return undefined;
    switch (parsed.type) {
      case 'which-soc/findings-changed':
        void handleFindingsChanged(parsed.count, from);
        break;
      case 'which-soc/open-cheatsheet':
        void browser.tabs
          .create({ url: browser.runtime.getURL('/popup.html#cheatsheet') })
          .catch(logFailure);
        break;
      case 'which-soc/open-options':
        void browser.runtime.openOptionsPage().catch(logFailure);
        break;
      case 'which-soc/list-frames':
        if (!isOwnPage(from, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
        return framesWithFindings(parsed.tabId).then(
          (frameIds) => ({ frameIds }),
          (error: unknown) => {
            logFailure(error);
            return { frameIds: [] };
          },
        );
    }
  } catch (error) {
    logFailure(error);
  }
  return undefined;
}

function logFailure(error: unknown): void {
  console.warn('Which SOC?: message not handled', error);
}
