/**
 * Every runtime message the extension sends, in one place: names say direction and verb
 * (darkreader's src/utils/message.ts does the same). Each receiver parses what it gets with
 * the `parse…` functions below and checks the sender with `isOwnSender`: anything else is
 * ignored, never thrown on.
 */
import { MESSAGE_NAME, type MessageTable } from './i18n/catalogue';
import {
  isLanguage,
  isReportId,
  isReportTypeOrNone,
  isRecord,
  readRuleSentence,
  readRuleSentences,
  type Answer,
  type AnswerInLanguage,
  type Language,
  type Reading,
  type ReportId,
  type ReportType,
} from './rules';

/** One highlighted phrase, as the content script reports it, with our reading of it. */
export interface Finding extends Reading {
  /** Position in the page's findings, in document order; stable until the next rescan. */
  index: number;
  /** The highlighted phrase. */
  text: string;
  /** The question (block of text) the phrase belongs to. */
  question: string;
  /** Section heading / label text that was passed to `analyze` as context. */
  context: string;
  /**
   * The frame the finding lives in (`runtime.MessageSender.frameId`; 0 is the top frame). The
   * content script leaves it out (it does not know its own frame id); the popup adds it when it
   * merges the answers of a tab's frames, so "Show on page" reaches the right frame, where
   * `index` counts.
   */
  frameId?: number;
}

/** The content script's answer to `which-soc/findings` (docs/design.md contract, plus extra fields). */
export interface FindingsResponse {
  url: string;
  findings: Finding[];
}

/** Messages the content script accepts (from the popup or the background). */
export type ContentMessage =
  | { type: 'which-soc/findings' }
  | { type: 'which-soc/show-finding'; index: number }
  /**
   * Walks to the next finding and opens its card; answered with true when it did. `wrap: false`
   * (the background walking a tab's frames in turn) stops after the frame's last finding instead
   * of going back to its first: the answer is then false and the next walk there starts over.
   */
  | { type: 'which-soc/next-finding'; wrap?: boolean }
  | { type: 'which-soc/explain-text'; text: string };

/** Messages the background accepts (from the content script, popup or options page). */
export type BackgroundMessage =
  | { type: 'which-soc/findings-changed'; count: number }
  | { type: 'which-soc/open-cheatsheet' }
  | { type: 'which-soc/open-options' }
  /**
   * Popup -> background: which frames of tab `tabId` reported findings (lib/background/badge.ts keeps each
   * frame's count). `tabs.sendMessage` without a `frameId` resolves with the first frame's
   * answer only, and listing a tab's frames otherwise needs the `webNavigation` permission.
   * Answered with `FrameListResponse`; only the extension's own pages may ask.
   */
  | { type: 'which-soc/list-frames'; tabId: number }
  /**
   * Content script -> background: the answer to `question` as `reading` reads it, in the
   * question's language (or the one the user fixed). The card asks instead of answering itself
   * because every language's answer tables would add about 49 kB to the content script, parsed
   * in the page's load task. Answered with `AnswerResponse`.
   */
  | { type: 'which-soc/answer'; question: string; reading: Reading }
  /**
   * Content script -> background: the extension's own words in `language`, the one the user
   * chose on the options page. The card cannot read them itself: the package's `_locales` files
   * are not web-accessible (making them so would let any page detect the extension), and
   * `i18n.getMessage` only speaks the browser's language. Answered with `UiMessagesResponse`.
   */
  | { type: 'which-soc/ui-messages'; language: Language };

/** The background's answer to `which-soc/answer`: the answer, and the English one when it differs. */
export type AnswerResponse = AnswerInLanguage;

/** The background's answer to `which-soc/ui-messages`: name → message, placeholders expanded. */
export interface UiMessagesResponse {
  language: Language;
  messages: MessageTable;
}

/** The background's answer to `which-soc/list-frames`: frame ids, ascending (top frame first). */
export interface FrameListResponse {
  frameIds: number[];
}

/** Longest text a message carries (a question is a paragraph; a page's text can be much longer). */
export const MAX_TEXT = 10_000;
/** Most reasons a reading is read with (the rules give a handful). */
export const MAX_REASONS = 20;
/**
 * Longest substitution in a reason (a phrase the rules quoted: a report's name with its type and
 * a few words around it; the longest rule match is well under this).
 */
