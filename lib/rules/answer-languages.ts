/**
 * Every language's answers, by language. Only the card, the popup, the options page and the file
 * page import it (through `answerFor`): the content script loads the card lazily, so these
 * sentences stay out of the script every page runs.
 */
import type { AnswerPhrases } from './answer-phrases';
import { toDate } from './dates';
import { DE } from './answers-de';
import { EN } from './answers-en';
import { ES } from './answers-es';
import { FR } from './answers-fr';
import { IT } from './answers-it';
import { JA } from './answers-ja';
import { NL } from './answers-nl';
import { PT } from './answers-pt';
import type { Language } from './language';

export const ANSWER_PHRASES: Record<Language, AnswerPhrases> = {
  en: EN,
  de: DE,
  fr: FR,
  es: ES,
  pt: PT,
  nl: NL,
  it: IT,
  ja: JA,
};

/**
 * A profile's `YYYY-MM-DD` (or a date) as an answer in `language` writes it: "1. Juli 2025",
 * "1er juillet 2025", "2025年7月1日". By hand, not `Intl.DateTimeFormat`: the browsers' locale
 * data differ (Firefox and Chromium disagree on some month forms and spaces), and an answer must
 * read the same everywhere. '' when absent or malformed.
 */
export function formatDateIn(language: Language, day: string | Date | undefined): string {
  const date = typeof day === 'string' || day === undefined ? toDate(day) : day;
  if (!date) return '';
  const p = ANSWER_PHRASES[language] ?? EN;
  return p.date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
