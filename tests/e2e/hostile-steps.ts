/**
 * Shared steps of the hostile-page specs: a long-task recorder installed in every
 * frame's main world before the page runs, an error recorder, and readers of the extension's
 * highlights. Fixtures call `window.__ready()` (tests/e2e/pages/hostile-common.js) once their own
 * set-up is done; long tasks that start after it are the extension's (the fixtures' scripts are
 * light on purpose, and a `?control` copy of each page without requests measures the page alone).
 * A Long Tasks API entry is by definition over 50 ms, the bar of docs/design.md ("Reliability
 * and security"): the specs expect no such entry that is ours.
 */
import type { BrowserContext, Frame, Page } from 'playwright-core';

/**
 * Records every long task of every frame (buffered: true also reports those that happened before
 * the observer was made), and every long animation frame with its attribution: Chromium names
 * the page's own scripts there but never an extension's, and says how long rendering took.
 * Runs in the main world, before the page's own scripts.
 */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const tasks: { start: number; duration: number }[] = [];
    const frames: { start: number; duration: number; pageScripts: number; render: number }[] = [];
    const w = window as unknown as { __longTasks: typeof tasks; __longFrames: typeof frames };
    w.__longTasks = tasks;
    w.__longFrames = frames;
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          tasks.push({ start: entry.startTime, duration: entry.duration });
        }
      }).observe({ type: 'longtask', buffered: true });
    } catch {
      // No Long Tasks API: no entries, so the check cannot fail on them.
    }
    try {
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const frame = entry as PerformanceEntry & {
            renderStart: number;
            scripts: { duration: number }[];
          };
          frames.push({
            start: frame.startTime,
            duration: frame.duration,
            pageScripts: frame.scripts.reduce((sum, script) => sum + script.duration, 0),
            render:
              frame.renderStart > 0 ? frame.startTime + frame.duration - frame.renderStart : 0,
          });
        }
      }).observe({ type: 'long-animation-frame', buffered: true });
    } catch {
      // No Long Animation Frames API: every long task then counts as ours.
    }
  });
}

/**
 * Long tasks of a frame that may be the extension's: started after the fixture's own set-up
 * (`__fixtureReady`; the content script runs at document_idle, in a later task), and not
 * explained by the page (an overlapping long animation frame whose page scripts or rendering
 * took half the task or more). Start times are absolute (`timeOrigin` + start), so the same task
 * seen by several frames counts once.
 */
export function longTasksAfterReady(
  target: Page | Frame,
): Promise<{ start: number; duration: number; isLoad: boolean }[]> {
  return target.evaluate(() => {
    const w = window as unknown as {
      __longTasks?: { start: number; duration: number }[];
      __longFrames?: { start: number; duration: number; pageScripts: number; render: number }[];
      __fixtureReady?: number;
    };
    const ready = w.__fixtureReady ?? 0;
    const frames = w.__longFrames ?? [];
    const isPages = (task: { start: number; duration: number }) =>
      frames.some(
        (frame) =>
          frame.start < task.start + task.duration &&
          task.start < frame.start + frame.duration &&
          Math.max(frame.pageScripts, frame.render) >= task.duration / 2,
      );
    // The task in which the browser evaluates the content script and runs main() holds the mark
    // `which-soc:start`; it is flagged so the spec can say which task it was.
    // That task is ours whenever it ran, before the fixture's set-up finished too.
    const starts = performance.getEntriesByName('which-soc:start').map((mark) => mark.startTime);
    const isLoad = (task: { start: number; duration: number }) =>
      starts.some((at) => at >= task.start && at <= task.start + task.duration);
    return (w.__longTasks ?? [])
      .filter((task) => isLoad(task) || (task.start > ready && !isPages(task)))
      .map((task) => ({
        start: Math.round(performance.timeOrigin + task.start),
        duration: Math.round(task.duration),
        isLoad: isLoad(task),
      }));
  });
}

/** Page errors and console errors of a page (the content script logs into the page's console). */
export function recordErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // The browser asks every host for /favicon.ico; the fixture server has none (a 404).
    if (message.location().url.endsWith('/favicon.ico')) return;
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  return errors;
}

/** Sizes of the extension's report highlights (not the active one) in a frame. */
export function reportHighlightCounts(target: Page | Frame): Promise<Record<string, number>> {
  return target.evaluate(() => {
    const counts: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) {
      if (name.startsWith('which-soc-') && name !== 'which-soc-active' && highlight.size > 0) {
        counts[name] = highlight.size;
      }
    }
    return counts;
  });
}

/** `<data-q of the range's question>:<report>` for each highlighted range, sorted. */
export function highlightedQuestions(target: Page | Frame): Promise<string[]> {
  return target.evaluate(() => {
    const found: string[] = [];
    for (const [name, highlight] of CSS.highlights) {
      if (!name.startsWith('which-soc-') || name === 'which-soc-active') continue;
      for (const range of highlight) {
        const node = range.startContainer;
        const element = node instanceof Element ? node : node.parentElement;
        const question = element?.closest('[data-q]');
        found.push(`${question?.getAttribute('data-q') ?? '?'}:${name.slice('which-soc-'.length)}`);
      }
    }
    return found.sort();
  });
}

/**
 * Waits until the report highlights of a frame stop changing for `quietMs` (the scan works in
 * slices and follows the page's changes); returns the final counts.
 */
export async function settledHighlights(
  target: Page | Frame,
  quietMs = 1000,
  timeoutMs = 30_000,
): Promise<Record<string, number>> {
  const until = Date.now() + timeoutMs;
  let last = JSON.stringify(await reportHighlightCounts(target));
  let since = Date.now();
  while (Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 200));
    const now = JSON.stringify(await reportHighlightCounts(target));
    if (now !== last) {
      last = now;
      since = Date.now();
    } else if (Date.now() - since >= quietMs) {
      break;
    }
  }
  return JSON.parse(last) as Record<string, number>;
}
