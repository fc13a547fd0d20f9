import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { answerFor } from '../../lib/rules/answers';
import { dayAfter, formatDate, monthsBetween, toDate } from '../../lib/rules/dates';
import { emptyProfile, type Profile } from '../../lib/rules/profile';
import type { ReportId, ReportRequest, ReportType } from '../../lib/rules/types';
import { sayInEnglish } from '../../lib/i18n/english';

/** A fixed day: every expected date below is computed from it, never from the real clock. */
const TODAY = new Date('2026-11-26T15:30:00Z');

/** `YYYY-MM-DD` that many months (and days) before TODAY. */
function ago(months: number, days = 0): string {
  const d = new Date(
    Date.UTC(TODAY.getUTCFullYear(), TODAY.getUTCMonth() - months, TODAY.getUTCDate() - days),
  );
  return d.toISOString().slice(0, 10);
}

function ahead(months: number): string {
  return ago(-months);
}

function ask(report: ReportId, type: ReportType | null = null): ReportRequest {
  return { report, type, start: 0, end: 10, reasons: [] };
}

function profile(change: (p: Profile) => void): Profile {
  const p = emptyProfile();
  p.company = 'Acme';
  p.access = { trustCenterUrl: 'https://trust.acme.example' };
  change(p);
  return p;
}

// Recent Type 2: the period ended one month ago.
const RECENT_START = ago(13);
const RECENT_END = ago(1);
const recentSoc2 = profile((p) => {
  p.soc2 = {
    held: true,
    type: 'type2',
    periodStart: RECENT_START,
    periodEnd: RECENT_END,
    auditor: 'Prescient Assurance',
  };
  p.touchesFinancialReporting = false;
});

interface Case {
  name: string;
  request: ReportRequest;
  profile?: Profile;
  /** Phrases the pasted text must contain (case-insensitive). */
  says: string[];
  /** Phrases it must not contain. */
  never?: string[];
  /** Phrases the advice must contain. */
  advises?: string[];
  /** Phrases the advice must not contain. */
  adviceNever?: string[];
  attach?: string;
}