export const MAX_SUB = 500;
/** Most advice lines an answer is read with (the rules give a handful). */
export const MAX_ADVICE = 20;
/** Most findings a findings response is read with (a page holds a few hundred at most). */
export const MAX_FINDINGS = 2_000;
/** Most messages a language's table is read with (372 in each language when this was written). */
export const MAX_UI_MESSAGES = 2_000;
/**
 * Most characters of names and messages in a language's table (about 32,600 in French, the
 * longest, when this was written).
 */
export const MAX_UI_CHARS = 500_000;

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

/**
 * Runs a parser, turning anything it throws into `null`: a hostile object (a getter or proxy trap
 * that throws) is malformed, never an error (tests/security/message-parsers.test.ts).
 */
function safely<T>(parse: () => T | null): T | null {
  try {
    return parse();
  } catch {
    return null;
  }
}

/** Returns the message if it is a well-formed `ContentMessage`, else `null`. Never throws. */
export function parseContentMessage(message: unknown): ContentMessage | null {
  return safely(() => readContentMessage(message));
}

function readContentMessage(message: unknown): ContentMessage | null {
  if (!isRecord(message)) return null;
  switch (message.type) {
    case 'which-soc/findings':
      return { type: message.type };
    case 'which-soc/next-finding':
      if (message.wrap === undefined) return { type: message.type };
      return typeof message.wrap === 'boolean' ? { type: message.type, wrap: message.wrap } : null;
    case 'which-soc/show-finding':
      return isIndex(message.index) ? { type: message.type, index: message.index } : null;
    case 'which-soc/explain-text':
      return typeof message.text === 'string' && message.text.length <= MAX_TEXT
        ? { type: message.type, text: message.text }
        : null;
    default:
      return null;
  }
}

/** Returns the message if it is a well-formed `BackgroundMessage`, else `null`. Never throws. */
export function parseBackgroundMessage(message: unknown): BackgroundMessage | null {
  return safely(() => readBackgroundMessage(message));
}

function readBackgroundMessage(message: unknown): BackgroundMessage | null {
  if (!isRecord(message)) return null;
  switch (message.type) {
    case 'which-soc/findings-changed':
      return isIndex(message.count) ? { type: message.type, count: message.count } : null;
    case 'which-soc/open-cheatsheet':
    case 'which-soc/open-options':
      return { type: message.type };
    case 'which-soc/list-frames':
      return isIndex(message.tabId) ? { type: message.type, tabId: message.tabId } : null;
    case 'which-soc/answer': {
      const reading = readReading(message.reading);
      return isShortText(message.question) && reading !== null
        ? { type: message.type, question: message.question, reading }
        : null;
    }
    case 'which-soc/ui-messages':
      return isLanguage(message.language)
        ? { type: message.type, language: message.language }
        : null;
    default:
      return null;
  }
}

function isShortText(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_TEXT;
}

/** A well-formed `Reading` (strict: no defaults, since only our own code sends one), else null. */
function readReading(value: unknown): Reading | null {
  if (!isRecord(value)) return null;
  const { report, type } = value;
  if (!isReportId(report) || !isReportTypeOrNone(type)) return null;
  const reasons = readRuleSentences(value.reasons, MAX_REASONS, MAX_SUB);
  return reasons === null ? null : { report, type, reasons };
}

function readAnswer(value: unknown): Answer | null {
  if (!isRecord(value) || !isShortText(value.text)) return null;
  const advice = readRuleSentences(value.advice, MAX_ADVICE, MAX_SUB);
  if (advice === null) return null;
  if (value.attach === undefined) return { text: value.text, advice };
  return isShortText(value.attach) ? { text: value.text, attach: value.attach, advice } : null;
}

/**
 * Checks the background's answer to `which-soc/answer`: a well-formed `AnswerResponse` (fresh
 * object, known fields only), else null, so the card falls back to its own English answer.
 * Never throws.
 */
export function parseAnswerResponse(value: unknown): AnswerResponse | null {
  return safely(() => {
    if (!isRecord(value) || !isLanguage(value.language)) return null;
    const answer = readAnswer(value.answer);
    if (answer === null) return null;
    if (value.english === undefined) return { language: value.language, answer };
    const english = readAnswer(value.english);
    return english === null ? null : { language: value.language, answer, english };
  });
}

