/**
 * What the page scanner needs from the rules library, as one object so DOM tests can pass a
 * small stand-in and the benchmark the real thing.
 */
import { analyze, HINT_SOURCE, mightRequest, warmUpSteps } from '../rules/analyze';
import type { AnalyzeOptions, ReportRequest } from '../rules/types';

export interface Detector {
  /** The requests in a text (DESIGN.md contract). Never throws. */
  analyze(text: string, options?: AnalyzeOptions): ReportRequest[];
  /** Cheap superset pre-check: false means `analyze` would surely return []. */
  mightRequest(text: string): boolean;
  /** Source of one case-insensitive regular expression matching every phrase a request hangs on. */
  hintSource: string;
  /**
   * Small steps (each a few ms) that pay the rules' first-use costs (compiling their regular
   * expressions: measured 79-157 ms in the first `analyze` of a frame) ahead of the first
   * `analyze`, so the scanner can spread them over its slices.
   */
  warmUp?: () => Iterable<() => void>;
}

/** The rules library's detector. */
export const rulesDetector: Detector = {
  analyze,
  mightRequest,
  hintSource: HINT_SOURCE,
  warmUp: warmUpSteps,
};
