/**
 * The content script's scan + highlight in real Chromium, side by side in one run with
 * (a) the lower bound: `document.body.textContent` plus one pass of the combined hint expression,
 * (b) the same full scan again (a rescan, as after an SPA navigation: our code and the rules'
 *     expressions compiled, `analyze` results remembered), which shows what the first scan pays
 *     on first use,
 * (c) mark.js `markRegExp` with the same expression (it wraps every match in a <mark>),
 * and (d) the time to handle 50 added rows at each page size (docs/design.md "Performance").
 * Generated pages of 200, 2,000 and 20,000 questions, with and without requests; medians of
 * several runs, each on a freshly loaded page. `npx tsx bench/page.ts` runs it alone.
 *
 * The scanning code is the extension's own (lib/page + lib/rules), bundled with vite's build API
 * into bench/.results/page-bench.js and added to each page.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { HINT_SOURCE } from '../lib/rules';
import { hugeTextPage, questionnairePage, questionRow } from './pages/generate';
import { printRows, type Row } from './table';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RESULTS = join(ROOT, 'bench', '.results');
const BUNDLE = join(RESULTS, 'page-bench.js');
const MARK = join(ROOT, 'node_modules', 'mark.js', 'dist', 'mark.min.js');
/** Page sizes (questions); `BENCH_SIZES=2000 npm run bench -- page` runs fewer, for a quick look. */
const SIZES = (process.env.BENCH_SIZES ?? '200,2000,20000').split(',').map(Number);
/** The highlight CSS the manifest injects on known hosts. */
const PAGE_CSS = readFileSync(
  join(ROOT, 'entrypoints', 'questionnaire.content', 'style.css'),
  'utf8',
);

/**
 * Runs per case (fewer for the biggest pages: each load takes a while on a shared machine). Five
 * for the others: with three, the median of a 10 ms lower bound moved by 40% between two runs of
 * the whole benchmark on a loaded machine.
 */
function runsFor(size: number): number {
  return size >= 20000 ? 2 : 5;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

async function bundle(): Promise<void> {
  mkdirSync(RESULTS, { recursive: true });
  await build({
    configFile: false,
    logLevel: 'silent',
    root: ROOT,
    build: {
      outDir: RESULTS,
      emptyOutDir: false,
      minify: true,
      lib: {
        entry: join(ROOT, 'bench', 'page-entry.ts'),
        formats: ['iife'],
        name: 'WhichSocPageBench',
        fileName: () => 'page-bench.js',
      },
    },
  });
}

interface Loaded {
  page: Page;
  close: () => Promise<void>;
}

async function load(browser: Browser, html: string): Promise<Loaded> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  // tsx (esbuild keepNames) wraps named functions in page.evaluate callbacks with __name.
  await context.addInitScript('globalThis.__name = (fn) => fn;');
  const page = await context.newPage();
  // A real URL so the page has an origin; the route serves the generated markup.
  await page.route('https://bench.example/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await page.goto('https://bench.example/q.html', { waitUntil: 'load', timeout: 180_000 });
  // Let the first paint finish, so no run pays for the page's own initial layout.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))),
  );
  return { page, close: () => context.close() };
}

/** Long tasks (over 50 ms) seen from now on, for the scan's claim of no long task. */
async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: number[] = [];
    (window as unknown as { longTasks: number[] }).longTasks = seen;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

async function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((done) =>
        setTimeout(() => done((window as unknown as { longTasks: number[] }).longTasks), 30),
      ),
  );
}

async function lowerBound(page: Page): Promise<number> {
  return page.evaluate((source) => {
    const t0 = performance.now();
    const text = document.body.textContent ?? '';
    // The same expression under a source of its own: V8 caches compiled expressions by source
    // and flags, so running the rules' own source here would compile it for our scan, run next
    // on the same page.
    const re = new RegExp(`(?:${source})`, 'gi');
    let count = 0;
    while (re.exec(text)) count++;
    const t1 = performance.now();
    (window as unknown as { sink: number }).sink = count;
    return t1 - t0;
  }, HINT_SOURCE);
}

interface OursResult {
  /** Main-thread time our code took (sum of its slices). */
  busyMs: number;
  /** Longest slice: the longest task our code caused. */
  longestMs: number;
  /** Main-thread time of our idle work after the scan (shadow-root sweep). */
  idleBusyMs: number;
  scanMs: number;
  paintMs: number;
  settledMs: number;
  findings: number;
}

