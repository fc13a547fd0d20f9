/**
 * Every language's answers, by language, and the functions that answer in a language. Kept apart
 * from `answers.ts` so only the bundles that call `answerIn` carry the tables: in the content
 * script they added about 49 kB of code to parse in the page's load task, which made that task
 * long on our hostile-page tests. The content script's card answers in English until the tables
 * reach it another way.
 */
import type { AnswerPhrases } from './answer-phrases';
import { answerFor } from './answers';
import { DE } from './answers-de';
import { EN } from './answers-en';
import { ES } from './answers-es';
import { FR } from './answers-fr';
import { IT } from './answers-it';
import { JA } from './answers-ja';
import { NL } from './answers-nl';
import { PT } from './answers-pt';
import { detectLanguage, type Language } from './language';
import type { Answer, Reading } from './types';
import { ownWordingFor } from './own-wording';
import { isProfileFilled, type Profile } from './profile';

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
 * The answer to a request in `language` (see `answerFor`).
 *
 * @example answerIn('de', { report: 'soc2', type: 'type2', reasons: [] }, profile)
 */
export function answerIn(
  language: Language,
  request: Reading,
  profile?: Profile,
  today = new Date(),
): Answer {
  return answerFor(request, profile, {
    today,
    phrases: ANSWER_PHRASES[language] ?? EN,
    language,
  });
}

/** An answer in the language of its question, and the English one when that differs. */
export interface AnswerInLanguage {
  /** The language detected in the question. */
  language: Language;
  answer: Answer;
  /** The English answer, when `language` is not English: what the switch shows. */
  english?: Answer;
}

/**
 * The answer to a request in the language its question is written in (see `detectLanguage`),
 * or in `fixed` when the user chose one answer language, with the English answer beside it for
 * the one-click switch. The user's own wording in that language replaces ours; without one,
 * their English wording does, and the answer is then English (`language` 'en', no switch).
 *
 * @param question the question's text (or the phrase, when the question is unknown).
 * @example answerInLanguageOf('Verfügen Sie über einen SOC 2 Bericht?', reading, profile)
 * // { language: 'de', answer: { text: 'Ja. Acme verfügt …' }, english: { text: 'Yes. …' } }
 */
export function answerInLanguageOf(
  question: string,
  request: Reading,
  profile?: Profile,
  today = new Date(),
  fixed?: Language,
): AnswerInLanguage {
  const language = fixed ?? detectLanguage(question);
  const answer = answerIn(language, request, profile, today);
  if (language === 'en') return { language, answer };
  // The user's English own wording stands in for a language they wrote none in: the answer is
  // then English, and says so, so the card and the file page mark it as English.
  if (
    profile &&
    isProfileFilled(profile) &&
    ownWordingFor(profile.wording, request.report, language)?.language === 'en'
  ) {
    return { language: 'en', answer };
  }
  return { language, answer, english: answerFor(request, profile, { today }) };
}
