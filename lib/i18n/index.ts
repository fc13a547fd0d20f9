/**
 * The extension's own words at run time. `t(name, …subs)` gives a message in the user's language:
 * the browser's, through `i18n.getMessage` (synchronous, nothing to load), or the one chosen on
 * the options page, from a table loaded once at start (`startI18n`).
 *
 * Why not `@wxt-dev/i18n`: it wraps `i18n.getMessage`, so, as its documentation says, the language
 * can only be changed by changing the browser's; a language choice needs the table of another
 * language, which no browser API returns.
 */
import { browser } from 'wxt/browser';
import { isLanguage, type Language, type RuleSentence } from '../rules';
import {
  languageOfLocale,
  parseMessages,
  sentenceSubs,
  substitute,
  toTable,
  type MessageTable,
} from './catalogue';
import type { MessageKey, PluralKey } from './keys';

export type { MessageKey, PluralKey } from './keys';

/** What the user chose for the extension's words: the browser's language, or one of ours. */
export type UiLanguageChoice = 'browser' | Language;

/** Is `value` a valid UI language choice? */
export function isUiLanguageChoice(value: unknown): value is UiLanguageChoice {
  return value === 'browser' || isLanguage(value);
}

let table: MessageTable | null = null;
let tableLanguage: Language | null = null;

type GetMessage = (name: string, subs?: string[]) => string;

function browserMessage(name: string, subs: string[]): string {
  try {
    return (browser.i18n.getMessage as GetMessage)(name, subs);
  } catch {
    // Outside an extension (unit tests without a table) there is no i18n API.
    return '';
  }
}

/**
 * The language the browser serves our words in: the one of the browser's UI when we speak it,
 * else English. Read from a message that holds its own language's code, because that is what
 * `getMessage` really picked; `getUILanguage()` can disagree (Chromium started with `--lang=de`
 * serves German messages and still reports en-US), and `lang` attributes and dates must follow
 * the words.
 */
export function browserUiLanguage(): Language {
  const served = browserMessage('commonLanguageCode', []);
  if (isLanguage(served)) return served;
  try {
    return languageOfLocale(browser.i18n.getUILanguage());
  } catch {
    return 'en';
  }
}

/** The language the extension's words are shown in now. */
export function uiLanguage(): Language {
  return tableLanguage ?? browserUiLanguage();
}

/**
 * The message `name` in the UI language, with `$1`… filled from `subs`. A name missing from the
 * tables (which the locale tests rule out) shows as itself rather than as nothing.
 */
export function t(name: MessageKey, ...subs: (string | number)[]): string {
  const strings = subs.map(String);
  const own = table?.[name];
  if (own !== undefined) return substitute(own, strings);
  return browserMessage(name, strings) || name;
}

/**
 * A sentence of the rules (a reason, a piece of advice) in the UI language, its days written as
 * that language writes dates.
 *
 * @example say({ key: 'rulesWhyTypeSaid', subs: ['2', 'Type II'] }) // "Type 2: the text says “Type II”."
 */
export function say(sentence: RuleSentence): string {
  return t(sentence.key, ...sentenceSubs(sentence, uiLanguage()));
}

/**
 * A counted message: `name_one` or `name_other` by the UI language's plural rules, with the count
 * as `$1` and `subs` after it.
 *
 * @example tn('popupFindings', 3) // "3 requests"
 */
export function tn(name: PluralKey, count: number, ...subs: (string | number)[]): string {
  let form: 'one' | 'other';
  try {
    form = new Intl.PluralRules(uiLanguage()).select(count) === 'one' ? 'one' : 'other';
  } catch {
    form = count === 1 ? 'one' : 'other';
  }
  return t(`${name}_${form}` as MessageKey, count, ...subs);
}

/**
 * Uses `messages` (name → message, placeholders expanded) for `language` from now on; `null`
 * goes back to the browser's language. Tests install the English table this way.
 */
export function useMessageTable(language: Language | null, messages: MessageTable | null): void {
  tableLanguage = messages ? language : null;
  table = messages;
}

/** Loads a language's table: `fetchMessages` in extension pages and the background; tests give theirs. */
export type TableLoader = (language: Language) => Promise<MessageTable>;

/**
 * Reads a language's `messages.json` from the extension's own package (no network: the URL is
 * the extension's). Extension pages and the background only: a content script cannot read it.
 */
export async function fetchMessages(language: Language): Promise<MessageTable> {
  // The build writes these files (wxt.config.ts), so WXT's list of public paths does not know them.
  const getURL = browser.runtime.getURL as (path: string) => string;
  const response = await fetch(getURL(`/_locales/${language}/messages.json`));
  if (!response.ok) throw new Error(`No messages for ${language} (${response.status}).`);
  const { messages } = parseMessages(await response.json());
  return toTable(messages);
}

/**
 * Sets the UI language from the user's choice: the browser's language needs nothing loaded;
 * another one loads its table. A table that cannot be loaded leaves the browser's language, so
 * the words are never missing. Touches no document: the in-page card runs in someone else's page,
 * whose `<html lang>` is not ours to change. `load` has no default so that a content script,
 * which cannot use `fetchMessages`, does not carry it.
 */
export async function chooseUiLanguage(
  choice: UiLanguageChoice,
  load: TableLoader,
): Promise<Language> {
  const wanted = choice === 'browser' ? browserUiLanguage() : choice;
  if (wanted === browserUiLanguage()) useMessageTable(null, null);
  else {
    try {
      useMessageTable(wanted, await load(wanted));
    } catch (error) {
      console.warn('Which SOC?: the chosen language could not be loaded', error);
      useMessageTable(null, null);
    }
  }
  return uiLanguage();
}

/**
 * `chooseUiLanguage` for an extension page, which also sets its `<html lang>` when there is a
 * document to set it on.
 */
export async function startI18n(
  choice: UiLanguageChoice,
  load: TableLoader = fetchMessages,
): Promise<Language> {
  const language = await chooseUiLanguage(choice, load);
  if (typeof document !== 'undefined' && document.documentElement) {
    document.documentElement.lang = language;
  }
  return language;
}
