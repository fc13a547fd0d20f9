/**
 * `fillQuestionnaire`: the file with the accepted answers written into their cells and nothing
 * else changed. In a workbook only the written sheets' XML changes, and in it only the written
 * cells (and the rows that gain a cell, and the used-range reference when it grows); every other
 * part is copied compressed as it was. Answers are written as inline strings, so the shared-string
 * table stays as it was too. In a CSV only the written fields change.
 */
import { parseCsv, writeCsv, type CsvWrite } from './csv';
import { boundedText, QuestionnaireFileError, typedErrors } from './errors';
import { cellRef, columnLetters, columnNumber, parseCellRef } from './grid';
import { sniff } from './sniff';
import type { FileAnswer, FillOptions } from './types';
import { attribute, escapeXml } from './xml';
import { cellText, hasFormula, openWorkbook, sheetDataOf } from './xlsx';
import { rewriteZip } from './zip';

interface CellWrite {
  row: number;
  col: number;
  text: string;
  overwrite: boolean;
}

function parseAnswers(answers: FileAnswer[], sheetNames: string[]): Map<string, CellWrite[]> {
  const bySheet = new Map<string, Map<string, CellWrite>>();
  for (const answer of answers) {
    if (!sheetNames.includes(answer.sheet)) {
      throw new QuestionnaireFileError({
        kind: 'unknown-sheet',
        sheet: boundedText(answer.sheet),
      });
    }
    const ref = parseCellRef(answer.cell);
    if (!ref)
      throw new QuestionnaireFileError({ kind: 'bad-cell', cell: boundedText(answer.cell) });
    const cells = bySheet.get(answer.sheet) ?? new Map<string, CellWrite>();
    // The last answer for a cell wins, as if typed twice.
    cells.set(`${ref.row}:${ref.col}`, {
      ...ref,
      text: String(answer.text),
      overwrite: answer.overwrite === true,
    });
    bySheet.set(answer.sheet, cells);
  }
  return new Map([...bySheet].map(([sheet, cells]) => [sheet, [...cells.values()]]));
}

function filled(sheet: string, write: CellWrite): QuestionnaireFileError {
  return new QuestionnaireFileError({
    kind: 'cell-filled',
    sheet: boundedText(sheet),
    cell: cellRef(write.row, write.col),
  });
}

/**
 * Writes answers into a copy of the file.
 *
 * @param bytes the file as read by `readQuestionnaire`.
 * @param fileName its name.
 * @param answers cells to write; a filled cell needs `overwrite: true`, a formula is never replaced.
 * @returns the answered copy's bytes, same format as the input.
 * @throws QuestionnaireFileError for bad input or a refused write; nothing is written then.
 */
export async function fillQuestionnaire(
  bytes: Uint8Array,
  fileName: string,
  answers: FileAnswer[],
  options: FillOptions = {},
): Promise<Uint8Array> {
  return typedErrors(async () => fill(bytes, fileName, answers, options));
}

function fill(
  bytes: Uint8Array,
  fileName: string,
  answers: FileAnswer[],
  options: FillOptions,
): Uint8Array {
  const kind = sniff(bytes, fileName);
  if (kind === 'csv') {
    const doc = parseCsv(bytes, fileName);
    const name = fileName.replace(/\.[^.]*$/, '') || fileName;
    const writes: CsvWrite[] = [];
    for (const [sheet, list] of parseAnswers(answers, [name])) {
      for (const write of list) {
        const record = doc.records[write.row - 1];
        if (!record) {
          throw new QuestionnaireFileError({ kind: 'row-past-end', row: write.row });
        }
        if ((record.fields[write.col - 1]?.value ?? '').trim() !== '' && !write.overwrite)
          throw filled(sheet, write);
        writes.push({ record: write.row - 1, field: write.col - 1, value: write.text });
      }
    }
    return writeCsv(doc, writes);
  }
  const book = openWorkbook(bytes, options.maxUnpackedBytes);
  const replaced = new Map<string, Uint8Array>();
  for (const [sheet, list] of parseAnswers(
    answers,
    book.sheets.map((s) => s.name),
  )) {
    const part = book.sheets.find((s) => s.name === sheet)!;
    const xml = book.reader.text(part.path) ?? '';
    replaced.set(
      part.path,
      new TextEncoder().encode(writeCells(xml, list, book.sharedStrings, sheet)),
    );
  }
  return rewriteZip(bytes, book.reader.archive, replaced);
}

interface CellSpan {
  col: number;
  start: number;
  end: number;
  tag: string;
  content: string;
}

interface RowSpan {
  row: number;
  start: number;
  end: number;
  tag: string;
  /** Offsets of the row's content; equal for `<row/>`. */
  innerStart: number;
  innerEnd: number;
}

