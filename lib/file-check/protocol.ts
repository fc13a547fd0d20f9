/**
 * The messages between the "Check a questionnaire file" page and its Web Worker, and the
 * validation of every one of them. The worker reads a file the user picked, so whatever it sends
 * back is treated as untrusted data: each reply is parsed here, and anything that does not fit
 * is refused, never half-used. Pure TypeScript: no DOM, no extension APIs (tests run in Node).
 */
import { FILE_PROBLEMS, PARAM_LIMITS, type FileProblem } from '../files/errors';
import type { AskedCount, FileSummary } from '../files/suggest';
import {
  isReportId,
  isReportTypeOrNone,
  readRuleSentences,
  REPORT_IDS,
  type ReportRequest,
} from '../rules';

export type { AskedCount, FileSummary } from '../files/suggest';

/** A column of a sheet as the user can choose it: its letter and its header text. */
export interface SheetColumn {
  /** Spreadsheet letter: 'A', 'B', … 'AA'. */
  letter: string;
  /** Header cell text ('' when the header row has nothing there). */
  header: string;
}

/** One sheet of the file, with the columns found (or chosen) for questions and answers. */
export interface SheetInfo {
  name: string;
  /** Column letter of the questions, or null when none was found. */
  questionColumn: string | null;
  /** Column letter of the answers, or null when none was found. */
  answerColumn: string | null;
  rowCount: number;
  /** The columns the user can pick from (at least the two found ones). */
  columns: SheetColumn[];
  /** Hidden sheets are listed but not read: the person filling the file does not see them. */
  hidden: boolean;
}

/** One question of the file that asks for a report. */
export interface FileFinding {
  sheet: string;
  /** A1 reference of the question cell. */
  cell: string;
  /** The question's own number in the questionnaire ("A.4.2"), '' when it has none. */
  number: string;
  question: string;
  /** Section row, sheet name and column header, as given to `analyze`. */
  context: string;
  requests: ReportRequest[];
  /** A1 reference of the cell the answer goes into. */
  answerCell: string;
  /** What the answer cell holds today ('' when empty): replaced only after an explicit choice. */
  existingAnswer: string;
  /** The answer cell holds a formula: no answer is written there (formulas are never replaced). */
  answerFormula: boolean;
}

/** What reading a file gives the page. */
export interface FileReading {
  sheets: SheetInfo[];
  findings: FileFinding[];
  /** What the one-line summary says ("SOC 2 Type 2 x5, …; 612 rows read in 14 sheets"). */
  summary: FileSummary;
  /** The name to save the answered copy under: "<name> (answered).xlsx" (or .csv). */
  answeredName: string;
}

/** Column choices of one sheet, by sheet name. */
export type ColumnChoices = Record<string, { question: string; answer: string }>;

/** One answer to write into the copy. */
export interface CellAnswer {
  sheet: string;
  cell: string;
  text: string;
  /** The user chose to replace what the cell holds; without it a filled cell is never written. */
  overwrite: boolean;
}

/** Page -> worker. `bytes` is a copy: the page keeps the original for later reads and the fill. */
export type WorkerRequest =
  | { type: 'read'; bytes: ArrayBuffer; fileName: string; columns: ColumnChoices }
  | { type: 'fill'; bytes: ArrayBuffer; fileName: string; answers: CellAnswer[] };

/**
 * Why a job failed, as the worker says it: the file's problem (with its bounded parameters), or
 * one of the worker's own. The page words it in the user's language.
 */
export type WorkerProblem =
  | FileProblem
  /** Anything but the library's typed error: a bug, not the file. */
  | { kind: 'unexpected'; job: 'read' | 'fill' }
  /** The worker got a request it does not understand. */
  | { kind: 'bad-request' };

/** Worker -> page. */
export type WorkerReply =
  | { type: 'progress'; done: number; total: number }
  | { type: 'read'; reading: FileReading }
  | { type: 'filled'; bytes: ArrayBuffer }
  | { type: 'failed'; problem: WorkerProblem };

/** Limits on what a reply may hold: generous for a 20,000-row workbook, finite for a hostile one. */
export const LIMITS = {
  sheets: 1_000,
  columns: 16_384,
  findings: 50_000,
  requestsPerFinding: 20,
  reasonsPerRequest: 20,
  text: 100_000,
  name: 1_000,
  /** The largest answered copy accepted back from the worker (the reader refuses bigger inputs). */
  bytes: 512 * 1024 * 1024,
} as const;

