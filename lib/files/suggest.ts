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
  type Answer,
  type Language,
  type Profile,
  type ReportRequest,
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

/** "SOC 2 Type 2" etc.: the summary's key for a request (bridge letter in lower case mid-line). */
function summaryLabel(request: ReportRequest): string {
  return request.report === 'bridge-letter'
    ? 'bridge letter'
    : reportName(request.report, request.type);
}

/**
 * One line: what the file asks for, most asked first, then how much was read.
 *
 * @example summarize(file) // "SOC 2 Type 2 x5, ISO/IEC 27001 x2, bridge letter x1; 612 rows read in 14 sheets"
 */
export function summarize(file: QuestionnaireFile): string {
  const counts = new Map<string, { count: number; order: number }>();
  for (const finding of file.findings) {
    for (const request of finding.requests) {
      const key = summaryLabel(request);
      const typeOrder = request.type === 'type2' ? 0 : request.type === 'type1' ? 1 : 2;
      const entry = counts.get(key) ?? {
        count: 0,
        order: REPORT_IDS.indexOf(request.report) * 3 + typeOrder,
      };
      entry.count++;
      counts.set(key, entry);
    }
  }
  const asked = [...counts]
    .sort((a, b) => b[1].count - a[1].count || a[1].order - b[1].order)
    .map(([label, { count }]) => `${label} x${count}`);
  const rows = file.sheets.reduce((sum, sheet) => sum + sheet.rowCount, 0);
  const sheets = file.sheets.length;
  const read = `${rows} row${rows === 1 ? '' : 's'} read in ${sheets} sheet${sheets === 1 ? '' : 's'}`;
  return asked.length > 0 ? `${asked.join(', ')}; ${read}` : `No report requests; ${read}`;
}
