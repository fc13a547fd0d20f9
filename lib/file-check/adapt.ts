/**
 * Turns what the file library returns into what the page shows: the worker runs these, and the
 * page validates the result again when it arrives (lib/file-check/protocol.ts). Pure, so tests
 * run real workbooks through the library and this adapter in Node.
 */
import { columnLetters, columnNumber } from '../files/grid';
import type { FileSummary } from '../files/suggest';
import type { QuestionnaireFile, QuestionnaireSheet } from '../files/types';
import { LIMITS, type FileReading, type SheetColumn, type SheetInfo } from './protocol';

/** Column letters the pickers always offer, even when the header row has fewer (A to J). */
const MIN_COLUMNS = 10;
/** At most this many columns in a picker: a wide sheet's last columns are rarely questions. */
const MAX_COLUMNS = 200;

/**
 * The columns a user can pick for a sheet: A up to the last column with a header or a role
 * (at least A to J, at most 200), each with its header text.
 */
export function columnsOf(sheet: QuestionnaireSheet): SheetColumn[] {
  const known = [
    ...Object.keys(sheet.headers),
    sheet.questionColumn,
    sheet.answerColumn,
    sheet.numberColumn,
    sheet.choiceColumn,
  ].filter((letter): letter is string => typeof letter === 'string' && /^[A-Z]{1,3}$/.test(letter));
  const last = Math.min(
    MAX_COLUMNS,
    Math.max(MIN_COLUMNS, ...known.map((letter) => columnNumber(letter))),
  );
  const columns: SheetColumn[] = [];
  for (let number = 1; number <= last; number += 1) {
    const letter = columnLetters(number);
    columns.push({ letter, header: (sheet.headers[letter] ?? '').trim().slice(0, LIMITS.name) });
  }
  return columns;
}

function sheetInfo(sheet: QuestionnaireSheet): SheetInfo {
  return {
    name: sheet.name,
    questionColumn: sheet.questionColumn,
    answerColumn: sheet.answerColumn,
    rowCount: sheet.rowCount,
    columns: columnsOf(sheet),
    hidden: sheet.hidden,
  };
}

/** The page's view of a read file, with the summary's counts made by the library's helper. */
export function toReading(file: QuestionnaireFile, summary: FileSummary): FileReading {
  return {
    sheets: file.sheets.map(sheetInfo),
    findings: file.findings.map((finding) => ({
      sheet: finding.sheet,
      cell: finding.cell,
      // Cut to what the page accepts: one long header or number cell must not refuse the file.
      number: (finding.number ?? '').slice(0, LIMITS.name),
      question: finding.question,
      context: finding.context,
      requests: finding.requests,
      answerCell: finding.answerCell,
      existingAnswer: finding.existingAnswer,
      answerFormula: finding.answerFormula === true,
    })),
    summary,
    answeredName: file.answeredName,
  };
}
