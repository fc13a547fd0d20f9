/**
 * Reading an .xlsx/.xlsm workbook into grids: the package relationships lead to the workbook,
 * its sheets, the shared-string table and the styles (ECMA-376 Part 1, sections 12.3 and 18).
 * Only the parts needed are unpacked; images, pivot caches and the like stay packed.
 */
import { boundedText, QuestionnaireFileError } from './errors';
import { columnNumber, MAX_ROW, type GridCell, type GridRow, type GridSheet } from './grid';
import { attribute, decodeExcelEscapes, decodeXml, stringItemText } from './xml';
import { openZip, ZipReader } from './zip';

/** A worksheet as the workbook lists it. */
export interface SheetPart {
  name: string;
  path: string;
  hidden: boolean;
}

export interface Workbook {
  reader: ZipReader;
  sheets: SheetPart[];
  sharedStrings: string[];
  /** Per cell-format index (`s`), whether its font is bold. */
  boldStyles: boolean[];
}

/** "xl/worksheets/../sharedStrings.xml" relative to "xl/" -> "xl/sharedStrings.xml". */
function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

interface Relationship {
  id: string;
  type: string;
  target: string;
}

/** The relationships of a part (`xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`). */
function relationships(reader: ZipReader, part: string): Relationship[] {
  const slash = part.lastIndexOf('/');
  const dir = part.slice(0, slash + 1);
  const xml = reader.text(`${dir}_rels/${part.slice(slash + 1)}.rels`) ?? '';
  const out: Relationship[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?Relationship\b([^>]*)>/g)) {
    const tag = m[1] as string;
    const id = attribute(tag, 'Id');
    const type = attribute(tag, 'Type');
    const target = attribute(tag, 'Target');
    if (id && type && target && attribute(tag, 'TargetMode') !== 'External') {
      out.push({ id, type, target: resolvePath(dir, target) });
    }
  }
  return out;
}

/** Opens the archive and reads the workbook's sheet list, strings and bold styles. */
export function openWorkbook(bytes: Uint8Array, limit?: number): Workbook {
  const archive = openZip(bytes);
  const reader = new ZipReader(bytes, archive, limit);
  const office = relationships(reader, '').find((rel) => rel.type.endsWith('/officeDocument'));
  const workbookPath = office?.target ?? 'xl/workbook.xml';
  const workbookXml = reader.text(workbookPath);
  if (workbookXml === undefined || !/\.xml$/i.test(workbookPath)) {
    if (
      reader.has('mimetype') &&
      (reader.text('mimetype') ?? '').includes('opendocument.spreadsheet')
    ) {
      throw new QuestionnaireFileError({ kind: 'ods' });
    }
    if (/\.bin$/i.test(workbookPath) || reader.has('xl/workbook.bin')) {
      throw new QuestionnaireFileError({ kind: 'xlsb' });
    }
    throw new QuestionnaireFileError({ kind: 'no-workbook-part' });
  }
  const rels = relationships(reader, workbookPath);
  const byId = new Map(rels.map((rel) => [rel.id, rel]));
  const sheets: SheetPart[] = [];
  for (const m of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\b([^>]*)>/g)) {
    const tag = m[1] as string;
    const name = attribute(tag, 'name');
    const id = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const rel = id === undefined ? undefined : byId.get(decodeXml(id));
    // Chart sheets, dialog sheets and macro sheets hold no questions.
    if (!name || !rel || !rel.type.endsWith('/worksheet')) continue;
    const state = attribute(tag, 'state');
    sheets.push({ name, path: rel.target, hidden: state === 'hidden' || state === 'veryHidden' });
  }
  if (sheets.length === 0) throw new QuestionnaireFileError({ kind: 'no-sheets' });
  const stringsPath = rels.find((rel) => rel.type.endsWith('/sharedStrings'))?.target;
  const stylesPath = rels.find((rel) => rel.type.endsWith('/styles'))?.target;
  return {
    reader,
    sheets,
    sharedStrings: stringsPath ? readSharedStrings(reader.text(stringsPath) ?? '') : [],
    boldStyles: stylesPath ? readBoldStyles(reader.text(stylesPath) ?? '') : [],
  };
}

