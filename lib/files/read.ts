/**
 * `readQuestionnaire`: every question of a workbook or CSV that asks for a report, by cell, with
 * the context `analyze` gets on a page (section heading, sheet name, column header).
 */
import { analyze } from '../rules/index';
import { detectColumns, headerRecord, isSectionRow } from './columns';
import { csvGrid, parseCsv } from './csv';
import { QuestionnaireFileError, typedErrors } from './errors';
import { cellRef, columnLetters, columnNumber, type GridSheet } from './grid';
import { sniff } from './sniff';
import type {
  QuestionnaireFile,
  QuestionnaireFinding,
  QuestionnaireSheet,
  ReadOptions,
} from './types';
import { openWorkbook, readSheetGrid } from './xlsx';

/** Work between two yields to the event loop, so a worker still hears "abort" (50 ms: a long task). */
const SLICE_MS = 40;

/** A run's clock: yields to the event loop once a slice is used up, and checks the abort signal. */
class Pacer {
  private sliceStart = performance.now();
  constructor(private readonly signal?: AbortSignal) {
    this.check();
  }

  check(): void {
    if (this.signal?.aborted) throw new QuestionnaireFileError({ kind: 'aborted' });
  }

  async pause(): Promise<void> {
    if (performance.now() - this.sliceStart < SLICE_MS) return;
    await new Promise<void>((resolve) => setTimeout(resolve, 0));
    this.sliceStart = performance.now();
    this.check();
  }
}

function letter(value: string | undefined): number | undefined {
  return value && /^[A-Za-z]{1,3}$/.test(value.trim())
    ? columnNumber(value.trim().toUpperCase())
    : undefined;
}

/** The name of the answered copy: "SIG Lite.xlsx" -> "SIG Lite (answered).xlsx". */
export function answeredName(fileName: string): string {
  const m = /^(.*?)(\.[^.]+)?$/.exec(fileName);
  const base = m?.[1] || 'questionnaire';
  return `${base} (answered)${m?.[2]?.toLowerCase() ?? '.xlsx'}`;
}

async function analyzeSheet(
  grid: GridSheet,
  options: ReadOptions,
  pacer: Pacer,
  progress: { done: number; total: number },
): Promise<{ sheet: QuestionnaireSheet; findings: QuestionnaireFinding[] }> {
  const detected = detectColumns(grid);
  const choice = options.columns?.[grid.name];
  const questionCol = letter(choice?.questionColumn) ?? detected.question;
  const answerCol = letter(choice?.answerColumn) ?? detected.answer;
  const headerRow =
    choice?.headerRow !== undefined && Number.isInteger(choice.headerRow) && choice.headerRow > 0
      ? choice.headerRow
      : detected.headerRow;
  let headers = detected.headers;
  if (headerRow !== detected.headerRow) {
    const row = grid.rows.find((r) => r.row === headerRow);
    headers = new Map(row?.cells.map((cell) => [cell.col, cell.text.trim()]) ?? []);
  }
  const sheet: QuestionnaireSheet = {
    name: grid.name,
    questionColumn: questionCol === null ? null : columnLetters(questionCol),
    answerColumn: answerCol === null ? null : columnLetters(answerCol),
    rowCount: grid.rows.length,
    headerRow,
    numberColumn: detected.number === null ? null : columnLetters(detected.number),
    choiceColumn:
      detected.choice === null || answerCol !== detected.answer
        ? null
        : columnLetters(detected.choice),
    headers: headerRecord(headers),
    hidden: grid.hidden,
    overridden: Boolean(
      choice && (choice.questionColumn || choice.answerColumn || choice.headerRow),
    ),
  };
  const findings: QuestionnaireFinding[] = [];
  if (grid.hidden || questionCol === null) {
    progress.done += grid.rows.length;
    return { sheet, findings };
  }
  const questionHeader = headers.get(questionCol);
  let section: string | null = null;
  for (let i = 0; i < grid.rows.length; i++) {
    const row = grid.rows[i]!;
    progress.done++;
    if (i % 256 === 0) {
      options.onProgress?.({
        stage: 'analyze',
        done: progress.done,
        total: progress.total,
        sheet: grid.name,
      });
      await pacer.pause();
    }
    if (headerRow !== null && row.row <= headerRow) {
      // A title above the header ("Payroll services: financial controls") frames every question.
      if (row.row < headerRow && row.cells.length === 1) section = row.cells[0]!.text.trim();
      continue;
    }
    if (isSectionRow(row, grid, questionCol, answerCol)) {
      const main = row.cells.reduce((a, b) => (b.text.length > a.text.length ? b : a));
      section = main.text.trim().replace(/\s+/g, ' ');
      continue;
    }
    const question = row.cells.find((cell) => cell.col === questionCol);
    if (!question || question.formula) continue;
    const context =
      [grid.name, section].filter(Boolean).join(' > ') +
      (questionHeader ? ` | ${questionHeader}` : '');
    const requests = analyze(question.text, { context });
    if (requests.length === 0) continue;
    const answerAt = answerCol ?? questionCol + 1;
    const answerCell = row.cells.find((cell) => cell.col === answerAt);
    const answer = answerCol === null ? undefined : answerCell;
    const answerFormula =
      (answerCell?.formula ?? false) ||
      (grid.blankFormulas?.has(`${row.row}:${answerAt}`) ?? false);
    const number =
      detected.number === null ? undefined : row.cells.find((cell) => cell.col === detected.number);
    findings.push({
      sheet: grid.name,
      cell: cellRef(row.row, questionCol),
      question: question.text,
      context,
      requests,
      answerCell: cellRef(row.row, answerAt),
      row: row.row,
      number: number ? number.text.trim() : null,
      section,
      existingAnswer: answer?.text ?? '',
      answerFormula,
    });
  }
  return { sheet, findings };
}

