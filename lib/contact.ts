/**
 * "Text PJ": the one place that knows PJ's number and how to build the prefilled text message
 * (docs/design.md, "Text PJ"). Pure functions, no browser APIs, so the popup, the
 * cards and the tests build exactly the same link.
 */

/** PJ at SideGuy Solutions, in E.164 form: the form `sms:` URIs want (RFC 5724). */
export const PJ_PHONE = '+18584618054';

/** The same number, as people read it. */
export const PJ_PHONE_DISPLAY = '+1 858-461-8054';

/**
 * Longest message body we prefill, in characters (code points). Long enough for the phrase,
 * our reading and a quoted question; short enough that every SMS app accepts it and that the
 * QR code of the whole `sms:` URI stays scannable from a laptop screen.
 */
export const MAX_BODY_CHARS = 1000;

/**
 * Longest `sms:` URI we hand out, in characters. A QR code holds at most 2,953 bytes (version 40,
 * low error correction); percent-encoding can triple a body's length, so the body is shortened
 * further when its encoded form would pass this.
 */
export const MAX_URI_CHARS = 2000;

/** What the message is about; every field is optional. */
export interface PjMessageInput {
  /** The phrase the page uses ("Please attach your SOC report"). */
  phrase?: string;
  /** Our reading of it ("SOC 2 Type 2: an unnumbered SOC report in a security review is SOC 2"). */
  reading?: string;
  /** The full question the phrase belongs to. Quoted, and the first thing shortened. */
  question?: string;
  /** The page address: only when the user ticked "include this page's address". */
  pageUrl?: string;
}

const ELLIPSIS = '…';

/** Splits into code points so that truncation never cuts an emoji or other surrogate pair. */
function codePoints(text: string): string[] {
  return Array.from(text);
}

/** Shortens `text` to at most `max` code points, ending with an ellipsis when cut. */
function truncate(text: string, max: number): string {
  const points = codePoints(text);
  if (points.length <= max) return text;
  if (max <= 0) return '';
  return (
    points
      .slice(0, max - 1)
      .join('')
      .trimEnd() + ELLIPSIS
  );
}

/** Replaces lone surrogates (possible in page text) so that `encodeURIComponent` cannot throw. */
function wellFormed(text: string): string {
  return text.replace(
    /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '\uFFFD',
  );
}

/** Collapses runs of whitespace (page text is full of newlines and tabs) into single spaces. */
function squash(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Builds the prefilled text to PJ: what the page asks for and our reading of it. The page
 * address is included only when `pageUrl` is given (the user ticked the box), because
 * questionnaire pages are confidential (docs/design.md: nothing leaves the browser unless the user
 * sends it). When the whole message would pass {@link MAX_BODY_CHARS}, the quoted question is
 * shortened first, never the reading.
 *
 * @example
 * buildPjMessage({ phrase: 'your SOC report', reading: 'SOC 2 Type 2' })
 * // 'Hi PJ, a security questionnaire asks for "your SOC report". Our reading: SOC 2 Type 2. Which report should I send?'
 */
export function buildPjMessage(input: PjMessageInput): string {
  const phrase = squash(input.phrase);
  const reading = squash(input.reading);
  const question = squash(input.question);
  const pageUrl = squash(input.pageUrl);

  if (!phrase && !reading && !question) {
    const general =
      'Hi PJ, I have a question about SOC reports (SOC 1, SOC 2 or ISO 27001): which one do I need?';
    return pageUrl ? truncate(`${general} Page: ${pageUrl}`, MAX_BODY_CHARS) : general;
  }

  const head = phrase
    ? `Hi PJ, a security questionnaire asks for "${truncate(phrase, 200)}".`
    : 'Hi PJ, I am answering a security questionnaire.';
  const middle = reading ? ` Our reading: ${reading}.` : '';
  const tail = ' Which report should I send?';
  const page = pageUrl ? ` Page: ${pageUrl}` : '';

  // The question goes between the reading and the closing line; it gets whatever room is left.
  const fixedLength = codePoints(head + middle + tail + page).length;
  const questionPrefix = ' The question: "';
  const questionSuffix = '"';
  let quoted = '';
  if (question && question !== phrase) {
    const room =
      MAX_BODY_CHARS -
      fixedLength -
      codePoints(questionPrefix).length -
      codePoints(questionSuffix).length;
    if (room >= 20) quoted = `${questionPrefix}${truncate(question, room)}${questionSuffix}`;
  }
  return truncate(head + middle + quoted + tail + page, MAX_BODY_CHARS);
}

/**
 * Builds the `sms:` URI that opens a text to PJ with `body` prefilled.
 *
 * The form is `sms:+18584618054?&body=…`: Android and RFC 5724 read the query after `?`, while
 * iOS 8+ reads `&body=` (older iOS only `;body=`); `?&body=` satisfies both, since the empty first
 * query field is ignored. The body is encoded with `encodeURIComponent` (so `&`, `#`, `?`, `+`,
 * newlines and emoji survive) and shortened until the URI fits {@link MAX_URI_CHARS}.
 */
export function smsUri(body: string): string {
  const prefix = `sms:${PJ_PHONE}?&body=`;
  let text = truncate(wellFormed(body), MAX_BODY_CHARS);
  let encoded = encodeURIComponent(text);
  while (prefix.length + encoded.length > MAX_URI_CHARS) {
    // Cut in proportion to the overshoot; at least one code point per round, so it ends.
    const points = codePoints(text).length;
    const ratio = (MAX_URI_CHARS - prefix.length) / (prefix.length + encoded.length);
    text = truncate(text, Math.min(points - 1, Math.floor(points * ratio)));
    encoded = encodeURIComponent(text);
  }
  return prefix + encoded;
}
