/**
 * The measurements behind docs/files-library.md: fidelity, speed and bundle size of the candidate
 * libraries on the test fixtures. The candidates are not dependencies of this project; install
 * them in a scratch directory and point LIBS_DIR at it:
 *   mkdir /tmp/libs && cd /tmp/libs && npm init -y &&
 *     npm install exceljs@4.4.0 xlsx-populate@1.21.0 @e965/xlsx@0.20.3 @zip.js/zip.js@2.24.0
 *   LIBS_DIR=/tmp/libs npx tsx scripts/compare-file-libraries.ts
 * Fidelity: write one answer into an empty cell of the SIG-shaped fixture, unpack original and
 * copy, and list the parts that changed, vanished or appeared, and what the written sheet lost.
 * Speed: medians of 7 runs on the 2,000-row, 20-sheet fixture. Size: esbuild, minified, gzipped.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import { answerText, fillQuestionnaire, readQuestionnaire } from '../lib/files/index';
import { openWorkbook, readSheetGrid } from '../lib/files/xlsx';
import { largeWorkbook, sigWorkbook } from '../tests/files/fixtures';

const libs = process.env.LIBS_DIR;
if (!libs)
  throw new Error('Set LIBS_DIR to a directory with the candidates installed (see the header).');
const load = createRequire(join(libs, 'package.json'));
/* eslint-disable @typescript-eslint/no-explicit-any -- the candidates are untyped here on purpose: they are not dependencies */
const ExcelJS: any = load('exceljs');
const XlsxPopulate: any = load('xlsx-populate');
const XLSX: any = load('@e965/xlsx');
const zipjs: any = load('@zip.js/zip.js');

const SHEET = 'Business Resiliency';
const CELL = 'D6';
const TEXT = 'Yes. Our SOC 2 Type 2 report is available under NDA.';

type Writer = (bytes: Uint8Array) => Promise<Uint8Array>;

const writers: Record<string, Writer> = {
  'fflate + own XML (chosen)': (bytes) =>
    fillQuestionnaire(bytes, 'sig.xlsx', [{ sheet: SHEET, cell: CELL, text: TEXT }]),
  exceljs: async (bytes) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes));
    book.getWorksheet(SHEET).getCell(CELL).value = TEXT;
    return new Uint8Array(await book.xlsx.writeBuffer());
  },
  'xlsx-populate': async (bytes) => {
    const book = await XlsxPopulate.fromDataAsync(Buffer.from(bytes));
    book.sheet(SHEET).cell(CELL).value(TEXT);
    return new Uint8Array(await book.outputAsync());
  },
  '@e965/xlsx (SheetJS CE)': async (bytes) => {
    const book = XLSX.read(bytes, { type: 'array', cellStyles: true, bookVBA: true });
    XLSX.utils.sheet_add_aoa(book.Sheets[SHEET], [[TEXT]], { origin: CELL });
    return new Uint8Array(XLSX.write(book, { type: 'array', bookType: 'xlsx' }));
  },
};

/** What survived in the copy: features of the fixture looked up in the copy's parts. */
function fidelity(original: Uint8Array, copy: Uint8Array): string {
  const before = unzipSync(original);
  const after = unzipSync(copy);
  const changed = Object.keys(before).filter(
    (name) =>
      after[name] &&
      !Buffer.from(after[name] as Uint8Array).equals(Buffer.from(before[name] as Uint8Array)),
  );
  const gone = Object.keys(before).filter((name) => !after[name]);
  const added = Object.keys(after).filter((name) => !before[name]);
  const all = Object.values(after)
    .map((data) => strFromU8(data))
    .join('\n');
  const lost = [
    ['drop-downs', /<dataValidation\b/],
    ['merged cells', /<mergeCell\b/],
    ['comment', /Pick Yes, No or N\/A/],
    ['defined name', /<definedName[^>]*name="Answers"/],
    ['column widths', /width="70"/],
    ['hidden sheet', /state="hidden"/],
    ['bold font', /<(?:\w+:)?b\/>/],
  ]
    .filter(([, pattern]) => !(pattern as RegExp).test(all))
    .map(([name]) => name);
  return `${changed.length}/${Object.keys(before).length} parts changed${gone.length ? `, ${gone.length} gone` : ''}${added.length ? `, ${added.length} added` : ''}; lost: ${lost.join(', ') || 'nothing'}`;
}

function median(values: number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
}

