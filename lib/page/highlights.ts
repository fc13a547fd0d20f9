/**
 * CSS Custom Highlights for findings: one `Highlight` per report, registered in `CSS.highlights`
 * under `which-soc-<report>`, plus `which-soc-active` for the finding being shown. The page's own
 * nodes are never touched (docs/design.md, "Contracts").
 *
 * - Changes are queued and applied at most once per animation frame: any change to the highlight
 *   set makes the browser's next frame do work that grows with the page (docs/design.md, measured
 *   6-8 ms at 2,000 questions, over 40 ms at 20,000).
 * - The registry is shared with the page's scripts (seen in Chromium 156), which can delete our
 *   entries: `ensureRegistered` puts them back and is called on every flush and on a timer.
 * - `::highlight()` rules do not cross into shadow roots, so each root that holds findings gets
 *   our style sheet appended to its `adoptedStyleSheets` (the page's own entries are kept).
 */
import type { ReportId } from '../rules';
import { PREFIX } from './kinds';

/** Name of the highlight that marks the finding being shown. */
export const ACTIVE_NAME = `${PREFIX}-active`;

/** Registry name of a report's highlight. */
export function highlightName(report: ReportId): string {
  return `${PREFIX}-${report}`;
}

/**
 * One colour per report, readable on light and dark pages alike: each rule sets both the
 * background and the text colour, so the contrast does not depend on the page's colours
 * (dark text on light tints: contrast above 7:1 for every pair).
 */
const COLOURS: Record<ReportId, string> = {
  soc2: '#ffe066',
  soc1: '#9ad7ff',
  soc3: '#b9f0a6',
  iso27001: '#e3c2ff',
  'bridge-letter': '#ffc9a3',
};

/** The style sheet text: one `::highlight()` rule per report plus the active one. */
export const HIGHLIGHT_CSS =
  (Object.keys(COLOURS) as ReportId[])
    .map(
      (report) =>
        `::highlight(${highlightName(report)}){background-color:${COLOURS[report]};color:#111;}`,
    )
    .join('\n') +
  `\n::highlight(${ACTIVE_NAME}){background-color:#ff8fab;color:#000;text-decoration:underline 2px #c2185b;}`;

/** The part of `Highlight` we use. */
export interface HighlightLike {
  add(range: AbstractRange): unknown;
  delete(range: AbstractRange): boolean;
  clear(): void;
  readonly size: number;
  priority: number;
}

/** The part of `HighlightRegistry` (`CSS.highlights`) we use. */
export interface RegistryLike {
  get(name: string): unknown;
  set(name: string, highlight: HighlightLike): unknown;
}

/** Where highlights live; injectable so DOM tests run where the API is missing. */
export interface HighlightEnv {
  registry: RegistryLike | null;
  createHighlight: () => HighlightLike;
  /** Runs `callback` before the next frame (requestAnimationFrame in a page). */
  frame: (callback: () => void) => void;
  /** Makes a style sheet holding `css`, or null when constructable sheets are missing. */
  createSheet: (css: string) => CSSStyleSheet | null;
  /**
   * True when the document already has our highlight rules from the manifest's content-script
   * CSS (injected before the page is parsed, so it costs no restyle). Adding a sheet with
   * `::highlight()` rules to a loaded page restyles every element: measured here at 2,000
   * questions, a 1.4 s frame under load (vs 20-30 ms for adding 200 ranges to a highlight).
   */
  documentStyled?: boolean;
}

/** Custom property the manifest's highlight CSS sets on :root, so the script can tell it is there. */
export const STYLED_PROPERTY = '--which-soc-styled';

/**
 * True when our manifest CSS is applied to `doc` (automatic injection on known hosts). One
 * computed-style read of the root, once, before any scanning.
 */
export function isDocumentStyled(doc: Document): boolean {
  try {
    const view = doc.defaultView;
    if (!view || !doc.documentElement) return false;
    return (
      view.getComputedStyle(doc.documentElement).getPropertyValue(STYLED_PROPERTY).trim() === '1'
    );
  } catch {
    return false;
  }
}

/** The environment of a real page, or null where the CSS Custom Highlight API is missing. */
export function pageHighlightEnv(win: Window & typeof globalThis = window): HighlightEnv | null {
  const registry = (win.CSS as { highlights?: RegistryLike } | undefined)?.highlights;
  const HighlightCtor = (win as unknown as { Highlight?: new () => HighlightLike }).Highlight;
  if (!registry || !HighlightCtor) return null;
  let styled: boolean | undefined;
  return {
    registry,
    // Read on first use (the first finding), not when the script loads: the load is already one
    // task with the script's compilation, and a style read there can force a restyle.
    get documentStyled() {
      styled ??= isDocumentStyled(win.document);
      return styled;
    },
    createHighlight: () => new HighlightCtor(),
    frame: (callback) => {
      // A hidden tab gets no animation frames: a timer keeps the queue moving there.
      let done = false;
      const run = () => {
        if (done) return;
        done = true;
        callback();
      };
      win.requestAnimationFrame(run);
      win.setTimeout(run, 100);
    },
    createSheet: (css) => {
      try {
        const sheet = new win.CSSStyleSheet();
        sheet.replaceSync(css);
        return sheet;
      } catch {
        return null;
      }
    },
  };
}

