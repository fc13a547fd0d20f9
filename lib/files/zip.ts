/**
 * Just enough ZIP for a workbook: read the central directory, unpack the parts asked for under a
 * limit on the unpacked size, and write a copy where every part not replaced keeps its compressed
 * bytes as they were (so it unpacks byte-identical). fflate does the DEFLATE; the container is
 * ours because no small library both copies entries raw and enforces a real (not declared) size
 * limit (APPNOTE.TXT 6.3, sections 4.3.7 to 4.3.16, is the layout read here).
 */
import { deflateSync, Inflate } from 'fflate';
import { boundedText, QuestionnaireFileError, type FileProblem } from './errors';

/** Default limit on what one archive may unpack to: a 20,000-row SIG unpacks to about 15 MB. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** More entries than any workbook has; a directory of millions would be an attack. */
const MAX_ENTRIES = 20_000;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  time: number;
  date: number;
  versionMadeBy: number;
  externalAttributes: number;
  internalAttributes: number;
  /** Offset of the compressed data in the archive. */
  dataStart: number;
}

export interface ZipArchive {
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  comment: Uint8Array;
}

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 as ZIP uses it. */
export function crc32(data: Uint8Array): number {
  let crc = -1;
  for (let i = 0; i < data.length; i++) {
    crc = (crc >>> 8) ^ (CRC_TABLE[(crc ^ data[i]!) & 0xff] as number);
  }
  return (crc ^ -1) >>> 0;
}

/** The ways an archive can be damaged: all of them the 'corrupt' code, each naming what broke. */
type Damage = Extract<FileProblem, { kind: `damaged-${string}` | `part-${string}` }>;

/** A damaged archive ('corrupt'), with which part of it is damaged when one is. */
function corrupt(problem: Damage): QuestionnaireFileError {
  return new QuestionnaireFileError(problem);
}

/** True when the bytes start like a ZIP archive (a local header or an empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return (
    bytes.length >= 4 &&
    bytes[0] === 0x50 &&
    bytes[1] === 0x4b &&
    (bytes[2] === 3 || bytes[2] === 5)
  );
}

/** Reads the central directory. Throws 'corrupt' when it is missing or inconsistent. */
export function openZip(bytes: Uint8Array): ZipArchive {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record sits in the last 22 bytes plus at most a 65,535-byte comment.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw corrupt({ kind: 'damaged-end' });
  const count = view.getUint16(end + 10, true);
  const directorySize = view.getUint32(end + 12, true);
  const directoryStart = view.getUint32(end + 16, true);
  const commentLength = view.getUint16(end + 20, true);
  if (count === 0xffff || directoryStart === 0xffffffff) {
    throw new QuestionnaireFileError({ kind: 'zip64' });
  }
  if (count > MAX_ENTRIES) throw new QuestionnaireFileError({ kind: 'too-many-parts', count });
  if (directoryStart + directorySize > end) throw corrupt({ kind: 'damaged-contents' });
  const decoder = new TextDecoder();
  const entries: ZipEntry[] = [];
  let at = directoryStart;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50)
      throw corrupt({ kind: 'damaged-entry' });
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const entryCommentLength = view.getUint16(at + 32, true);
    const localOffset = view.getUint32(at + 42, true);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (localOffset + 30 > bytes.length || view.getUint32(localOffset, true) !== 0x04034b50) {
      throw corrupt({ kind: 'part-missing', part: boundedText(name) });
    }
    const dataStart =
      localOffset +
      30 +
      view.getUint16(localOffset + 26, true) +
      view.getUint16(localOffset + 28, true);
    const entry: ZipEntry = {
      name,
      versionMadeBy: view.getUint16(at + 4, true),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      time: view.getUint16(at + 12, true),
      date: view.getUint16(at + 14, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      internalAttributes: view.getUint16(at + 36, true),
      externalAttributes: view.getUint32(at + 38, true),
      dataStart,
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff) {
      throw new QuestionnaireFileError({ kind: 'zip64' });
    }
    if (dataStart + entry.compressedSize > bytes.length)
      throw corrupt({ kind: 'part-cut-short', part: boundedText(name) });
    entries.push(entry);
    at += 46 + nameLength + extraLength + entryCommentLength;
  }
  return {
    entries,
    byName: new Map(entries.map((entry) => [entry.name, entry])),
    comment: bytes.slice(end + 22, end + 22 + commentLength),
  };
}

/** Unpacks parts, counting every byte against one limit shared by all reads of the archive. */
export class ZipReader {
  private unpacked = 0;
  constructor(
    readonly bytes: Uint8Array,
    readonly archive: ZipArchive,
    readonly limit = MAX_UNPACKED_BYTES,
  ) {}