/**
 * Checks the background's answer to `which-soc/ui-messages {language}`: the table of that
 * language (a fresh object of valid message names to texts, within MAX_UI_MESSAGES and
 * MAX_UI_CHARS), else null, and the card keeps the browser's language. One malformed entry
 * refuses the whole table: half a language would mix two on one card. Never throws.
 */
export function parseUiMessagesResponse(value: unknown, language: Language): MessageTable | null {
  return safely(() => {
    if (!isRecord(value) || value.language !== language || !isRecord(value.messages)) return null;
    const names = Object.keys(value.messages);
    if (names.length > MAX_UI_MESSAGES) return null;
    const table: MessageTable = {};
    let chars = 0;
    for (const name of names) {
      const message: unknown = value.messages[name];
      // `__proto__` passes the browsers' name pattern but would set the table's prototype.
      if (!MESSAGE_NAME.test(name) || name === '__proto__' || !isShortText(message)) return null;
      chars += name.length + message.length;
      if (chars > MAX_UI_CHARS) return null;
      table[name] = message;
    }
    return table;
  });
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value.slice(0, MAX_TEXT) : null;
}

function parseFinding(value: unknown, position: number): Finding | null {
  if (!isRecord(value)) return null;
  const phrase = text(value.text);
  const report = value.report;
  if (phrase === null || !isReportId(report)) return null;
  const type: ReportType | null =
    value.type === 'type1' || value.type === 'type2' ? value.type : null;
  const index =
    typeof value.index === 'number' && Number.isSafeInteger(value.index) && value.index >= 0
      ? value.index
      : position;
  const reasons = Array.isArray(value.reasons)
    ? value.reasons.slice(0, MAX_REASONS).flatMap((reason) => {
        const sentence = readRuleSentence(reason, MAX_SUB);
        return sentence === null ? [] : [sentence];
      })
    : [];
  return {
    index,
    text: phrase,
    question: text(value.question) ?? phrase,
    report: report as ReportId,
    type,
    reasons,
    context: text(value.context) ?? '',
  };
}

/**
 * Checks the content script's answer (its text comes from the page, so it is treated as
 * untrusted): returns a well-formed response, dropping malformed findings, or null when the answer
 * is not a findings response at all. The docs/design.md contract only promises `text`, `question`,
 * `report` and `type`; `index`, `reasons` and `context` get defaults when missing.
 */
export function parseFindingsResponse(value: unknown): FindingsResponse | null {
  if (!isRecord(value) || !Array.isArray(value.findings)) return null;
  const findings = value.findings
    .slice(0, MAX_FINDINGS)
    .map(parseFinding)
    .filter((finding): finding is Finding => finding !== null);
  return { url: text(value.url) ?? '', findings };
}

/** The frame ids of a `FrameListResponse`: valid ids only, once each, ascending. */
export function parseFrameList(value: unknown): number[] {
  if (!isRecord(value) || !Array.isArray(value.frameIds)) return [];
  const ids = value.frameIds.filter(
    (id): id is number => typeof id === 'number' && Number.isSafeInteger(id) && id >= 0,
  );
  return [...new Set(ids)].sort((a, b) => a - b);
}

/** Minimal shape of `runtime.MessageSender` that the checks need. */
export interface SenderLike {
  id?: string;
  url?: string;
  tab?: unknown;
}

/**
 * True when the message comes from this extension (its own pages or its content scripts).
 * Other extensions have another `id`; web pages cannot reach `runtime.onMessage` at all
 * without `externally_connectable`, which we do not declare.
 */
export function isOwnSender(sender: SenderLike | undefined, ownId: string): boolean {
  return sender !== undefined && sender.id === ownId;
}

/** True when the message comes from one of this extension's own pages (popup, options). */
export function isOwnPage(
  sender: SenderLike | undefined,
  ownId: string,
  ownOrigin: string,
): boolean {
  return (
    isOwnSender(sender, ownId) &&
    typeof sender?.url === 'string' &&
    sender.url.startsWith(ownOrigin)
  );
}
