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
  parseBackgroundMessage,
  parseContentMessage,
} from '../../lib/messages';

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
];

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
      (type) => parse({ type, index: 0, count: 0, tabId: 0, text: 'SOC 2' }) !== null,
    );
    expect(accepted).toEqual(types);
  });

  test('does not take the other side’s messages', () => {
    const other = types === CONTENT_TYPES ? BACKGROUND_TYPES : CONTENT_TYPES;
    for (const type of other)
      expect(parse({ type, index: 0, count: 0, tabId: 0, text: '' })).toBeNull();
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
