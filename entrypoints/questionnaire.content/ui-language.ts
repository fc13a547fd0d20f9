/**
 * The card's own words in the language chosen on the options page. In a content script `t()`
 * speaks the browser's language (`i18n.getMessage`); another language's table has to come from the
 * background, since the package's `_locales` files are not web-accessible (which would let any
 * page detect the extension). Only the card's chunk uses this: a page without a card reads no
 * setting and loads no table.
 */
import { chooseUiLanguage, type UiLanguageChoice } from '../../lib/i18n';
import type { MessageTable } from '../../lib/i18n/catalogue';
import { parseUiMessagesResponse } from '../../lib/messages';
import type { Language } from '../../lib/rules';
import { loadUiLanguageChoice } from '../../lib/settings';
import { askBackground, type SendMessage } from './answer-request';

export type { SendMessage } from './answer-request';

/** How long the card waits for a table: the background reads one small file from the package. */
export const UI_MESSAGES_TIMEOUT_MS = 2_000;

/**
 * Asks the background for `language`'s table. Rejects when it cannot be had (background asleep
 * and slow to wake, extension reloaded, malformed answer): the caller keeps the browser's language.
 */
export async function requestUiMessages(
  send: SendMessage,
  language: Language,
  ms = UI_MESSAGES_TIMEOUT_MS,
): Promise<MessageTable> {
  const table = await askBackground(
    send,
    { type: 'which-soc/ui-messages', language },
    (response) => parseUiMessagesResponse(response, language),
    ms,
  );
  if (!table) throw new Error(`No valid messages for ${language}.`);
  return table;
}

export interface UiLanguageDeps {
  send: SendMessage;
  /** The stored choice, checked. @default loadUiLanguageChoice (lib/settings.ts) */
  readChoice?: () => Promise<UiLanguageChoice>;
}

/**
 * Returns what the card runs before each render: it reads the choice and sets `t()`'s language to
 * it, so a choice made on the options page while a card is open applies to the next card. Tables
 * are kept once loaded (one round trip per language while the page lives); a failed one is asked
 * for again next time.
 */
export function createUiLanguageFollower(deps: UiLanguageDeps): () => Promise<Language> {
  const loaded = new Map<Language, MessageTable>();
  const load = async (language: Language): Promise<MessageTable> => {
    const known = loaded.get(language);
    if (known) return known;
    const table = await requestUiMessages(deps.send, language);
    loaded.set(language, table);
    return table;
  };
  return async () => {
    let choice: UiLanguageChoice;
    try {
      choice = await (deps.readChoice ?? loadUiLanguageChoice)();
    } catch {
      choice = 'browser';
    }
    return chooseUiLanguage(choice, load);
  };
}
