/**
 * The card's answer in the question's language, asked of the background: the answer tables of
 * every language stay out of the content script (about 49 kB more to parse in the page's load
 * task). Whatever goes wrong (background asleep and slow to wake, extension reloaded, malformed
 * answer) gives null, and the card shows its own English answer instead.
 */
import {
  MAX_REASONS,
  MAX_SUB,
  MAX_TEXT,
  parseAnswerResponse,
  type AnswerResponse,
} from '../../lib/messages';
import { MAX_SUBS, type Reading } from '../../lib/rules';

/**
 * How long the card waits for the background. The background reads the profile and the
 * organisation's policy, which may take up to 800 ms itself (lib/managed.ts), plus waking a
 * sleeping service worker.
 */
export const ANSWER_TIMEOUT_MS = 2_000;

export type SendMessage = (message: object) => Promise<unknown>;

/**
 * Sends `message` to the background and reads its reply with `parse` (null when malformed).
 * Rejects when the send fails (extension reloaded: sendMessage may even throw at once) or when
 * nothing comes within `ms`.
 */
export function askBackground<T>(
  send: SendMessage,
  message: object,
  parse: (response: unknown) => T | null,
  ms: number,
): Promise<T | null> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('No answer from the background.')), ms);
    Promise.resolve()
      .then(() => send(message))
      .then(
        (response) => resolve(parse(response)),
        (error: unknown) => reject(error instanceof Error ? error : new Error(String(error))),
      )
      .finally(() => clearTimeout(timer));
  });
}

/** Asks the background for the answer to `question` as `reading` reads it; null on any failure. */
export function requestAnswer(
  send: SendMessage,
  question: string,
  reading: Reading,
  ms = ANSWER_TIMEOUT_MS,
): Promise<AnswerResponse | null> {
  const message = {
    type: 'which-soc/answer',
    // Within what the background accepts: the language shows in a question's first lines.
    question: question.slice(0, MAX_TEXT),
    reading: {
      report: reading.report,
      type: reading.type,
      reasons: reading.reasons.slice(0, MAX_REASONS).map((reason) => ({
        key: reason.key,
        subs: reason.subs
          .slice(0, MAX_SUBS)
          .map((sub) => (typeof sub === 'string' ? sub.slice(0, MAX_SUB) : sub)),
      })),
    },
  };
  return askBackground(send, message, parseAnswerResponse, ms).catch(() => null);
}
