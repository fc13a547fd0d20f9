/**
 * Facts about each report a questionnaire can ask for, in our own words (docs/design.md, "Domain
 * facts"): its names, whether it has a type, and the order we show reports in. Every user-visible
 * name of a report comes from `reportName` here, so cards, popup, answers and the options page
 * agree, and a translation has one place to hook into.
 */
import type { Reading, ReportId, ReportType, RuleSentence } from './types';

/** What we show about one report. */
export interface ReportInfo {
  /** As a heading or label: "SOC 2", "ISO/IEC 27001", "Bridge letter". */
  title: string;
  /** Short, inside a sentence, with its article: "ISO 27001", "a bridge letter". */
  inSentence: string;
  /** Whether the report comes as Type 1 or Type 2 (SOC 1 and SOC 2 only). */
  typed: boolean;
}

/** Every report id, in display order: the ones people act on first. */
export const REPORT_IDS: readonly ReportId[] = [
  'soc2',
  'soc1',
  'soc3',
  'iso27001',
  'bridge-letter',
];

/** Display facts per report id. */
export const REPORTS: Record<ReportId, ReportInfo> = {
  soc2: {
    title: 'SOC 2',
    inSentence: 'SOC 2',
    typed: true,
  },
  soc1: {
    title: 'SOC 1',
    inSentence: 'SOC 1',
    typed: true,
  },
  soc3: {
    title: 'SOC 3',
    inSentence: 'SOC 3',
    typed: false,
  },
  iso27001: {
    title: 'ISO/IEC 27001',
    inSentence: 'ISO 27001',
    typed: false,
  },
  'bridge-letter': {
    title: 'Bridge letter',
    inSentence: 'a bridge letter',
    typed: false,
  },
};

/** The reports that come as Type 1 or Type 2. */
export type TypedReport = 'soc1' | 'soc2';

/** Is `value` one of our report ids? (For data read from a message or a worker.) */
export function isReportId(value: unknown): value is ReportId {
  return REPORT_IDS.includes(value as ReportId);
}

/** Is `value` a report type, or `null` for none? (For data read from a message or a worker.) */
export function isReportTypeOrNone(value: unknown): value is ReportType | null {
  return value === null || value === 'type1' || value === 'type2';
}

/** Does `report` come as Type 1 or Type 2? (SOC 1 and SOC 2 do; nothing else has a type.) */
export function isTyped(report: ReportId | null | undefined): report is TypedReport {
  return !!report && REPORTS[report]?.typed === true;
}

/** The two reports with a type, in display order. */
export const TYPED_REPORTS: readonly TypedReport[] = REPORT_IDS.filter(isTyped);

const TYPE_NAMES: Record<ReportType, string> = { type1: 'Type 1', type2: 'Type 2' };

/** "Type 1" / "Type 2". */
export function typeName(type: ReportType): string {
  return TYPE_NAMES[type];
}

/**
 * How a name is used:
 * - `title`: a heading or label, in full ("ISO/IEC 27001", "Bridge letter");
 * - `in-text`: the full name inside a sentence ("ISO/IEC 27001", "bridge letter");
 * - `sentence`: the short name inside a sentence, with its article ("ISO 27001", "a bridge letter");
 * - `short`: the short name as a label ("ISO 27001", "Bridge letter").
 */
export type NameForm = 'title' | 'in-text' | 'sentence' | 'short';

/** A leading article of an in-sentence name ("a bridge letter"). */
const ARTICLE = /^(?:an?|the) /;

const upperFirst = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * The one naming function: the name a user reads for a report and, for a typed report (SOC 1,
 * SOC 2), its type. A report without a type ignores `type`.
 *
 * @example reportName('soc2', 'type2') // "SOC 2 Type 2"
 * @example reportName('iso27001') // "ISO/IEC 27001"
 * @example reportName('iso27001', null, 'short') // "ISO 27001"
 * @example reportName('bridge-letter', 'type2', 'sentence') // "a bridge letter"
 */
export function reportName(
  report: ReportId,
  type?: ReportType | null,
  form: NameForm = 'title',
): string {
  const info = REPORTS[report];
  if (!info) return String(report);
  const common = ARTICLE.test(info.inSentence);
  const name =
    form === 'title'
      ? info.title
      : form === 'in-text'
        ? common
          ? lowerFirst(info.title)
          : info.title
        : form === 'sentence'
          ? info.inSentence
          : upperFirst(info.inSentence.replace(ARTICLE, ''));
  return type && info.typed ? `${name} ${typeName(type)}` : name;
}

/** Joins names as English does: "A", "A and B", "A, B and C". */
function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * The reports the findings ask for, one each, in the order of `REPORT_IDS`, with the type to name:
 * Type 2 when any request asks for it (a Type 2 also answers a Type 1 request), Type 1 when only
 * Type 1 is asked, and no type otherwise.
 */
export function verdictReports(
  findings: readonly Omit<Reading, 'reasons'>[],
): { report: ReportId; type: ReportType | null }[] {
  const types = new Map<ReportId, Set<ReportType>>();
  for (const { report, type } of findings) {
    const set = types.get(report) ?? new Set<ReportType>();
    if (type) set.add(type);
    types.set(report, set);
  }
  return REPORT_IDS.filter((report) => types.has(report)).map((report) => {
    const set = types.get(report) ?? new Set<ReportType>();
    return { report, type: set.has('type2') ? 'type2' : set.has('type1') ? 'type1' : null };
  });
}

/**
 * Names every report the findings ask for, in one English phrase: "SOC 2 Type 2, ISO 27001 and a
 * bridge letter" ('' for none).
 */
export function verdictNames(findings: readonly Omit<Reading, 'reasons'>[]): string {
  return joinNames(
    verdictReports(findings).map(({ report, type }) => reportName(report, type, 'sentence')),
  );
}

/**
 * Our reading of one request, in one line: the report, its type and the main reason, said by
 * `say` (the UI language's, or English for a message to PJ).
 *
 * @example readingOf({ report: 'soc2', type: 'type2', reasons: [typeSaid] }, sayInEnglish)
 * // 'SOC 2 Type 2: Type 2: the text says “Type II”'
 */
export function readingOf(
  reading: Reading,
  say: (sentence: RuleSentence) => string,
  name: (report: ReportId, type: ReportType | null) => string = (report, type) =>
    reportName(report, type, 'short'),
): string {
  const title = name(reading.report, reading.type);
  const first = reading.reasons[0];
  const reason = first ? say(first).trim() : '';
  return reason ? `${title}: ${reason.replace(/\.$/, '')}` : title;
}
