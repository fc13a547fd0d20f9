/**
 * What the page scanner needs from the rules library, as one object so DOM tests can pass a
 * small stand-in and the benchmark the real thing.
 */
import { analyze, analyzeWithContextUse, HINT_SOURCE, mightRequest, warmUpFor } from '../rules';
import type { AnalyzeOptions, ReportRequest } from '../rules';

export interface Detector {
  /** The requests in a text (docs/design.md contract). Never throws. */
  analyze(text: string, options?: AnalyzeOptions): ReportRequest[];
  /**
   * `analyze`, plus whether the result depended on the context: the scanner reuses results for
   * texts it has analysed before (rows re-rendered or repeated).
   */
  analyzeWithContextUse(
    text: string,
    options?: AnalyzeOptions,
  ): { requests: ReportRequest[]; contextUsed: boolean };
  /** Cheap superset pre-check: false means `analyze` would surely return []. */
  mightRequest(text: string): boolean;
  /** Source of one case-insensitive regular expression matching every phrase a request hangs on. */
  hintSource: string;
  /**
   * Small steps that pay the first-use cost of what `analyze(text)` will run: the scanner runs
   * them between its slices before analysing a text, so compiling the rules' expressions is never
   * one long task inside the first `analyze` of a page. A detector with nothing to warm up
   * returns no steps.
   */
  warmUpFor(text: string): Iterable<() => void>;
}

/** The rules library's detector. */
export const rulesDetector: Detector = {
  analyze,
  analyzeWithContextUse,
  mightRequest,
  hintSource: HINT_SOURCE,
  warmUpFor,
};
