/**
 * The shape of one language's answers: every sentence an answer can contain, as a function of
 * the facts it states (names, dates, links already formatted). `answers.ts` decides which
 * sentences an answer needs; a language file (`answers-en.ts`, `answers-de.ts`, …) only says
 * them. Each file is typed `AnswerPhrases`, so a language that misses a sentence fails tsc.
 *
 * Sentences are whole sentences, not fragments glued together, because word order, gender and
 * case differ between languages ("Sie können den Bericht … anfordern").
 */
import type { ReportId, ReportType } from './types';

/** What an access sentence offers: the report, the Type 1 report, or the ISO certificate. */
export type AccessObject = 'report' | 'type1' | 'certificate';

/** A date that states what a held report speaks to. */
export interface DatedReport {
  /** The held report's name, e.g. "SOC 2 Type 2 report" as `heldName` gives it. */
  name: string;
  /** True for a Type 1 ("as of" date), false for a period end. */
  asOf: boolean;
  /** The formatted date. */
  date: string;
}

export interface AnswerPhrases {
  /** A calendar date (UTC fields) in this language's long format: "1. Juli 2025". */
  date(year: number, month: number, day: number): string;
  /** "Type 1" / "Typ 1": kept close to the official name so buyers recognise it. */
  types: Record<ReportType, string>;
  /** Between two sentences of an answer: a space, or nothing in Japanese. */
  sentenceGap: string;
  /** Between two attachments: ", " or "、". */
  listGap: string;
  /** The company, when the profile names none: "our company". */
  ourCompany: string;
  /** A held SOC report as a noun: "SOC 2 Type 2 report" (`name` is "SOC 2 Type 2"). */
  report(name: string): string;
  /** A bridge letter, as an attachment and in a sentence. */
  bridgeLetter: string;
  /** The ISO/IEC 27001 certificate, as an attachment. */
  isoCertificate: string;

  /** What a held report covers, after its name: "covers 1 July 2025 to 30 June 2026". */
  coverAsOf(date: string): string;
  coverRange(start: string, end: string): string;
  coverEnding(end: string): string;
  /** The same in parentheses after a name: "1 July 2025 to 30 June 2026". */
  periodAsOf(date: string): string;
  periodRange(start: string, end: string): string;
  periodEnding(end: string): string;

  /** How buyers get a report: "through our trust centre at …", joined with "or". */
  viaTrustCentre(url: string): string;
  viaEmail(email: string): string;
  or: string;
  /** Unrestricted (SOC 3, certificate): download, or sent on request. */
  download(what: AccessObject, ways: string): string;
  sendOnRequest(what: AccessObject): string;
  /** Restricted use (SOC 1, SOC 2): under NDA. */
  requestUnderNda(what: AccessObject, ways: string): string;
  shareUnderNda(what: AccessObject): string;

  /** A SOC report held. `cover` is '' when no period is known. */
  heldOpening(company: string, name: string, cover: string): string;
  generalUse: string;
  auditor(auditor: string): string;
  type2AlsoDesign: string;
  /** Only a Type 1 held when a Type 2 is asked for; `cover` '' when unknown. */
  onlyType1(company: string, name: string, cover: string): string;
  firstExpected(name: string, date: string): string;
  noneYet(company: string, name: string): string;
  bridgeCoversSince(company: string, from: string): string;
  nextExpected(date: string): string;

  /** The SOC 2 offered in place of another report (`period` may be ''). */
  altSoc2(company: string, name: string, period: string): string;
  /** The ISO certificate offered in place of another report (`until` may be ''). */
  altIso(company: string, until: string): string;

  /** Nothing held: the first sentence per report asked for (`name` with its type, if any). */
  nothing: Record<ReportId, (company: string, name: string) => string>;
  meantime: string;

  soc1NotApplicable(company: string): string;
  noSoc1(company: string): string;
  noSoc2WithIso(company: string, until: string): string;
  noSoc2WithSoc1(company: string, soc1: string): string;
  noSoc3(company: string, soc2: string, cover: string): string;

  isoExpired(company: string, body: string, date: string): string;
  isoHeld(company: string, body: string, until: string): string;
  isoMissing(company: string, soc2: string, period: string): string;

  /** `since` undefined: the period of the latest report is not known. */
  bridgeHeld(company: string, since: (DatedReport & { from: string }) | undefined): string;
  bridgeMissing(company: string, latest: DatedReport | undefined): string;

  /** Without a profile: the answer with placeholders in brackets, and what to attach. */
  generic: Record<ReportId, (name: string) => { text: string; attach: string }>;
}
