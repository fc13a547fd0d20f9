/**
 * The user's review of a file's findings: accept, edit or skip each, accept all of one report,
 * and the list of answers that goes into the answered copy. Pure TypeScript (tests run in Node);
 * the page keeps the state, the components show it.
 */
import { answerInLanguageOf, detectLanguage } from '../rules';
import { reportName } from '../rules';
import type { AnswerInLanguage, Language, Profile } from '../rules';
import type { Answer, ReportRequest } from '../rules';
import type { CellAnswer, FileFinding } from './protocol';

/** What the user decided for one finding. */
export type Decision =
  | { kind: 'open' }
  /**
   * `text` is the answer to write (the suggestion, or the user's edit). `replace` is the explicit
   * per-cell choice to overwrite an answer cell that already holds text; an accepted answer for
   * a filled cell without it is not written.
   */
  | { kind: 'accepted'; text: string; replace: boolean }
  | { kind: 'skipped' };

export const OPEN: Decision = { kind: 'open' };

/** One key per finding: its sheet and cell (a cell holds one question). */
export function findingKey(finding: Pick<FileFinding, 'sheet' | 'cell'>): string {
  return `${finding.sheet}\u0000${finding.cell}`;
}

/** The report a request names, with its type, as a key and a title ("SOC 2 Type 2"). */
export function reportKey(request: Pick<ReportRequest, 'report' | 'type'>): string {
  return `${request.report}:${request.type ?? ''}`;
}

/** Several answers as one cell's: their sentences in order, each attachment and advice once. */
function combineAnswers(answers: Answer[]): Answer {
  if (answers.length === 1) return answers[0]!;
  const unique = (items: (string | undefined)[]) => [
    ...new Set(items.filter((item): item is string => Boolean(item))),
  ];
  const attach = unique(answers.map((answer) => answer.attach));
  // The same advice twice is the same name with the same substitutions.
  const advice = new Map(
    answers.flatMap((answer) => answer.advice).map((line) => [JSON.stringify(line), line]),
  );
  const answer: Answer = {
    text: unique(answers.map((answer) => answer.text.trim())).join(' '),
    advice: [...advice.values()],
  };
  if (attach.length) answer.attach = attach.join(', ');
  return answer;
}

/** A finding's suggested answer in the language of its question, and the English one beside it. */
export type Suggestion = AnswerInLanguage;

/**
 * The suggested answer in the language the question is written in (or in `fixed`, the answer
 * language the user chose), with the English answer for the switch. A question asking for two
 * reports ("SOC 1 or SOC 2") gets both answers in one cell: their sentences in the question's
 * order, each attachment and piece of advice once. A German Lieferantenbewertung gets German
 * sentences in its answer cells.
 */
export function suggestInLanguage(
  question: string,
  requests: readonly ReportRequest[],
  profile: Profile | undefined,
  today = new Date(),
  fixed?: Language,
): Suggestion {
  // One language for the whole cell, read once from the question.
  const language = fixed ?? detectLanguage(question);
  const each = requests.map((request) =>
    answerInLanguageOf(question, request, profile, today, language),
  );
  if (language === 'en') return { language, answer: combineAnswers(each.map((one) => one.answer)) };
  const english = combineAnswers(each.map((one) => one.english ?? one.answer));
  // The user's English own wording stood in for one of the reports: one language per cell, so
  // the whole cell is English, and marked so.
  if (each.some((one) => one.language === 'en')) return { language: 'en', answer: english };
  return { language, answer: combineAnswers(each.map((one) => one.answer)), english };
}

/** The text a suggestion shows: the English one when the user switched to it. */
export function shownAnswer(suggestion: Suggestion, inEnglish: boolean): Answer {
  return inEnglish && suggestion.english ? suggestion.english : suggestion.answer;
}

/** One report the file asks for, with the findings that ask for it (for "Accept all"). */
export interface ReportGroup {
  key: string;
  title: string;
  findings: FileFinding[];
}

