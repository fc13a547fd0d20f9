/**
 * The public API of the rules library (docs/design.md, "Contracts"): pure TypeScript used by the
 * content script, the cards, the popup and the options page alike. The only way into the rules
 * from outside lib/rules (eslint's no-restricted-imports holds everyone else to it), so what the
 * rest of the extension relies on is listed here and nowhere else. Named re-exports keep the
 * bundles as small as direct imports: Rollup drops whatever a bundle does not use.
 */
export * from './types';
export * from './reports';
export * from './knowledge';
export * from './scenario';
export * from './profile';
export * from './managed-profile';
export {
  ownWordingFor,
  ownWordingText,
  withOwnWording,
  wordingLanguagesOf,
  WORDING_LANGUAGES,
  type OwnWording,
  type ReportWording,
  type WordingLanguage,
} from './own-wording';
export { formatDate, formatDateIn } from './dates';
export { answerFor } from './answers';
export { FILL_PROFILE } from './generic-answers';
export { analyze, analyzeWithContextUse } from './analyze';
export { HINT_SOURCE, mightRequest } from './hints';
export { warmUpFor, warmUpSteps } from './warm-up';
export type { AnswerOptions } from './answers';
export { isRulesKey, readRuleSentence, readRuleSentences, RULE_WORDS, MAX_SUBS } from './words';
export { detectLanguage, isLanguage, LANGUAGE_NAMES, LANGUAGES, type Language } from './language';
export { answerIn, answerInLanguageOf, type AnswerInLanguage } from './answer-languages';