const cases: Case[] = [
  {
    name: 'a held SOC 2 Type 2 asked for states its period, auditor and where to get it',
    request: ask('soc2', 'type2'),
    profile: recentSoc2,
    says: [
      'Yes',
      'SOC 2 Type 2',
      formatDate(RECENT_START),
      formatDate(RECENT_END),
      'Prescient Assurance',
      'under NDA',
      'https://trust.acme.example',
    ],
    never: ['bridge letter', 'do not'],
    attach: 'SOC 2 Type 2 report',
  },
  {
    name: 'an unnumbered SOC request with a SOC 2 held answers with that SOC 2',
    request: ask('soc2'),
    profile: recentSoc2,
    says: ['Yes', 'SOC 2 Type 2', formatDate(RECENT_END)],
  },
  {
    name: 'SOC 1 asked, not held, no financial-reporting impact: not applicable, why, SOC 2 offered',
    request: ask('soc1'),
    profile: recentSoc2,
    says: [
      'SOC 1 does not apply',
      "Acme's service",
      'internal control over financial reporting',
      'SOC 2 Type 2',
      formatDate(RECENT_END),
    ],
    never: ['Yes.'],
    attach: 'SOC 2 Type 2 report',
    advises: ['SOC 2'],
  },
  {
    name: 'SOC 1 asked, not held, but the service touches financial reporting: honest, advises SOC 1',
    request: ask('soc1'),
    profile: profile((p) => {
      p.soc2 = recentSoc2.soc2;
      p.touchesFinancialReporting = true;
      p.soc1.nextReportDate = ahead(4);
    }),
    says: ['does not currently have a SOC 1', formatDate(ahead(4)), 'SOC 2 Type 2'],
    never: ['does not apply'],
    advises: ['one CPA firm'],
  },
  {
    name: 'SOC 1 asked and held answers with the SOC 1 and its period',
    request: ask('soc1', 'type2'),
    profile: profile((p) => {
      p.soc1 = { held: true, type: 'type2', periodStart: ago(12), periodEnd: ago(0, 10) };
      p.touchesFinancialReporting = true;
    }),
    says: ['Yes', 'SOC 1 Type 2', formatDate(ago(12)), formatDate(ago(0, 10))],
  },
  {
    name: 'Type 2 asked but only Type 1 held: says so honestly, with the expected Type 2 date',
    request: ask('soc2', 'type2'),
    profile: profile((p) => {
      p.soc2 = { held: true, type: 'type1', asOf: ago(2), nextReportDate: ahead(5) };
    }),
    says: ['SOC 2 Type 1', formatDate(ago(2)), 'not yet', 'SOC 2 Type 2', formatDate(ahead(5))],
    never: ['Yes.'],
    attach: 'SOC 2 Type 1 report',
  },
  {
    name: 'Type 2 asked, only Type 1 held and no date: says there is no Type 2 yet and advises a date',
    request: ask('soc2', 'type2'),
    profile: profile((p) => {
      p.soc2 = { held: true, type: 'type1', asOf: ago(1) };
    }),
    says: ['does not have a SOC 2 Type 2 report yet'],
    advises: ['expected date of your first SOC 2 Type 2'],
  },
  {
    name: 'period ended more than 3 months ago with a bridge letter: offers it from the day after',
    request: ask('soc2', 'type2'),
    profile: profile((p) => {
      p.soc2 = { held: true, type: 'type2', periodStart: ago(11), periodEnd: ago(5) };
      p.bridgeLetterAvailable = true;
    }),
    says: ['bridge letter', formatDate(ago(5, -1)), 'to today'],
    attach: 'SOC 2 Type 2 report, Bridge letter',
  },
  {
    name: 'period ended more than 3 months ago without a bridge letter: advises getting one',
    request: ask('soc2', 'type2'),
    profile: profile((p) => {
      p.soc2 = { held: true, type: 'type2', periodStart: ago(11), periodEnd: ago(5) };
    }),
    says: ['Yes', formatDate(ago(5))],
    never: ['bridge letter'],
    advises: ['5 months ago', 'bridge letter'],
  },
  {
    name: 'period ended less than 3 months ago: no bridge letter needed',
    request: ask('soc2', 'type2'),
    profile: profile((p) => {
      p.soc2 = { held: true, type: 'type2', periodStart: ago(8), periodEnd: ago(2, 20) };
      p.bridgeLetterAvailable = true;
    }),
    says: ['Yes'],
    never: ['bridge letter'],
  },
  {
    name: 'a report older than 12 months is flagged with a warning and the next date',
    request: ask('soc2', 'type2'),
    profile: profile((p) => {
      p.soc2 = {
        held: true,
        type: 'type2',
        periodStart: ago(26),
        periodEnd: ago(14),
        nextReportDate: ahead(2),
      };
    }),
    says: ['Yes', formatDate(ago(14)), 'next report is expected by', formatDate(ahead(2))],
    advises: ['Warning', 'more than 12 months old'],
  },
  {
    name: 'ISO 27001 asked and only SOC 2 held: not certified, SOC 2 offered in its place',
    request: ask('iso27001'),
    profile: recentSoc2,
    says: ['not certified to ISO/IEC 27001', 'SOC 2 Type 2', 'in place of'],
    attach: 'SOC 2 Type 2 report',
    advises: ['different'],
  },
  {
    name: 'SOC 2 asked and only ISO 27001 held: no SOC 2, ISO 27001 offered with its expiry',
    request: ask('soc2', 'type2'),
    profile: profile((p) => {
      p.iso27001 = { held: true, expiry: ahead(20) };
    }),
    says: ['does not have a SOC 2', 'ISO/IEC 27001', formatDate(ahead(20)), 'in place of SOC 2'],
    attach: 'ISO/IEC 27001 certificate',
  },
  {
    name: 'ISO 27001 asked and held: certified, valid until its expiry',
    request: ask('iso27001'),
    profile: profile((p) => {
      p.iso27001 = { held: true, expiry: ahead(20), certificationBody: 'BSI' };
    }),
    says: ['Yes', 'certified to ISO/IEC 27001', 'BSI', formatDate(ahead(20))],
  },
  {
    name: 'ISO 27001 asked with an expired certificate: says it expired',
    request: ask('iso27001'),
    profile: profile((p) => {
      p.iso27001 = { held: true, expiry: ago(1) };
    }),
    says: ['expired on', formatDate(ago(1))],
    never: ['Yes.'],
    advises: ['expired'],
  },
  {
    name: 'nothing held: honest answer and the Type 1 first, then Type 2 advice',
    request: ask('soc2', 'type2'),
    profile: profile(() => {}),
    says: ['does not yet have a SOC 2 Type 2 report'],
    never: ['Yes.'],
    advises: ['Type 1 fast', 'then a Type 2'],
  },
  {
    name: 'nothing held but a first report planned: names the expected date',
    request: ask('soc2'),
    profile: profile((p) => {
      p.soc2.nextReportDate = ahead(3);
    }),
    says: ['does not yet have', formatDate(ahead(3))],
  },
  {
    name: 'Type 1 held and the type left open: answers with the Type 1 and names the Type 2 date',
    request: ask('soc2'),
    profile: profile((p) => {
      p.soc2 = { held: true, type: 'type1', asOf: ago(1), nextReportDate: ahead(6) };
    }),
    says: ['Yes', 'SOC 2 Type 1', formatDate(ago(1)), 'first SOC 2 Type 2', formatDate(ahead(6))],
    advises: ['Type 2'],
  },
  {
    name: 'a report older than 12 months without a bridge letter: warns, and does not suggest one',
    request: ask('soc2', 'type2'),
    profile: profile((p) => {
      p.soc2 = { held: true, type: 'type2', periodStart: ago(26), periodEnd: ago(14) };
    }),
    says: ['Yes'],
    advises: ['more than 12 months old', 'Schedule the next examination'],
    adviceNever: ['sign a bridge letter'],
  },
  {
    name: 'nothing held, SOC 1 asked by a financial-reporting service: SOC 1 Type 1 first, then Type 2',
    request: ask('soc1'),
    profile: profile((p) => {
      p.touchesFinancialReporting = true;
      p.soc1.nextReportDate = ahead(7);
    }),
    says: ['does not currently have a SOC 1', formatDate(ahead(7))],
    never: ['SOC 2'],
    advises: ['SOC 1 Type 1 fast', 'one CPA firm'],
  },
  {
    name: 'nothing held, SOC 3 asked: no SOC 3, nor the SOC 2 behind it',
    request: ask('soc3'),
    profile: profile(() => {}),
    says: ['does not yet have a SOC 3', 'SOC 2'],
    advises: ['Type 1 fast'],
  },
  {
    name: 'a held report whose period ends in the future is flagged as a likely typo',
    request: ask('soc2', 'type2'),
    profile: profile((p) => {
      p.soc2 = { held: true, type: 'type2', periodStart: ago(6), periodEnd: ahead(6) };
    }),
    says: ['Yes'],
    advises: ['in the future', formatDate(ahead(6))],
  },
  {
    name: 'SOC 3 asked and held: public, share freely, download link',
    request: ask('soc3'),
    profile: profile((p) => {
      p.soc3 = { held: true, type: 'type2', periodStart: RECENT_START, periodEnd: RECENT_END };
    }),
    says: ['SOC 3', 'general-use', 'free to share', 'download', 'https://trust.acme.example'],
    never: ['NDA'],
    advises: ['freely'],
  },
  {
    name: 'SOC 3 asked, only SOC 2 held: no SOC 3, SOC 2 offered under NDA',
    request: ask('soc3'),
    profile: recentSoc2,
    says: ['does not publish a SOC 3', 'SOC 2 Type 2', 'under NDA'],
  },
  {
    name: 'bridge letter asked and available: covers from the day after the SOC 2 period',
    request: ask('bridge-letter'),
    profile: profile((p) => {
      p.soc2 = { held: true, type: 'type2', periodStart: ago(10), periodEnd: ago(4) };
      p.bridgeLetterAvailable = true;
    }),
    says: ['Yes', 'bridge letter', formatDate(ago(4, -1)), 'to today'],
    attach: 'Bridge letter, SOC 2 Type 2 report',
  },
  {
    name: 'bridge letter asked, none available: says so and names the period end',
    request: ask('bridge-letter'),
    profile: profile((p) => {
      p.soc2 = { held: true, type: 'type2', periodStart: ago(10), periodEnd: ago(4) };
    }),
    says: ['does not have a bridge letter', formatDate(ago(4))],
    advises: ['bridge letter'],
  },
  {
    name: 'no profile: a generic SOC 2 answer with the advice of docs/design.md and a pointer to the profile',
    request: ask('soc2', 'type2'),
    says: ['SOC 2 Type 2', '[period start]', 'under NDA'],
    advises: [
      'Type 1 fast',
      'bridge letter',
      'ISO/IEC 27001',
      'options page',
      'security or procurement team',
    ],
  },
  {
    name: 'no profile, SOC 1 asked: explains when SOC 1 applies and offers SOC 2',
    request: ask('soc1'),
    says: ['not applicable', 'financial reporting', 'SOC 2'],
    advises: ['payroll', 'one CPA firm'],
  },
  {
    name: 'no profile, SOC 3 asked: public, share freely',
    request: ask('soc3'),
    says: ['general-use', 'share'],
    advises: ['freely'],
  },
  {
    name: 'no profile, ISO 27001 asked: generic certificate answer',
    request: ask('iso27001'),
    says: ['ISO/IEC 27001', '[expiry date]'],
    advises: ['accept either'],
  },
  {
    name: 'an empty saved profile is treated as no profile',
    request: ask('soc2'),
    profile: emptyProfile(),
    says: ['[period start]'],
    advises: ['options page'],
  },
  {
    name: 'own wording replaces ours, with placeholders filled',
    request: ask('soc2', 'type2'),
    profile: profile((p) => {
      p.soc2 = recentSoc2.soc2;
      p.wording.soc2 =
        'Absolutely: {company} holds a {report} for {period}, by {auditor}. {access}';
    }),
    says: [
      `Absolutely: Acme holds a SOC 2 Type 2 for ${formatDate(RECENT_START)} to ${formatDate(RECENT_END)}, by Prescient Assurance.`,
      'https://trust.acme.example',
    ],
    never: ['{', 'Yes.'],
  },
];

