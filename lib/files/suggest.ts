/**
 * What the page shows for a finding: the answer `lib/rules` gives for each report asked for (the
 * same answers the popup and the cards give, so the wording is the same everywhere), in the
 * language the question is written in, the text to write into the answer cell, and the summary
 * line of a file.
 */
import {
  answerInLanguageOf,
  reportName,
  REPORT_IDS,
  REPORTS,
  type Answer,
  type Language,
  type Profile,
  type ReportId,
  type ReportRequest,
  type ReportType,
} from '../rules';
import type { QuestionnaireFile, QuestionnaireFinding } from './types';

export interface SuggestedAnswer {
  request: ReportRequest;
  /** "SOC 2 Type 2", "ISO/IEC 27001", "Bridge letter". */
  label: string;
  /** The language `answer` is written in: the question's, or the one the user fixed. */
  language: Language;
  answer: Answer;
  /** The English answer, when `language` is not English. */
  english?: Answer;
}

/**
 * The answer to each report a finding asks for, as the popup gives it for the same request, in
 * the language of the finding's question (or in `fixed`, the answer language the user chose).
 */
export function suggestAnswers(
  finding: QuestionnaireFinding,
  profile?: Profile,
  today = new Date(),
  fixed?: Language,
): SuggestedAnswer[] {
  return finding.requests.map((request) => ({
    request,
    label: reportName(request.report, request.type),
    ...answerInLanguageOf(finding.question, request, profile, today, fixed),
  }));
}

/**
 * The text to write into the finding's answer cell: the answers' sentences, each once, in the
 * order the question asks ("SOC 1 or SOC 2" gives both sentences).
 */
export function answerText(
  finding: QuestionnaireFinding,
  profile?: Profile,
  today = new Date(),
  fixed?: Language,
): string {
  const texts = suggestAnswers(finding, profile, today, fixed).map((s) => s.answer.text.trim());
  return [...new Set(texts.filter(Boolean))].join(' ');
}

/** How often the file asks for one report (a type of it, when the questions name one). */
export interface AskedCount {
  report: ReportId;
  type: ReportType | null;
  count: number;
}

/** What the summary line says, as data: the page words it in the user's language. */
export interface FileSummary {
  /** Reports asked for, most asked first (ties in the order of `REPORT_IDS`, Type 2 first). */
  asked: AskedCount[];
  /** Rows with at least one filled cell, in all sheets. */
  rows: number;
  sheets: number;
}

/** The counts behind the summary line. */
export function summaryOf(file: QuestionnaireFile): FileSummary {
  const counts = new Map<string, AskedCount & { order: number }>();
  for (const finding of file.findings) {
    for (const request of finding.requests) {
      // A report that has no types is counted once whatever type a request carries.
      const type = REPORTS[request.report]?.typed ? request.type : null;
      const key = `${request.report}:${type ?? ''}`;
      const typeOrder = type === 'type2' ? 0 : type === 'type1' ? 1 : 2;
      const entry = counts.get(key) ?? {
        report: request.report,
        type,
        count: 0,
        order: REPORT_IDS.indexOf(request.report) * 3 + typeOrder,
      };
      entry.count++;
      counts.set(key, entry);
    }
  }
  const asked = [...counts.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ report, type, count }) => ({ report, type, count }));
  const rows = file.sheets.reduce((sum, sheet) => sum + sheet.rowCount, 0);
  return { asked, rows, sheets: file.sheets.length };
}

/** "SOC 2 Type 2" etc.: the summary's key for a request (bridge letter in lower case mid-line). */
function summaryLabel(asked: AskedCount): string {
  return asked.report === 'bridge-letter' ? 'bridge letter' : reportName(asked.report, asked.type);
}

/**
 * One line in English: what the file asks for, most asked first, then how much was read. The
 * page says the same in the user's language from `summaryOf`.
 *
 * @example summarize(file) // "SOC 2 Type 2 x5, ISO/IEC 27001 x2, bridge letter x1; 612 rows read in 14 sheets"
 */
export function summarize(file: QuestionnaireFile): string {
  const { asked, rows, sheets } = summaryOf(file);
  const read = `${rows} row${rows === 1 ? '' : 's'} read in ${sheets} sheet${sheets === 1 ? '' : 's'}`;
  return asked.length > 0
    ? `${asked.map((entry) => `${summaryLabel(entry)} x${entry.count}`).join(', ')}; ${read}`
    : `No report requests; ${read}`;
}