/** The reports the file asks for, most-asked first, each with its findings. */
export function groupByReport(findings: readonly FileFinding[]): ReportGroup[] {
  const groups = new Map<string, ReportGroup>();
  for (const finding of findings) {
    for (const request of finding.requests) {
      const key = reportKey(request);
      const group = groups.get(key) ?? {
        key,
        title: reportName(request.report, request.type, 'short'),
        findings: [],
      };
      // A finding's requests come together: checking the last entry keeps each finding once.
      if (group.findings.at(-1) !== finding) group.findings.push(finding);
      groups.set(key, group);
    }
  }
  return [...groups.values()].sort((a, b) => b.findings.length - a.findings.length);
}

/**
 * True when an answer can go into the finding's answer cell: not when the cell holds a formula,
 * which the copy never replaces (it would break the workbook's own calculations).
 */
export function isWritable(finding: Pick<FileFinding, 'answerFormula'>): boolean {
  return !finding.answerFormula;
}

/** True while the user has not decided on the finding (accepted, edited or skipped it). */
function isOpen(decisions: ReadonlyMap<string, Decision>, finding: FileFinding): boolean {
  return (decisions.get(findingKey(finding)) ?? OPEN).kind === 'open';
}

/** Still-open findings of a group that "Accept all" takes: those with a writable answer cell. */
export function acceptableCount(
  decisions: ReadonlyMap<string, Decision>,
  group: ReportGroup,
): number {
  return group.findings.filter((finding) => isWritable(finding) && isOpen(decisions, finding))
    .length;
}

/** Still-open findings of a group that "Accept all" leaves: their answer cell holds a formula. */
export function formulaCount(decisions: ReadonlyMap<string, Decision>, group: ReportGroup): number {
  return group.findings.filter((finding) => !isWritable(finding) && isOpen(decisions, finding))
    .length;
}

/**
 * Accepts every still-open finding of one report with its suggested answer. Findings the user
 * already decided (accepted, edited or skipped) keep their decision, a filled answer cell is
 * never set to be replaced here (that stays a per-cell choice), and a finding whose answer cell
 * holds a formula stays open: nothing can be written there.
 */
export function acceptGroup(
  decisions: ReadonlyMap<string, Decision>,
  group: ReportGroup,
  suggestionOf: (finding: FileFinding) => string,
): Map<string, Decision> {
  const next = new Map(decisions);
  for (const finding of group.findings) {
    if (!isOpen(next, finding) || !isWritable(finding)) continue;
    next.set(findingKey(finding), {
      kind: 'accepted',
      text: suggestionOf(finding),
      replace: false,
    });
  }
  return next;
}

/** True when the finding's answer cell already holds something. */
export function hasExistingAnswer(finding: FileFinding): boolean {
  return finding.existingAnswer.trim() !== '';
}

/** True when an accepted answer will be written into the copy. */
export function willWrite(finding: FileFinding, decision: Decision): boolean {
  return (
    decision.kind === 'accepted' &&
    decision.text.trim() !== '' &&
    isWritable(finding) &&
    (decision.replace || !hasExistingAnswer(finding))
  );
}

/**
 * The answers to write: accepted ones, into empty answer cells, or into filled ones the user
 * chose to replace. One answer per cell (the first finding that targets it wins).
 */
export function answersToWrite(
  findings: readonly FileFinding[],
  decisions: ReadonlyMap<string, Decision>,
): CellAnswer[] {
  const written = new Set<string>();
  const answers: CellAnswer[] = [];
  for (const finding of findings) {
    const decision = decisions.get(findingKey(finding)) ?? OPEN;
    if (decision.kind !== 'accepted' || !willWrite(finding, decision)) continue;
    const target = `${finding.sheet}\u0000${finding.answerCell}`;
    if (written.has(target)) continue;
    written.add(target);
    answers.push({
      sheet: finding.sheet,
      cell: finding.answerCell,
      text: decision.text,
      overwrite: hasExistingAnswer(finding),
    });
  }
  return answers;
}

/** Extensions the page accepts (what the file library reads). */
export const ACCEPTED_EXTENSIONS = ['.xlsx', '.xlsm', '.csv', '.tsv'] as const;

const MIME: Record<string, string> = {
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.xlsm': 'application/vnd.ms-excel.sheet.macroEnabled.12',
  '.csv': 'text/csv',
  '.tsv': 'text/tab-separated-values',
};

/** The media type to save a file under, from its name ("x (answered).csv" is text/csv). */
export function mediaTypeOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return MIME[dot >= 0 ? fileName.slice(dot).toLowerCase() : ''] ?? 'application/octet-stream';
}