const ROW = /<(?:[\w.-]+:)?row\b([^>]*?)(\/?)>/g;
const CELL = /<(?:[\w.-]+:)?c\b([^>]*?)(\/?)>/g;
const CELL_CLOSE = /<\/(?:[\w.-]+:)?c>/g;
const ROW_CLOSE = /<\/(?:[\w.-]+:)?row>/g;

function rowsOf(xml: string, start: number, end: number): RowSpan[] {
  const rows: RowSpan[] = [];
  ROW.lastIndex = start;
  let m: RegExpExecArray | null;
  let previous = 0;
  while ((m = ROW.exec(xml)) && m.index < end) {
    const r = attribute(m[1] as string, 'r');
    const row = r ? Number(r) : previous + 1;
    previous = row;
    const innerStart = m.index + m[0].length;
    if (m[2] === '/') {
      rows.push({
        row,
        start: m.index,
        end: innerStart,
        tag: m[1] as string,
        innerStart,
        innerEnd: innerStart,
      });
      continue;
    }
    ROW_CLOSE.lastIndex = innerStart;
    const close = ROW_CLOSE.exec(xml);
    const innerEnd = close ? close.index : end;
    const rowEnd = close ? close.index + close[0].length : end;
    rows.push({ row, start: m.index, end: rowEnd, tag: m[1] as string, innerStart, innerEnd });
    ROW.lastIndex = rowEnd;
  }
  return rows;
}

function cellsOf(xml: string, row: RowSpan): CellSpan[] {
  const cells: CellSpan[] = [];
  CELL.lastIndex = row.innerStart;
  let col = 0;
  let m: RegExpExecArray | null;
  while ((m = CELL.exec(xml)) && m.index < row.innerEnd) {
    const tag = m[1] as string;
    const ref = attribute(tag, 'r');
    const letters = ref ? /^\$?([A-Za-z]+)/.exec(ref)?.[1] : undefined;
    col = letters ? columnNumber(letters.toUpperCase()) : col + 1;
    let end = m.index + m[0].length;
    let content = '';
    if (m[2] !== '/') {
      CELL_CLOSE.lastIndex = end;
      const close = CELL_CLOSE.exec(xml);
      content = xml.slice(end, close ? close.index : row.innerEnd);
      end = close ? close.index + close[0].length : row.innerEnd;
    }
    cells.push({ col, start: m.index, end, tag, content });
    CELL.lastIndex = end;
  }
  return cells;
}