describe('answerFor', () => {
  test.each(cases)(
    '$name',
    ({ request, profile: p, says, never = [], advises = [], adviceNever = [], attach }) => {
      const answer = answerFor(request, p, TODAY);
      const text = answer.text.toLowerCase();
      for (const phrase of says)
        expect(text, `text should say "${phrase}"`).toContain(phrase.toLowerCase());
      for (const phrase of never)
        expect(text, `text should not say "${phrase}"`).not.toContain(phrase.toLowerCase());
      const advice = answer.advice.map(sayInEnglish).join(' ').toLowerCase();
      for (const phrase of advises)
        expect(advice, `advice should say "${phrase}"`).toContain(phrase.toLowerCase());
      for (const phrase of adviceNever) {
        expect(advice, `advice should not say "${phrase}"`).not.toContain(phrase.toLowerCase());
      }
      if (attach !== undefined) expect(answer.attach).toBe(attach);
    },
  );

  test('every report, with or without a profile, gives a non-empty sentence and never throws', () => {
    const profiles = [
      undefined,
      emptyProfile(),
      recentSoc2,
      ...cases.flatMap((c) => (c.profile ? [c.profile] : [])),
    ];
    for (const p of profiles) {
      for (const report of ['soc1', 'soc2', 'soc3', 'iso27001', 'bridge-letter'] as const) {
        for (const type of ['type1', 'type2', null] as const) {
          const answer = answerFor(ask(report, type), p, TODAY);
          expect(answer.text.trim().length).toBeGreaterThan(20);
          expect(answer.text).not.toMatch(/undefined|NaN|\s\.|\.\./);
          expect(Array.isArray(answer.advice)).toBe(true);
        }
      }
    }
  });

  test('the same profile answers differently as time passes: fresh today, bridge letter later', () => {
    const p = profile((q) => {
      q.soc2 = { held: true, type: 'type2', periodStart: '2026-01-01', periodEnd: '2026-06-30' };
      q.bridgeLetterAvailable = true;
    });
    expect(answerFor(ask('soc2'), p, new Date('2026-08-15T00:00:00Z')).text).not.toMatch(/bridge/i);
    expect(answerFor(ask('soc2'), p, new Date('2026-11-15T00:00:00Z')).text).toMatch(
      /bridge letter/i,
    );
    const stale = answerFor(ask('soc2'), p, new Date('2027-08-15T00:00:00Z'));
    expect(stale.advice.map(sayInEnglish).join(' ')).toMatch(/more than 12 months/);
  });
});

