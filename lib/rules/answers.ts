/**
 * Turns a reading (report and type) plus the vendor's profile into the answer to give: the
 * sentence to paste in the portal, what to attach, and advice for the user. Without a
 * profile the answer is generic (./generic-answers), with the advice of docs/design.md ("Domain
 * facts"); with one it states the user's own reports, periods and how to get them, and says
 * honestly what they do not have.
 *
 * Every date is computed from `today`; nothing here knows what day it is.
 *
 * Over 500 lines because it is mostly sentences: one function per report asked for (`TAILORED`)
 * plus the held-report and freshness cases they share; split further, each part would import
 * every other.
 */
import type { AccessObject, AnswerPhrases } from './answer-phrases';
import { EN } from './answers-en';
import { FILL_PROFILE, GENERIC, UNSURE } from './generic-answers';
import { afterMonths, dayAfter, dayOf, isoDay, monthsBetween, toDate } from './dates';
import type { Language } from './language';
import { ownWordingFor } from './own-wording';
import { isProfileFilled, type Profile, type ReportAccess, type SocReportInfo } from './profile';
import { reportName } from './reports';
import type { Answer, Reading, ReportId, ReportType, RuleSentence } from './types';
import { said } from './words';

/** Past this many months after the period end, buyers ask for a bridge letter (docs/design.md). */
export const BRIDGE_AFTER_MONTHS = 3;
/** Past this many months after the period end, many buyers no longer accept the report. */
export const STALE_AFTER_MONTHS = 12;

/** The reports a profile describes with a `SocReportInfo` (held, type, period, auditor). */
type SocReport = 'soc1' | 'soc2' | 'soc3';

function isSocReport(report: ReportId): report is SocReport {
  return report === 'soc1' || report === 'soc2' || report === 'soc3';
}

/**
 * The language an answer is written in, and the company it speaks for. Every function that
 * writes a sentence gets it through `Parts`, so no sentence can be in another language.
 */
interface Voice {
  p: AnswerPhrases;
  /** The company as named in the profile, or "our company" in the answer's language. */
  company: string;
}

/** "SOC 2 Type 2 report": a held report, named with its type. */
function heldName(v: Voice, report: SocReport, info: SocReportInfo): string {
  return v.p.report(label(v, report, info.type));
}

/**
 * A report's full name inside a sentence: "SOC 2 Type 2", "ISO/IEC 27001", "bridge letter". The
 * official names stay as they are in every language; only the type word ("Typ 2") and the
 * bridge letter are translated.
 */
function label(v: Voice, report: ReportId, type?: ReportType | null): string {
  if (report === 'bridge-letter') return v.p.bridgeLetter;
  const name = reportName(report, null, 'in-text');
  return type && (report === 'soc1' || report === 'soc2') ? `${name} ${v.p.types[type]}` : name;
}

