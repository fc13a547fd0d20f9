/**
 * Turns a reading (report and type) plus the vendor's profile into the answer to give: the
 * sentence to paste in the portal, what to attach, and advice for the user (issue #6 "Answers",
 * issue #3 "Answers"). Without a profile the answer is generic (./generic-answers), with the
 * advice of DESIGN.md ("Advice we give"); with one it states the user's own reports, periods and
 * how to get them, and says honestly what they do not have.
 *
 * Every date is computed from `today`; nothing here knows what day it is.
 *
 * Over 500 lines because it is mostly sentences: one function per report asked for (`TAILORED`)
 * plus the held-report and freshness cases they share; split further, each part would import
 * every other.
 */
import { FILL_PROFILE, GENERIC, UNSURE } from './generic-answers';
import { afterMonths, dayAfter, dayOf, formatDate, monthsBetween, toDate } from './dates';
import { isProfileFilled, type Profile, type ReportAccess, type SocReportInfo } from './profile';
import { reportName } from './reports';
import type { Answer, Reading, ReportId, ReportType } from './types';

/** Past this many months after the period end, buyers ask for a bridge letter (DESIGN.md). */
export const BRIDGE_AFTER_MONTHS = 3;
/** Past this many months after the period end, many buyers no longer accept the report. */
export const STALE_AFTER_MONTHS = 12;

/** The reports a profile describes with a `SocReportInfo` (held, type, period, auditor). */
type SocReport = 'soc1' | 'soc2' | 'soc3';

function isSocReport(report: ReportId): report is SocReport {
  return report === 'soc1' || report === 'soc2' || report === 'soc3';
}

/** "SOC 2 Type 2 report": a held report, named with its type. */
function heldName(report: SocReport, info: SocReportInfo): string {
  return `${label(report, info.type)} report`;
}

