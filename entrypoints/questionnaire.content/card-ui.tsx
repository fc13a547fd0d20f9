/**
 * The card's mount point: one host element of ours (`which-soc-card`) with a shadow root, made by
 * WXT's createShadowRootUi on first use and removed again when the card closes, so a page without
 * an open card holds no node of ours.
 */
import { createShadowRootUi, type ContentScriptContext } from '#imports';
import { render } from 'preact';
import { ReportCard, type InsertOutcome, type ReportCardItem } from '../../components/report-card';
import { buildPjMessage } from '../../lib/contact';
import type { AnswerResponse } from '../../lib/messages';
import type { Anchor, CardRequest } from '../../lib/page/controller';
import { answerFor } from '../../lib/rules';
import type { Profile, Reading } from '../../lib/rules';
import { reportName } from '../../lib/rules';
import { CARD_CSS } from './card-style';

export interface CardUiDeps {
  loadProfile: () => Promise<Profile | undefined>;
  /**
   * The answer in the question's language, from the background (answer-request.ts); null when it
   * cannot be had, and the card answers in English itself.
   */
  askAnswer: (question: string, reading: Reading) => Promise<AnswerResponse | null>;
  /**
   * Sets the card's own words to the language chosen on the options page (ui-language.ts), before
   * each render; when that fails they stay in the browser's language.
   */
  followLanguage: () => Promise<unknown>;
  insert: (card: CardRequest, text: string, overwrite: boolean) => InsertOutcome;
  openCheatsheet: () => void;
  onClosed: () => void;
}

export interface CardUi {
  open(card: CardRequest): Promise<void>;
  close(): void;
  isOpen(): boolean;
  host(): Element | null;
}

const CARD_WIDTH = 380;
const CARD_HEIGHT_GUESS = 360;
const GAP = 8;
/** Below this the card would be useless: let it overflow rather than shrink further. */
const CARD_MIN_HEIGHT = 160;

/**
 * Top-left corner for the card: below the phrase if there is room, else above; on screen.
 * `maxHeight` keeps the card's bottom inside the viewport (it scrolls inside past that).
 */
export function placeCard(
  anchor: Anchor | null,
  viewport: { width: number; height: number },
): { top: number; left: number; maxHeight: number } | undefined {
  if (!anchor) return undefined;
  const left = Math.max(GAP, Math.min(anchor.left, viewport.width - CARD_WIDTH - GAP));
  const below = anchor.bottom + GAP;
  const fitsBelow = below + CARD_HEIGHT_GUESS <= viewport.height;
  const fitsAbove = anchor.top - GAP - CARD_HEIGHT_GUESS >= 0;
  if (fitsBelow || !fitsAbove) {
    const top = Math.max(GAP, Math.min(below, viewport.height - CARD_HEIGHT_GUESS));
    return { top, left, maxHeight: Math.max(CARD_MIN_HEIGHT, viewport.height - top - GAP) };
  }
  // Above the phrase: never taller than the room above it, so the phrase stays visible.
  const top = anchor.top - GAP - CARD_HEIGHT_GUESS;
  return { top, left, maxHeight: CARD_HEIGHT_GUESS };
}

/**
 * The card's readings with their answers: the background's answer in the question's language
 * where it came, else the card's own English one.
 */
export function cardItems(
  requests: readonly Reading[],
  asked: readonly (AnswerResponse | null)[],
  profile: Profile | undefined,
): ReportCardItem[] {
  return requests.map((request, i) => {
    const inLanguage = asked[i];
    const reading = { report: request.report, type: request.type, reasons: request.reasons };
    return inLanguage
      ? {
          ...reading,
          answer: inLanguage.answer,
          english: inLanguage.english,
          language: inLanguage.language,
        }
      : { ...reading, answer: answerFor(request, profile) };
  });
}

export function createCardUi(ctx: ContentScriptContext, deps: CardUiDeps): CardUi {
  let ui: Awaited<ReturnType<typeof createShadowRootUi<HTMLElement>>> | null = null;
  let open = false;
  let serial = 0;

  const close = () => {
    if (!open) return;
    open = false;
    ui?.remove();
    deps.onClosed();
  };

  return {
    isOpen: () => open,
    host: () => (open ? (ui?.shadowHost ?? null) : null),
    close,
    async open(card) {
      const mine = ++serial;
      const question = card.question || card.phrase;
      // The background answers in the question's language: the other languages' tables in this
      // script made the page's load task long (lib/rules/answer-languages.ts). It reads the
      // profile itself; the card reads it only to answer in English where the background did not.
      // The card's words are set before its first render, so it never shows in two languages.
      const [asked] = await Promise.all([
        Promise.all(
          card.requests.map((request) => deps.askAnswer(question, request).catch(() => null)),
        ),
        deps.followLanguage().catch(() => undefined),
      ]);
      const profile = asked.every(Boolean)
        ? undefined
        : await deps.loadProfile().catch(() => undefined);
      if (mine !== serial || !ctx.isValid) return;
      const items = cardItems(card.requests, asked, profile);
      const reading = card.requests.map((r) => reportName(r.report, r.type)).join(' or ');
      const pjBody = buildPjMessage({
        phrase: card.phrase,
        reading: reading || undefined,
        question: card.question || undefined,
      });
      if (!ui) {
        ui = await createShadowRootUi<HTMLElement>(ctx, {
          name: 'which-soc-card',
          // Inlined into our shadow root: no fetch of a web-accessible file, nothing in the page.
          css: CARD_CSS,
          position: 'inline',
          anchor: () => document.body ?? document.documentElement,
          append: 'last',
          onMount: (container) => container,
          onRemove: (container) => {
            if (container) render(null, container);
          },
        });
        if (mine !== serial || !ctx.isValid) return;
      }
      if (!open) ui.mount();
      open = true;
      const container = ui.mounted ?? ui.uiContainer;
      render(
        <ReportCard
          key={mine}
          phrase={card.phrase}
          question={card.question}
          items={items}
          pjBody={pjBody}
          position={placeCard(card.anchor, { width: innerWidth, height: innerHeight })}
          onInsert={
            card.finding ? (text, overwrite) => deps.insert(card, text, overwrite) : undefined
          }
          onOpenCheatsheet={deps.openCheatsheet}
          onClose={close}
        />,
        container,
      );
    },
  };
}
