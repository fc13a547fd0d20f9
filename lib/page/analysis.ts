/**
 * How the scanner asks the rules about a run of text: guarded calls (a page must not break the
 * scan if the rules throw), a memo of results for texts seen before, the rules' first-use steps
 * run between slices, and windows around each hint for a huge run.
 */
import type { ReportRequest } from '../rules';
import type { Detector } from './detector';
import type { QuestionOf } from './findings';
import type { Slicer } from './scheduling';

/** Half the width of the window `analyzeWindows` gives each hint of a huge run. */
const WINDOW = 1200;
/**
 * Results of `analyze` kept for reuse, at most this many (then the memo starts over), for texts
 * up to MEMO_TEXT characters: rows that a page re-renders (virtualised grids re-create them on
 * every scroll) or repeats are analysed once.
 */
const MEMO_SIZE = 2000;
const MEMO_TEXT = 1000;
/** Joins a text and its context in a memo key (a character no page text holds). */
const MEMO_SEPARATOR = '\u0000';

export function safeAnalyze(
  detector: Detector,
  text: string,
  options: Parameters<Detector['analyze']>[1],
): ReportRequest[] {
  try {
    const result = detector.analyze(text, options);
    return Array.isArray(result) ? result : [];
  } catch {
    // The contract says analyze never throws; a page must not break the scan if it does.
    return [];
  }
}

/** `analyze` results by text (when the context did not matter) or by text + context. */
export class AnalyzeMemo {
  private readonly results = new Map<string, ReportRequest[]>();
  /** Texts whose result depended on the context: their results are kept by text + context. */
  private readonly contextual = new Set<string>();

  /** `onCall` counts each call to the rules (the scanner's statistics). */
  constructor(
    private readonly detector: Detector,
    private readonly onCall: () => void,
  ) {}

  /**
   * The memo's `analyze` result for this text, if it was seen (with the same context, for a text
   * whose result depended on its context). The context is worked out only in that case.
   */
  remembered(text: string, about: QuestionOf): ReportRequest[] | undefined {
    const plain = this.results.get(text);
    if (plain || !this.contextual.has(text)) return plain;
    return this.results.get(text + MEMO_SEPARATOR + about.get().context);
  }

  /**
   * `analyze`, with its result remembered for `remembered` (by text, or by text + context when
   * the context mattered). The context is worked out only when the rules read it.
   */
  analyze(text: string, about: QuestionOf): ReportRequest[] {
    const detector = this.detector;
    this.onCall();
    if (text.length > MEMO_TEXT) return safeAnalyze(detector, text, about.options());
    let requests: ReportRequest[] = [];
    let contextUsed = true;
    try {
      const result = detector.analyzeWithContextUse(text, about.options());
      if (Array.isArray(result.requests)) requests = result.requests;
      contextUsed = result.contextUsed !== false;
    } catch {
      // The contract says analyze never throws; a page must not break the scan if it does.
    }
    if (this.results.size >= MEMO_SIZE) {
      this.results.clear();
      this.contextual.clear();
    }
    if (contextUsed) {
      this.contextual.add(text);
      this.results.set(text + MEMO_SEPARATOR + about.get().context, requests);
    } else {
      this.results.set(text, requests);
    }
    return requests;
  }
}

/**
 * Runs the rules' first-use steps for `text` (compiling the expressions it will need), each in
 * the current slice or a fresh one: the first `analyze` of a page then never holds all those
 * compilations in one task. After the first few blocks there are no steps left to run.
 */
export async function warmUpFor(
  detector: Detector,
  text: string,
  slicer: Slicer,
  pause: () => Promise<void>,
): Promise<void> {
  let steps: Iterable<() => void> | undefined;
  try {
    steps = detector.warmUpFor(text);
  } catch {
    return;
  }
  if (!steps) return;
  try {
    for (const step of steps) {
      if (slicer.spent) await pause();
      step();
    }
  } catch {
    // A failed warm-up only costs speed.
  }
}

/**
 * `analyze` over a huge run (a 2 MB text node): windows around each hint (`hits`, offsets in
 * the joined text where the run starts at `runStart`), merged when they touch. `onCall` counts
 * each call to the rules.
 */
export async function analyzeWindows(
  detector: Detector,
  runText: string,
  hits: number[],
  runStart: number,
  about: QuestionOf,
  work: { slicer: Slicer; pause: () => Promise<void>; onCall: () => void },
): Promise<ReportRequest[]> {
  const requests: ReportRequest[] = [];
  const seen = new Set<string>();
  let windowEnd = -1;
  for (const hit of hits) {
    const at = hit - runStart;
    if (at < windowEnd) continue;
    const from = Math.max(0, at - WINDOW);
    const to = Math.min(runText.length, at + WINDOW);
    windowEnd = to - 200; // hints near the window's end get a window of their own
    work.onCall();
    for (const request of safeAnalyze(detector, runText.slice(from, to), about.options())) {
      const shifted = { ...request, start: request.start + from, end: request.end + from };
      const key = `${shifted.report}:${shifted.start}:${shifted.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      requests.push(shifted);
    }
    if (work.slicer.spent) await work.pause();
  }
  return requests;
}