  has(name: string): boolean {
    return this.archive.byName.has(name);
  }

  /** The part's bytes, or `undefined` when the archive has no such part. */
  read(name: string): Uint8Array | undefined {
    const entry = this.archive.byName.get(name);
    if (!entry) return undefined;
    if (entry.flags & 1) {
      throw new QuestionnaireFileError({ kind: 'encrypted-archive' });
    }
    const tooLarge = (): QuestionnaireFileError =>
      new QuestionnaireFileError({
        kind: 'unpacks-too-large',
        megabytes: Math.round(this.limit / 1024 / 1024),
      });
    // The declared size can lie; it only lets an honest large file fail before any work.
    if (this.unpacked + entry.size > this.limit) throw tooLarge();
    const raw = this.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    let data: Uint8Array;
    if (entry.method === 0) {
      data = raw;
    } else if (entry.method === 8) {
      const chunks: Uint8Array[] = [];
      let size = 0;
      const inflate = new Inflate((chunk) => {
        size += chunk.length;
        if (this.unpacked + size > this.limit) throw tooLarge();
        chunks.push(chunk);
      });
      try {
        // Small pushes keep the output of one push small (DEFLATE expands at most 1032:1).
        const step = 16 * 1024;
        for (let at = 0; at < raw.length; at += step) {
          inflate.push(raw.subarray(at, Math.min(raw.length, at + step)), at + step >= raw.length);
        }
        if (raw.length === 0) inflate.push(raw, true);
      } catch (error) {
        if (error instanceof QuestionnaireFileError) throw error;
        throw corrupt({ kind: 'part-unpack', part: boundedText(name) });
      }
      data = chunks.length === 1 ? (chunks[0] as Uint8Array) : concat(chunks, size);
    } else {
      throw corrupt({ kind: 'part-method', part: boundedText(name), method: entry.method });
    }
    if (data.length !== entry.size || crc32(data) !== entry.crc)
      throw corrupt({ kind: 'part-checksum', part: boundedText(name) });
    this.unpacked += data.length;
    return data;
  }

  text(name: string): string | undefined {
    const data = this.read(name);
    return data && new TextDecoder().decode(data);
  }
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/**
 * A copy of the archive with some parts replaced. Every other part keeps its compressed bytes,
 * checksum, date and attributes; local headers are written without extra fields or data
 * descriptors, which only the container (not any part) notices.
 */
export function rewriteZip(
  bytes: Uint8Array,
  archive: ZipArchive,
  replaced: Map<string, Uint8Array>,
): Uint8Array {
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const entry of archive.entries) {
    const name = encoder.encode(entry.name);
    const replacement = replaced.get(entry.name);
    let data: Uint8Array;
    let method = entry.method;
    let crc = entry.crc;
    let size = entry.size;
    if (replacement) {
      data = deflateSync(replacement, { level: 6 });
      method = 8;
      crc = crc32(replacement);
      size = replacement.length;
    } else {
      data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
    }
    // Bit 3 (sizes in a trailing descriptor) is dropped: the sizes are in the header now.
    const flags = entry.flags & ~0x8;
    const local = new Uint8Array(30 + name.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, flags, true);
    lv.setUint16(8, method, true);
    lv.setUint16(10, entry.time, true);
    lv.setUint16(12, entry.date, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, size, true);
    lv.setUint16(26, name.length, true);
    local.set(name, 30);
    const record = new Uint8Array(46 + name.length);
    const cv = new DataView(record.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, entry.versionMadeBy, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, flags, true);
    cv.setUint16(10, method, true);
    cv.setUint16(12, entry.time, true);
    cv.setUint16(14, entry.date, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, size, true);
    cv.setUint16(28, name.length, true);
    cv.setUint16(36, entry.internalAttributes, true);
    cv.setUint32(38, entry.externalAttributes, true);
    cv.setUint32(42, offset, true);
    record.set(name, 46);
    pieces.push(local, data);
    central.push(record);
    offset += local.length + data.length;
  }
  const directoryStart = offset;
  let directorySize = 0;
  for (const record of central) {
    pieces.push(record);
    directorySize += record.length;
  }
  const endRecord = new Uint8Array(22 + archive.comment.length);
  const ev = new DataView(endRecord.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, archive.entries.length, true);
  ev.setUint16(10, archive.entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, directoryStart, true);
  ev.setUint16(20, archive.comment.length, true);
  endRecord.set(archive.comment, 22);
  pieces.push(endRecord);
  return concat(pieces, offset + directorySize + endRecord.length);
}