/**
 * Reads a questionnaire file and finds every question that asks for a report.
 *
 * @param bytes the file's content (.xlsx, .xlsm, .csv, .tsv).
 * @param fileName its name: decides CSV vs TSV, and the answered copy's name.
 * @param options per-sheet column choices, a progress callback, an abort signal, the size limit.
 * @throws QuestionnaireFileError for anything that is not a readable questionnaire (its `code`
 *   says what: 'old-xls', 'password-protected', 'corrupt', 'too-large', 'no-sheets', ...).
 * @example const file = await readQuestionnaire(bytes, 'SIG Lite 2026.xlsx');
 * // file.findings[0]: { sheet: 'Business Resiliency', cell: 'C14', answerCell: 'D14', ... }
 */
export async function readQuestionnaire(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions = {},
): Promise<QuestionnaireFile> {
  return typedErrors(() => read(bytes, fileName, options));
}

async function read(
  bytes: Uint8Array,
  fileName: string,
  options: ReadOptions,
): Promise<QuestionnaireFile> {
  const pacer = new Pacer(options.signal);
  const kind = sniff(bytes, fileName);
  const grids: GridSheet[] = [];
  if (kind === 'csv') {
    grids.push(csvGrid(parseCsv(bytes, fileName), fileName));
  } else {
    const book = openWorkbook(bytes, options.maxUnpackedBytes);
    for (let i = 0; i < book.sheets.length; i++) {
      const part = book.sheets[i]!;
      options.onProgress?.({
        stage: 'unpack',
        done: i,
        total: book.sheets.length,
        sheet: part.name,
      });
      await pacer.pause();
      grids.push(readSheetGrid(book, part));
    }
  }
  const progress = { done: 0, total: grids.reduce((sum, grid) => sum + grid.rows.length, 0) };
  const sheets: QuestionnaireSheet[] = [];
  const findings: QuestionnaireFinding[] = [];
  for (const grid of grids) {
    const result = await analyzeSheet(grid, options, pacer, progress);
    sheets.push(result.sheet);
    findings.push(...result.findings);
  }
  pacer.check();
  options.onProgress?.({ stage: 'analyze', done: progress.total, total: progress.total });
  return { sheets, findings, format: kind, answeredName: answeredName(fileName) };
}