/** An item of the shared-string table opening (`<si>`) or empty (`<si/>`); attributes bounded. */
const STRING_ITEM = /<(?:[\w.-]+:)?si(?:\s[^<>]{0,200})?(\/?)>/g;
const STRING_ITEM_END = /<\/(?:[\w.-]+:)?si>/g;

/**
 * The shared strings, in order. One pass: each item's end is looked for once, from its start. A
 * table whose item never closes ends there (what follows cannot be told apart from it); one
 * regular expression over the whole table instead searched to the end of the part again for
 * every such item, which on a crafted file is quadratic.
 */
function readSharedStrings(xml: string): string[] {
  const out: string[] = [];
  STRING_ITEM.lastIndex = 0;
  let item: RegExpExecArray | null;
  while ((item = STRING_ITEM.exec(xml))) {
    if (item[1] === '/') {
      out.push('');
      continue;
    }
    STRING_ITEM_END.lastIndex = STRING_ITEM.lastIndex;
    const end = STRING_ITEM_END.exec(xml);
    if (!end) break;
    out.push(stringItemText(xml.slice(STRING_ITEM.lastIndex, end.index)));
    STRING_ITEM.lastIndex = end.index + end[0].length;
  }
  return out;
}

/** Which cell formats (`cellXfs`, by index) use a bold font. */
function readBoldStyles(xml: string): boolean[] {
  const fontsXml =
    /<(?:[\w.-]+:)?fonts\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?fonts>/.exec(xml)?.[1] ?? '';
  const boldFonts: boolean[] = [];
  for (const m of fontsXml.matchAll(
    /<(?:[\w.-]+:)?font\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:[\w.-]+:)?font>)/g,
  )) {
    const bold = /<(?:[\w.-]+:)?b(?:\s+val\s*=\s*"([^"]*)")?\s*\/>/.exec(m[1] ?? '');
    boldFonts.push(bold !== null && bold[1] !== '0' && bold[1] !== 'false');
  }
  const xfsXml =
    /<(?:[\w.-]+:)?cellXfs\b[^>]*>([\s\S]*?)<\/(?:[\w.-]+:)?cellXfs>/.exec(xml)?.[1] ?? '';
  const out: boolean[] = [];
  for (const m of xfsXml.matchAll(/<(?:[\w.-]+:)?xf\b([^>]*)>/g)) {
    out.push(boldFonts[Number(attribute(m[1] as string, 'fontId') ?? 0)] === true);
  }
  return out;
}

const ROW_OR_CELL = /<(?:[\w.-]+:)?(row|c)\b([^>]*?)(\/?)>|<\/(?:[\w.-]+:)?row>/g;
const CELL_END = /<\/(?:[\w.-]+:)?c>/g;

/** What a cell's content (between `<c>` and `</c>`) reads as, given its type attribute. */
/** A cell's content holds a formula (`<f>`, with or without a namespace prefix). */
export function hasFormula(content: string): boolean {
  // Not `includes('<f')`: the `<family>` of a rich-text run starts the same way.
  return /<(?:[\w.-]+:)?f[\s>/]/.test(content);
}

export function cellText(type: string | undefined, content: string, strings: string[]): string {
  if (type === 'inlineStr') return stringItemText(content);
  const v = /<(?:[\w.-]+:)?v(?:\s[^>]*)?>([\s\S]*?)<\/(?:[\w.-]+:)?v>/.exec(content)?.[1];
  if (v === undefined) return '';
  if (type === 's') return strings[Number(v)] ?? '';
  if (type === 'b') return v.trim() === '1' ? 'TRUE' : 'FALSE';
  if (type === 'str' || type === 'e') return decodeExcelEscapes(decodeXml(v));
  return decodeXml(v);
}

/** The sheet's `<sheetData>` with its start offset, or an empty one. */
export function sheetDataOf(xml: string): { start: number; end: number } {
  const open = /<(?:[\w.-]+:)?sheetData\b[^>]*?(\/?)>/.exec(xml);
  if (!open) return { start: 0, end: 0 };
  const start = open.index + open[0].length;
  if (open[1] === '/') return { start, end: start };
  const close = xml.indexOf('sheetData>', start);
  return { start, end: close < 0 ? xml.length : xml.lastIndexOf('<', close) };
}

