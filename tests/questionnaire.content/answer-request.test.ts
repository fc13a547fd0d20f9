/**
 * The card's request for an answer in the question's language: the message it sends, and null
 * (so the card answers in English itself) whenever the background fails, is slow or answers
 * something malformed.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import {
  ANSWER_TIMEOUT_MS,
  requestAnswer,
} from '../../entrypoints/questionnaire.content/answer-request';
import { parseBackgroundMessage } from '../../lib/messages';
import type { Reading } from '../../lib/rules';

const READING: Reading = {
  report: 'soc2',
  type: 'type2',
  reasons: [{ key: 'rulesWhyNames', subs: ['SOC 2', 'SOC 2'] }],
};
const GERMAN = 'Bitte stellen Sie Ihren aktuellen SOC 2 Typ 2 Bericht zur Verfügung.';
const RESPONSE = {
  language: 'de',
  answer: { text: 'Ja.', advice: [] },
  english: { text: 'Yes.', advice: [] },
};

afterEach(() => {
  vi.useRealTimers();
});

describe('requestAnswer', () => {
  test('sends a message the background accepts, and returns its checked answer', async () => {
    const sent: object[] = [];
    const answer = await requestAnswer(
      (message) => {
        sent.push(message);
        return Promise.resolve({ ...RESPONSE, extra: 'dropped' });
      },
      GERMAN,
      { ...READING, start: 3, end: 9 } as Reading,
    );
    expect(answer).toEqual(RESPONSE);
    expect(sent).toHaveLength(1);
    // Only the reading's fields travel, and the background's parser takes the message as is.
    expect(parseBackgroundMessage(sent[0])).toEqual({
      type: 'which-soc/answer',
      question: GERMAN,
      reading: READING,
    });
  });

  test('keeps an overlong question and many reasons within what the background accepts', async () => {
    let sent: unknown;
    await requestAnswer(
      (message) => {
        sent = message;
        return Promise.resolve(RESPONSE);
      },
      `${GERMAN} ${'x'.repeat(20_000)}`,
      {
        ...READING,
        // More reasons than the background reads, each quoting a phrase longer than it reads.
        reasons: Array.from({ length: 30 }, (_, i) => ({
          key: 'rulesWhyNames' as const,
          subs: [`${i} ${'SOC 2 '.repeat(200)}`, 'SOC 2', 'extra', 'more', 'too many'],
        })),
      },
    );
    const parsed = parseBackgroundMessage(sent);
    expect(parsed?.type).toBe('which-soc/answer');
  });

  test.each([
    ['the background rejects', () => Promise.reject(new Error('Receiving end does not exist'))],
    [
      'sendMessage throws (orphaned context)',
      () => {
        throw new Error('Extension context invalidated');
      },
    ],
    ['the answer is malformed', () => Promise.resolve({ language: 'de', answer: 'Ja.' })],
    ['nobody answers (undefined)', () => Promise.resolve(undefined)],
  ])('gives null when %s', async (_name, send) => {
    expect(await requestAnswer(send, GERMAN, READING)).toBeNull();
  });

  test('gives null when the background does not answer in time', async () => {
    vi.useFakeTimers();
    const pending = requestAnswer(() => new Promise(() => undefined), GERMAN, READING);
    await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS - 1);
    let settled = false;
    void pending.then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toBeNull();
  });
});
