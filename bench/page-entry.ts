/**
 * The content script's scanning code, bundled by bench/page.ts (vite, IIFE) and loaded into
 * generated pages: the same PageController, rules and highlights the extension runs, minus the
 * extension APIs (which the scan never touches).
 */
import { PageController } from '../lib/page/controller';
import { rulesDetector } from '../lib/page/detector';
import { pageHighlightEnv } from '../lib/page/highlights';

let controller: PageController | null = null;

/** Resolves after the next frame has run (and its highlight flush with it). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(null);
    }),
  );
}

const api = {
  /** Full scan: until findings are ready and highlights queued; then until painted. */
  async scan() {
    controller = new PageController(document, {
      detector: rulesDetector,
      highlightEnv: (window as unknown as { noHighlights?: boolean }).noHighlights
        ? null
        : pageHighlightEnv(),
      openCard: () => undefined,
      closeCard: () => undefined,
      isCardOpen: () => false,
      cardHost: () => null,
    });
    const t0 = performance.now();
    await controller.start();
    const scanned = performance.now();
    const busy = controller.scanner.effort;
    await nextFrame();
    const painted = performance.now();
    await controller.scanner.settled();
    const settled = performance.now();
    // Work deferred to idle time (the shadow-root sweep after a scan guided by text alone):
    // not part of the scan's cost, but ours all the same, so the table shows it.
    const idleBusyMs = controller.scanner.effort.busyMs - busy.busyMs;
    return {
      idleBusyMs,
      scanMs: scanned - t0,
      paintMs: painted - t0,
      settledMs: settled - t0,
      findings: controller.scanner.store.size,
      stats: { ...controller.scanner.stats },
      busyMs: busy.busyMs,
      longestMs: busy.longestMs,
      yields: busy.yields,
    };
  },
  /** Appends rows (markup written by the benchmark) and waits for the incremental rescan. */
  async addRows(markup: string) {
    if (!controller) throw new Error('scan first');
    const bodies = document.querySelectorAll('tbody');
    const body = bodies[bodies.length - 1] as HTMLElement;
    const template = document.createElement('template');
    template.innerHTML = markup;
    // Let any idle work of the first scan (shadow-root sweep) finish first.
    await controller.scanner.settled();
    const before = controller.scanner.store.size;
    const busyBefore = controller.scanner.effort.busyMs;
    const t0 = performance.now();
    body.append(template.content);
    await controller.scanner.settled();
    const t1 = performance.now();
    return {
      ms: t1 - t0,
      busyMs: controller.scanner.effort.busyMs - busyBefore,
      added: controller.scanner.store.size - before,
    };
  },
  /**
   * A full rescan, as after an SPA navigation: the same work as the first scan, with our code and
   * the rules' expressions compiled and the scanner's `analyze` results remembered. Main-thread
   * ms, and the findings it ends with.
   */
  async rescan() {
    if (!controller) throw new Error('scan first');
    await controller.scanner.settled();
    const before = controller.scanner.effort.busyMs;
    await controller.scanner.rescanAll();
    const busyMs = controller.scanner.effort.busyMs - before;
    await controller.scanner.settled();
    return { busyMs, findings: controller.scanner.store.size };
  },
  highlightSizes() {
    const sizes: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights) sizes[name] = highlight.size;
    return sizes;
  },
  nextFrame,
};

(window as unknown as { whichSocBench: typeof api }).whichSocBench = api;
