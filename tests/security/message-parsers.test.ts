/**
 * Every message parser of lib/messages.ts, fed random values (fast-check): it never throws, and
 * it accepts exactly the well-formed messages, returning a fresh object with only the known
 * fields (docs/design.md, "Reliability
 * and security"). The oracle below is written from the types, not from the code.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  isOwnPage,
  isOwnSender,
  MAX_UI_CHARS,
  MAX_UI_MESSAGES,
  parseAnswerResponse,
  parseBackgroundMessage,
  parseContentMessage,
  parseUiMessagesResponse,
} from '../../lib/messages';
import { LANGUAGES, REPORT_IDS, RULE_WORDS } from '../../lib/rules';
import { readTable } from '../../scripts/locales';

const RUNS = 2000;
const OWN_ID = 'own-extension-id';
const OWN_ORIGIN = `chrome-extension://${OWN_ID}/`;

const CONTENT_TYPES = [
  'which-soc/findings',
  'which-soc/show-finding',
  'which-soc/next-finding',
  'which-soc/explain-text',
];
const BACKGROUND_TYPES = [
  'which-soc/findings-changed',
  'which-soc/open-cheatsheet',
  'which-soc/open-options',
  'which-soc/list-frames',
  'which-soc/answer',
  'which-soc/ui-messages',
];

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 10_000;

/**
 * A sentence of the rules: a name of the `rules` messages, at most 4 substitutions, each a text of
 * at most 500 characters or a `{ day: 'YYYY-MM-DD' }`, copied with only those fields.
 */
function expectedSentence(value: unknown): object | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const s = value as Record<string, unknown>;
  if (!(RULE_WORDS as readonly unknown[]).includes(s.key)) return null;
  if (!Array.isArray(s.subs) || s.subs.length > 4) return null;
  const subs: unknown[] = [];
  for (const sub of Array.from(s.subs as unknown[])) {
    if (typeof sub === 'string' && sub.length <= 500) subs.push(sub);
    else if (typeof sub === 'object' && sub !== null && !Array.isArray(sub)) {
      const day = (sub as Record<string, unknown>).day;
      if (typeof day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
      subs.push({ day });
    } else return null;
  }
  return { key: s.key, subs };
}

/** At most `max` sentences of the rules (holes in a sparse array count as missing), copied. */
function expectedSentences(value: unknown, max: number): object[] | null {
  if (!Array.isArray(value) || value.length > max) return null;
  const sentences = Array.from(value as unknown[]).map(expectedSentence);
  return sentences.every((sentence) => sentence !== null) ? (sentences as object[]) : null;
}

/** A Reading: known report, type1/type2/null, at most 20 reasons. */
function expectedReading(value: unknown): object | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const r = value as Record<string, unknown>;
  if (!(REPORT_IDS as readonly unknown[]).includes(r.report)) return null;
  if (r.type !== 'type1' && r.type !== 'type2' && r.type !== null) return null;
  const reasons = expectedSentences(r.reasons, 20);
  return reasons === null ? null : { report: r.report, type: r.type, reasons };
}

const isIndex = (value: unknown) =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;

/** What a well-formed content message is, from the ContentMessage type (text: at most 10,000). */
function expectedContent(message: unknown): object | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'which-soc/findings':
      return { type: m.type };
    case 'which-soc/next-finding':
      if (m.wrap === undefined) return { type: m.type };
      return typeof m.wrap === 'boolean' ? { type: m.type, wrap: m.wrap } : null;
    case 'which-soc/show-finding':
      return isIndex(m.index) ? { type: m.type, index: m.index } : null;
    case 'which-soc/explain-text':
      return typeof m.text === 'string' && m.text.length <= 10_000
        ? { type: m.type, text: m.text }
        : null;
    default:
      return null;
  }
}

