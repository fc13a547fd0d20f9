/**
 * `analyze` as a contract (docs/design.md, "Contracts"): spans index the original text even
 * when it hides invisible characters, it never throws, its result does not depend on case or
 * surrounding whitespace, and its time grows linearly with the input.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze, analyzeWithContextUse } from '../../lib/rules/analyze';
import { HINT_SOURCE, mightRequest } from '../../lib/rules/hints';
import { itemType, reportSet } from '../../scripts/corpus-labels';
import { normalize, toOriginal } from '../../lib/rules/normalize';
import type { ReportRequest } from '../../lib/rules/types';
import { sayInEnglish } from '../../lib/i18n/english';

describe('spans in the original text', () => {
  // The span is the whole phrase that carries the request (name, type, ®, report word), since
  // the user reads the highlight; invisible characters inside it stay inside.
  test.each([
    ['plain text', 'Please attach your SOC 2 report.', 'SOC 2 report'],
    [
      'a no-break space inside the phrase',
      'Please attach your SOC\u00A02 report.',
      'SOC\u00A02 report',
    ],
    ['a zero-width space inside the phrase', 'Attach your SOC\u200B2 report.', 'SOC\u200B2 report'],
    ['a soft hyphen inside the phrase', 'Attach your SO\u00ADC 2 report.', 'SO\u00ADC 2 report'],
    ['bidi marks around the phrase', 'Attach \u202ASOC 2\u202C now.', 'SOC 2'],
    ['a word joiner and a BOM', 'Attach \uFEFFSOC\u2060 2 now.', 'SOC\u2060 2'],
    ['full-width letters', 'ＳＯＣ２ 報告書を提出してください。', 'ＳＯＣ２ 報告書'],
    ['a curly apostrophe', 'Attach the service auditor’s report.', 'service auditor’s report'],
    ['a non-breaking hyphen', 'Attach your SOC\u20112 report.', 'SOC\u20112 report'],
    ['a registered sign', 'Attach your SOC 2® report.', 'SOC 2® report'],
    ['a registered sign and nothing after it', 'SOC 2®', 'SOC 2®'],
    ['the type after the name', 'Please attach your SOC 2 Type II report.', 'SOC 2 Type II report'],
    ['the type before the name', 'Type 2 SOC 2 report (required for PII)', 'Type 2 SOC 2 report'],
    ['an abbreviated type', 'Upload SOC1 T2', 'SOC1 T2'],
    [
      'the type in brackets',
      'Provide your SOC 2 (Type 2) audit report.',
      'SOC 2 (Type 2) audit report',
    ],
    ['a hyphenated type', 'Date of your last SOC-2 Type-2 audit:', 'SOC-2 Type-2 audit'],
    [
      'a zero-width space inside the type',
      'Attach your SOC 2 Type\u200BII report.',
      'SOC 2 Type\u200BII report',
    ],
    ['a German compound', 'Bitte SOC-2-Bericht hochladen.', 'SOC-2-Bericht'],
    ['a German type and compound', 'SOC 2 Typ 2-Prüfbericht', 'SOC 2 Typ 2-Prüfbericht'],
    ['a French type', 'Veuillez fournir le rapport SOC 2 de type II.', 'SOC 2 de type II'],
    ['a Spanish type', 'Adjunte su informe SOC 2 Tipo 2.', 'SOC 2 Tipo 2'],
    [
      'a Japanese type and report word',
      '最新のSOC2 タイプ2報告書を提出してください。',
      'SOC2 タイプ2報告書',
    ],
    ['a Dutch report word', 'Heeft u een SOC 2 Type II-rapport?', 'SOC 2 Type II-rapport'],
    ['a repeated name in a list', 'SOC 1 and SOC 2 Type 2 reports', 'SOC 1'],
    [
      'an attestation standard',
      'Provide your ISAE 3402 Type 2 assurance report.',
      'ISAE 3402 Type 2 assurance report',
    ],
    ['the name without a report word', 'Are SOC 2 audit logs retained?', 'SOC 2'],
    [
      'the ISO phrase after invisible marks',
      '\u200E\u200FISO/IEC\u00A027001 certificate',
      'ISO/IEC\u00A027001',
    ],
  ])('finds the phrase with %s', (_name, text, phrase) => {
    const [first] = analyze(text);
    expect(first).toBeDefined();
    expect(text.slice(first?.start, first?.end)).toBe(phrase);
  });

  test('the second report of a list is highlighted from its own name', () => {
    const text = 'SOC 1 and SOC 2 Type 2 reports';
    const soc2 = analyze(text).find((request) => request.report === 'soc2');
    expect(soc2 && text.slice(soc2.start, soc2.end)).toBe('SOC 2 Type 2 reports');
  });

  test('a name offered in both types is highlighted without either', () => {
    const text = 'We accept a SOC 2 Type I or Type II report.';
    const [request] = analyze(text);
    expect(request?.type).toBeNull();
    expect(request && text.slice(request.start, request.end)).toBe('SOC 2');
  });

  test('widening the phrase keeps the type that the name carries', () => {
    const [request] = analyze('Upload SOC1 T2 and the bridge letter.');
    expect(request?.type).toBe('type2');
  });

  test('normalize maps every cleaned character back to its original', () => {
    const text = 'a\u00ADb\u200Bc\u00A0d\u2161';
    const norm = normalize(text);
    expect(norm.text).toBe('abc dII');
    expect(toOriginal(norm, 0, 3)).toEqual([0, 5]);
    expect(toOriginal(norm, 5, 7)).toEqual([7, 8]);
  });
});

describe('one entry per report', () => {
  test.each([
    ['SOC 1 or SOC 2', ['soc1', 'soc2']],
    ['SOC 1, 2, and 3 reports', ['soc1', 'soc2', 'soc3']],
    ['SOC 1/2 reports', ['soc1', 'soc2']],
    ['Provide your SOC 2 report. The SOC 2 report must be recent.', ['soc2']],
  ])('“%s” gives %j', (text, reports) => {
    const found = analyze(text);
    expect(found.map((r) => r.report).sort()).toEqual([...reports].sort());
  });

  test('requests come in text order, each with reasons', () => {
    const found = analyze('We accept an ISO 27001 certificate or a SOC 2 Type 2 report.');
    expect(found.map((r) => r.report)).toEqual(['iso27001', 'soc2']);
    for (const request of found) expect(request.reasons.length).toBeGreaterThan(0);
  });

  test('the reason names the cue that decided SOC 1', () => {
    const [request] = analyze('Our SOX auditors need your SOC report.');
    expect(request?.report).toBe('soc1');
    expect(request?.reasons.map(sayInEnglish).join(' ')).toContain('SOX');
  });

  test('Brazilian "demonstrações contábeis" (financial statements) decide SOC 1', () => {
    // Brazilian accounting standards name financial statements so; European Portuguese and the
    // other rules say "demonstrações financeiras", which decides the same.
    for (const statements of [
      'demonstrações contábeis',
      'demonstrações financeiras',
      // European Portuguese for financial reporting.
      'relato financeiro',
    ]) {
      const text = `Para as ${statements} do cliente, forneça seu relatório SOC.`;
      expect(reportSet(analyze(text))).toEqual(['soc1']);
    }
    expect(reportSet(analyze('Forneça seu relatório SOC.'))).toEqual(['soc2']);
  });

  test('context decides an unnumbered request but never adds one', () => {
    expect(reportSet(analyze('Attach your SOC report.', { context: 'SOC 1 Type 2' }))).toEqual([
      'soc1',
    ]);
    expect(analyze('Describe your backups.', { context: 'SOC 2 Type 2' })).toEqual([]);
  });
});

describe('reading beyond the names', () => {
  test('a type offered both ways leaves the type open, and says so', () => {
    const [request] = analyze('SOC 2 (Type I / II)');
    expect(request?.type).toBeNull();
    expect(request?.reasons.map(sayInEnglish).join(' ')).toContain('accepts either');
  });

  test('the age of a report is not its type; what it covers is', () => {
    expect(analyze('Provide your SOC 2 report issued within the last 12 months.')[0]?.type).toBe(
      null,
    );
    expect(analyze('Provide a SOC 2 report covering the last 12 months.')[0]?.type).toBe('type2');
  });

  test('design words beside period words describe a Type 2', () => {
    const [request] = analyze(
      'The SOC 2 must opine on the suitability of design over a period of at least six months.',
    );
    expect(request?.type).toBe('type2');
  });

  test('a report ruled out is dropped, and the other keeps its phrase', () => {
    const text = 'SOC 2 Type II (the full report, not the SOC 3)';
    const found = analyze(text);
    expect(found.map((r) => r.report)).toEqual(['soc2']);
    expect(text.slice(found[0]?.start, found[0]?.end)).toBe('SOC 2 Type II');
  });

  test('a sheet name and column header decide like a section heading', () => {
    const text = 'SOC report available? (attach)';
    const finance = analyzeWithContextUse(text, { context: 'Financial Controls > Response' });
    expect(reportSet(finance.requests)).toEqual(['soc1']);
    expect(finance.contextUsed).toBe(true);
    expect(finance.requests[0]?.reasons.map(sayInEnglish).join(' ')).toContain(
      'Financial Controls',
    );
    const security = analyze(text, { context: 'Vendor Security > Evidence | Question' });
    expect(reportSet(security)).toEqual(['soc2']);
  });

  test('evidence about IT general controls over the year is a SOC 1 Type 2', () => {
    const [request] = analyze(
      'Our auditors need evidence that IT general controls over your platform operated effectively during our fiscal year.',
    );
    expect(request?.report).toBe('soc1');
    expect(request?.type).toBe('type2');
  });
});

describe('item type', () => {
  const request = (type: ReportRequest['type']): ReportRequest => ({
    report: 'soc2',
    type,
    start: 0,
    end: 1,
    reasons: [],
  });
  test.each([
    ['no requests', [], null],
    ['one typed request', [request('type2')], 'type2'],
    ['a typed and an untyped request', [request('type2'), request(null)], 'type2'],
    ['two requests that agree', [request('type1'), request('type1')], 'type1'],
    ['two requests that disagree', [request('type1'), request('type2')], null],
  ] as const)('is right for %s', (_name, requests, type) => {
    expect(itemType(requests)).toBe(type);
  });
});

describe('analyzeWithContextUse', () => {
  test.each([
    ['a numbered request', 'Please attach your SOC 2 Type II report.', false],
    ['an ISO certificate', 'Provide your ISO/IEC 27001 certificate.', false],
    ['an unnumbered request', 'Do you have a current SOC report? If yes, attach it.', true],
    ['no request', 'Do you encrypt data at rest?', false],
  ])('says whether the context mattered for %s', (_name, text, used) => {
    for (const context of ['Financial reporting controls', 'Security']) {
      const result = analyzeWithContextUse(text, { context });
      expect(result.requests).toEqual(analyze(text, { context }));
      expect(result.contextUsed).toBe(used);
    }
  });

  test('a result it says did not use the context is the same under any context', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'Attach the SOC 1 Type 2 report.',
          'Provide a bridge letter.',
          'Share your SOC report.',
          'Our SOC team works 24/7.',
        ),
        fc.string({ maxLength: 60 }),
        (text, context) => {
          const { requests, contextUsed } = analyzeWithContextUse(text, { context });
          if (!contextUsed)
            expect(analyze(text, { context: `${context} financial` })).toEqual(requests);
        },
      ),
    );
  });
});

describe('mightRequest', () => {
  test.each([
    ['Attach your SOC 2 report.', true],
    ['Attach your SO\u00ADC 2 report.', true],
    ['Do you encrypt data at rest?', false],
    ['', false],
  ])('“%s” -> %s', (text, expected) => {
    expect(mightRequest(text)).toBe(expected);
  });

  test('is a superset of analyze on generated text', () => {
    fc.assert(
      fc.property(questionnaireText, (text) => {
        if (!mightRequest(text)) expect(analyze(text)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test('HINT_SOURCE compiles as one case-insensitive expression', () => {
    expect(new RegExp(HINT_SOURCE, 'gi').test('SOC 2')).toBe(true);
  });
});

/** Fragments of questionnaire text: requests, traps and filler, in several languages. */
const FRAGMENTS = [
  'Please provide your SOC 2 Type II report.',
  'SOC1 T2',
  'Attach your SOC report',
  'for our SOX auditors',
  'ISO/IEC 27001 certificate',
  'bridge letter',
  'Security Operations Center (SOC)',
  '24x7 SOC analysts',
  'SSAE-16 / ISAE 3402',
  'Do you encrypt data at rest?',
  'rapport SOC 2 de type 2',
  'SOC 2-Bericht',
  'SOC2報告書',
  'operating effectiveness',
  'point in time',
  'How do you review your vendors’ SOC reports?',
  'Trust Services Criteria',
  'social media',
  '(e.g., ISO 27001, SOC 2 Type 2, CMMC)',
  '.',
  '?',
  '\n',
  ' ',
  '\u00A0',
  '\u200B',
];

