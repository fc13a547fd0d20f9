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

/** Asks the background for the answer to `question` as `reading` reads it; null on any failure. */
export function requestAnswer(
  send: SendMessage,
  question: string,
  reading: Reading,
  ms = ANSWER_TIMEOUT_MS,
): Promise<AnswerResponse | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), ms);
    const done = (value: AnswerResponse | null) => {
      clearTimeout(timer);
      resolve(value);
    };
    try {
      send({
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
      }).then(
        (response) => done(parseAnswerResponse(response)),
        () => done(null),
      );
    } catch {
      // Orphaned context (extension reloaded): sendMessage throws at once.
      done(null);
    }
  });
}