function expectedBackground(message: unknown): object | null {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'which-soc/findings-changed':
      return isIndex(m.count) ? { type: m.type, count: m.count } : null;
    case 'which-soc/open-cheatsheet':
    case 'which-soc/open-options':
      return { type: m.type };
    case 'which-soc/list-frames':
      return isIndex(m.tabId) ? { type: m.type, tabId: m.tabId } : null;
    case 'which-soc/answer': {
      const reading = expectedReading(m.reading);
      return isText(m.question) && reading !== null
        ? { type: m.type, question: m.question, reading }
        : null;
    }
    case 'which-soc/ui-messages':
      return (LANGUAGES as readonly unknown[]).includes(m.language)
        ? { type: m.type, language: m.language }
        : null;
    default:
      return null;
  }
}

/** Any value at all, including odd objects (null prototype, `__proto__` keys, typed arrays). */
const anyValue = fc.anything({
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withNullPrototype: true,
  withObjectString: true,
  withSet: true,
  withSparseArray: true,
  withTypedArray: true,
  withUnicodeString: true,
});

/** Sentences of the rules, mostly well-formed, some with one field off. */
const sentenceLike = fc.record(
  {
    key: fc.oneof(
      fc.constantFrom(...RULE_WORDS),
      fc.constantFrom('cardClose', 'rulesNope'),
      anyValue,
    ),
    subs: fc.oneof(
      fc.array(
        fc.oneof(
          fc.string(),
          fc.constantFrom('!'.repeat(500), '!'.repeat(501)),
          fc.record({ day: fc.constantFrom('2025-07-01', '2025-7-1', '') }),
          anyValue,
        ),
        { maxLength: 5 },
      ),
      anyValue,
    ),
    extra: anyValue,
  },
  { requiredKeys: ['key', 'subs'] },
);

/** Readings, mostly well-formed, some with one field off. */
const readingLike = fc.record(
  {
    report: fc.oneof(fc.constantFrom(...REPORT_IDS), fc.string(), anyValue),
    type: fc.oneof(fc.constantFrom('type1', 'type2', null, 'type3', undefined), anyValue),
    reasons: fc.oneof(
      fc.array(sentenceLike, { maxLength: 22 }),
      fc.array(fc.oneof(sentenceLike, fc.string(), anyValue), { maxLength: 3 }),
      anyValue,
    ),
    extra: anyValue,
  },
  { requiredKeys: ['report', 'type', 'reasons'] },
);

/** Near misses: a known or almost-known type with random fields, and extra junk fields. */
function nearMiss(types: string[]) {
  return fc.record(
    {
      type: fc.oneof(
        fc.constantFrom(...types),
        fc.constantFrom(...types).map((type) => type.toUpperCase()),
        fc.constantFrom(...types).map((type) => ` ${type}`),
        anyValue,
      ),
      index: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string(), anyValue),
      count: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string(), anyValue),
      tabId: fc.oneof(fc.nat(), fc.integer(), fc.double(), fc.string(), anyValue),
      text: fc.oneof(fc.string(), fc.string({ minLength: 9_990, maxLength: 10_010 }), anyValue),
      wrap: fc.oneof(fc.boolean(), anyValue),
      // The limit's both sides as constants: random 10,000-character strings are slow to make.
      question: fc.oneof(
        fc.string(),
        fc.constantFrom('?'.repeat(10_000), '?'.repeat(10_001)),
        anyValue,
      ),
      reading: fc.oneof(readingLike, anyValue),
      language: fc.oneof(fc.constantFrom(...LANGUAGES, 'sv', 'DE', 'browser'), anyValue),
      extra: anyValue,
      ['__proto__']: anyValue,
    },
    { requiredKeys: ['type'] },
  );
}

const parsers = [
  {
    name: 'parseContentMessage',
    parse: parseContentMessage,
    oracle: expectedContent,
    types: CONTENT_TYPES,
  },
  {
    name: 'parseBackgroundMessage',
    parse: parseBackgroundMessage,
    oracle: expectedBackground,
    types: BACKGROUND_TYPES,
  },
];