async function time(work: () => Promise<unknown> | unknown, runs = 7): Promise<number> {
  await work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Every cell's text, with each library's own reading API. */
const readers: Record<string, (bytes: Uint8Array) => Promise<number>> = {
  'fflate + own XML (chosen)': async (bytes) => {
    const book = openWorkbook(bytes);
    let n = 0;
    for (const sheet of book.sheets)
      for (const row of readSheetGrid(book, sheet).rows) n += row.cells.length;
    return n;
  },
  exceljs: async (bytes) => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(bytes));
    let n = 0;
    book.eachSheet((sheet: any) => sheet.eachRow((row: any) => row.eachCell(() => n++)));
    return n;
  },
  'xlsx-populate': async (bytes) => {
    const book = await XlsxPopulate.fromDataAsync(Buffer.from(bytes));
    let n = 0;
    for (const sheet of book.sheets()) {
      const values = sheet.usedRange()?.value() ?? [];
      for (const row of values)
        for (const value of row) if (value !== undefined && value !== null) n++;
    }
    return n;
  },
  '@e965/xlsx (SheetJS CE)': async (bytes) => {
    const book = XLSX.read(bytes, { type: 'array' });
    let n = 0;
    for (const name of book.SheetNames) {
      for (const row of XLSX.utils.sheet_to_json(book.Sheets[name], { header: 1 }) as unknown[][]) {
        n += row.filter((v) => v !== undefined && v !== null).length;
      }
    }
    return n;
  },
  '@zip.js/zip.js (unzip only)': async (bytes) => {
    zipjs.configure({ useWebWorkers: false });
    const reader = new zipjs.ZipReader(new zipjs.Uint8ArrayReader(bytes));
    let n = 0;
    for (const entry of await reader.getEntries())
      n += (await entry.getData(new zipjs.Uint8ArrayWriter())).length;
    await reader.close();
    return n;
  },
};

/** Minified + gzipped size of a browser bundle importing `what`. */
function bundleSize(what: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'bundle-'));
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, `${what}\n`);
  const out = execFileSync(
    join(process.cwd(), 'node_modules/.bin/esbuild'),
    [
      entry,
      '--bundle',
      '--minify',
      '--format=esm',
      '--platform=browser',
      '--log-level=error',
      `--resolve-extensions=.ts,.js,.mjs`,
    ],
    {
      cwd: process.cwd(),
      env: {
        ...process.env,
        NODE_PATH: `${join(libs as string, 'node_modules')}:${join(process.cwd(), 'node_modules')}`,
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return `${(out.length / 1024).toFixed(0)} kB (${(gzipSync(out).length / 1024).toFixed(0)} kB gz)`;
}

const sig = sigWorkbook();
const large = largeWorkbook(2000, 20);
const rows: Array<Record<string, string>> = [];
for (const name of new Set([...Object.keys(writers), ...Object.keys(readers)])) {
  const writer = writers[name];
  const reader = readers[name];
  let fidelityNote = 'n/a';
  let writeMs = 'n/a';
  if (writer) {
    try {
      fidelityNote = fidelity(sig, await writer(sig));
      writeMs = (await time(() => writer(sig))).toFixed(1);
    } catch (error) {
      fidelityNote = `fails: ${(error as Error).message}`;
    }
  }
  rows.push({
    library: name,
    fidelity: fidelityNote,
    'write SIG fixture (ms)': writeMs,
    'read 2,000 rows (ms)': reader ? (await time(() => reader(large))).toFixed(1) : 'n/a',
  });
}
console.table(rows);
const here = join(process.cwd(), 'lib/files/index.ts');
console.table({
  'fflate + own XML (chosen), lib/rules included': bundleSize(`export * from '${here}';`),
  exceljs: bundleSize("export { default } from 'exceljs';"),
  'xlsx-populate': bundleSize(
    "export { default } from 'xlsx-populate/browser/xlsx-populate.min.js';",
  ),
  '@e965/xlsx (SheetJS CE)': bundleSize("export * from '@e965/xlsx';"),
  '@zip.js/zip.js': bundleSize("export * from '@zip.js/zip.js';"),
  fflate: bundleSize("export { Inflate, deflateSync } from 'fflate';"),
});

// Our answered copies, opened by the three model libraries: each must see every answer.
const opened: Array<Record<string, string>> = [];
for (const [name, bytes] of [
  ['SIG-shaped', sigWorkbook()],
  ['2,000 rows', large],
] as const) {
  const file = await readQuestionnaire(bytes, 'q.xlsx');
  const answers = file.findings
    .filter((f) => f.existingAnswer === '')
    .map((f) => ({ sheet: f.sheet, cell: f.answerCell, text: answerText(f) }));
  const copy = await fillQuestionnaire(bytes, 'q.xlsx', answers);
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load(Buffer.from(copy));
  const sheetjs = XLSX.read(copy, { type: 'array' });
  const populate = await XlsxPopulate.fromDataAsync(Buffer.from(copy));
  const count = (read: (sheet: string, cell: string) => unknown): string =>
    `${answers.filter((a) => read(a.sheet, a.cell) === a.text).length}/${answers.length}`;
  opened.push({
    workbook: name,
    exceljs: count((sheet, cell) => excel.getWorksheet(sheet).getCell(cell).text),
    '@e965/xlsx': count((sheet, cell) => sheetjs.Sheets[sheet][cell]?.v),
    'xlsx-populate': count((sheet, cell) => populate.sheet(sheet).cell(cell).value()),
  });
}
console.table(opened);
