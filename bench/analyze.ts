/**
 * `analyze` throughput in Node, side by side in one run with its lower bound: one pass of the
 * combined hint expression (`new RegExp(HINT_SOURCE, 'gi')`) over the same text (docs/design.md
 * "Performance"). Generated questionnaire text of a few MB, without requests (security questions
 * plus the usual look-alikes: a Security Operations Center, audit logs, ISO 9001) and with
 * requests (about one question in twenty asks for a report). Each case runs several times; the
 * table shows medians and the ratio to the lower bound on the same text.
 *
 * Then what the content script pays per question block: `analyze` on realistic request
 * blocks with a context (per call, against one hint pass over the same blocks), and, in fresh
 * Node processes since V8 keeps compiled regular expressions for the life of a process, the first
 * calls with and without `warmUpSteps` first, and the longest warm-up step; and the scanner's
 * path over a page's first request blocks (`warmUpFor(text)`, then `analyze(text)`): the whole
 * first-use cost of the rules on that page.
 * `npx tsx bench/analyze.ts` runs it alone.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { analyze, HINT_SOURCE, mightRequest, warmUpFor, warmUpSteps } from '../lib/rules';
import { printRows, type Row } from './table';

/** Questions that ask for no report; some contain words the hint expression stops on. */
const PLAIN = [
  'Do you encrypt customer data at rest using AES-256 or stronger?',
  'Is data in transit protected with TLS 1.2 or higher?',
  'Describe how administrative access to production systems is granted, reviewed and revoked.',
  'Do you enforce multi-factor authentication for all remote access?',
  'How long do you retain audit logs, and who can access them?',
  'Do you perform background checks on employees with access to customer data?',
  'Describe your incident response plan and how customers are notified of a breach.',
  'Do you have a documented business continuity and disaster recovery plan? When was it last tested?',
  'Are backups encrypted and stored in a separate region?',
  'Does an independent third party perform penetration tests at least annually?',
  'How do you manage vulnerabilities in third-party libraries used by your application?',
  'Do you maintain an inventory of information assets, including owners and classification?',
  'Is security awareness training mandatory for all staff, and how often is it repeated?',
  'Describe the physical security controls at the facilities that host customer data.',
  'Do you have a vendor risk management program for your own suppliers?',
  'What is your recovery time objective for the production service?',
  'Are changes to production reviewed and approved before deployment?',
  'Do you segregate customer data logically in a multi-tenant environment?',
  'Do you hold cyber liability insurance? Provide a certificate of insurance.',
  'Do you comply with ISO 9001 quality management requirements?',
  'Is your 24x7 SOC staffed in-house or outsourced?',
  'Describe your social media and acceptable use policies.',
];

