/**
 * Everything the content script does in a frame, without extension APIs (those stay in the
 * entrypoint): scanning and highlighting, answering the popup, walking from finding to finding,
 * hit-testing clicks against our ranges, and opening the card through a callback.
 */
import type { ContentMessage, Finding, FindingsResponse } from '../messages';
import type { Reading } from '../rules';
import { squash } from './context';
import type { Detector } from './detector';
import { answerFieldFor, insertIntoField, type InsertResult } from './fields';
import type { PageFinding } from './findings';
import { Highlighter, type HighlightEnv } from './highlights';
import { Scanner } from './scanner';

/** A viewport rectangle (what the card is placed next to). */
export interface Anchor {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** What the card shows. */
export interface CardRequest {
  /** The phrase (or the text the user asked about). */
  phrase: string;
  /** The question it belongs to ('' for arbitrary text). */
  question: string;
  /** Our readings: one per report asked for (empty: nothing found in the text). */
  requests: readonly Reading[];
  /** Where to show the card; null: top centre of the viewport. */
  anchor: Anchor | null;
  /** The finding, when the card is about one (Insert needs it). */
  finding: PageFinding | null;
}

export interface ControllerOptions {
  detector: Detector;
  /** null where the CSS Custom Highlight API is missing: findings still work, nothing is drawn. */
  highlightEnv: HighlightEnv | null;
  openCard: (card: CardRequest) => void;
  closeCard: () => void;
  isCardOpen: () => boolean;
  /** Our card's host element (clicks inside it are not "outside"). */
  cardHost: () => Element | null;
  /** Number of findings changed (for the badge). */
  onCount?: (count: number) => void;
  /** How long show-finding flashes the active highlight. @default 1600 */
  flashMs?: number;
}

/** Tolerance, in CSS pixels, when checking that a click fell on a highlighted glyph. */
const HIT_SLOP = 2;

/** A live Range over a finding (StaticRanges have no geometry). */
function liveRange(doc: Document, range: AbstractRange): Range | null {
  try {
    const live = doc.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live;
  } catch {
    return null;
  }
}

function toAnchor(rect: DOMRect | undefined): Anchor | null {
  if (!rect) return null;
  return { left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom };
}

export class PageController {
  readonly scanner: Scanner;
  readonly highlighter: Highlighter | null;
  private readonly doc: Document;
  private readonly options: ControllerOptions;
  private cursor: PageFinding | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(doc: Document, options: ControllerOptions) {
    this.doc = doc;
    this.options = options;
    this.highlighter = options.highlightEnv ? new Highlighter(options.highlightEnv) : null;
    this.scanner = new Scanner(doc, {
      detector: options.detector,
      highlighter: this.highlighter,
      onCount: (count) => options.onCount?.(count),
    });
  }

  /** Starts the first scan; resolves when it is done. */
  start(): Promise<void> {
    return this.scanner.start();
  }

  stop(): void {
    this.scanner.stop();
    if (this.flashTimer !== undefined) clearTimeout(this.flashTimer);
  }

  /** The findings as the popup sees them, in document order. */
  findingsResponse(url: string): FindingsResponse {
    const findings: Finding[] = this.scanner.store.inOrder().map((finding, index) => ({
      index,
      text: squash(finding.text),
      question: finding.question,
      report: finding.report,
      type: finding.type,
      reasons: [...finding.reasons],
      context: finding.context,
    }));
    return { url, findings };
  }

  /**
   * Acts on a validated message. Returns the response for `which-soc/findings`, true when the
   * message was handled, false when this frame has nothing to do with it.
   */
  handleMessage(message: ContentMessage, url: string): FindingsResponse | boolean {
    switch (message.type) {
      case 'which-soc/findings':
        return this.findingsResponse(url);
      case 'which-soc/show-finding':
        return this.showFinding(message.index);
      case 'which-soc/next-finding':
        return this.nextFinding(message.wrap !== false);
      case 'which-soc/explain-text':
        this.explainText(message.text);
        return true;
      default:
        return false;
    }
  }

  /** Scrolls to finding `index` (document order) and flashes it. */
  showFinding(index: number): boolean {
    const finding = this.scanner.store.inOrder()[index];
    if (!finding) return false;
    this.cursor = finding;
    this.reveal(finding);
    this.highlighter?.setActive([finding.range], finding.root);
    if (this.flashTimer !== undefined) clearTimeout(this.flashTimer);
    this.flashTimer = setTimeout(() => {
      this.flashTimer = undefined;
      if (this.cursor === finding && !this.options.isCardOpen()) this.highlighter?.setActive(null);
    }, this.options.flashMs ?? 1600);
    return true;
  }

  /**
   * Walks to the finding after the current one and opens its card. After the last finding it
   * goes back to the first, unless `wrap` is false: then it closes the card, forgets the current
   * finding (the next walk starts at the first) and says false, so the background can walk on in
   * the tab's next frame.
   */
  nextFinding(wrap = true): boolean {
    const ordered = this.scanner.store.inOrder();
    if (ordered.length === 0) return false;
    const at = this.cursor ? ordered.indexOf(this.cursor) : -1;
    if (!wrap && at === ordered.length - 1) {
      this.cursor = null;
      if (this.options.isCardOpen()) this.closeCard();
      return false;
    }
    const finding = ordered[(at + 1) % ordered.length] as PageFinding;
    this.cursor = finding;
    this.reveal(finding);
    this.openFor(finding);
    return true;
  }

