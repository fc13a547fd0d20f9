/**
 * The format-neutral view of a sheet that column detection and context work on: only filled
 * cells, row by row. Row and column numbers are 1-based, as in A1 references.
 */
export interface GridCell {
  col: number;
  text: string;
  /** Bold font (section rows are often bold). */
  bold?: boolean;
  /** The cell holds a formula (its cached value is `text`). */
  formula?: boolean;
}

export interface GridRow {
  row: number;
  /** Filled cells, sorted by column. */
  cells: GridCell[];
}

export interface GridSheet {
  name: string;
  rows: GridRow[];
  hidden: boolean;
  /** Top-left cells ("row:col") of merged ranges that span more than one column. */
  wideMerges: Set<string>;
  /** Column numbers whose data rows carry a list (drop-down) validation. */
  listColumns: Set<number>;
  /**
   * Cells ("row:col") holding a formula that shows nothing (`=IF(A2="","",…)`): not in `rows`,
   * which has filled cells only, yet no answer may replace them.
   */
  blankFormulas?: Set<string>;
}

/** "A" -> 1, "AA" -> 27. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) n = n * 26 + (letters.charCodeAt(i) & 0x1f);
  return n;
}

/** 1 -> "A", 27 -> "AA". */
export function columnLetters(n: number): string {
  let out = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    out = String.fromCharCode(65 + rest) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** Excel's last column (XFD) and row: references past them are not cells. */
export const MAX_COLUMN = 16_384;
export const MAX_ROW = 1_048_576;

/** "$B$12" or "b12" -> { row: 12, col: 2 }; `undefined` for anything else. */
export function parseCellRef(ref: string): { row: number; col: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return undefined;
  const col = columnNumber((m[1] as string).toUpperCase());
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW || col > MAX_COLUMN) return undefined;
  return { row, col };
}

export function cellRef(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}