/** Questions that ask for a report, in several spellings and languages. */
const REQUESTS = [
  'Please attach your most recent SOC 2 Type II report.',
  'Do you have a SOC 1 or SOC 2 report available under NDA?',
  'Do you hold a current ISO/IEC 27001 certificate? Attach it with the Statement of Applicability.',
  'If your report period ended more than three months ago, provide a bridge letter.',
  'Our external auditors need your SOC report for SOX testing.',
  'Veuillez fournir votre rapport SOC 2 de type II.',
  'Legen Sie bitte Ihren aktuellen SOC 2 Typ 2-Bericht vor.',
  'Provide your SSAE 18 report or ISAE 3402 equivalent.',
];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About `bytes` of questionnaire text as question blocks; `requestShare` of them ask for a report. */
export function questionBlocks(bytes: number, requestShare: number, seed = 1): string[] {
  const next = random(seed);
  const blocks: string[] = [];
  let size = 0;
  for (let i = 1; size < bytes; i++) {
    const pool = next() < requestShare ? REQUESTS : PLAIN;
    const question = pool[Math.floor(next() * pool.length)] ?? '';
    const block = `${i}. ${question} Answer: Yes. Comments: see the attached policy, section ${i % 40}.`;
    blocks.push(block);
    size += block.length + 1;
  }
  return blocks;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** Median time of `runs` runs of `work`, after one warm-up run. */
function measure(work: () => unknown, runs = 7): number {
  work();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Rows: per text, the lower bound, then analyze per block, on the whole text, and mightRequest. */
export async function benchAnalyze(): Promise<Row[]> {
  // First: the blocks, as the content script sees them. After `analyze` has run over megabytes of
  // text, the per-block cost measured in the same process is 1.5-2.5x higher (old and new engine
  // alike), which would not describe a page.
  const rows: Row[] = benchBlocks();
  const texts: Array<[string, string[]]> = [
    ['3 MB, no requests', questionBlocks(3_000_000, 0)],
    ['3 MB, 1 in 20 asks for a report', questionBlocks(3_000_000, 0.05)],
  ];
  const hint = new RegExp(HINT_SOURCE, 'gi');
  for (const [name, blocks] of texts) {
    const whole = blocks.join('\n');
    let found = 0;
    const lowerBound = measure(() => {
      hint.lastIndex = 0;
      let n = 0;
      while (hint.exec(whole)) n++;
      found = n;
      return n;
    });
    let requests = 0;
    const perBlock = measure(() => {
      let n = 0;
      for (const block of blocks) n += analyze(block).length;
      requests = n;
      return n;
    });
    const onWhole = measure(() => analyze(whole).length);
    const precheck = measure(() => blocks.filter((block) => mightRequest(block)).length);
    const mb = (whole.length / 1e6).toFixed(1);
    rows.push(
      {
        name: `${name}: one combined regex (lower bound)`,
        ms: lowerBound,
        ratio: 1,
        note: `${mb} MB, ${blocks.length} questions, ${found} hint matches`,
      },
      {
        name: `${name}: analyze per question`,
        ms: perBlock,
        ratio: perBlock / lowerBound,
        note: `${requests} requests`,
      },
      { name: `${name}: analyze on the whole text`, ms: onWhole, ratio: onWhole / lowerBound },
      {
        name: `${name}: mightRequest per question`,
        ms: precheck,
        ratio: precheck / lowerBound,
      },
    );
  }
  return rows;
}

/** The request questions of bench/pages/generate.ts, as the content script sees them: one block each. */
const PAGE_REQUESTS = [
  'Please attach your most recent SOC 2 Type II report.',
  'Provide a copy of your ISO/IEC 27001 certificate and scope.',
  'If your report period ended more than three months ago, provide a bridge letter.',
  'Upload your SOC 1 Type 2 report covering controls relevant to financial reporting.',
  'Do you have a current SOC report? If yes, attach it.',
  'Is your SOC 3 report available publicly? Provide the link.',
];

/** The 200 request blocks of a 2,000-question page (one in ten asks), with their contexts. */
function pageBlocks(): Array<[string, string]> {
  const blocks: Array<[string, string]> = [];
  for (let i = 3; i < 2000; i += 10) {
    const text = `${Math.floor(i / 50) + 1}.${(i % 50) + 1} ${PAGE_REQUESTS[i % PAGE_REQUESTS.length]}`;
    blocks.push([text, `Section ${Math.floor(i / 50) + 1}: Security controls | Vendor assessment`]);
  }
  return blocks;
}

/** What a fresh process measures (see `firstCalls`). */
interface FirstCalls {
  warmUpMs: number;
  warmUpSteps: number;
  longestStepMs: number;
  firstMs: number;
  restMs: number;
}

/** Runs every step, timing each: the total, how many, and the longest. */
function timeSteps(steps: Iterable<() => void>): { ms: number; steps: number; longestMs: number } {
  let ms = 0;
  let count = 0;
  let longestMs = 0;
  for (const step of steps) {
    const started = performance.now();
    step();
    const took = performance.now() - started;
    ms += took;
    longestMs = Math.max(longestMs, took);
    count++;
  }
  return { ms, steps: count, longestMs };
}

/** In this (fresh) process: optionally every warm-up step, then the page's analyze calls in order. */
function firstCallsHere(warm: boolean): FirstCalls {
  const {
    ms: warmUpMs,
    steps,
    longestMs: longestStepMs,
  } = warm ? timeSteps(warmUpSteps()) : { ms: 0, steps: 0, longestMs: 0 };
  const blocks = pageBlocks();
  let started = performance.now();
  const [first, ...rest] = blocks;
  if (first) analyze(first[0], { context: first[1] });
  const firstMs = performance.now() - started;
  started = performance.now();
  for (const [text, context] of rest) analyze(text, { context });
  const restMs = performance.now() - started;
  return { warmUpMs, warmUpSteps: steps, longestStepMs, firstMs, restMs };
}

/** What a fresh process pays on a page's first request blocks, as the scanner runs them. */
interface ScannerFirstUse {
  /** `warmUpFor(text)` steps plus `analyze(text)` over the first blocks. */
  totalMs: number;
  warmUpMs: number;
  analyzeMs: number;
  steps: number;
  longestStepMs: number;
}

/** Blocks the scanner-path rows measure: two of each request text of the page. */
const SCANNER_BLOCKS = 12;

/**
 * In this (fresh) process: for each of the page's first blocks, `warmUpFor(text)` step by step,
 * then `analyze(text)`, as the scanner does (lib/page/analysis.ts); the blocks cover every
 * request text of the generated page, so this is the whole first-use cost of `analyze` on it.
 */
function scannerFirstUseHere(): ScannerFirstUse {
  let warmUpMs = 0;
  let analyzeMs = 0;
  let steps = 0;
  let longestStepMs = 0;
  for (const [text, context] of pageBlocks().slice(0, SCANNER_BLOCKS)) {
    const warm = timeSteps(warmUpFor(text));
    warmUpMs += warm.ms;
    steps += warm.steps;
    longestStepMs = Math.max(longestStepMs, warm.longestMs);
    const started = performance.now();
    analyze(text, { context });
    analyzeMs += performance.now() - started;
  }
  return { totalMs: warmUpMs + analyzeMs, warmUpMs, analyzeMs, steps, longestStepMs };
}

/** Runs `scannerFirstUseHere` in `runs` fresh Node processes; the median by total time. */
function scannerFirstUse(runs = 5): ScannerFirstUse {
  const results: ScannerFirstUse[] = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--scanner-first-use'],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' },
    );
    results.push(JSON.parse(run.stdout) as ScannerFirstUse);
  }
  results.sort((a, b) => a.totalMs - b.totalMs);
  return results[Math.floor(results.length / 2)] as ScannerFirstUse;
}

