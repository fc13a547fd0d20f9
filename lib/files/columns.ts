/**
 * Finding the question and answer columns of a sheet from its header row. The header words are
 * those of the common questionnaires: SIG ("Ques Num", "Question/Request", "Response",
 * "Additional Information"), CAIQ ("Question ID", "Consensus Assessment Questions", "CSP CAIQ
 * Answer", "Notes"), HECVAT ("Question", "Vendor Answers", "Additional Info"), VSA ("#",
 * "Question", "Response", "Comments") and custom ones ("Requirement", "Control", "Vendor
 * Response", "Comments").
 */
import { columnLetters, type GridRow, type GridSheet } from './grid';

/** Headers sit near the top: below a title and some instructions at most. */
const HEADER_SEARCH_ROWS = 40;

export type HeaderKind = 'number' | 'question' | 'answer' | 'comment';

function normalizeHeader(text: string): string {
  return text
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[*:_\n\r\t]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a header cell names, with a strength for picking among several; `undefined` if nothing. */
export function classifyHeader(text: string): { kind: HeaderKind; score: number } | undefined {
  const h = normalizeHeader(text);
  if (!h || h.length > 60) return undefined;
  if (
    /^(?:#|no\.?|nr\.?|num(?:ber)?|id|ref(?:erence)?\.?|item(?: (?:no\.?|number|#))?|s\.? ?no\.?|serial)$/.test(
      h,
    ) ||
    /^(?:ques(?:tion)?|control|req(?:uirement)?|item|criteri(?:on|a))\.? ?(?:num|no\.?|number|id|#|ref)$/.test(
      h,
    )
  ) {
    // "Question ID" beats "Control ID" when a sheet has both (CAIQ v3).
    return { kind: 'number', score: h.startsWith('ques') ? 2 : 1 };
  }
  if (/\b(?:answers?|responses?|reply)\b/.test(h) || /^yes ?\/ ?no\b/.test(h)) {
    return { kind: 'answer', score: /\b(?:vendor|supplier|csp|your)\b/.test(h) ? 3 : 2 };
  }
  if (
    /\b(?:comments?|notes?|additional (?:information|info|details|comments)|explanation|remarks|justification|implementation description|evidence)\b/.test(
      h,
    )
  ) {
    return { kind: 'comment', score: 1 };
  }
  if (/\bquestions?\b/.test(h)) return { kind: 'question', score: 3 };
  if (/\b(?:requirements?|requests?)\b/.test(h)) return { kind: 'question', score: 2 };
  if (
    /^(?:controls?|control (?:description|specification|statement|objective)|criteri(?:on|a)|description|item description)$/.test(
      h,
    )
  ) {
    return { kind: 'question', score: 1 };
  }
  return undefined;
}

export interface DetectedColumns {
  headerRow: number | null;
  question: number | null;
  answer: number | null;
  number: number | null;
  choice: number | null;
  headers: Map<number, string>;
}

function best(row: GridRow, kind: HeaderKind, after = 0): number | null {
  let found: { col: number; score: number } | undefined;
  for (const cell of row.cells) {
    const header = classifyHeader(cell.text);
    if (header?.kind !== kind || cell.col <= after) continue;
    if (!found || header.score > found.score) found = { col: cell.col, score: header.score };
  }
  return found?.col ?? null;
}

/**
 * The header row and columns of a sheet. Without a recognisable header, the question column is
 * the one with the most long texts among the first rows and the answer column the next one.
 */
export function detectColumns(sheet: GridSheet): DetectedColumns {
  const top = sheet.rows.slice(0, HEADER_SEARCH_ROWS);
  let header: GridRow | undefined;
  for (const row of top) {
    if (row.cells.length < 2 || best(row, 'question') === null) continue;
    if (best(row, 'answer') !== null || best(row, 'comment') !== null) {
      header = row;
      break;
    }
    header ??= row;
  }
  if (header) {
    const question = best(header, 'question') as number;
    const answerCol = best(header, 'answer', question) ?? best(header, 'answer');
    const comment = best(header, 'comment', question) ?? best(header, 'comment');
    let answer = answerCol ?? comment;
    let choice: number | null = null;
    // A drop-down answer column (Yes/No) with a free-text column beside it: the sentence goes
    // to the free text, the drop-down stays for the person to pick.
    if (answerCol !== null && comment !== null && sheet.listColumns.has(answerCol)) {
      answer = comment;
      choice = answerCol;
    }
    if (answer === null) {
      const right = header.cells.find((cell) => cell.col > question);
      answer = right ? right.col : question + 1;
    }
    return {
      headerRow: header.row,
      question,
      answer,
      number: best(header, 'number'),
      choice,
      headers: new Map(header.cells.map((cell) => [cell.col, cell.text.trim()])),
    };
  }
  // No header: the column where long texts (questions) are most common.
  const longTexts = new Map<number, number>();
  for (const row of sheet.rows.slice(0, 200)) {
    for (const cell of row.cells) {
      if (cell.text.length >= 25) longTexts.set(cell.col, (longTexts.get(cell.col) ?? 0) + 1);
    }
  }
  const ranked = [...longTexts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const question = ranked[0]?.[0] ?? null;
  return {
    headerRow: null,
    question,
    answer: question === null ? null : question + 1,
    number: null,
    choice: null,
    headers: new Map(),
  };
}

/** Column letters -> header text, for the result. */
export function headerRecord(headers: Map<number, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [col, text] of headers) out[columnLetters(col)] = text;
  return out;
}

/**
 * A section row: a heading between questions, never a question itself. At most two filled cells
 * (a heading and maybe its number), nothing in the answer column, no question mark, and either
 * marked as a heading (bold, or merged across columns) or standing outside the question column.
 * A plain cell in the question column is a question, even with the answer still empty.
 */
export function isSectionRow(
  row: GridRow,
  sheet: GridSheet,
  questionCol: number | null,
  answerCol: number | null,
): boolean {
  const cells = row.cells;
  if (cells.length === 0 || cells.length > 2) return false;
  if (answerCol !== null && cells.some((cell) => cell.col === answerCol)) return false;
  const main = cells.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  if (main.text.length > 200 || main.text.includes('?')) return false;
  const marked = main.bold === true || sheet.wideMerges.has(`${row.row}:${main.col}`);
  if (marked) return true;
  return cells.length === 1 && main.col !== questionCol;
}
