/**
 * CSV and TSV, read and written back as they came: the same delimiter, quoting, line endings,
 * byte-order mark and encoding (UTF-8, UTF-16 with a BOM, or Windows-1252 when the bytes are not
 * UTF-8, which is what Excel on Windows writes for "CSV (Comma delimited)"). Writing splices the
 * new fields into the original text, so every other byte stays where it was.
 */
import { PARAM_LIMITS, QuestionnaireFileError } from './errors';
import type { GridRow, GridSheet } from './grid';

/** A CSV past this size is refused rather than read: no questionnaire is this large. */
export const MAX_CSV_BYTES = 50 * 1024 * 1024;

export type CsvEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface CsvField {
  /** Offsets in the decoded text, quotes included. */
  start: number;
  end: number;
  value: string;
  quoted: boolean;
}

export interface CsvRecord {
  fields: CsvField[];
  /** Where the record's line ending starts (or the text's end). */
  end: number;
}

export interface CsvDocument {
  text: string;
  encoding: CsvEncoding;
  bom: boolean;
  delimiter: string;
  lineEnding: string;
  records: CsvRecord[];
  /** Every non-empty field of the file is quoted: new fields are quoted too. */
  quotesAll: boolean;
}

/** Windows-1252's bytes 0x80-0x9F; the rest of the range is Latin-1 (WHATWG Encoding, index). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
  0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
  0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

function decodeCp1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    const codes = new Array<number>(chunk.length);
    for (let j = 0; j < chunk.length; j++) {
      const b = chunk[j] as number;
      codes[j] = b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as number) : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}

let cp1252Reverse: Map<number, number> | undefined;

function encodeCp1252(text: string): Uint8Array {
  if (!cp1252Reverse) {
    cp1252Reverse = new Map(CP1252_HIGH.map((code, i) => [code, 0x80 + i]));
  }
  const out = new Uint8Array(text.length);
  const bad = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const mapped =
      cp1252Reverse.get(code) ?? (code < 0x80 || (code >= 0xa0 && code <= 0xff) ? code : undefined);
    if (mapped === undefined) bad.add(text[i] as string);
    else out[i] = mapped;
  }
  if (bad.size > 0) {
    throw new QuestionnaireFileError({
      kind: 'unencodable',
      characters: [...bad].slice(0, PARAM_LIMITS.characters),
    });
  }
  return out;
}

function decode(bytes: Uint8Array): { text: string; encoding: CsvEncoding; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return {
      text: new TextDecoder('utf-8').decode(bytes.subarray(3)),
      encoding: 'utf-8',
      bom: true,
    };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      bom: true,
    };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      bom: true,
    };
  }
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      bom: false,
    };
  } catch {
    return { text: decodeCp1252(bytes), encoding: 'windows-1252', bom: false };
  }
}

function encode(text: string, encoding: CsvEncoding, bom: boolean): Uint8Array {
  let body: Uint8Array;
  let mark: number[] = [];
  if (encoding === 'windows-1252') body = encodeCp1252(text);
  else if (encoding === 'utf-8') {
    body = new TextEncoder().encode(text);
    mark = [0xef, 0xbb, 0xbf];
  } else {
    body = new Uint8Array(text.length * 2);
    const little = encoding === 'utf-16le';
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      body[2 * i + (little ? 0 : 1)] = code & 0xff;
      body[2 * i + (little ? 1 : 0)] = code >> 8;
    }
    mark = little ? [0xff, 0xfe] : [0xfe, 0xff];
  }
  if (!bom) return body;
  const out = new Uint8Array(mark.length + body.length);
  out.set(mark);
  out.set(body, mark.length);
  return out;
}

/** The delimiter the first lines use most outside quotes (comma, semicolon or tab). */
function guessDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  let lines = 0;
  for (let i = 0; i < text.length && lines < 20; i++) {
    const c = text[i] as string;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c in counts) counts[c] = (counts[c] ?? 0) + 1;
    else if (!quoted && c === '\n') lines++;
  }
  const best = Object.entries(counts).sort((a, b) => b[1] - a[1])[0];
  return best && best[1] > 0 ? best[0] : ',';
}