  /** Opens the card explaining arbitrary text (context menu). */
  explainText(text: string): void {
    let requests: Reading[];
    try {
      requests = this.options.detector.analyze(text);
    } catch {
      requests = [];
    }
    this.options.openCard({
      phrase: squash(text),
      question: '',
      requests,
      anchor: null,
      finding: null,
    });
  }

  /** Opens the card for a finding, next to it. */
  openFor(finding: PageFinding): void {
    this.cursor = finding;
    this.highlighter?.setActive([finding.range], finding.root);
    // Same phrase can carry several reports ("SOC 1 or SOC 2"): show every reading of it.
    const siblings = this.scanner.store
      .at(finding.range.startContainer, finding.range.startOffset)
      .filter(
        (other) =>
          other.range.startContainer === finding.range.startContainer &&
          other.range.startOffset === finding.range.startOffset,
      );
    const group = siblings.length > 0 ? siblings : [finding];
    // A finding is a reading already: the card gets the findings themselves.
    const requests: readonly Reading[] = group;
    const rect = liveRange(this.doc, finding.range)?.getBoundingClientRect();
    this.options.openCard({
      phrase: squash(finding.text),
      question: finding.question,
      requests,
      anchor: toAnchor(rect),
      finding,
    });
  }

  /** Card closed: the active highlight goes too. */
  cardClosed(): void {
    this.highlighter?.setActive(null);
  }

  private reveal(finding: PageFinding): void {
    const element = finding.range.startContainer.parentElement;
    // Instant, so the card can be placed right after; 'center' keeps room for the card.
    element?.scrollIntoView?.({ block: 'center', inline: 'nearest' });
  }

  /**
   * The finding under a click, if any: the caret position at the point (no layout read during
   * scans; this runs on a user's click only), looked up in our node index, then confirmed
   * against the range's boxes so a click past the end of a line does not count.
   */
  findingAt(x: number, y: number): PageFinding | null {
    const caret = caretAt(this.doc, x, y, this.scanner.shadowRoots());
    if (!caret) return null;
    for (const finding of this.scanner.store.at(caret.node, caret.offset)) {
      const live = liveRange(this.doc, finding.range);
      if (!live) continue;
      const rects = Array.from(live.getClientRects?.() ?? []);
      // Environments without layout (tests) report no boxes: trust the caret there.
      if (rects.length === 0) return finding;
      if (
        rects.some(
          (rect) =>
            x >= rect.left - HIT_SLOP &&
            x <= rect.right + HIT_SLOP &&
            y >= rect.top - HIT_SLOP &&
            y <= rect.bottom + HIT_SLOP,
        )
      ) {
        return finding;
      }
    }
    return null;
  }

  /** Click handler: a click on a highlight opens its card, a click outside the card closes it. */
  onClick(event: MouseEvent): void {
    const host = this.options.cardHost();
    if (host && event.composedPath().includes(host)) return;
    const selection = this.doc.defaultView?.getSelection();
    const selecting = selection !== null && selection !== undefined && !selection.isCollapsed;
    const finding = selecting ? null : this.findingAt(event.clientX, event.clientY);
    if (finding) {
      this.openFor(finding);
      return;
    }
    if (this.options.isCardOpen()) this.closeCard();
  }

  /** Keyboard: Escape closes the card, Alt+Shift+N walks to the next finding. */
  onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.options.isCardOpen()) {
      this.closeCard();
      return;
    }
    if (
      event.altKey &&
      event.shiftKey &&
      !event.ctrlKey &&
      !event.metaKey &&
      event.code === 'KeyN'
    ) {
      if (this.nextFinding()) event.preventDefault();
    }
  }

  closeCard(): void {
    this.options.closeCard();
    this.cardClosed();
  }

  /** Inserts `text` into the answer field of `finding`'s question. */
  insertAnswer(finding: PageFinding, text: string, overwrite = false): InsertResult | 'no-field' {
    const field = answerFieldFor(finding.questionBlock, finding.block);
    if (!field) return 'no-field';
    return insertIntoField(field, text, overwrite);
  }

  /** True when the finding's question has a field to insert into. */
  hasAnswerField(finding: PageFinding): boolean {
    return answerFieldFor(finding.questionBlock, finding.block) !== null;
  }
}

/** The caret position at a viewport point, across open shadow roots where supported. */
export function caretAt(
  doc: Document,
  x: number,
  y: number,
  shadowRoots: ShadowRoot[] = [],
): { node: Node; offset: number } | null {
  const withCaret = doc as Document & {
    caretPositionFromPoint?: (
      x: number,
      y: number,
      options?: { shadowRoots?: ShadowRoot[] },
    ) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  try {
    if (typeof withCaret.caretPositionFromPoint === 'function') {
      const position = withCaret.caretPositionFromPoint(x, y, { shadowRoots });
      if (position) return { node: position.offsetNode, offset: position.offset };
    }
    if (typeof withCaret.caretRangeFromPoint === 'function') {
      const range = withCaret.caretRangeFromPoint(x, y);
      if (range) return { node: range.startContainer, offset: range.startOffset };
    }
  } catch {
    // Points outside the viewport throw in some engines.
  }
  return null;
}