/** Loads our bundle (its compile and first run are the page's task, not the scan's). */
async function loadOurs(page: Page): Promise<void> {
  await page.addScriptTag({ path: BUNDLE });
}

async function ours(page: Page): Promise<OursResult> {
  return page.evaluate(() =>
    (window as unknown as { whichSocBench: { scan(): Promise<OursResult> } }).whichSocBench.scan(),
  );
}

async function markJs(page: Page): Promise<{ ms: number; paintMs: number; marks: number }> {
  await page.addScriptTag({ path: MARK });
  return page.evaluate(
    (source) =>
      new Promise<{ ms: number; paintMs: number; marks: number }>((done) => {
        const MarkCtor = (
          window as unknown as {
            Mark: new (el: Element) => { markRegExp(re: RegExp, o: object): void };
          }
        ).Mark;
        const t0 = performance.now();
        new MarkCtor(document.body).markRegExp(new RegExp(source, 'gi'), {
          done: (marks: number) => {
            const t1 = performance.now();
            requestAnimationFrame(() => {
              const channel = new MessageChannel();
              channel.port1.onmessage = () =>
                done({ ms: t1 - t0, paintMs: performance.now() - t0, marks });
              channel.port2.postMessage(null);
            });
          },
        });
      }),
    HINT_SOURCE,
  );
}

interface AddResult {
  /** Wall time until the rescan settled. */
  ms: number;
  /** Main-thread time our rescan took. */
  busyMs: number;
  added: number;
}

async function rescan(page: Page): Promise<{ busyMs: number; findings: number }> {
  return page.evaluate(() =>
    (
      window as unknown as {
        whichSocBench: { rescan(): Promise<{ busyMs: number; findings: number }> };
      }
    ).whichSocBench.rescan(),
  );
}

async function addRows(page: Page, markup: string): Promise<AddResult> {
  return page.evaluate(
    (rows) =>
      (
        window as unknown as {
          whichSocBench: { addRows(m: string): Promise<AddResult> };
        }
      ).whichSocBench.addRows(rows),
    markup,
  );
}

