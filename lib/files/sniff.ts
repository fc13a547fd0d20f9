/**
 * What kind of file the bytes are, from their first bytes first and their name second: a
 * renamed file is read for what it is, and what cannot be read gets a sentence that says why.
 */
import { QuestionnaireFileError } from './errors';
import { looksLikeZip } from './zip';

export type FileKind = 'xlsx' | 'csv';

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

/** True when the UTF-16LE form of `name` occurs in the bytes (OLE directory entry names). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (let i = 0; i + name.length * 2 <= bytes.length; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let j = 1; j < name.length; j++) {
      if (bytes[i + 2 * j] !== name.charCodeAt(j) || bytes[i + 2 * j + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * The reader for the bytes, or a typed error. An OLE compound file (D0 CF 11 E0) is either a
 * workbook Excel encrypted with a password (its streams are EncryptionInfo and EncryptedPackage,
 * MS-OFFCRYPTO 2.3.4) or an Excel 97-2003 .xls (a Workbook or Book stream, MS-XLS 2.1.2).
 */
export function sniff(bytes: Uint8Array, fileName: string): FileKind {
  const ext = /\.([^.]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (bytes.length === 0) throw new QuestionnaireFileError({ kind: 'empty' });
  if (startsWith(bytes, OLE_SIGNATURE)) {
    if (hasUtf16Name(bytes, 'EncryptedPackage')) {
      throw new QuestionnaireFileError({ kind: 'password' });
    }
    if (ext === 'xls' || hasUtf16Name(bytes, 'Workbook') || hasUtf16Name(bytes, 'Book')) {
      throw new QuestionnaireFileError({ kind: 'old-xls' });
    }
    throw new QuestionnaireFileError({ kind: 'office-not-workbook' });
  }
  if (looksLikeZip(bytes)) return 'xlsx';
  if (ext === 'csv' || ext === 'tsv' || ext === 'txt') return 'csv';
  if (ext === 'xls') {
    throw new QuestionnaireFileError({ kind: 'xls-unreadable' });
  }
  if (ext === 'xlsx' || ext === 'xlsm') {
    throw new QuestionnaireFileError({ kind: 'misnamed', extension: ext });
  }
  throw new QuestionnaireFileError({ kind: 'not-a-spreadsheet' });
}
