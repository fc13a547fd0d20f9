/**
 * Public types of the rules library. The shapes are the contract in docs/design.md ("Contracts
 * other parts rely on"): the content script, the cards, the popup and the e2e tests rely on them.
 */
import type { RulesKey } from './words';

export type { RulesKey } from './words';

/** A calendar day (`YYYY-MM-DD`) inside a sentence: written in the reader's language when shown. */
export interface DaySub {
  day: string;
}

/**
 * A sentence the rules say to the user (a reason, a piece of advice): the name of a message of
 * the `rules` locale area and what fills its `$1`, `$2`…. The rules stay free of any language;
 * the screens say it in the extension's language (`say` in lib/i18n), so a German user reads
 * German reasons. Plain text subs are shown as they are (a quoted phrase, "SOC 2").
 */
export interface RuleSentence {
  key: RulesKey;
  subs: (string | DaySub)[];
}

/** A report (or letter, or certificate) a questionnaire can ask a vendor for. */
export type ReportId = 'soc1' | 'soc2' | 'soc3' | 'iso27001' | 'bridge-letter';

/** Type 1: design at a point in time. Type 2: operating effectiveness over a period. */
export type ReportType = 'type1' | 'type2';

/**
 * What we read in one request: the report, its type and why. Findings, messages and answers
 * carry it; only a request read from a text adds where the phrase is.
 */
export interface Reading {
  report: ReportId;
  /** `null` when the text leaves the type open or offers both. */
  type: ReportType | null;
  /** Short sentences a user can read: why this report, why this type. */
  reasons: RuleSentence[];
}

/** One report asked for by a text: "SOC 1 or SOC 2" gives two. */
export interface ReportRequest extends Reading {
  /** Start (inclusive) of the phrase in the analysed text that carries the request. */
  start: number;
  /** End (exclusive) of that phrase. */
  end: number;
}

export interface AnalyzeOptions {
  /** Nearby text (section heading, question label, page title) that may decide SOC 1 vs SOC 2. */
  context?: string;
}

/** What to answer to a request: the sentence to paste, what to attach, and advice. */
export interface Answer {
  text: string;
  attach?: string;
  /** Advice to the user (not the buyer): said in the extension's language, not the answer's. */
  advice: RuleSentence[];
}