type StyledRoot = Document | ShadowRoot;

/** Queued, frame-batched highlight changes. */
export class Highlighter {
  private readonly env: HighlightEnv;
  private readonly highlights = new Map<string, HighlightLike>();
  private readonly adds: [string, AbstractRange][] = [];
  private readonly deletes: [string, AbstractRange][] = [];
  private active: AbstractRange[] | null = null;
  private activeChanged = false;
  private scheduled = false;
  private held = 0;
  private sheet: CSSStyleSheet | null | undefined;
  private readonly styledRoots = new Set<StyledRoot>();
  /** Number of flushes so far (tests and the benchmark read it). */
  flushes = 0;

  constructor(env: HighlightEnv) {
    this.env = env;
  }

  private highlight(name: string): HighlightLike {
    let highlight = this.highlights.get(name);
    if (!highlight) {
      highlight = this.env.createHighlight();
      // The active finding paints over its report's colour.
      if (name === ACTIVE_NAME) highlight.priority = 1;
      this.highlights.set(name, highlight);
    }
    return highlight;
  }

  /** Queues a range for a report's highlight and styles its root. */
  add(report: ReportId, range: AbstractRange, root: StyledRoot): void {
    this.adds.push([highlightName(report), range]);
    this.styleRoot(root);
    this.schedule();
  }

  /** Queues a range's removal. */
  remove(report: ReportId, range: AbstractRange): void {
    this.deletes.push([highlightName(report), range]);
    this.schedule();
  }

  /** Sets (or clears, with null) the ranges of the active highlight. */
  setActive(ranges: AbstractRange[] | null, root?: StyledRoot): void {
    this.active = ranges;
    this.activeChanged = true;
    if (root) this.styleRoot(root);
    this.schedule();
  }

  /**
   * Holds queued changes back (until `release`): while a scan runs in slices, every frame between
   * slices would otherwise repaint highlights over the whole page (docs/design.md: that frame's cost
   * grows with the page), slowing the scan by an order of magnitude (measured: 34 slices of a
   * 2,000-question scan took 3.4 s with a flush per frame under load, vs. one flush at the end).
   */
  hold(): void {
    this.held++;
  }

  /** Ends a `hold`; queued changes go out with the next frame. */
  release(): void {
    if (this.held > 0) this.held--;
    if (
      this.held === 0 &&
      (this.adds.length > 0 || this.deletes.length > 0 || this.activeChanged)
    ) {
      this.schedule();
    }
  }

  private schedule(): void {
    if (this.scheduled || this.held > 0) return;
    this.scheduled = true;
    this.env.frame(() => this.flush());
  }

  /** Applies every queued change now (normally called once per frame). */
  flush(): void {
    this.scheduled = false;
    this.flushes++;
    for (const [name, range] of this.deletes) this.highlights.get(name)?.delete(range);
    this.deletes.length = 0;
    for (const [name, range] of this.adds) this.highlight(name).add(range);
    this.adds.length = 0;
    if (this.activeChanged) {
      this.activeChanged = false;
      const active = this.highlight(ACTIVE_NAME);
      active.clear();
      for (const range of this.active ?? []) active.add(range);
    }
    this.ensureRegistered();
  }

  /**
   * Puts our highlights back in the registry, and our sheet back in styled roots, when the page
   * removed them. Cheap: a handful of map lookups.
   */
  ensureRegistered(): void {
    const registry = this.env.registry;
    if (registry) {
      for (const [name, highlight] of this.highlights) {
        if (registry.get(name) !== highlight) registry.set(name, highlight);
      }
    }
    for (const root of this.styledRoots) this.adoptSheet(root);
  }

  /** Ranges currently held by a highlight (tests). */
  sizeOf(name: string): number {
    return this.highlights.get(name)?.size ?? 0;
  }

  /** Removes every range (a full rescan starts over). */
  clearAll(): void {
    this.adds.length = 0;
    this.deletes.length = 0;
    for (const highlight of this.highlights.values()) highlight.clear();
  }

  private styleRoot(root: StyledRoot): void {
    if (this.styledRoots.has(root)) return;
    if (root.nodeType === 9 && this.env.documentStyled) return;
    this.styledRoots.add(root);
    this.adoptSheet(root);
  }

  private adoptSheet(root: StyledRoot): void {
    if (this.sheet === undefined) this.sheet = this.env.createSheet(HIGHLIGHT_CSS);
    const sheet = this.sheet;
    if (!sheet) return;
    try {
      const sheets = root.adoptedStyleSheets;
      if (!sheets || sheets.includes(sheet)) return;
      // Append, keeping the page's own sheets: `push` on the observable array where it exists,
      // else a copy with ours at the end.
      if (typeof (sheets as { push?: unknown }).push === 'function') sheets.push(sheet);
      else root.adoptedStyleSheets = [...sheets, sheet];
    } catch {
      // A root from another document (a frame) cannot adopt our sheet: its own script styles it.
    }
  }
}
