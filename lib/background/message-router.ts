/**
 * The background's side of runtime messages (docs/design.md, "Reliability
 * and security"): every message is parsed with
 * lib/messages.ts and its sender checked; anything else is ignored and never throws.
 */
import { browser } from 'wxt/browser';
import { framesWithFindings, handleFindingsChanged, type BadgeSender } from './badge';
import { fetchMessages, type TableLoader } from '../i18n';
import type { MessageTable } from '../i18n/catalogue';
import { loadProfileForAnswers } from '../managed';
import {
  isOwnPage,
  isOwnSender,
  parseBackgroundMessage,
  type AnswerResponse,
  type FrameListResponse,
  type SenderLike,
  type UiMessagesResponse,
} from '../messages';
import { answerInLanguageOf, type Language, type Reading } from '../rules';
import { loadFixedAnswerLanguage } from '../settings';

/** What the background reads of `runtime.MessageSender`. */
export type BackgroundSender = SenderLike & BadgeSender;

/**
 * `runtime.onMessage` listener. Returns undefined for every message but three, so the channel
 * closes at once and nothing is sent back; the exceptions are `which-soc/list-frames` from one of
 * our own pages, `which-soc/answer` and `which-soc/ui-messages`, answered with a promise (the webextension-polyfill,
 * which WXT's `browser` is here, sends a returned promise's value as the response, in Chrome as
 * in Firefox).
 *
 * - `which-soc/findings-changed` from our content script in a tab: updates that tab's badge.
 * - `which-soc/open-cheatsheet` from our content script or pages: opens the cheat-sheet in a tab.
 * - `which-soc/open-options`: opens the options page.
 * - `which-soc/list-frames {tabId}` from our popup or options page only (a content script has no
 *   business learning about other frames): the tab's frames that reported findings.
 * - `which-soc/answer {question, reading}` from our content script or pages: the answer in the
 *   question's language (or the fixed answer language), with the stored profile merged with the
 *   organisation's policy, as the card shows it.
 * - `which-soc/ui-messages {language}` from our content script or pages: that language's table of
 *   the extension's own words, for the card to speak the language chosen on the options page.
 */
export function handleBackgroundMessage(
  message: unknown,
  sender: unknown,
): Promise<FrameListResponse | AnswerResponse | UiMessagesResponse> | undefined {
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
      case 'which-soc/answer':
        return answerInLanguage(parsed.question, parsed.reading);
      case 'which-soc/ui-messages':
        return uiMessages(parsed.language);
    }
  } catch (error) {
    logFailure(error);
  }
  return undefined;
}

/**
 * The answer to `question` read as `reading`: profile and answer-language setting are read at
 * every request, so a change in the options page (or a new policy) applies at the next card.
 */
export async function answerInLanguage(
  question: string,
  reading: Reading,
  today = new Date(),
): Promise<AnswerResponse> {
  const [profile, fixed] = await Promise.all([loadProfileForAnswers(), loadFixedAnswerLanguage()]);
  return answerInLanguageOf(question, reading, profile, today, fixed);
}

let tables = new Map<Language, Promise<MessageTable>>();
let loadTable: TableLoader = fetchMessages;

/** Tests read the tables from the locale files instead of the package (and start afresh). */
export function setUiTableLoaderForTests(load: TableLoader): void {
  loadTable = load;
  tables = new Map();
}

/**
 * A language's table of the extension's own words, read from the package once per language while
 * the background lives (the files only change with an update, which restarts it). A failed read
 * is not kept, so the next card asks again; the promise rejects and the card's request gets no
 * answer, which it reads as "stay in the browser's language".
 */
export async function uiMessages(language: Language): Promise<UiMessagesResponse> {
  let table = tables.get(language);
  if (!table) {
    table = loadTable(language);
    tables.set(language, table);
    table.catch(() => tables.delete(language));
  }
  return { language, messages: await table };
}

function logFailure(error: unknown): void {
  console.warn('Which SOC?: message not handled', error);
}