/** A `YYYY-MM-DD` (or a date) in the answer's language; '' when absent or malformed. */
function formatIn(v: Voice, day: string | Date | undefined): string {
  const date = typeof day === 'string' || day === undefined ? toDate(day) : day;
  if (!date) return '';
  return v.p.date(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(text: string): string {
  const trimmed = text.trim();
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The date a report speaks to: the period end (Type 2) or the "as of" date (Type 1). */
function endOf(info: SocReportInfo): string | undefined {
  return info.type === 'type1' ? (info.asOf ?? info.periodEnd) : (info.periodEnd ?? info.asOf);
}

/** "covers 1 July 2025 to 30 June 2026" / "examines the design of our controls as of …". */
function coverage(v: Voice, info: SocReportInfo): string {
  if (info.type === 'type1' && (info.asOf || (info.periodEnd && !info.periodStart))) {
    return v.p.coverAsOf(formatIn(v, endOf(info)));
  }
  if (info.periodStart && info.periodEnd) {
    return v.p.coverRange(formatIn(v, info.periodStart), formatIn(v, info.periodEnd));
  }
  if (info.periodEnd) return v.p.coverEnding(formatIn(v, info.periodEnd));
  return '';
}

function periodPhrase(v: Voice, info: SocReportInfo): string {
  if (info.type === 'type1' && endOf(info)) return v.p.periodAsOf(formatIn(v, endOf(info)));
  if (info.periodStart && info.periodEnd) {
    return v.p.periodRange(formatIn(v, info.periodStart), formatIn(v, info.periodEnd));
  }
  return info.periodEnd ? v.p.periodEnding(formatIn(v, info.periodEnd)) : '';
}

/**
 * How buyers get a report: restricted-use reports (SOC 1, SOC 2) under NDA (docs/design.md). The
 * profile's NDA process is the user's own words and is kept as written, whatever the language.
 */
function accessSentence(
  v: Voice,
  access: ReportAccess,
  restricted: boolean,
  what: AccessObject = 'report',
): string {
  const ways: string[] = [];
  if (access.trustCenterUrl) ways.push(v.p.viaTrustCentre(access.trustCenterUrl));
  if (access.email) ways.push(v.p.viaEmail(access.email));
  const nda = access.ndaProcess?.trim() ? ` ${sentence(capitalise(access.ndaProcess.trim()))}` : '';
  if (!restricted) {
    return ways.length ? v.p.download(what, ways.join(v.p.or)) : v.p.sendOnRequest(what);
  }
  return ways.length
    ? `${v.p.requestUnderNda(what, ways.join(v.p.or))}${nda}`
    : `${v.p.shareUnderNda(what)}${nda}`;
}

interface Parts extends Voice {
  text: string[];
  attach: string[];
  /** Advice speaks to the user, not to the buyer: messages said in the extension's language. */
  advice: RuleSentence[];
}

/**
 * A report's name in the advice: the official name ("SOC 2 Type 2"), which stays as it is in
 * every language the advice is said in.
 */
function enLabel(report: ReportId, type?: ReportType | null): string {
  return reportName(report, type, 'in-text');
}

/** A day in the advice, written in the reader's language when shown; '' when malformed. */
function adviceDay(value: string | Date | undefined): RuleSentence['subs'][number] {
  const date = typeof value === 'string' || value === undefined ? toDate(value) : value;
  return date ? { day: isoDay(date) } : '';
}

/** Staleness of a held report: bridge letter offer or advice, and the 12-month warning. */
function addFreshness(
  parts: Parts,
  profile: Profile,
  report: SocReport,
  info: SocReportInfo,
  today: Date,
): void {
  const end = toDate(endOf(info));
  if (!end) {
    parts.advice.push(said('rulesAdviceAddPeriod', enLabel(report, info.type)));
    return;
  }
  if (end.getTime() > today.getTime()) {
    // A report is issued after the day it speaks to: a future date is a typo or a planned report.
    parts.advice.push(
      said(
        info.type === 'type1' ? 'rulesAdviceFutureAsOf' : 'rulesAdviceFuturePeriodEnd',
        enLabel(report, info.type),
        adviceDay(end),
      ),
    );
    return;
  }
  const age = monthsBetween(end, today);
  if (age < BRIDGE_AFTER_MONTHS || (age === BRIDGE_AFTER_MONTHS && !afterMonths(end, age, today))) {
    return;
  }
  if (profile.bridgeLetterAvailable) {
    parts.text.push(parts.p.bridgeCoversSince(parts.company, formatIn(parts, dayAfter(end))));
    parts.attach.push(capitalise(parts.p.bridgeLetter));
  } else if (age < STALE_AFTER_MONTHS) {
    parts.advice.push(
      said(
        info.type === 'type1' ? 'rulesAdviceBridgeAsOf' : 'rulesAdviceBridgePeriod',
        enLabel(report, info.type),
        adviceDay(end),
        String(age),
        adviceDay(dayAfter(end)),
      ),
    );
  }
  if (age >= STALE_AFTER_MONTHS) {
    const months = String(STALE_AFTER_MONTHS);
    const asOf = info.type === 'type1';
    parts.advice.push(
      info.nextReportDate
        ? said(
            asOf ? 'rulesAdviceStaleAsOfNext' : 'rulesAdviceStalePeriodNext',
            months,
            adviceDay(end),
            adviceDay(info.nextReportDate),
          )
        : said(asOf ? 'rulesAdviceStaleAsOf' : 'rulesAdviceStalePeriod', months, adviceDay(end)),
    );
    if (info.nextReportDate) {
      parts.text.push(parts.p.nextExpected(formatIn(parts, info.nextReportDate)));
    }
  }
}

/** The answer when the SOC report asked for is held. */
function heldSoc(
  parts: Parts,
  profile: Profile,
  report: SocReport,
  asked: ReportType | null,
  info: SocReportInfo,
  today: Date,
): void {
  const { p, company } = parts;
  const name = heldName(parts, report, info);
  const cover = coverage(parts, info);
  const restricted = report !== 'soc3';

  if (report !== 'soc3' && asked === 'type2' && info.type === 'type1') {
    // Honest: a Type 1 is not a Type 2 (docs/design.md, Type 1 / Type 2); say when the Type 2 comes.
    parts.text.push(p.onlyType1(company, name, cover));
    parts.text.push(
      info.nextReportDate
        ? p.firstExpected(label(parts, report, 'type2'), formatIn(parts, info.nextReportDate))
        : p.noneYet(company, label(parts, report, 'type2')),
    );
    if (!info.nextReportDate) {
      parts.advice.push(said('rulesAdviceAddFirstType2', enLabel(report, 'type2')));
    }
    parts.text.push(accessSentence(parts, profile.access, restricted, 'type1'));
    parts.attach.push(capitalise(name));
    addFreshness(parts, profile, report, info, today);
    return;
  }

  parts.text.push(p.heldOpening(company, name, cover));
  if (report === 'soc3') parts.text.push(p.generalUse);
  if (info.auditor?.trim()) parts.text.push(p.auditor(info.auditor.trim()));
  if (asked === 'type1' && info.type === 'type2') parts.text.push(p.type2AlsoDesign);
  if (asked !== 'type1' && info.type === 'type1' && report !== 'soc3') {
    if (info.nextReportDate) {
      parts.text.push(
        p.firstExpected(label(parts, report, 'type2'), formatIn(parts, info.nextReportDate)),
      );
    }
    parts.advice.push(
      info.nextReportDate
        ? said('rulesAdviceType2Named')
        : said('rulesAdviceType2AddDate', enLabel(report, 'type2')),
    );
  }
  parts.text.push(accessSentence(parts, profile.access, restricted));
  parts.attach.push(capitalise(name));
  if (report === 'soc3') {
    parts.advice.push(said('rulesAdviceSoc3Held'));
  }
  if (!info.type && report !== 'soc3') {
    parts.advice.push(said('rulesAdviceSayType', enLabel(report)));
  }
  addFreshness(parts, profile, report, info, today);
}

/** The best report to offer instead, in the order buyers accept them for security reviews. */
function alternative(v: Voice, profile: Profile, today: Date): string | undefined {
  if (profile.soc2.held) {
    return v.p.altSoc2(v.company, heldName(v, 'soc2', profile.soc2), periodPhrase(v, profile.soc2));
  }
  if (profile.iso27001.held && !isoExpired(profile, today)) {
    return v.p.altIso(v.company, formatIn(v, profile.iso27001.expiry));
  }
  return undefined;
}

function isoExpired(profile: Profile, today: Date): boolean {
  const expiry = toDate(profile.iso27001.expiry);
  return !!expiry && expiry.getTime() < today.getTime();
}

function holdsNothing(profile: Profile): boolean {
  return !profile.soc1.held && !profile.soc2.held && !profile.soc3.held && !profile.iso27001.held;
}

/**
 * Nothing held: say so honestly, name any expected date, and give the advice of docs/design.md: a
 * Type 1 fast to unblock the deal, then a Type 2. `opening` replaces the first sentence when the
 * caller already said what is missing.
 */
function nothingHeld(parts: Parts, profile: Profile, request: Reading, opening?: string): void {
  const { report, type } = request;
  // The report the advice is about: SOC 1 for a financial-reporting service asked for SOC 1,
  // otherwise SOC 2, the default for security reviews.
  const target = report === 'soc1' ? 'soc1' : 'soc2';
  parts.text.push(opening ?? parts.p.nothing[report](parts.company, label(parts, report, type)));
  const planned = profile[target].nextReportDate;
  if (planned) {
    parts.text.push(parts.p.firstExpected(label(parts, target), formatIn(parts, planned)));
  }
  parts.text.push(parts.p.meantime);
  parts.advice.push(
    said('rulesAdviceType1Fast', enLabel(target)),
    said('rulesAdviceLeadWithRevenue'),
  );
}

/**
 * Offers the held SOC 2 in place of what was asked: `text`, how buyers get the report, the
 * report as the attachment, and `advice` for the user.
 */
function offerSoc2(parts: Parts, profile: Profile, text: string, advice?: RuleSentence): void {
  parts.text.push(text, accessSentence(parts, profile.access, true));
  parts.attach.push(capitalise(heldName(parts, 'soc2', profile.soc2)));
  if (advice) parts.advice.push(advice);
}

/** SOC 1 asked for, not held: whether it applies at all, and what to offer instead. */
function soc1Missing(parts: Parts, request: Reading, profile: Profile, today: Date): void {
  const alt = alternative(parts, profile, today);
  const altAttach = profile.soc2.held
    ? capitalise(heldName(parts, 'soc2', profile.soc2))
    : parts.p.isoCertificate;
  if (profile.touchesFinancialReporting === false) {
    parts.text.push(parts.p.soc1NotApplicable(parts.company));
    parts.advice.push(said('rulesAdviceSoc1Aside'));
    if (alt) {
      parts.text.push(alt, accessSentence(parts, profile.access, true));
      parts.attach.push(altAttach);
    } else if (holdsNothing(profile)) {
      nothingHeld(parts, profile, { ...request, report: 'soc2', type: null });
    }
    return;
  }
  parts.advice.push(
    said(profile.touchesFinancialReporting ? 'rulesAdviceSoc1Touches' : 'rulesAdviceSayFinancial'),
  );
  if (!alt && holdsNothing(profile)) {
    nothingHeld(parts, profile, request);
    return;
  }
  parts.text.push(parts.p.noSoc1(parts.company));
  if (profile.soc1.nextReportDate) {
    parts.text.push(
      parts.p.firstExpected(label(parts, 'soc1'), formatIn(parts, profile.soc1.nextReportDate)),
    );
  }
  if (alt) {
    parts.text.push(alt, accessSentence(parts, profile.access, true));
    parts.attach.push(altAttach);
  }
}

/** SOC 2 asked for, not held: an ISO/IEC 27001 certificate or a SOC 1 said for what it is. */
function soc2Missing(parts: Parts, request: Reading, profile: Profile, today: Date): void {
  const { p, company } = parts;
  if (profile.iso27001.held && !isoExpired(profile, today)) {
    parts.text.push(p.noSoc2WithIso(company, formatIn(parts, profile.iso27001.expiry)));
    if (profile.soc2.nextReportDate) {
      parts.text.push(
        p.firstExpected(label(parts, 'soc2'), formatIn(parts, profile.soc2.nextReportDate)),
      );
    }
    parts.text.push(accessSentence(parts, profile.access, false, 'certificate'));
    parts.attach.push(p.isoCertificate);
    parts.advice.push(said('rulesAdviceIsoNotSoc2'));
    return;
  }
  if (profile.soc1.held) {
    parts.text.push(p.noSoc2WithSoc1(company, heldName(parts, 'soc1', profile.soc1)));
    if (profile.soc2.nextReportDate) {
      parts.text.push(
        p.firstExpected(label(parts, 'soc2'), formatIn(parts, profile.soc2.nextReportDate)),
      );
    }
    parts.advice.push(said('rulesAdviceSoc2WithSoc1Firm'));
    return;
  }
  nothingHeld(parts, profile, request);
}

/** SOC 3 asked for, not held: the SOC 2 it would summarise. */
function soc3Missing(parts: Parts, request: Reading, profile: Profile, _today: Date): void {
  if (profile.soc2.held) {
    offerSoc2(
      parts,
      profile,
      parts.p.noSoc3(
        parts.company,
        heldName(parts, 'soc2', profile.soc2),
        coverage(parts, profile.soc2),
      ),
      said('rulesAdviceAskSoc3'),
    );
    return;
  }
  nothingHeld(parts, profile, request);
}

/** ISO/IEC 27001 asked for: the certificate, an expired one, or a SOC 2 in its place. */
function isoAnswer(parts: Parts, request: Reading, profile: Profile, today: Date): void {
  const { p, company } = parts;
  if (profile.iso27001.held) {
    const { expiry, certificationBody } = profile.iso27001;
    const body = certificationBody?.trim() ?? '';
    if (isoExpired(profile, today)) {
      parts.text.push(p.isoExpired(company, body, formatIn(parts, expiry)));
      parts.advice.push(said('rulesAdviceIsoExpired', adviceDay(expiry)));
      const alt = alternative(parts, profile, today);
      if (alt && profile.soc2.held) offerSoc2(parts, profile, alt);
      return;
    }
    parts.text.push(
      p.isoHeld(company, body, formatIn(parts, expiry)),
      accessSentence(parts, profile.access, false, 'certificate'),
    );
    parts.attach.push(p.isoCertificate);
    if (!expiry) parts.advice.push(said('rulesAdviceAddExpiry'));
    return;
  }
  if (profile.soc2.held) {
    offerSoc2(
      parts,
      profile,
      p.isoMissing(
        company,
        heldName(parts, 'soc2', profile.soc2),
        periodPhrase(parts, profile.soc2),
      ),
      said('rulesAdviceIsoVsSoc2'),
    );
    return;
  }
  nothingHeld(parts, profile, request);
}

/** Bridge letter asked for: it extends the latest SOC report, so name that report's period end. */
function bridgeAnswer(parts: Parts, request: Reading, profile: Profile, today: Date): void {
  const { p, company } = parts;
  const base = profile.soc2.held ? 'soc2' : profile.soc1.held ? 'soc1' : undefined;
  const info = base ? profile[base] : undefined;
  const end = info ? endOf(info) : undefined;
  const endDate = toDate(end);
  const latest =
    base && info && endDate
      ? {
          name: heldName(parts, base, info),
          asOf: info.type === 'type1',
          date: formatIn(parts, endDate),
        }
      : undefined;
  if (profile.bridgeLetterAvailable) {
    parts.text.push(
      p.bridgeHeld(
        company,
        latest && endDate ? { ...latest, from: formatIn(parts, dayAfter(endDate)) } : undefined,
      ),
      accessSentence(parts, profile.access, true),
    );
    parts.attach.push(capitalise(p.bridgeLetter));
    if (base && info) parts.attach.push(capitalise(heldName(parts, base, info)));
    return;
  }
  if (base && info) {
    const age = endDate ? monthsBetween(endDate, today) : undefined;
    parts.text.push(p.bridgeMissing(company, latest));
    parts.advice.push(
      said(
        age !== undefined && age < BRIDGE_AFTER_MONTHS
          ? 'rulesAdviceBridgeNotNeeded'
          : 'rulesAdviceBridgeSign',
      ),
    );
    return;
  }
  nothingHeld(parts, profile, request);
}

/** Per report asked for: the answer when the profile does not hold it (or never holds it). */
const TAILORED: Record<
  ReportId,
  (parts: Parts, request: Reading, profile: Profile, today: Date) => void
> = {
  soc1: soc1Missing,
  soc2: soc2Missing,
  soc3: soc3Missing,
  iso27001: isoAnswer,
  'bridge-letter': bridgeAnswer,
};

function tailored(voice: Voice, request: Reading, profile: Profile, today: Date): Parts {
  const parts: Parts = { ...voice, text: [], attach: [], advice: [] };
  const { report, type } = request;
  if (isSocReport(report)) {
    const info = profile[report];
    if (info.held) {
      heldSoc(parts, profile, report, type, info, today);
      return parts;
    }
  }
  TAILORED[report](parts, request, profile, today);
  return parts;
}

/**
 * Fills the placeholders of the user's own wording with values written in the wording's
 * language (`voice`): a German text gets "1. Juli 2025" and "SOC 2 Typ 2". Unknown placeholders
 * stay as written. In English the report keeps the name the advice uses ("bridge letter" in
 * lower case, inside the user's sentence).
 */
function fillWording(
  template: string,
  voice: Voice,
  request: Reading,
  profile: Profile,
  access: string,
): string {
  const info = isSocReport(request.report)
    ? profile[request.report]
    : request.report === 'bridge-letter'
      ? profile.soc2.held
        ? profile.soc2
        : profile.soc1
      : undefined;
  const type =
    info && request.report !== 'bridge-letter' && request.report !== 'iso27001'
      ? info.type
      : request.type;
  const values: Record<string, string> = {
    company: voice.company,
    report: voice.p === EN ? enLabel(request.report, type) : label(voice, request.report, type),
    period: info ? periodPhrase(voice, info) : '',
    auditor: (info ? info.auditor : profile.iso27001.certificationBody)?.trim() ?? '',
    next: info?.nextReportDate ? formatIn(voice, info.nextReportDate) : '',
    expiry: formatIn(voice, profile.iso27001.expiry),
    access,
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** How to answer: the day to compute report ages from, and the language's sentences. */
export interface AnswerOptions {
  /** The day to compute report ages from; tests pass a fixed date. @default new Date() */
  today?: Date;
  /**
   * The sentences of the answer's language (`answerIn` picks them by language). English by
   * default, so a bundle that only answers in English (the content script's card) carries no
   * other language's tables: they would make its load task long.
   */
  phrases?: AnswerPhrases;
  /**
   * The language `phrases` are in, which picks the user's own wording in that language (else the
   * English one). @default 'en'
   */
  language?: Language;
}

/**
 * The answer to give to one report request.
 *
 * @param request what the questionnaire asks for (from `analyze`).
 * @param profile the vendor's profile; without one (or with an empty one) the answer is generic,
 *   with placeholders in brackets and the advice of docs/design.md.
 * @param options the day to compute report ages from and the answer's sentences; a bare date is
 *   the day. The text and what to attach are in that language; the advice speaks to the user,
 *   so it is messages the screens say in the extension's language. The profile's own `wording`
 *   in the options' `language` replaces the answer; without one there, its English wording does
 *   (in English).
 * @returns the sentence to paste, what to attach, and advice for the user.
 * @example answerFor({ report: 'soc2', type: 'type2', reasons: [] }, profile)
 */
export function answerFor(
  request: Reading,
  profile?: Profile,
  options: Date | AnswerOptions = {},
): Answer {
  const {
    today = new Date(),
    phrases: p = EN,
    language = 'en',
  } = options instanceof Date ? { today: options } : options;
  const day = dayOf(today);
  if (!profile || !isProfileFilled(profile)) {
    const generic = p.generic[request.report](
      label({ p, company: '' }, request.report, request.type),
    );
    return { ...generic, advice: [...GENERIC[request.report], UNSURE, FILL_PROFILE] };
  }
  const voice: Voice = { p, company: profile.company.trim() || p.ourCompany };
  const own = ownWordingFor(profile.wording, request.report, language);
  if (own) {
    // English own wording stands in for a language without its own: the user's facts beat our
    // generic sentences. Its placeholders and attachments are then English too.
    const ownVoice: Voice =
      own.language === 'en' ? { p: EN, company: profile.company.trim() || EN.ourCompany } : voice;
    const parts = tailored(ownVoice, request, profile, day);
    const access = accessSentence(ownVoice, profile.access, request.report !== 'soc3');
    return withAttach(fillWording(own.text, ownVoice, request, profile, access), parts);
  }
  const parts = tailored(voice, request, profile, day);
  return withAttach(parts.text.join(p.sentenceGap), parts);
}

function withAttach(text: string, parts: Parts): Answer {
  const answer: Answer = { text, advice: parts.advice };
  const attach = [...new Set(parts.attach)];
  if (attach.length) answer.attach = attach.join(parts.p.listGap);
  return answer;
}