const COLUMN_LETTERS = /^[A-Z]{1,3}$/;
const A1 = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isText(value: unknown, max: number = LIMITS.text): value is string {
  return typeof value === 'string' && value.length <= max;
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isColumn(value: unknown): value is string {
  return typeof value === 'string' && COLUMN_LETTERS.test(value);
}

/** True for an A1 cell reference ("B12"), the only kind the page shows and writes. */
export function isCellRef(value: unknown): value is string {
  return typeof value === 'string' && A1.test(value);
}

function parseRequest(value: unknown): ReportRequest | null {
  if (!isRecord(value)) return null;
  const { report, type, start, end, reasons } = value;
  if (!isReportId(report) || !isReportTypeOrNone(type)) return null;
  if (!isCount(start) || !isCount(end) || end < start) return null;
  const sentences = readRuleSentences(reasons, LIMITS.reasonsPerRequest, LIMITS.name);
  if (sentences === null) return null;
  const read = { report, type, start, end };
  return { ...read, reasons: sentences };
}

function parseSheet(value: unknown): SheetInfo | null {
  if (!isRecord(value)) return null;
  const { name, questionColumn, answerColumn, rowCount, columns, hidden } = value;
  if (!isText(name, LIMITS.name) || !isCount(rowCount) || typeof hidden !== 'boolean') return null;
  if (questionColumn !== null && !isColumn(questionColumn)) return null;
  if (answerColumn !== null && !isColumn(answerColumn)) return null;
  if (!Array.isArray(columns) || columns.length > LIMITS.columns) return null;
  const parsed: SheetColumn[] = [];
  for (const column of columns) {
    if (!isRecord(column) || !isColumn(column.letter) || !isText(column.header, LIMITS.name)) {
      return null;
    }
    parsed.push({ letter: column.letter, header: column.header });
  }
  return { name, questionColumn, answerColumn, rowCount, columns: parsed, hidden };
}

function parseFinding(value: unknown): FileFinding | null {
  if (!isRecord(value)) return null;
  const { sheet, cell, number, question, context, requests, answerCell, existingAnswer } = value;
  if (typeof value.answerFormula !== 'boolean') return null;
  if (!isText(sheet, LIMITS.name) || !isCellRef(cell) || !isCellRef(answerCell)) return null;
  if (!isText(number, LIMITS.name) || !isText(question) || !isText(context)) return null;
  if (!isText(existingAnswer)) return null;
  if (!Array.isArray(requests) || requests.length === 0) return null;
  if (requests.length > LIMITS.requestsPerFinding) return null;
  const parsed = requests.map(parseRequest);
  if (parsed.some((request) => request === null)) return null;
  return {
    sheet,
    cell,
    number,
    question,
    context,
    requests: parsed as ReportRequest[],
    answerCell,
    existingAnswer,
    answerFormula: value.answerFormula,
  };
}

/** True for a text parameter a problem may carry: short, and not blank. */
function isParamText(value: unknown): value is string {
  return isText(value, PARAM_LIMITS.text) && value.trim() !== '';
}

/** Checks one parameter of a file problem against its kind (see `FILE_PROBLEMS`). */
function isParam(name: string, value: unknown): boolean {
  switch (name) {
    case 'megabytes':
    case 'count':
    case 'method':
      return isCount(value);
    case 'row':
      return isCount(value) && value >= 1;
    case 'sheet':
    case 'cell':
    case 'part':
      return isParamText(value);
    case 'extension':
      return value === 'xlsx' || value === 'xlsm';
    case 'characters':
      return (
        Array.isArray(value) &&
        value.length >= 1 &&
        value.length <= PARAM_LIMITS.characters &&
        // One code point each: a character, never a sentence.
        value.every((c) => typeof c === 'string' && [...c].length === 1)
      );
    default:
      return false;
  }
}

/**
 * Parses why a job failed: a known kind with exactly its parameters, each within its bounds;
 * null for anything else (an unknown kind, a missing, extra or oversized parameter).
 */
export function parseWorkerProblem(value: unknown): WorkerProblem | null {
  if (!isRecord(value) || typeof value.kind !== 'string') return null;
  const { kind, ...params } = value;
  const names = Object.keys(params);
  if (kind === 'bad-request') return names.length === 0 ? { kind } : null;
  if (kind === 'unexpected') {
    return names.length === 1 && (params.job === 'read' || params.job === 'fill')
      ? { kind, job: params.job }
      : null;
  }
  if (!Object.hasOwn(FILE_PROBLEMS, kind)) return null;
  const expected: readonly string[] = FILE_PROBLEMS[kind as keyof typeof FILE_PROBLEMS].params;
  if (names.length !== expected.length) return null;
  if (!expected.every((name) => Object.hasOwn(params, name) && isParam(name, params[name]))) {
    return null;
  }
  const problem: Record<string, unknown> = { kind };
  for (const name of expected) {
    const param = params[name];
    problem[name] = Array.isArray(param) ? [...(param as string[])] : param;
  }
  return problem as WorkerProblem;
}

function parseAsked(value: unknown): AskedCount | null {
  if (!isRecord(value)) return null;
  const { report, type, count } = value;
  if (!isReportId(report) || !isReportTypeOrNone(type)) return null;
  if (!isCount(count) || count === 0) return null;
  return { report, type, count };
}

function parseSummary(value: unknown): FileSummary | null {
  if (!isRecord(value)) return null;
  const { asked, rows, sheets } = value;
  if (!isCount(rows) || !isCount(sheets) || sheets > LIMITS.sheets) return null;
  // One entry per report and type at most: a longer list is not a summary.
  if (!Array.isArray(asked) || asked.length > REPORT_IDS.length * 3) return null;
  const parsed = asked.map(parseAsked);
  if (parsed.some((entry) => entry === null)) return null;
  return { asked: parsed as AskedCount[], rows, sheets };
}

function parseReading(value: unknown): FileReading | null {
  if (!isRecord(value)) return null;
  const { sheets, findings, summary, answeredName } = value;
  if (!Array.isArray(sheets) || sheets.length > LIMITS.sheets) return null;
  if (!Array.isArray(findings) || findings.length > LIMITS.findings) return null;
  const parsedSummary = parseSummary(summary);
  if (!parsedSummary) return null;
  if (!isText(answeredName, LIMITS.name) || answeredName.trim() === '') return null;
  const parsedSheets = sheets.map(parseSheet);
  if (parsedSheets.some((sheet) => sheet === null)) return null;
  const names = new Set(parsedSheets.map((sheet) => sheet!.name));
  const parsedFindings = findings.map(parseFinding);
  // A finding must belong to a sheet the reply lists: the page groups and rewrites by sheet name.
  if (parsedFindings.some((finding) => finding === null || !names.has(finding.sheet))) return null;
  return {
    sheets: parsedSheets as SheetInfo[],
    findings: parsedFindings as FileFinding[],
    summary: parsedSummary,
    answeredName,
  };
}

/**
 * Parses one message from the worker; null for anything that is not exactly a reply the page
 * understands (an unknown type, a missing field, a wrong type, a value past the limits).
 */
export function parseWorkerReply(data: unknown): WorkerReply | null {
  if (!isRecord(data)) return null;
  switch (data.type) {
    case 'progress':
      return isCount(data.done) && isCount(data.total) && data.done <= data.total
        ? { type: 'progress', done: data.done, total: data.total }
        : null;
    case 'read': {
      const reading = parseReading(data.reading);
      return reading ? { type: 'read', reading } : null;
    }
    case 'filled':
      return data.bytes instanceof ArrayBuffer && data.bytes.byteLength <= LIMITS.bytes
        ? { type: 'filled', bytes: data.bytes }
        : null;
    case 'failed': {
      const problem = parseWorkerProblem(data.problem);
      return problem ? { type: 'failed', problem } : null;
    }
    default:
      return null;
  }
}

function parseColumns(value: unknown): ColumnChoices | null {
  if (!isRecord(value)) return null;
  const choices: ColumnChoices = {};
  for (const [sheet, choice] of Object.entries(value)) {
    if (!isRecord(choice) || !isColumn(choice.question) || !isColumn(choice.answer)) return null;
    choices[sheet] = { question: choice.question, answer: choice.answer };
  }
  return choices;
}

/** Parses one message from the page, in the worker (the same care in both directions). */
export function parseWorkerRequest(data: unknown): WorkerRequest | null {
  if (!isRecord(data) || !(data.bytes instanceof ArrayBuffer)) return null;
  if (!isText(data.fileName, LIMITS.name)) return null;
  if (data.type === 'read') {
    const columns = parseColumns(data.columns);
    return columns ? { type: 'read', bytes: data.bytes, fileName: data.fileName, columns } : null;
  }
  if (data.type === 'fill') {
    if (!Array.isArray(data.answers)) return null;
    const answers: CellAnswer[] = [];
    for (const answer of data.answers) {
      if (!isRecord(answer) || !isText(answer.sheet, LIMITS.name) || !isCellRef(answer.cell)) {
        return null;
      }
      if (!isText(answer.text) || typeof answer.overwrite !== 'boolean') return null;
      answers.push({
        sheet: answer.sheet,
        cell: answer.cell,
        text: answer.text,
        overwrite: answer.overwrite,
      });
    }
    return { type: 'fill', bytes: data.bytes, fileName: data.fileName, answers };
  }
  return null;
}