describe.each(parsers)('$name', ({ parse, oracle, types }) => {
  test('never throws on any value, and accepts only well-formed messages', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        expect(parse(value)).toEqual(oracle(value));
      }),
      { numRuns: RUNS },
    );
  });

  test('accepts exactly the well-formed near misses, copying only the known fields', () => {
    fc.assert(
      fc.property(nearMiss(types), (value) => {
        const parsed = parse(value);
        const expected = oracle(value);
        expect(parsed).toEqual(expected);
        if (parsed !== null) {
          // A fresh plain object: nothing of the sender's object (extra keys, prototype) survives.
          expect(parsed).not.toBe(value);
          expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
          expect(Object.keys(parsed).sort()).toEqual(Object.keys(expected ?? {}).sort());
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('accepts every message kind it documents', () => {
    const accepted = types.filter(
      (type) =>
        parse({
          type,
          index: 0,
          count: 0,
          tabId: 0,
          text: 'SOC 2',
          question: 'SOC 2?',
          reading: { report: 'soc2', type: null, reasons: [] },
          language: 'de',
        }) !== null,
    );
    expect(accepted).toEqual(types);
  });

  test('does not take the other side’s messages', () => {
    const other = types === CONTENT_TYPES ? BACKGROUND_TYPES : CONTENT_TYPES;
    for (const type of other)
      expect(
        parse({
          type,
          index: 0,
          count: 0,
          tabId: 0,
          text: '',
          question: '',
          reading: { report: 'soc2', type: null, reasons: [] },
          language: 'de',
        }),
      ).toBeNull();
  });

  test.each([
    [
      'an object whose type getter throws',
      () => ({
        get type(): string {
          throw new Error('gotcha');
        },
      }),
    ],
    [
      'a revoked proxy',
      () => {
        const { proxy, revoke } = Proxy.revocable({}, {});
        revoke();
        return proxy;
      },
    ],
    [
      'a proxy whose every trap throws',
      () =>
        new Proxy(
          {},
          {
            get() {
              throw new Error('get');
            },
            getPrototypeOf() {
              throw new Error('proto');
            },
            has() {
              throw new Error('has');
            },
          },
        ),
    ],
  ])('returns null, without throwing, for %s', (_name, make) => {
    expect(() => parse(make())).not.toThrow();
    expect(parse(make())).toBeNull();
  });
});

/** An Answer: text, optional attach, at most 20 advice sentences. */
function expectedAnswer(value: unknown): object | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const a = value as Record<string, unknown>;
  const advice = expectedSentences(a.advice, 20);
  if (!isText(a.text) || advice === null) return null;
  if (a.attach === undefined) return { text: a.text, advice };
  return isText(a.attach) ? { text: a.text, attach: a.attach, advice } : null;
}

/** An AnswerResponse, from its type: a language of ours, an answer, an optional English one. */
function expectedAnswerResponse(value: unknown): object | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const r = value as Record<string, unknown>;
  if (!(LANGUAGES as readonly unknown[]).includes(r.language)) return null;
  const answer = expectedAnswer(r.answer);
  if (answer === null) return null;
  if (r.english === undefined) return { language: r.language, answer };
  const english = expectedAnswer(r.english);
  return english === null ? null : { language: r.language, answer, english };
}

describe('parseAnswerResponse (the background’s answer, read by the content script)', () => {
  const answerLike = fc.record(
    {
      text: fc.oneof(
        fc.string(),
        fc.constantFrom('!'.repeat(10_000), '!'.repeat(10_001)),
        anyValue,
      ),
      attach: fc.oneof(fc.string(), fc.constant(undefined), anyValue),
      advice: fc.oneof(
        fc.array(sentenceLike, { maxLength: 22 }),
        fc.array(fc.oneof(sentenceLike, fc.string()), { maxLength: 3 }),
        anyValue,
      ),
      extra: anyValue,
    },
    { requiredKeys: [] },
  );
  const responseLike = fc.record(
    {
      language: fc.oneof(fc.constantFrom(...LANGUAGES), fc.constantFrom('EN', 'de-DE'), anyValue),
      answer: fc.oneof(answerLike, anyValue),
      english: fc.oneof(answerLike, fc.constant(undefined), anyValue),
      extra: anyValue,
    },
    { requiredKeys: ['language', 'answer'] },
  );

  test('never throws, and accepts exactly the well-formed answers, known fields only', () => {
    fc.assert(
      fc.property(fc.oneof(anyValue, responseLike), (value) => {
        const parsed = parseAnswerResponse(value);
        const expected = expectedAnswerResponse(value);
        expect(parsed).toEqual(expected);
        if (parsed !== null) {
          expect(parsed).not.toBe(value);
          expect(Object.keys(parsed).sort()).toEqual(Object.keys(expected ?? {}).sort());
        }
      }),
      { numRuns: RUNS },
    );
  });

  test('reads a German answer with its English one', () => {
    const answer = { text: 'Ja.', advice: [{ key: 'rulesAdviceSoc3Public', subs: [] }] };
    const english = { text: 'Yes.', attach: 'SOC 2 Type 2 report', advice: [] };
    expect(parseAnswerResponse({ language: 'de', answer, english, extra: 1 })).toEqual({
      language: 'de',
      answer,
      english,
    });
  });

  test.each([
    ['no answer', { language: 'de' }],
    ['a language we do not write', { language: 'sv', answer: { text: 'Ja.', advice: [] } }],
    ['an answer without advice', { language: 'en', answer: { text: 'Yes.' } }],
    [
      'a malformed English answer',
      { language: 'de', answer: { text: 'Ja.', advice: [] }, english: { text: 1, advice: [] } },
    ],
    ['an error object', new Error('Could not establish connection')],
  ])('rejects %s', (_name, value) => {
    expect(parseAnswerResponse(value)).toBeNull();
  });
});

/** A UiMessagesResponse for `language`, from its type: every name valid, every text short. */
function expectedUiMessages(value: unknown, language: string): object | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const r = value as Record<string, unknown>;
  if (r.language !== language) return null;
  const messages = r.messages;
  if (typeof messages !== 'object' || messages === null || Array.isArray(messages)) return null;
  const entries = Object.entries(messages as Record<string, unknown>);
  if (entries.length > 2_000) return null;
  let chars = 0;
  for (const [name, message] of entries) {
    if (!/^[A-Za-z0-9_@]+$/.test(name) || name === '__proto__' || !isText(message)) return null;
    chars += name.length + message.length;
  }
  return chars > 500_000 ? null : Object.fromEntries(entries);
}

describe('parseUiMessagesResponse (the background’s table, read by the content script)', () => {
  const GERMAN = {
    cardClose: 'Schließen',
    cardTextPj: 'SMS an PJ',
    popupFindings_one: '$1 Anfrage',
  };
  const tableLike = fc.oneof(
    fc.dictionary(fc.stringMatching(/^[A-Za-z0-9_@]{1,12}$/), fc.string(), { maxKeys: 8 }),
    fc.dictionary(fc.string(), fc.oneof(fc.string(), anyValue), { maxKeys: 4 }),
    anyValue,
  );
  const responseLike = fc.record(
    {
      language: fc.oneof(fc.constantFrom(...LANGUAGES, 'sv'), anyValue),
      messages: tableLike,
      extra: anyValue,
    },
    { requiredKeys: ['language', 'messages'] },
  );

  test('never throws, and accepts exactly the well-formed tables of the language asked for', () => {
    fc.assert(
      fc.property(
        fc.oneof(responseLike, anyValue),
        fc.constantFrom(...LANGUAGES),
        (value, language) => {
          expect(parseUiMessagesResponse(value, language)).toEqual(
            expectedUiMessages(value, language),
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  test('reads a German table into a fresh plain object', () => {
    const messages = { ...GERMAN };
    const table = parseUiMessagesResponse({ language: 'de', messages, extra: 1 }, 'de');
    expect(table).toEqual(GERMAN);
    expect(table).not.toBe(messages);
    expect(Object.getPrototypeOf(table)).toBe(Object.prototype);
  });

  const many = (count: number, text = 'x') =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`m${i}`, text]));

  test('takes the largest table it allows, and refuses one message or character more', () => {
    expect(parseUiMessagesResponse({ language: 'fr', messages: many(2_000) }, 'fr')).not.toBeNull();
    expect(parseUiMessagesResponse({ language: 'fr', messages: many(2_001) }, 'fr')).toBeNull();
    // 50 names of 5 characters with messages of 9,995: exactly 500,000 characters.
    const atLimit = Object.fromEntries(
      Array.from({ length: 50 }, (_, i) => [`m${String(i).padStart(4, '0')}`, 'x'.repeat(9_995)]),
    );
    expect(parseUiMessagesResponse({ language: 'fr', messages: atLimit }, 'fr')).not.toBeNull();
    const over = { ...atLimit, m9999: 'x' };
    expect(parseUiMessagesResponse({ language: 'fr', messages: over }, 'fr')).toBeNull();
  });

  test.each([
    ['another language than asked', { language: 'fr', messages: GERMAN }],
    ['no language', { messages: GERMAN }],
    ['no table', { language: 'de' }],
    ['a list instead of a table', { language: 'de', messages: ['Schließen'] }],
    ['a message that is not text', { language: 'de', messages: { ...GERMAN, cardWhy: 1 } }],
    ['a name browsers refuse', { language: 'de', messages: { ...GERMAN, 'card-why': 'Warum' } }],
    ['an overlong message', { language: 'de', messages: { cardWhy: 'x'.repeat(10_001) } }],
    ['an error object', new Error('Could not establish connection')],
    ['nothing', undefined],
  ])('rejects %s', (_name, value) => {
    expect(parseUiMessagesResponse(value, 'de')).toBeNull();
  });

  test.each(LANGUAGES)('passes the real table of %s whole, with room to grow', (language) => {
    const table = readTable(language);
    expect(parseUiMessagesResponse({ language, messages: table }, language)).toEqual(table);
    const chars = Object.entries(table).reduce(
      (sum, [name, text]) => sum + name.length + text.length,
      0,
    );
    expect(chars * 4).toBeLessThan(MAX_UI_CHARS);
    expect(Object.keys(table).length * 4).toBeLessThan(MAX_UI_MESSAGES);
  });

  test('refuses a __proto__ entry instead of changing the table’s prototype', () => {
    const messages = JSON.parse('{"cardClose":"Schließen","__proto__":"Warum"}') as unknown;
    expect(parseUiMessagesResponse({ language: 'de', messages }, 'de')).toBeNull();
  });
});

describe('the sender checks', () => {
  const anySender = fc.record(
    {
      id: fc.oneof(fc.string(), fc.constant(OWN_ID), fc.constant(`${OWN_ID} `), anyValue),
      url: fc.oneof(
        fc.webUrl(),
        fc.constant(`${OWN_ORIGIN}popup.html`),
        fc.constant(`https://evil.example/${OWN_ORIGIN}`),
        anyValue,
      ),
      tab: anyValue,
    },
    { requiredKeys: [] },
  );

  test('isOwnSender is true only for our own extension id', () => {
    fc.assert(
      fc.property(fc.option(anySender, { nil: undefined }), (sender) => {
        expect(isOwnSender(sender as never, OWN_ID)).toBe(sender?.id === OWN_ID);
      }),
      { numRuns: RUNS },
    );
  });

  test('isOwnPage is true only for our id on a page of our own origin', () => {
    fc.assert(
      fc.property(fc.option(anySender, { nil: undefined }), (sender) => {
        const expected =
          sender?.id === OWN_ID &&
          typeof sender.url === 'string' &&
          sender.url.startsWith(OWN_ORIGIN);
        expect(isOwnPage(sender as never, OWN_ID, OWN_ORIGIN)).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });
});
