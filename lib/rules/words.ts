/**
 * The sentences the rules say to the user, by name: messages of the `rules` locale area
 * (locales/<language>/rules.json), so a reason or a piece of advice reads in the extension's
 * language. The rules hand out a name and its substitutions (`RuleSentence`); the screens say it.
 *
 * The names are listed here, not only typed, because a sentence crosses two boundaries (content
 * script to background, file worker to page): what arrives there is checked against this list,
 * so a forged name cannot make a screen show some other message of the extension.
 * `tests/rules/words.test.ts` checks the list against the English file.
 */
import type { MessageKey } from '../i18n/keys';
import { isRecord } from './profile';
import type { RuleSentence } from './types';

export const RULE_WORDS = [
  // Why a phrase asks for a report (`Rule.reason`): `$1` is the phrase.
  'rulesWhyAtC105205',
  'rulesWhyAtC320',
  'rulesWhyAtSection101',
  'rulesWhyAttestationReport',
  'rulesWhyBridgeLetter',
  'rulesWhyBridgeLetterDescribed',
  'rulesWhyGeneralUse',
  'rulesWhyIsae3000',
  'rulesWhyIsae3402',
  'rulesWhyIso27001',
  'rulesWhyIsms',
  'rulesWhyStatementOfApplicability',
  'rulesWhyItgc',
  'rulesWhySas70',
  'rulesWhyServiceAuditor',
  'rulesWhyServiceOrganization',
  'rulesWhySocUnnumbered',
  'rulesWhySsae16',
  'rulesWhySsae18',
  'rulesWhyTrustServices',
  'rulesWhyTypeReport',
  // How the engine decided (./analyze).
  'rulesWhyNames',
  'rulesWhyNamedElsewhere',
  'rulesWhyFinancialCue',
  'rulesWhySectionAbout',
  'rulesWhySectionCue',
  'rulesWhyNoFinancialCue',
  'rulesWhyTypeSaid',
  'rulesWhyTypeDescribed',
  'rulesWhyTypeEither',
  'rulesWhyTypeOpen',
  // Advice to the user under an answer (./generic-answers, ./answers).
  'rulesAdviceSoc2Means',
  'rulesAdviceType2First',
  'rulesAdviceBridgeAfterThree',
  'rulesAdviceIsoOrSoc2',
  'rulesAdviceSoc1Only',
  'rulesAdviceBothOneFirm',
  'rulesAdviceSoc3Public',
  'rulesAdviceIsoCertifies',
  'rulesAdviceBridgeExplained',
  'rulesAdviceUnsure',
  'rulesAdviceFillProfile',
  'rulesAdviceAddPeriod',
  'rulesAdviceFutureAsOf',
  'rulesAdviceFuturePeriodEnd',
  'rulesAdviceBridgeAsOf',
  'rulesAdviceBridgePeriod',
  'rulesAdviceStaleAsOf',
  'rulesAdviceStaleAsOfNext',
  'rulesAdviceStalePeriod',
  'rulesAdviceStalePeriodNext',
  'rulesAdviceAddFirstType2',
  'rulesAdviceType2Named',
  'rulesAdviceType2AddDate',
  'rulesAdviceSoc3Held',
  'rulesAdviceSayType',
  'rulesAdviceType1Fast',
  'rulesAdviceLeadWithRevenue',
  'rulesAdviceSoc1Aside',
  'rulesAdviceSoc1Touches',
  'rulesAdviceSayFinancial',
  'rulesAdviceIsoNotSoc2',
  'rulesAdviceSoc2WithSoc1Firm',
  'rulesAdviceAskSoc3',
  'rulesAdviceIsoExpired',
  'rulesAdviceAddExpiry',
  'rulesAdviceIsoVsSoc2',
  'rulesAdviceBridgeNotNeeded',
  'rulesAdviceBridgeSign',
] as const satisfies readonly MessageKey[];

/** The name of a message of the `rules` area. */
export type RulesKey = (typeof RULE_WORDS)[number];

const KNOWN: ReadonlySet<string> = new Set(RULE_WORDS);

/** Is `value` the name of a message the rules say? */
export function isRulesKey(value: unknown): value is RulesKey {
  return typeof value === 'string' && KNOWN.has(value);
}

/** A sentence from its name and substitutions. */
export function said(key: RulesKey, ...subs: RuleSentence['subs']): RuleSentence {
  return { key, subs };
}

/** Most substitutions a rules message takes (the messages use at most four). */
export const MAX_SUBS = 4;

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A well-formed `RuleSentence` copied from untrusted input (a message, a worker's reply): a known
 * name, at most `MAX_SUBS` substitutions, each a string of at most `maxSub` characters or a
 * `YYYY-MM-DD` day. Else null. Reads only own data fields it copies, so what it returns holds
 * nothing else.
 */
export function readRuleSentence(value: unknown, maxSub: number): RuleSentence | null {
  if (!isRecord(value)) return null;
  const { key, subs } = value;
  if (!isRulesKey(key) || !Array.isArray(subs) || subs.length > MAX_SUBS) return null;
  const copied: RuleSentence['subs'] = [];
  for (let i = 0; i < subs.length; i++) {
    const sub: unknown = subs[i];
    if (typeof sub === 'string') {
      if (sub.length > maxSub) return null;
      copied.push(sub);
    } else if (isRecord(sub)) {
      const day: unknown = sub.day;
      if (typeof day !== 'string' || !DAY.test(day)) return null;
      copied.push({ day });
    } else return null;
  }
  return { key, subs: copied };
}

/**
 * At most `max` well-formed sentences (each as `readRuleSentence` reads it), copied from untrusted
 * input; null when it is not a list, is longer, or one sentence is not well-formed.
 */
export function readRuleSentences(
  value: unknown,
  max: number,
  maxSub: number,
): RuleSentence[] | null {
  if (!Array.isArray(value) || value.length > max) return null;
  const sentences: RuleSentence[] = [];
  for (let i = 0; i < value.length; i++) {
    const sentence = readRuleSentence(value[i], maxSub);
    if (sentence === null) return null;
    sentences.push(sentence);
  }
  return sentences;
}