/** The sheet XML with the cells written. */
export function writeCells(
  xml: string,
  writes: CellWrite[],
  strings: string[],
  sheet: string,
): string {
  const data = sheetDataOf(xml);
  const open = /<(?:([\w.-]+):)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  const p = open?.[1] ? `${open[1]}:` : '';
  if (!open) throw new QuestionnaireFileError({ kind: 'sheet-no-data', sheet: boundedText(sheet) });
  const rows = rowsOf(xml, data.start, data.end);
  const rowByNumber = new Map(rows.map((row) => [row.row, row]));
  const columnStyles = columnStylesOf(xml.slice(0, data.start));
  const byRow = new Map<number, CellWrite[]>();
  for (const write of writes) byRow.set(write.row, [...(byRow.get(write.row) ?? []), write]);
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const newCell = (write: CellWrite, style: string | undefined): string =>
    `<${p}c r="${cellRef(write.row, write.col)}"${style ? ` s="${style}"` : ''} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(write.text)}</${p}t></${p}is></${p}c>`;
  const newRows = new Map<number, string[]>();
  for (const [rowNumber, list] of [...byRow].sort((a, b) => a[0] - b[0])) {
    list.sort((a, b) => a.col - b.col);
    const row = rowByNumber.get(rowNumber);
    if (!row) {
      // A row that does not exist yet goes before the first row below it.
      const after = firstRowAfter(rows, rowNumber);
      const at = after ? after.start : data.end;
      const text = `<${p}row r="${rowNumber}">${list.map((w) => newCell(w, columnStyles.get(w.col))).join('')}</${p}row>`;
      newRows.set(at, [...(newRows.get(at) ?? []), text]);
      continue;
    }
    const cells = cellsOf(xml, row);
    const pieces: string[] = [];
    let at = row.innerStart;
    let grew = false;
    let minCol = Infinity;
    let maxCol = 0;
    for (const write of list) {
      const existing = cells.find((cell) => cell.col === write.col);
      minCol = Math.min(minCol, write.col);
      maxCol = Math.max(maxCol, write.col);
      if (existing) {
        if (hasFormula(existing.content)) {
          throw new QuestionnaireFileError({
            kind: 'formula-cell',
            sheet: boundedText(sheet),
            cell: cellRef(write.row, write.col),
          });
        }
        if (
          cellText(attribute(existing.tag, 't'), existing.content, strings).trim() !== '' &&
          !write.overwrite
        ) {
          throw filled(sheet, write);
        }
        pieces.push(xml.slice(at, existing.start), newCell(write, attribute(existing.tag, 's')));
        at = existing.end;
      } else {
        const before = cells.find((cell) => cell.col > write.col);
        const insertAt = before ? before.start : row.innerEnd;
        // A new cell takes the row's format when the row has one, else its column's, as Excel does.
        const rowStyle =
          attribute(row.tag, 'customFormat') === '1' ? attribute(row.tag, 's') : undefined;
        pieces.push(
          xml.slice(at, insertAt),
          newCell(write, rowStyle ?? columnStyles.get(write.col)),
        );
        at = insertAt;
        grew = true;
      }
    }
    pieces.push(xml.slice(at, row.innerEnd));
    let tag = row.tag;
    const spans = attribute(tag, 'spans');
    if (grew && spans) {
      // `spans` is a hint of the row's columns (ECMA-376 18.3.1.73): keep it true.
      const numbers = spans
        .split(/[\s:]+/)
        .map(Number)
        .filter(Number.isFinite);
      const lo = Math.min(minCol, ...numbers);
      const hi = Math.max(maxCol, ...numbers);
      tag = tag.replace(/(\sspans\s*=\s*)(["'])[^"']*\2/, `$1"${lo}:${hi}"`);
    }
    const name = /^<([\w.-]+:)?row/.exec(xml.slice(row.start))?.[1] ?? '';
    edits.push({
      start: row.start,
      end: row.end,
      text: `<${name}row${tag}>${pieces.join('')}</${name}row>`,
    });
  }
  for (const [at, texts] of newRows) edits.push({ start: at, end: at, text: texts.join('') });
  if (open[2] === '/' && edits.length > 0) {
    // `<sheetData/>`: open it up around the new rows.
    const rowsText = edits.map((e) => e.text).join('');
    edits.length = 0;
    edits.push({
      start: open.index,
      end: open.index + open[0].length,
      text: `<${p}sheetData>${rowsText}</${p}sheetData>`,
    });
  }
  const dimension = /<(?:[\w.-]+:)?dimension\b[^>]*?\sref\s*=\s*"([^"]*)"/.exec(xml);
  if (dimension) {
    const grown = grownRange(dimension[1] as string, writes);
    if (grown) {
      const refStart = dimension.index + dimension[0].length - 1 - (dimension[1] as string).length;
      edits.push({ start: refStart, end: refStart + (dimension[1] as string).length, text: grown });
    }
  }
  // At the same place, an insert (empty range) goes before an edit, or the edit's text would be
  // followed by the original row copied out again.
  edits.sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start));
  const out: string[] = [];
  let at = 0;
  for (const edit of edits) {
    out.push(xml.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  out.push(xml.slice(at));
  return out.join('');
}

/** Column number -> its cell format (`<col min="2" max="4" style="5"/>`), from the sheet's head. */
function columnStylesOf(head: string): Map<number, string> {
  const styles = new Map<number, string>();
  for (const m of head.matchAll(/<(?:[\w.-]+:)?col\b([^>]*)>/g)) {
    const tag = m[1] as string;
    const style = attribute(tag, 'style');
    const min = Number(attribute(tag, 'min'));
    const max = Number(attribute(tag, 'max'));
    if (!style || style === '0' || !(min >= 1) || !(max >= min)) continue;
    // A style over the whole row's width (min 1, max 16384) would mean 16,384 entries: cap it.
    for (let c = min; c <= Math.min(max, min + 1024); c++) styles.set(c, style);
  }
  return styles;
}

/** The first row numbered above `row` (rows are in order, as the format requires). */
function firstRowAfter(rows: RowSpan[], row: number): RowSpan | undefined {
  let lo = 0;
  let hi = rows.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((rows[mid] as RowSpan).row > row) hi = mid;
    else lo = mid + 1;
  }
  return rows[lo];
}

/** The used range grown to hold the written cells, or `undefined` when it already does. */
function grownRange(ref: string, writes: CellWrite[]): string | undefined {
  const [a, b] = ref.split(':');
  const first = parseCellRef(a ?? '');
  const last = parseCellRef(b ?? a ?? '');
  if (!first || !last) return undefined;
  let { row: r1, col: c1 } = first;
  let { row: r2, col: c2 } = last;
  for (const w of writes) {
    r1 = Math.min(r1, w.row);
    c1 = Math.min(c1, w.col);
    r2 = Math.max(r2, w.row);
    c2 = Math.max(c2, w.col);
  }
  if (r1 === first.row && c1 === first.col && r2 === last.row && c2 === last.col) return undefined;
  return `${columnLetters(c1)}${r1}:${columnLetters(c2)}${r2}`;
}