/** Every measurement, as rows for bench/run.ts's table. */
export async function benchPage(): Promise<Row[]> {
  await bundle();
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-extensions', '--no-first-run'],
  });
  const rows: Row[] = [];
  const checks: string[] = [];
  try {
    for (const withRequests of [true, false]) {
      const label = withRequests ? 'with requests' : 'no requests';
      const incremental: number[] = [];
      for (const size of SIZES) {
        const html = questionnairePage(size, { requests: withRequests, css: PAGE_CSS });
        const extra = Array.from({ length: 50 }, (_, i) =>
          questionRow(size + i, { requests: withRequests }),
        ).join('');
        const lower: number[] = [];
        const scan: number[] = [];
        const paint: number[] = [];
        const settled: number[] = [];
        const mark: number[] = [];
        const markPaint: number[] = [];
        const added: number[] = [];
        const addedWall: number[] = [];
        const busy: number[] = [];
        const rescans: number[] = [];
        const idle: number[] = [];
        let longestSlice = 0;
        let findings = 0;
        let marks = 0;
        let addedFindings = 0;
        let worstTask = 0;
        for (let run = 0; run < runsFor(size); run++) {
          const mine = await load(browser, html);
          lower.push(await lowerBound(mine.page));
          // Long tasks are watched from the scan's start: loading the bundle is a task of its
          // own (the extension's load task is held to 50 ms by tests/e2e/hostile-pages.spec.ts).
          await loadOurs(mine.page);
          await watchLongTasks(mine.page);
          const result = await ours(mine.page);
          scan.push(result.scanMs);
          busy.push(result.busyMs);
          idle.push(result.idleBusyMs);
          longestSlice = Math.max(longestSlice, result.longestMs);
          paint.push(result.paintMs);
          settled.push(result.settledMs);
          findings = result.findings;
          worstTask = Math.max(worstTask, ...(await longTasks(mine.page)), 0);
          const rowsResult = await addRows(mine.page, extra);
          added.push(rowsResult.busyMs);
          addedWall.push(rowsResult.ms);
          addedFindings = rowsResult.added;
          // Last, so its garbage does not land in the 50-row update measured above.
          const again = await rescan(mine.page);
          if (again.findings !== result.findings + rowsResult.added) {
            throw new Error(
              `rescan found ${again.findings}, the scan and the added rows ${result.findings + rowsResult.added}`,
            );
          }
          rescans.push(again.busyMs);
          await mine.close();
          const theirs = await load(browser, html);
          const marked = await markJs(theirs.page);
          mark.push(marked.ms);
          markPaint.push(marked.paintMs);
          marks = marked.marks;
          await theirs.close();
        }
        const name = `${size} q, ${label}`;
        process.stderr.write(`page bench: ${name} done\n`);
        const low = median(lower);
        // Ours yields between slices, so its wall time includes the page's own frames; its cost
        // on the main thread is the sum of its slices (busy), comparable to synchronous peers.
        const mine = median(busy);
        rows.push({ name: `${name}: lower bound (textContent + regex)`, ms: low });
        rows.push({
          name: `${name}: ours, scan + highlight (main-thread ms)`,
          ms: mine,
          ratio: mine / low,
          note: `x lower bound; ${findings} findings; wall ${median(scan).toFixed(1)} ms, to next frame ${median(paint).toFixed(1)} ms, settled ${median(settled).toFixed(1)} ms; then idle work ${median(idle).toFixed(1)} ms; longest slice ${longestSlice.toFixed(0)} ms; longest page task ${worstTask ? worstTask.toFixed(0) + ' ms' : 'none'}`,
        });
        rows.push({
          name: `${name}: ours, rescan (SPA navigation; code compiled)`,
          ms: median(rescans),
          ratio: median(rescans) / low,
          note: 'x lower bound: the same full scan, our code and expressions compiled, analyze results remembered',
        });
        rows.push({
          name: `${name}: mark.js markRegExp`,
          ms: median(mark),
          ratio: median(mark) / mine,
          note: `x ours (mark.js / ours); ${marks} marks; to next frame ${median(markPaint).toFixed(1)} ms (${(median(markPaint) / median(paint)).toFixed(1)}x ours to next frame)`,
        });
        const add = median(added);
        incremental.push(add);
        rows.push({
          name: `${name}: 50 rows added (main-thread ms)`,
          ms: add,
          note: `${addedFindings} new findings; wall ${median(addedWall).toFixed(1)} ms`,
        });
        const ratio = mine / low;
        if (size === 2000) {
          const limit = withRequests ? 3 : 1.2;
          checks.push(
            `${ratio <= limit ? 'PASS' : 'FAIL'} ${name}: ours/lower bound ${ratio.toFixed(2)}x (target <= ${limit}x)`,
          );
        }
        checks.push(
          `${median(mark) / mine >= 5 ? 'PASS' : 'FAIL'} ${name}: mark.js/ours ${(median(mark) / mine).toFixed(1)}x (target >= 5x)`,
        );
        checks.push(
          `${longestSlice <= 50 ? 'PASS' : 'FAIL'} ${name}: longest slice of ours ${longestSlice.toFixed(0)} ms (target <= 50 ms)`,
        );
      }
      const spread = Math.max(...incremental) / Math.min(...incremental);
      checks.push(
        `${spread <= 2 ? 'PASS' : 'FAIL'} ${label}: 50-row update ${incremental.map((ms) => ms.toFixed(1)).join(' / ')} ms at ${SIZES.join(' / ')} q (max/min ${spread.toFixed(2)}x, target flat: <= 2x)`,
      );
    }
    // A hostile page: one 2 MB text node. The scan must stay under 50 ms per task.
    const huge = await load(browser, hugeTextPage(2_000_000, PAGE_CSS));
    const lower = await lowerBound(huge.page);
    await loadOurs(huge.page);
    await watchLongTasks(huge.page);
    const result = await ours(huge.page);
    const tasks = await longTasks(huge.page);
    await huge.close();
    const worst = Math.max(0, ...tasks);
    rows.push({ name: '2 MB text node: lower bound', ms: lower });
    rows.push({
      name: '2 MB text node: ours, scan + highlight (main-thread ms)',
      ms: result.busyMs,
      ratio: result.busyMs / lower,
      note: `${result.findings} findings; wall ${result.scanMs.toFixed(1)} ms; longest slice ${result.longestMs.toFixed(0)} ms; longest page task ${worst ? worst.toFixed(0) + ' ms' : 'none'}`,
    });
    checks.push(
      `${result.longestMs <= 50 ? 'PASS' : 'FAIL'} 2 MB text node: no slice of ours over 50 ms (${result.longestMs.toFixed(0)} ms; longest page task ${worst.toFixed(0)} ms)`,
    );
  } finally {
    await browser.close();
  }
  console.log(checks.join('\n'));
  return rows;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const rows = await benchPage();
  printRows(rows);
}