/** A report's full name inside a sentence: "SOC 2 Type 2", "ISO/IEC 27001", "bridge letter". */
function label(report: ReportId, type?: ReportType | null): string {
  return reportName(report, type, 'in-text');
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
function coverage(info: SocReportInfo): string {
  if (info.type === 'type1' && (info.asOf || (info.periodEnd && !info.periodStart))) {
    return `examines the design of our controls as of ${formatDate(endOf(info))}`;
  }
  if (info.periodStart && info.periodEnd) {
    return `covers ${formatDate(info.periodStart)} to ${formatDate(info.periodEnd)}`;
  }
  if (info.periodEnd) return `covers a period ending ${formatDate(info.periodEnd)}`;
  return '';
}

function periodPhrase(info: SocReportInfo): string {
  if (info.type === 'type1' && endOf(info)) return `as of ${formatDate(endOf(info))}`;
  if (info.periodStart && info.periodEnd) {
    return `${formatDate(info.periodStart)} to ${formatDate(info.periodEnd)}`;
  }
  return info.periodEnd ? `the period ending ${formatDate(info.periodEnd)}` : '';
}

/** How buyers get a restricted-use report (SOC 1, SOC 2: under NDA, DESIGN.md). */
function accessSentence(access: ReportAccess, restricted: boolean, what = 'it'): string {
  const ways: string[] = [];
  if (access.trustCenterUrl) ways.push(`through our trust centre at ${access.trustCenterUrl}`);
  if (access.email) ways.push(`by email to ${access.email}`);
  const nda = access.ndaProcess?.trim() ? ` ${sentence(capitalise(access.ndaProcess.trim()))}` : '';
  if (!restricted) {
    return ways.length
      ? `You can download ${what} ${ways.join(' or ')}.`
      : `We are glad to send ${what} on request.`;
  }
  return ways.length
    ? `You can request ${what} under NDA ${ways.join(' or ')}.${nda}`
    : `We share ${what} under NDA on request.${nda}`;
}

interface Parts {
  text: string[];
  attach: string[];
  advice: string[];
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
    parts.advice.push(
      `Add the period of your ${label(report, info.type)} report to your profile: buyers check how recent it is.`,
    );
    return;
  }
  if (end.getTime() > today.getTime()) {
    // A report is issued after the day it speaks to: a future date is a typo or a planned report.
    parts.advice.push(
      `Your ${label(report, info.type)} report's ${info.type === 'type1' ? 'as-of date' : 'period end'} (${formatDate(end)}) is in the future: a report is issued only after it. Check the dates, or untick "held" and give the expected date instead.`,
    );
    return;
  }
  const age = monthsBetween(end, today);
  if (age < BRIDGE_AFTER_MONTHS || (age === BRIDGE_AFTER_MONTHS && !afterMonths(end, age, today))) {
    return;
  }
  if (profile.bridgeLetterAvailable) {
    parts.text.push(
      `A bridge letter from our management covers the time from ${formatDate(dayAfter(end))} to today.`,
    );
    parts.attach.push('Bridge letter');
  } else if (age < STALE_AFTER_MONTHS) {
    const dated =
      info.type === 'type1'
        ? `report is as of ${formatDate(end)}, ${age} months ago`
        : `period ended ${age} months ago (${formatDate(end)})`;
    parts.advice.push(
      `Your ${label(report, info.type)} ${dated}: buyers will ask what happened since. Have your management sign a bridge letter covering ${formatDate(dayAfter(end))} to today, and mark it available in your profile.`,
    );
  }
  if (age >= STALE_AFTER_MONTHS) {
    const next = info.nextReportDate
      ? ` Your profile says the next one is expected by ${formatDate(info.nextReportDate)}.`
      : ' Schedule the next examination with your CPA firm now.';
    parts.advice.push(
      `Warning: this report is more than ${STALE_AFTER_MONTHS} months old (${info.type === 'type1' ? 'as of' : 'its period ended'} ${formatDate(end)}). Many buyers no longer accept it, and a bridge letter does not stretch that far.${next}`,
    );
    if (info.nextReportDate) {
      parts.text.push(`Our next report is expected by ${formatDate(info.nextReportDate)}.`);
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
  const name = heldName(report, info);
  const cover = coverage(info);
  const restricted = report !== 'soc3';

  if (report !== 'soc3' && asked === 'type2' && info.type === 'type1') {
    // Honest: a Type 1 is not a Type 2 (DESIGN.md, Type 1 / Type 2); say when the Type 2 comes.
    parts.text.push(
      `We currently hold a ${name}, which ${cover || 'examines the design of our controls at a point in time'}; it does not yet test operating effectiveness over a period.`,
    );
    parts.text.push(
      info.nextReportDate
        ? `Our first ${label(report, 'type2')} report is expected by ${formatDate(info.nextReportDate)}.`
        : `We do not have a ${label(report, 'type2')} report yet.`,
    );
    if (!info.nextReportDate) {
      parts.advice.push(
        `Add the expected date of your first ${label(report, 'type2')} to your profile: buyers who ask for Type 2 want to know when it comes.`,
      );
    }
    parts.text.push(accessSentence(profile.access, restricted, `the Type 1 report`));
    parts.attach.push(capitalise(name));
    addFreshness(parts, profile, report, info, today);
    return;
  }

  const opening =
    report === 'soc3'
      ? `Yes. Our ${name}${cover ? ` ${cover}` : ' is available'}. It is a general-use report, so you are free to share it.`
      : `Yes. Our ${name}${cover ? ` ${cover}` : ' is available'}.`;
  parts.text.push(opening);
  if (info.auditor?.trim()) {
    parts.text.push(
      `The examination was performed by ${info.auditor.trim()}, an independent CPA firm.`,
    );
  }
  if (asked === 'type1' && info.type === 'type2') {
    parts.text.push(
      'A Type 2 report covers the design of our controls, as a Type 1 does, and also tests that they operated effectively over the period.',
    );
  }
  if (asked !== 'type1' && info.type === 'type1' && report !== 'soc3') {
    if (info.nextReportDate) {
      parts.text.push(
        `Our first ${label(report, 'type2')} report is expected by ${formatDate(info.nextReportDate)}.`,
      );
    }
    parts.advice.push(
      `Many buyers expect a Type 2 (operating effectiveness over a period): ${info.nextReportDate ? 'the answer names your expected date' : `add the expected date of your first ${label(report, 'type2')} to your profile`}.`,
    );
  }
  parts.text.push(accessSentence(profile.access, restricted));
  parts.attach.push(capitalise(name));
  if (report === 'soc3') {
    parts.advice.push(
      'A SOC 3 is public: share it freely, without an NDA. Buyers who need the detail will ask for the SOC 2 it summarises.',
    );
  }
  if (!info.type && report !== 'soc3') {
    parts.advice.push(
      `Say in your profile whether your ${label(report)} report is Type 1 or Type 2: buyers usually ask.`,
    );
  }
  addFreshness(parts, profile, report, info, today);
}

/** The best report to offer instead, in the order buyers accept them for security reviews. */
function alternative(profile: Profile, today: Date): string | undefined {
  if (profile.soc2.held) {
    const period = periodPhrase(profile.soc2);
    return `Our ${heldName('soc2', profile.soc2)}${period ? ` (${period})` : ''} covers the security of customer data.`;
  }
  if (profile.iso27001.held && !isoExpired(profile, today)) {
    const until = profile.iso27001.expiry
      ? ` (certificate valid until ${formatDate(profile.iso27001.expiry)})`
      : '';
    return `We are certified to ISO/IEC 27001${until}, which covers our information security management system.`;
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
 * Nothing held: say so honestly, name any expected date, and give the advice of DESIGN.md: a
 * Type 1 fast to unblock the deal, then a Type 2. `opening` replaces the first sentence when the
 * caller already said what is missing.
 */
function nothingHeld(parts: Parts, profile: Profile, request: Reading, opening?: string): void {
  const { report, type } = request;
  // The report the advice is about: SOC 1 for a financial-reporting service asked for SOC 1,
  // otherwise SOC 2, the default for security reviews.
  const target = report === 'soc1' ? 'soc1' : 'soc2';
  const first: Record<ReportId, string> = {
    soc1: `We do not currently have a ${label('soc1', type)} report.`,
    soc2: `We do not yet have a ${label('soc2', type)} report.`,
    soc3: 'We do not yet have a SOC 3 report, nor the SOC 2 report it summarises.',
    iso27001: 'We are not yet certified to ISO/IEC 27001, and we do not yet have a SOC 2 report.',
    'bridge-letter':
      'We do not have a bridge letter: a bridge letter extends a SOC report, and we do not yet have one.',
  };
  parts.text.push(opening ?? first[report]);
  const planned = profile[target].nextReportDate;
  if (planned) {
    parts.text.push(`We expect our first ${label(target)} report by ${formatDate(planned)}.`);
  }
  parts.text.push(
    'In the meantime, we are glad to answer your security questionnaire in full and walk your team through our controls.',
  );
  parts.advice.push(
    `Deals stalled in review: get a ${label(target)} Type 1 fast to unblock them (it examines design at a point in time), then a Type 2 covering a period of usually 3 to 12 months.`,
    'Lead with the report that revenue is waiting on, and ask the buyer’s security or procurement team what they will accept meanwhile.',
  );
}

/**
 * Offers the held SOC 2 in place of what was asked: `text`, how buyers get the report, the
 * report as the attachment, and `advice` for the user.
 */
function offerSoc2(parts: Parts, profile: Profile, text: string, advice?: string): void {
  parts.text.push(text, accessSentence(profile.access, true));
  parts.attach.push(capitalise(heldName('soc2', profile.soc2)));
  if (advice) parts.advice.push(advice);
}

/** SOC 1 asked for, not held: whether it applies at all, and what to offer instead. */
function soc1Missing(parts: Parts, request: Reading, profile: Profile, today: Date): void {
  const alt = alternative(profile, today);
  const altAttach = profile.soc2.held
    ? capitalise(heldName('soc2', profile.soc2))
    : 'ISO/IEC 27001 certificate';
  if (profile.touchesFinancialReporting === false) {
    parts.text.push(
      `SOC 1 does not apply to ${profile.company.trim() ? `${profile.company.trim()}'s service` : 'our service'}: a SOC 1 report covers controls relevant to our customers' internal control over financial reporting (ICFR), and our service does not process transactions or data that feed our customers' financial statements.`,
    );
    parts.advice.push(
      'A SaaS company that does not touch customers’ financial reporting does SOC 2 and can leave SOC 1 aside until a financial-reporting customer demands it.',
    );
    if (alt) {
      parts.text.push(alt, accessSentence(profile.access, true));
      parts.attach.push(altAttach);
    } else if (holdsNothing(profile)) {
      nothingHeld(parts, profile, { ...request, report: 'soc2', type: null });
    }
    return;
  }
  parts.advice.push(
    profile.touchesFinancialReporting
      ? 'Your service touches customers’ financial reporting, so their auditors will keep asking for SOC 1. Payments and payroll platforms often need both SOC 1 and SOC 2: use one CPA firm, one fieldwork window and shared evidence.'
      : 'Say in your profile whether your service touches customers’ financial reporting (payroll, billing, payments, loans, claims, fund administration): if it does not, the answer can explain that SOC 1 does not apply.',
  );
  if (!alt && holdsNothing(profile)) {
    nothingHeld(parts, profile, request);
    return;
  }
  parts.text.push('We do not currently have a SOC 1 report.');
  if (profile.soc1.nextReportDate) {
    parts.text.push(
      `Our first SOC 1 report is expected by ${formatDate(profile.soc1.nextReportDate)}.`,
    );
  }
  if (alt) {
    parts.text.push(alt, accessSentence(profile.access, true));
    parts.attach.push(altAttach);
  }
}

/** SOC 2 asked for, not held: an ISO/IEC 27001 certificate or a SOC 1 said for what it is. */
function soc2Missing(parts: Parts, request: Reading, profile: Profile, today: Date): void {
  if (profile.iso27001.held && !isoExpired(profile, today)) {
    const until = profile.iso27001.expiry
      ? ` (certificate valid until ${formatDate(profile.iso27001.expiry)})`
      : '';
    parts.text.push(
      `We do not have a SOC 2 report. We are certified to ISO/IEC 27001${until}, which covers our information security management system and which many buyers accept in place of SOC 2.`,
    );
    if (profile.soc2.nextReportDate) {
      parts.text.push(
        `Our first SOC 2 report is expected by ${formatDate(profile.soc2.nextReportDate)}.`,
      );
    }
    parts.text.push(accessSentence(profile.access, false, 'the certificate'));
    parts.attach.push('ISO/IEC 27001 certificate');
    parts.advice.push(
      'ISO/IEC 27001 is a certification of your security management system, not an attestation report like SOC 2; many buyers accept either, so ask the buyer’s security team whether it will do.',
    );
    return;
  }
  if (profile.soc1.held) {
    parts.text.push(
      `We do not have a SOC 2 report. Our ${heldName('soc1', profile.soc1)} covers controls relevant to our customers' financial reporting, not the security criteria a SOC 2 addresses.`,
    );
    if (profile.soc2.nextReportDate) {
      parts.text.push(
        `Our first SOC 2 report is expected by ${formatDate(profile.soc2.nextReportDate)}.`,
      );
    }
    parts.advice.push(
      'Security reviews ask for SOC 2: plan one with the CPA firm that does your SOC 1, sharing the fieldwork window and evidence.',
    );
    return;
  }
  nothingHeld(parts, profile, request);
}

/** SOC 3 asked for, not held: the SOC 2 it would summarise. */
function soc3Missing(parts: Parts, request: Reading, profile: Profile, _today: Date): void {
  if (profile.soc2.held) {
    const cover = coverage(profile.soc2);
    offerSoc2(
      parts,
      profile,
      `We do not publish a SOC 3 report. Our ${heldName('soc2', profile.soc2)}, the detailed report a SOC 3 summarises,${cover ? ` ${cover} and` : ''} is available to customers.`,
      'A SOC 3 is the general-use summary of a SOC 2: you could share it freely without an NDA. Ask your CPA firm whether it can issue one from the same examination.',
    );
    return;
  }
  nothingHeld(parts, profile, request);
}

/** ISO/IEC 27001 asked for: the certificate, an expired one, or a SOC 2 in its place. */
function isoAnswer(parts: Parts, request: Reading, profile: Profile, today: Date): void {
  if (profile.iso27001.held) {
    const { expiry, certificationBody } = profile.iso27001;
    const by = certificationBody?.trim() ? `, issued by ${certificationBody.trim()}` : '';
    if (isoExpired(profile, today)) {
      parts.text.push(
        `Our ISO/IEC 27001 certificate${by} expired on ${formatDate(expiry)}; recertification is under way.`,
      );
      parts.advice.push(
        `Your ISO/IEC 27001 certificate expired on ${formatDate(expiry)}: check the wording ("recertification is under way") is true, and update the expiry in your profile once renewed.`,
      );
      const alt = alternative(profile, today);
      if (alt && profile.soc2.held) offerSoc2(parts, profile, alt);
      return;
    }
    const until = expiry ? `, valid until ${formatDate(expiry)}` : '';
    parts.text.push(
      `Yes. We are certified to ISO/IEC 27001${by}${until}.`,
      accessSentence(profile.access, false, 'the certificate'),
    );
    parts.attach.push('ISO/IEC 27001 certificate');
    if (!expiry)
      parts.advice.push('Add your certificate’s expiry date to your profile: buyers check it.');
    return;
  }
  if (profile.soc2.held) {
    const period = periodPhrase(profile.soc2);
    offerSoc2(
      parts,
      profile,
      `We are not certified to ISO/IEC 27001. Our ${heldName('soc2', profile.soc2)}${period ? ` (${period})` : ''} covers comparable security controls, and many buyers accept it in place of ISO/IEC 27001 certification.`,
      'ISO/IEC 27001 certifies a security management system; SOC 2 is a CPA firm’s attestation report. They are different things, but many buyers accept either: ask the buyer’s security team.',
    );
    return;
  }
  nothingHeld(parts, profile, request);
}

/** Bridge letter asked for: it extends the latest SOC report, so name that report's period end. */
function bridgeAnswer(parts: Parts, request: Reading, profile: Profile, today: Date): void {
  const base = profile.soc2.held ? 'soc2' : profile.soc1.held ? 'soc1' : undefined;
  const info = base ? profile[base] : undefined;
  const end = info ? endOf(info) : undefined;
  if (profile.bridgeLetterAvailable) {
    const from = end
      ? ` covers the time from ${formatDate(dayAfter(toDate(end)!))} (after the ${info!.type === 'type1' ? 'as-of date' : 'period'} of our ${heldName(base!, info!)}) to today`
      : ` covers the time since the period of our latest SOC report`;
    parts.text.push(
      `Yes. A bridge letter from our management${from}.`,
      accessSentence(profile.access, true),
    );
    parts.attach.push('Bridge letter');
    if (base && info) parts.attach.push(capitalise(heldName(base, info)));
    return;
  }
  if (base && info) {
    const endDate = toDate(end);
    const age = endDate ? monthsBetween(endDate, today) : undefined;
    parts.text.push(
      end
        ? `We do not have a bridge letter at the moment. Our ${heldName(base, info)} ${info.type === 'type1' ? 'is as of' : 'covers a period that ended on'} ${formatDate(end)}.`
        : 'We do not have a bridge letter at the moment.',
    );
    parts.advice.push(
      age !== undefined && age < BRIDGE_AFTER_MONTHS
        ? 'Your report is less than three months old, so it is current on its own; a bridge letter is still easy to provide if the buyer insists.'
        : 'A bridge letter is a short letter from your management saying nothing material changed since the report period ended. Have one signed, then mark it available in your profile.',
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

function tailored(request: Reading, profile: Profile, today: Date): Parts {
  const parts: Parts = { text: [], attach: [], advice: [] };
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

/** Fills the placeholders of the user's own wording. Unknown placeholders stay as written. */
function fillWording(template: string, request: Reading, profile: Profile, access: string): string {
  const info = isSocReport(request.report)
    ? profile[request.report]
    : request.report === 'bridge-letter'
      ? profile.soc2.held
        ? profile.soc2
        : profile.soc1
      : undefined;
  const values: Record<string, string> = {
    company: profile.company.trim() || 'our company',
    report:
      info && request.report !== 'bridge-letter' && request.report !== 'iso27001'
        ? label(request.report, info.type)
        : label(request.report, request.type),
    period: info ? periodPhrase(info) : '',
    auditor: (info ? info.auditor : profile.iso27001.certificationBody)?.trim() ?? '',
    next: info?.nextReportDate ? formatDate(info.nextReportDate) : '',
    expiry: formatDate(profile.iso27001.expiry),
    access,
  };
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/**
 * The answer to give to one report request.
 *
 * @param request what the questionnaire asks for (from `analyze`).
 * @param profile the vendor's profile; without one (or with an empty one) the answer is generic,
 *   with placeholders in brackets and the advice of DESIGN.md.
 * @param today the day to compute report ages from; tests pass a fixed date.
 * @returns the sentence to paste, what to attach, and advice for the user.
 * @example answerFor({ report: 'soc2', type: 'type2', reasons: [] }, profile)
 */
export function answerFor(request: Reading, profile?: Profile, today = new Date()): Answer {
  const day = dayOf(today);
  if (!profile || !isProfileFilled(profile)) {
    const generic = GENERIC[request.report](request.type);
    return { ...generic, advice: [...generic.advice, UNSURE, FILL_PROFILE] };
  }
  const parts = tailored(request, profile, day);
  const own = profile.wording[request.report]?.trim();
  const text = own
    ? fillWording(own, request, profile, accessSentence(profile.access, request.report !== 'soc3'))
    : parts.text.join(' ');
  const answer: Answer = { text, advice: parts.advice };
  const attach = [...new Set(parts.attach)];
  if (attach.length) answer.attach = attach.join(', ');
  return answer;
}