/**
 * The filled cells of one worksheet. Rows come from the cells actually present, never from the
 * declared used range (`<dimension ref="A1:Z1048576">`), so a range claiming a million rows costs
 * what its cells cost.
 */
export function readSheetGrid(book: Workbook, sheet: SheetPart): GridSheet {
  const xml = book.reader.text(sheet.path);
  if (xml === undefined) {
    throw new QuestionnaireFileError({ kind: 'sheet-missing', sheet: boundedText(sheet.name) });
  }
  const rows: GridRow[] = [];
  const blankFormulas = new Set<string>();
  const { start, end } = sheetDataOf(xml);
  const data = xml.slice(start, end);
  let row: GridRow | undefined;
  let rowNumber = 0;
  let col = 0;
  ROW_OR_CELL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ROW_OR_CELL.exec(data))) {
    if (m[1] === 'row') {
      const r = attribute(m[2] as string, 'r');
      rowNumber = r ? Number(r) : rowNumber + 1;
      col = 0;
      row = undefined;
      continue;
    }
    if (m[1] !== 'c') {
      row = undefined;
      continue;
    }
    const tag = m[2] as string;
    const ref = attribute(tag, 'r');
    if (ref) {
      const letters = /^\$?([A-Za-z]+)/.exec(ref)?.[1];
      col = letters ? columnNumber(letters.toUpperCase()) : col + 1;
    } else col += 1;
    let content = '';
    if (m[3] !== '/') {
      CELL_END.lastIndex = ROW_OR_CELL.lastIndex;
      const close = CELL_END.exec(data);
      const stop = close ? close.index : data.length;
      content = data.slice(ROW_OR_CELL.lastIndex, stop);
      ROW_OR_CELL.lastIndex = close ? close.index + close[0].length : data.length;
    }
    if (content === '') continue;
    const text = cellText(attribute(tag, 't'), content, book.sharedStrings);
    if (rowNumber < 1 || rowNumber > MAX_ROW) continue;
    if (text.trim() === '') {
      if (hasFormula(content)) blankFormulas.add(`${rowNumber}:${col}`);
      continue;
    }
    if (!row || row.row !== rowNumber) {
      row = { row: rowNumber, cells: [] };
      rows.push(row);
    }
    const cell: GridCell = { col, text };
    const style = attribute(tag, 's');
    if (style && book.boldStyles[Number(style)]) cell.bold = true;
    if (hasFormula(content)) cell.formula = true;
    row.cells.push(cell);
  }
  return {
    name: sheet.name,
    rows,
    hidden: sheet.hidden,
    wideMerges: wideMerges(xml),
    listColumns: listColumns(xml),
    blankFormulas,
  };
}

function rangeOf(ref: string): { r1: number; c1: number; r2: number; c2: number } | undefined {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return undefined;
  const c1 = columnNumber((m[1] as string).toUpperCase());
  const r1 = Number(m[2]);
  return {
    r1,
    c1,
    r2: m[4] ? Number(m[4]) : r1,
    c2: m[3] ? columnNumber(m[3].toUpperCase()) : c1,
  };
}

function wideMerges(xml: string): Set<string> {
  const out = new Set<string>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?mergeCell\b([^>]*)>/g)) {
    const range = rangeOf(attribute(m[1] as string, 'ref') ?? '');
    if (range && range.c2 > range.c1) out.add(`${range.r1}:${range.c1}`);
  }
  return out;
}

/** Columns covered by a list validation (a drop-down) over more than one row. */
function listColumns(xml: string): Set<number> {
  const out = new Set<number>();
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?dataValidation\b([^>]*)>/g)) {
    const tag = m[1] as string;
    if (attribute(tag, 'type') !== 'list') continue;
    for (const ref of (attribute(tag, 'sqref') ?? '').split(/\s+/)) {
      const range = rangeOf(ref);
      if (!range || range.r2 <= range.r1) continue;
      for (let c = range.c1; c <= range.c2 && c - range.c1 < 64; c++) out.add(c);
    }
  }
  return out;
}
