/**
 * Questionnaire files in Node, side by side in one run with their lower bounds (`npm run bench --
 * files`). Workbooks of 2,000 rows in 20 sheets and 20,000 rows in 20 sheets, built by the test
 * fixtures from the labelled corpus's real questionnaire questions. Budgets: 2,000 rows read and
 * analysed in at most 1.5 s and 3x the lower bound; 20,000 rows in at most 10 s; the answered copy
 * of the 2,000-row workbook written in at most 1 s.
 *   read lower bound: unpack every sheet and read every cell's text with the same code
 *     (fflate + our XML reading), no analysis;
 *   write lower bound: unpack every part and pack them all again with fflate.
 * `npx tsx bench/files.ts` runs it alone.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { unzipSync, zipSync } from 'fflate';
import { answerText, fillQuestionnaire, readQuestionnaire } from '../lib/files/index';
import { openWorkbook, readSheetGrid } from '../lib/files/xlsx';
import { largeWorkbook } from '../tests/files/fixtures';
import { printRows, type Row } from './table';

/**
 * Rows of real questionnaire text from the corpus. `mixed`: questions that ask for no report, and
 * every twentieth one that does (as in bench/analyze.ts; a SIG Core asks for reports in far
 * fewer). `inOrder`: every item in file order, where one in six asks (the corpus gathers them).
 */
function corpusQuestions(): { mixed: string[]; inOrder: string[] } {
  const url = new URL('../tests/fixtures/corpus/dev.jsonl', import.meta.url);
  const items = readFileSync(url, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as { text: string; labels: { reports: string[] } });
  const positives = items.filter((item) => item.labels.reports.length > 0).map((item) => item.text);
  const negatives = items
    .filter((item) => item.labels.reports.length === 0)
    .map((item) => item.text);
  const out: string[] = [];
  for (let i = 0; out.length < negatives.length + positives.length; i++) {
    out.push(
      i % 20 === 19
        ? (positives[((i / 20) % positives.length) | 0] as string)
        : (negatives[i % negatives.length] as string),
    );
  }
  return { mixed: out, inOrder: items.map((item) => item.text) };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/**
 * Median times of `runs` runs of a case and of its peer, run in turns after one warm-up run of
 * each: on a shared machine, load that comes and goes then weighs on both sides alike.
 */
async function measurePair(
  peer: () => unknown,
  work: () => unknown,
  runs: number,
): Promise<[number, number]> {
  await peer();
  await work();
  const peerTimes: number[] = [];
  const workTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    let started = performance.now();
    await peer();
    peerTimes.push(performance.now() - started);
    started = performance.now();
    await work();
    workTimes.push(performance.now() - started);
  }
  return [median(peerTimes), median(workTimes)];
}

/** Every cell's text of every sheet: the least any reader of this workbook must do. */
function readAllCells(bytes: Uint8Array): number {
  const book = openWorkbook(bytes);
  let cells = 0;
  for (const sheet of book.sheets) {
    for (const row of readSheetGrid(book, sheet).rows) cells += row.cells.length;
  }
  return cells;
}

export async function benchFiles(): Promise<Row[]> {
  const { mixed, inOrder } = corpusQuestions();
  const rows: Row[] = [];
  for (const [size, runs, budget, questions, label] of [
    [2_000, 15, 1500, mixed, ''],
    [20_000, 5, 10_000, mixed, ''],
    [2_000, 15, 1500, inOrder, ', every corpus item in order (1 in 6 asks)'],
  ] as const) {
    const bytes = largeWorkbook(size, 20, [...questions]);
    let cells = 0;
    let findings = 0;
    const [lower, read] = await measurePair(
      () => (cells = readAllCells(bytes)),
      async () => {
        findings = (await readQuestionnaire(bytes, 'bench.xlsx')).findings.length;
      },
      runs,
    );
    const kb = (bytes.length / 1024).toFixed(0);
    rows.push(
      {
        name: `${size} rows, 20 sheets${label}: read every cell's text (lower bound)`,
        ms: lower,
        ratio: 1,
        note: `${kb} kB, ${cells} cells`,
      },
      {
        name: `${size} rows, 20 sheets${label}: readQuestionnaire (read + analyse)`,
        ms: read,
        ratio: read / lower,
        note: `${findings} findings; budget ${budget} ms${size === 2_000 ? ' and 3x' : ''}`,
      },
    );
    if (size !== 2_000 || label) continue;
    const file = await readQuestionnaire(bytes, 'bench.xlsx');
    const answers = file.findings
      .filter((f) => f.existingAnswer === '')
      .map((f) => ({ sheet: f.sheet, cell: f.answerCell, text: answerText(f) }));
    const [repack, write] = await measurePair(
      () => zipSync(unzipSync(bytes), { level: 6 }),
      () => fillQuestionnaire(bytes, 'bench.xlsx', answers),
      runs,
    );
    rows.push(
      {
        name: `${size} rows: unpack and repack every part with fflate (lower bound)`,
        ms: repack,
        ratio: 1,
      },
      {
        name: `${size} rows: fillQuestionnaire (answered copy)`,
        ms: write,
        ratio: write / repack,
        note: `${answers.length} answers written; budget 1000 ms`,
      },
    );
  }
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  printRows(await benchFiles());
}
