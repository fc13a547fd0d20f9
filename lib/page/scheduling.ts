/**
 * Cooperative scheduling: work in slices of a few milliseconds and let the page run in between,
 * so the extension never causes a long task (over 50 ms, docs/design.md "Reliability and security").
 */

/** Milliseconds of work per slice before yielding. Well under the 50 ms long-task bar. */
export const SLICE_MS = 8;

/** Gives the page a turn: `scheduler.yield()` where it exists (Chromium 129+), else a message. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler && typeof scheduler.yield === 'function') return scheduler.yield();
  if (typeof MessageChannel === 'function') {
    return new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        channel.port1.close();
        resolve();
      };
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Runs `callback` when the page is idle (or soon, where `requestIdleCallback` is missing). */
export function whenIdle(callback: () => void, timeout = 2000): void {
  const idle = (globalThis as { requestIdleCallback?: (cb: () => void, o?: object) => number })
    .requestIdleCallback;
  if (typeof idle === 'function') idle(callback, { timeout });
  else setTimeout(callback, 50);
}

/** A clock and a slice deadline. */
export class Slicer {
  private deadline = 0;
  readonly now: () => number;
  readonly budget: number;
  readonly yielder: () => Promise<void>;
  /** How many times work yielded (tests and the benchmark read it). */
  yields = 0;
  /** Milliseconds spent working (between yields), the main-thread time we took. */
  busy = 0;
  /** Longest single slice, in ms: the longest task our work caused. */
  longest = 0;
  private sliceStart = 0;

  constructor(
    budget = SLICE_MS,
    now: () => number = () => performance.now(),
    yielder: () => Promise<void> = yieldToPage,
  ) {
    this.budget = budget;
    this.now = now;
    this.yielder = yielder;
    this.start();
  }

  /** Starts a new slice. */
  start(): void {
    this.sliceStart = this.now();
    this.deadline = this.sliceStart + this.budget;
  }

  /** Ends the current slice (the job is done): its time counts as busy. */
  finish(): void {
    const now = this.now();
    const slice = now - this.sliceStart;
    this.busy += slice;
    if (slice > this.longest) this.longest = slice;
    this.sliceStart = now;
  }

  /** The current slice's deadline. */
  get until(): number {
    return this.deadline;
  }

  /** True when the slice is used up. */
  get spent(): boolean {
    return this.now() >= this.deadline;
  }

  /** Yields if the slice is used up, then starts a new one. */
  async maybeYield(): Promise<void> {
    if (this.now() < this.deadline) return;
    await this.pause();
  }

  /** Yields unconditionally and starts a new slice. */
  async pause(): Promise<void> {
    this.finish();
    this.yields++;
    await this.yielder();
    this.start();
  }
}
