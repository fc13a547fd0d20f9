/**
 * The user's language settings, each one stored value checked when read: a corrupt or unknown
 * value means the default (the browser's language; the question's language), never an error.
 *
 * - `ui-language`: the language of the extension's own words ('browser' or one of ours).
 * - `answer-language`: the language suggested answers are written in: 'question' (the language
 *   each question is written in) or one fixed language.
 */
import { storage } from '#imports';
import { isLanguage, type Language } from './rules';
import {
  fetchMessages,
  isUiLanguageChoice,
  startI18n,
  type TableLoader,
  type UiLanguageChoice,
} from './i18n';

export type { UiLanguageChoice } from './i18n';

/** Answers in each question's language, or always in one. */
export type AnswerLanguageChoice = 'question' | Language;

export function isAnswerLanguageChoice(value: unknown): value is AnswerLanguageChoice {
  return value === 'question' || isLanguage(value);
}

export const UI_LANGUAGE_KEY = 'local:ui-language';
export const ANSWER_LANGUAGE_KEY = 'local:answer-language';

export const uiLanguageItem = storage.defineItem<unknown>(UI_LANGUAGE_KEY, { fallback: 'browser' });
export const answerLanguageItem = storage.defineItem<unknown>(ANSWER_LANGUAGE_KEY, {
  fallback: 'question',
});

async function read<T>(
  item: { getValue(): Promise<unknown> },
  valid: (v: unknown) => v is T,
  fallback: T,
): Promise<T> {
  try {
    const value = await item.getValue();
    return valid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

/** The UI language choice; 'browser' when none is stored or the stored one is not ours. */
export function loadUiLanguageChoice(): Promise<UiLanguageChoice> {
  return read(uiLanguageItem, isUiLanguageChoice, 'browser');
}

/** The answer language choice; 'question' when none is stored or the stored one is not ours. */
export function loadAnswerLanguageChoice(): Promise<AnswerLanguageChoice> {
  return read(answerLanguageItem, isAnswerLanguageChoice, 'question');
}

/** The one answer language the user fixed; undefined when each question keeps its own. */
export async function loadFixedAnswerLanguage(): Promise<Language | undefined> {
  const choice = await loadAnswerLanguageChoice();
  return choice === 'question' ? undefined : choice;
}

/**
 * Shows the extension's words in the language the user chose (the browser's by default): what
 * each page does before its first render, so it never flashes in another language.
 */
export async function startChosenLanguage(load: TableLoader = fetchMessages): Promise<Language> {
  return startI18n(await loadUiLanguageChoice(), load);
}