const date = fc
  .date({ min: new Date('2015-01-01'), max: new Date('2035-12-31'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const soc = fc.record(
  {
    held: fc.boolean(),
    type: fc.constantFrom('type1' as const, 'type2' as const, null),
    periodStart: date,
    periodEnd: date,
    asOf: date,
    auditor: fc.string(),
    nextReportDate: date,
  },
  { requiredKeys: ['held', 'type'] },
);
const anyProfile: fc.Arbitrary<Profile> = fc.record({
  version: fc.constant(2 as const),
  company: fc.string(),
  soc1: soc,
  soc2: soc,
  soc3: soc,
  iso27001: fc.record({ held: fc.boolean(), expiry: date }, { requiredKeys: ['held'] }),
  bridgeLetterAvailable: fc.boolean(),
  touchesFinancialReporting: fc.constantFrom(true, false, null),
  access: fc.record(
    {
      trustCenterUrl: fc.constant('https://t.example'),
      email: fc.constant('a@b.example'),
      ndaProcess: fc.string(),
    },
    { requiredKeys: [] },
  ),
  wording: fc.record({ soc2: fc.string() }, { requiredKeys: [] }),
});

describe('answerFor on any profile', () => {
  test('never throws, always says something, and names no impossible date', () => {
    fc.assert(
      fc.property(
        anyProfile,
        fc.constantFrom<ReportId>('soc1', 'soc2', 'soc3', 'iso27001', 'bridge-letter'),
        fc.constantFrom<ReportType | null>('type1', 'type2', null),
        fc.date({ min: new Date('2015-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        (p, report, type, today) => {
          const answer = answerFor(ask(report, type), p, today);
          if (!p.wording.soc2 || report !== 'soc2') {
            expect(answer.text.trim()).not.toBe('');
            expect(answer.text).not.toMatch(/undefined|NaN|Invalid Date/);
          }
          const advice = answer.advice.map(sayInEnglish);
          expect(advice.every((line) => !/undefined|NaN|Invalid Date/.test(line))).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('date helpers', () => {
  test.each([
    ['2025-07-01', '1 July 2025'],
    ['2026-12-31', '31 December 2026'],
  ])('%s is written %s', (iso, words) => {
    expect(formatDate(iso)).toBe(words);
  });

  test.each([
    ['2026-06-30', '2026-09-30', 3],
    ['2026-06-30', '2026-09-29', 2],
    ['2025-11-26', '2026-11-26', 12],
    ['2026-01-31', '2026-02-28', 0],
  ])('from %s to %s is %i whole months', (from, to, months) => {
    expect(monthsBetween(new Date(from), new Date(to))).toBe(months);
  });
});

describe('one date formatter', () => {
  test('writes a date the same whether given as YYYY-MM-DD or as a day', () => {
    expect(formatDate(new Date(Date.UTC(2025, 6, 1)))).toBe('1 July 2025');
    expect(formatDate(toDate('2026-02-28'))).toBe(formatDate('2026-02-28'));
  });

  test('writes nothing for a missing or malformed date', () => {
    expect(formatDate(undefined)).toBe('');
    expect(formatDate('30/06/2026')).toBe('');
  });

  test('the day after the last day of a month is the first of the next', () => {
    expect(formatDate(dayAfter(new Date(Date.UTC(2026, 1, 28))))).toBe('1 March 2026');
    expect(formatDate(dayAfter(new Date(Date.UTC(2025, 11, 31))))).toBe('1 January 2026');
  });
});