/** Runs `firstCallsHere` in a fresh Node process (median of `runs` processes by total time). */
function firstCalls(warm: boolean, runs = 3): FirstCalls {
  const results: FirstCalls[] = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(import.meta.url), '--first-calls', warm ? 'warm' : 'cold'],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), encoding: 'utf8' },
    );
    results.push(JSON.parse(run.stdout) as FirstCalls);
  }
  results.sort((a, b) => a.firstMs + a.restMs - (b.firstMs + b.restMs));
  return results[Math.floor(results.length / 2)] as FirstCalls;
}

/** Rows for the content script: per-call cost on request blocks, and the first calls of a fresh process. */
export function benchBlocks(): Row[] {
  const blocks = pageBlocks();
  const hint = new RegExp(HINT_SOURCE, 'gi');
  const hintPass = measure(() => {
    let n = 0;
    for (const [text] of blocks) {
      hint.lastIndex = 0;
      while (hint.exec(text)) n++;
    }
    return n;
  }, 15);
  const analyzeAll = (): number => {
    let n = 0;
    for (const [text, context] of blocks) n += analyze(text, { context }).length;
    return n;
  };
  // Warm as on a page the content script has scanned for a while (and JIT-compiled).
  for (let i = 0; i < 10; i++) analyzeAll();
  const perBlock = measure(analyzeAll, 15);
  const cold = firstCalls(false);
  const warm = firstCalls(true);
  const scanner = scannerFirstUse();
  const us = (ms: number): string => `${((ms / blocks.length) * 1000).toFixed(1)} µs per block`;
  return [
    {
      name: '200 request blocks: one combined regex each (lower bound)',
      ms: hintPass,
      ratio: 1,
      note: us(hintPass),
    },
    {
      name: '200 request blocks: analyze with context, warm',
      ms: perBlock,
      ratio: perBlock / hintPass,
      note: us(perBlock),
    },
    {
      name: 'fresh process: first analyze call, cold',
      ms: cold.firstMs,
      ratio: 1,
    },
    {
      name: 'fresh process: first analyze call after warmUpSteps',
      ms: warm.firstMs,
      ratio: warm.firstMs / cold.firstMs,
    },
    {
      name: 'fresh process: next 199 analyze calls, cold',
      ms: cold.restMs,
      ratio: 1,
      note: `${(cold.restMs / 199).toFixed(3)} ms per call`,
    },
    {
      name: 'fresh process: next 199 analyze calls after warmUpSteps',
      ms: warm.restMs,
      ratio: warm.restMs / cold.restMs,
      note: `${(warm.restMs / 199).toFixed(3)} ms per call`,
    },
    {
      name: `fresh process: warmUpFor + analyze on the first ${SCANNER_BLOCKS} blocks (as the scanner)`,
      ms: scanner.totalMs,
      note: `warm-up ${scanner.warmUpMs.toFixed(1)} ms in ${scanner.steps} steps (longest ${scanner.longestStepMs.toFixed(1)} ms), analyze ${scanner.analyzeMs.toFixed(1)} ms`,
    },
    {
      name: 'warmUpSteps: all steps (idle time)',
      ms: warm.warmUpMs,
      note: `${warm.warmUpSteps} steps, longest ${warm.longestStepMs.toFixed(1)} ms`,
    },
  ];
}

if (process.argv[2] === '--scanner-first-use') {
  process.stdout.write(JSON.stringify(scannerFirstUseHere()));
} else if (process.argv[2] === '--first-calls') {
  process.stdout.write(JSON.stringify(firstCallsHere(process.argv[3] === 'warm')));
} else if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const rows = await benchAnalyze();
  printRows(rows);
}
