/**
 * The advice we give without a profile, per report (docs/design.md, "Domain facts"). The answer
 * itself, with placeholders in brackets for what only the vendor knows, is per language in the
 * answer files (`generic` in `answers-en.ts` and its translations); the advice speaks to the user,
 * so it is messages of the `rules` locale area, said in the extension's language.
 */
import type { ReportId, RuleSentence } from './types';
import { said } from './words';

/** Per report: the advice of docs/design.md. */
export const GENERIC: Record<ReportId, readonly RuleSentence[]> = {
  soc2: [
    said('rulesAdviceSoc2Means'),
    said('rulesAdviceType2First'),
    said('rulesAdviceBridgeAfterThree'),
    said('rulesAdviceIsoOrSoc2'),
  ],
  soc1: [said('rulesAdviceSoc1Only'), said('rulesAdviceBothOneFirm')],
  soc3: [said('rulesAdviceSoc3Public')],
  iso27001: [said('rulesAdviceIsoCertifies')],
  'bridge-letter': [said('rulesAdviceBridgeExplained')],
};

/** The advice line pointing at the options page (the options page's own preview leaves it out). */
export const FILL_PROFILE: RuleSentence = said('rulesAdviceFillProfile');

/** The last advice but one of every generic answer. */
export const UNSURE: RuleSentence = said('rulesAdviceUnsure');