const questionnaireText = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 8 })), { maxLength: 12 })
  .map((parts) => parts.join(' '));

describe('properties', () => {
  test('never throws, on any string', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ maxLength: 50 }),
        (text, context) => {
          analyze(text, { context });
          mightRequest(text);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('never throws on inputs that are not strings', () => {
    for (const value of [null, undefined, 42, {}, [], Symbol('x')]) {
      expect(analyze(value as unknown as string)).toEqual([]);
      expect(analyze('SOC 2', value as never)).toHaveLength(1);
      expect(mightRequest(value as unknown as string)).toBe(false);
    }
  });

  test('spans are inside the text and not empty', () => {
    fc.assert(
      fc.property(questionnaireText, fc.string({ maxLength: 30 }), (text, context) => {
        for (const request of analyze(text, { context })) {
          expect(request.start).toBeGreaterThanOrEqual(0);
          expect(request.end).toBeGreaterThan(request.start);
          expect(request.end).toBeLessThanOrEqual(text.length);
          expect(request.reasons.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('the same reports whatever the case and the surrounding whitespace', () => {
    fc.assert(
      fc.property(
        questionnaireText,
        fc.constantFrom('', ' ', '\n\n', '\t '),
        fc.constantFrom('', ' ', '\n'),
        (text, before, after) => {
          const expected = reportSet(analyze(text));
          expect(reportSet(analyze(text.toUpperCase()))).toEqual(expected);
          expect(reportSet(analyze(text.toLowerCase()))).toEqual(expected);
          expect(reportSet(analyze(before + text + after))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('linear time', () => {
  /**
   * Fastest of three runs of `work` on `text`: the machine is shared, so the minimum is the
   * steadiest estimate of the work done.
   */
  function timeOf(work: (text: string) => unknown, text: string): number {
    let best = Infinity;
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      work(text);
      best = Math.min(best, performance.now() - started);
    }
    return best;
  }
  const hint = new RegExp(HINT_SOURCE, 'gi');
  const onePass = (text: string): number => {
    let n = 0;
    hint.lastIndex = 0;
    while (hint.exec(text)) n++;
    return n;
  };

  // 10 times the input should cost about 10 times the work; quadratic work would cost 100 times. V8's own regular-expression scan
  // grows faster than that on large strings here (cache effects), so the bound is relative to one
  // pass of the combined expression over the same inputs; a backtracking blow-up costs hundreds
  // of times more, and seconds in absolute terms.
  test.each([
    ['"SOC " repeated', 'SOC '],
    ['"a" repeated', 'a'],
    ['"SOC 2 Type 2 " repeated', 'SOC 2 Type 2 '],
    ['"ISO 27001 SOC report " repeated', 'ISO 27001 SOC report '],
    ['"S.O.C. " repeated', 'S.O.C. '],
    ['"type 2 " repeated', 'type 2 '],
    ['"since the " repeated', 'since the '],
    ['zero-width spaces and "SOC"', 'SOC\u200B'],
    ['"not the SOC 3, SOC 2 " repeated', 'not the SOC 3, SOC 2 '],
    ['"ISMS is been " repeated', 'ISMS is been '],
    ['"ISMSは" repeated', 'ISMSは'],
    ['"IT general controls evidence " repeated', 'IT general controls evidence '],
    ['"SOC 2 Type I / " repeated', 'SOC 2 Type I / '],
  ])(
    '1 MB of %s costs about 10x 100 kB',
    // Timing on a shared machine: a second try absorbs a burst of load from other processes.
    { timeout: 60_000, retry: 2 },
    (_name, unit) => {
      const small = unit.repeat(Math.ceil(100_000 / unit.length));
      const large = unit.repeat(Math.ceil(1_000_000 / unit.length));
      timeOf(analyze, small); // warm up
      const largeMs = timeOf(analyze, large);
      const ratio = largeMs / Math.max(timeOf(analyze, small), 1);
      const baseline = timeOf(onePass, large) / Math.max(timeOf(onePass, small), 0.2);
      expect(ratio).toBeLessThan(Math.max(40, 2 * baseline));
      expect(largeMs).toBeLessThan(5_000);
    },
  );
});