/** Parses a CSV or TSV file (RFC 4180, plus the delimiters and encodings Excel writes). */
export function parseCsv(bytes: Uint8Array, fileName: string): CsvDocument {
  if (bytes.length > MAX_CSV_BYTES) {
    throw new QuestionnaireFileError({
      kind: 'csv-too-large',
      megabytes: Math.round(MAX_CSV_BYTES / 1024 / 1024),
    });
  }
  const { text, encoding, bom } = decode(bytes);
  // Binary content (a NUL byte) is not text, whatever the file is called.
  if (text.includes('\u0000')) {
    throw new QuestionnaireFileError({ kind: 'csv-binary' });
  }
  const delimiter = /\.tsv$/i.test(fileName) ? '\t' : guessDelimiter(text);
  const firstBreak = /\r\n|\n|\r/.exec(text);
  const lineEnding = firstBreak ? firstBreak[0] : '\r\n';
  const records: CsvRecord[] = [];
  const n = text.length;
  const delim = delimiter.charCodeAt(0);
  /** Where the unquoted run from `k` ends: the delimiter, a line break or the end. */
  const runEnd = (k: number): number => {
    while (k < n) {
      const c = text.charCodeAt(k);
      if (c === delim || c === 10 || c === 13) break;
      k++;
    }
    return k;
  };
  let i = 0;
  let quotedFields = 0;
  let filledFields = 0;
  while (i < n) {
    const fields: CsvField[] = [];
    let recordEnd: number;
    for (;;) {
      const start = i;
      let value: string;
      let quoted = false;
      if (text.charCodeAt(i) === 34) {
        quoted = true;
        let j = i + 1;
        let parts = '';
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0) {
            parts += text.slice(j);
            j = n;
            break;
          }
          parts += text.slice(j, q);
          if (text.charCodeAt(q + 1) === 34) {
            parts += '"';
            j = q + 2;
          } else {
            j = q + 1;
            break;
          }
        }
        // Text after the closing quote up to the delimiter stays part of the field, as Excel reads it.
        const k = runEnd(j);
        value = k > j ? parts + text.slice(j, k) : parts;
        i = k;
      } else {
        const k = runEnd(i);
        value = text.slice(i, k);
        i = k;
      }
      fields.push({ start, end: i, value, quoted });
      if (value !== '') {
        filledFields++;
        if (quoted) quotedFields++;
      }
      if (i < n && text.charCodeAt(i) === delim) {
        i++;
        continue;
      }
      recordEnd = i;
      if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i += 2;
      else if (i < n) i++;
      break;
    }
    records.push({ fields, end: recordEnd });
  }
  return {
    text,
    encoding,
    bom,
    delimiter,
    lineEnding,
    records,
    quotesAll: filledFields > 0 && quotedFields === filledFields,
  };
}

/** The CSV as one grid sheet named after the file, as Excel names it. */
export function csvGrid(doc: CsvDocument, fileName: string): GridSheet {
  const rows: GridRow[] = [];
  doc.records.forEach((record, index) => {
    const cells = record.fields
      .map((field, col) => ({ col: col + 1, text: field.value }))
      .filter((cell) => cell.text.trim() !== '');
    if (cells.length > 0) rows.push({ row: index + 1, cells });
  });
  return {
    name: fileName.replace(/\.[^.]*$/, '') || fileName,
    rows,
    hidden: false,
    wideMerges: new Set(),
    listColumns: new Set(),
  };
}

/**
 * Characters that make a spreadsheet read a CSV field as a formula when the file is opened
 * (OWASP, "CSV Injection"): an answer the user edited to start with one of them could run as a
 * formula on the buyer's machine.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A field's text as written: a leading apostrophe in front of a formula start (OWASP's advice,
 * which Excel and LibreOffice show as text), then quoted where the file's syntax needs it.
 */
function quoteField(doc: CsvDocument, raw: string): string {
  const value = FORMULA_START.test(raw) ? `'${raw}` : raw;
  const needs =
    doc.quotesAll ||
    value.includes(doc.delimiter) ||
    /["\r\n]/.test(value) ||
    value !== value.trim();
  return needs ? `"${value.replace(/"/g, '""')}"` : value;
}

/** A field write: 0-based record and field. */
export interface CsvWrite {
  record: number;
  field: number;
  value: string;
}

/** The file's bytes with the fields written, everything else as it was. */
export function writeCsv(doc: CsvDocument, writes: CsvWrite[]): Uint8Array {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const byRecord = new Map<number, CsvWrite[]>();
  for (const write of writes) {
    const list = byRecord.get(write.record) ?? [];
    list.push(write);
    byRecord.set(write.record, list);
  }
  for (const [index, list] of byRecord) {
    const record = doc.records[index];
    if (!record) continue;
    list.sort((a, b) => a.field - b.field);
    let appended = '';
    let count = record.fields.length;
    for (const write of list) {
      const field = record.fields[write.field];
      if (field) {
        edits.push({ start: field.start, end: field.end, text: quoteField(doc, write.value) });
      } else {
        appended += doc.delimiter.repeat(write.field - count + 1) + quoteField(doc, write.value);
        count = write.field + 1;
      }
    }
    if (appended) edits.push({ start: record.end, end: record.end, text: appended });
  }
  // Pieces in order, joined once: a slice per edit would copy a 10 MB text for every answer.
  edits.sort((a, b) => a.start - b.start);
  const pieces: string[] = [];
  let at = 0;
  for (const edit of edits) {
    pieces.push(doc.text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  pieces.push(doc.text.slice(at));
  return encode(pieces.join(''), doc.encoding, doc.bom);
}
