/**
 * Answers in every language: the same keys in every language file, dates in each language's
 * format, and for every language × report asked × report held or not, a real answer that names
 * the company and the period's dates in that language.
 */
import { describe, expect, test } from 'vitest';
import { ANSWER_PHRASES, answerIn } from '../../lib/rules/answer-languages';
import { formatDateIn } from '../../lib/rules/dates';
import { answerFor } from '../../lib/rules/answers';
import { detectLanguage, LANGUAGES, type Language } from '../../lib/rules/language';
import { emptyProfile, type Profile } from '../../lib/rules/profile';
import { REPORT_IDS } from '../../lib/rules/reports';
import type { ReportId, ReportType } from '../../lib/rules/types';

const TODAY = new Date('2026-11-26T12:00:00Z');
const FOREIGN = LANGUAGES.filter((language) => language !== 'en');

describe('formatDateIn', () => {
  const cases: [Language, string, string][] = [
    ['en', '1 July 2025', '30 June 2026'],
    ['de', '1. Juli 2025', '30. Juni 2026'],
    ['fr', '1er juillet 2025', '30 juin 2026'],
    ['es', '1 de julio de 2025', '30 de junio de 2026'],
    ['pt', '1 de julho de 2025', '30 de junho de 2026'],
    ['nl', '1 juli 2025', '30 juni 2026'],
    ['it', '1 luglio 2025', '30 giugno 2026'],
    ['ja', '2025年7月1日', '2026年6月30日'],
  ];
  test.each(cases)('%s: %s, %s', (language, first, last) => {
    expect(formatDateIn(language, '2025-07-01')).toBe(first);
    expect(formatDateIn(language, new Date(Date.UTC(2026, 5, 30)))).toBe(last);
  });

  test('every month has its own name in every language', () => {
    for (const language of LANGUAGES) {
      const months = Array.from({ length: 12 }, (_, m) =>
        formatDateIn(language, new Date(Date.UTC(2025, m, 15))),
      );
      expect(new Set(months).size, language).toBe(12);
    }
  });

  test('absent or malformed dates give an empty string', () => {
    for (const language of LANGUAGES) {
      expect(formatDateIn(language, undefined)).toBe('');
      expect(formatDateIn(language, '30/06/2026')).toBe('');
    }
  });
});

/** The keys of a phrase table, nested objects included ("nothing.soc1"). */
function keysOf(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, inner]) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? keysOf(inner as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('structure', () => {
  test('every language has the same keys as English, with the same kinds of value', () => {
    const english = keysOf(ANSWER_PHRASES.en).sort();
    expect(english.length).toBeGreaterThan(40);
    for (const language of LANGUAGES) {
      const phrases = ANSWER_PHRASES[language];
      expect(keysOf(phrases).sort(), language).toEqual(english);
      for (const key of english) {
        const get = (table: object) =>
          key
            .split('.')
            .reduce<unknown>((at, part) => (at as Record<string, unknown>)[part], table);
        expect(typeof get(phrases), `${language} ${key}`).toBe(typeof get(ANSWER_PHRASES.en));
      }
    }
  });

  test('no language is a copy of English', () => {
    for (const language of FOREIGN) {
      expect(ANSWER_PHRASES[language].meantime).not.toBe(ANSWER_PHRASES.en.meantime);
      expect(ANSWER_PHRASES[language].generic.soc3('SOC 3').text).not.toBe(
        ANSWER_PHRASES.en.generic.soc3('SOC 3').text,
      );
    }
  });
});

const COMPANY = 'Northwind Labs';

function profile(change: (p: Profile) => void): Profile {
  const p = emptyProfile();
  p.company = COMPANY;
  p.access = {
    trustCenterUrl: 'https://trust.northwind.example',
    email: 'security@northwind.example',
  };
  change(p);
  return p;
}

/** A held report of each kind, with dates: the period start is the date the answer must show. */
const HELD: Record<ReportId, { profile: Profile; date: string }> = {
  soc2: {
    profile: profile((p) => {
      p.soc2 = {
        held: true,
        type: 'type2',
        periodStart: '2025-10-01',
        periodEnd: '2026-09-30',
        auditor: 'Prescient Assurance',
      };
    }),
    date: '2025-10-01',
  },
  soc1: {
    profile: profile((p) => {
      p.soc1 = { held: true, type: 'type1', asOf: '2026-09-30' };
    }),
    date: '2026-09-30',
  },
  soc3: {
    profile: profile((p) => {
      p.soc3 = { held: true, type: null, periodStart: '2025-10-01', periodEnd: '2026-09-30' };
    }),
    date: '2025-10-01',
  },
  iso27001: {
    profile: profile((p) => {
      p.iso27001 = { held: true, expiry: '2027-03-31', certificationBody: 'BSI' };
    }),
    date: '2027-03-31',
  },
  'bridge-letter': {
    profile: profile((p) => {
      p.soc2 = { held: true, type: 'type2', periodStart: '2025-04-01', periodEnd: '2026-03-31' };
      p.bridgeLetterAvailable = true;
    }),
    // The bridge letter covers the day after the period end to today.
    date: '2026-04-01',
  },
};

/** Nothing held but a planned SOC 2: the planned date is the date the answer must show. */
const NOTHING = profile((p) => {
  p.soc2 = { held: false, type: null, nextReportDate: '2027-02-15' };
  p.soc1 = { held: false, type: null, nextReportDate: '2027-02-15' };
});

/** Some other report held: the answer offers it instead. */
const OTHER: Record<ReportId, Profile> = {
  soc2: profile((p) => {
    p.iso27001 = { held: true, expiry: '2027-03-31' };
  }),
  soc1: profile((p) => {
    p.soc2 = { held: true, type: 'type2', periodStart: '2025-10-01', periodEnd: '2026-09-30' };
    p.touchesFinancialReporting = false;
  }),
  soc3: HELD.soc2.profile,
  iso27001: HELD.soc2.profile,
  'bridge-letter': HELD.soc2.profile,
};

const TYPES: (ReportType | null)[] = [null, 'type1', 'type2'];

function checkText(text: string, language: Language): void {
  expect(text.trim()).not.toBe('');
  expect(text).not.toMatch(/undefined|null|\$\{|\{\w+\}|\s{2}|\s[.,;:]$/);
  expect(text).toContain(COMPANY);
  // Long enough to tell: each answer reads as its own language.
  expect(detectLanguage(text), text).toBe(language);
}

describe.each(LANGUAGES)('answers in %s', (language) => {
  test.each(REPORT_IDS)('%s held: names the company and the date in this language', (report) => {
    for (const type of TYPES) {
      const { profile: held, date } = HELD[report];
      const answer = answerIn(language, { report, type, reasons: [] }, held, TODAY);
      checkText(answer.text, language);
      expect(answer.text).toContain(formatDateIn(language, date));
      expect(answer.attach?.trim()).toBeTruthy();
    }
  });

  test.each(REPORT_IDS)(
    '%s not held: says so, names the company and the planned date',
    (report) => {
      for (const type of TYPES) {
        const answer = answerIn(language, { report, type, reasons: [] }, NOTHING, TODAY);
        checkText(answer.text, language);
        expect(answer.text).toContain(formatDateIn(language, '2027-02-15'));
        const instead = answerIn(language, { report, type, reasons: [] }, OTHER[report], TODAY);
        checkText(instead.text, language);
        // No bridge letter: nothing to attach; the answer names the report's period instead.
        if (report === 'bridge-letter') expect(instead.attach).toBeUndefined();
        else expect(instead.attach?.trim()).toBeTruthy();
      }
    },
  );

  test.each(REPORT_IDS)('%s without a profile: the generic answer in this language', (report) => {
    const answer = answerIn(language, { report, type: 'type2', reasons: [] }, undefined, TODAY);
    expect(answer.text.trim()).not.toBe('');
    expect(answer.attach?.trim()).toBeTruthy();
    expect(detectLanguage(answer.text)).toBe(language);
    // The advice speaks to the user, in the extension's language: the same as in English.
    expect(answer.advice).toEqual(
      answerFor({ report, type: 'type2', reasons: [] }, undefined, TODAY).advice,
    );
  });

  test('official names stay recognisable', () => {
    const soc2 = answerIn(
      language,
      { report: 'soc2', type: 'type2', reasons: [] },
      HELD.soc2.profile,
      TODAY,
    );
    expect(soc2.text).toMatch(/SOC 2 (Type|Typ|type|Tipo) 2/);
    const iso = answerIn(
      language,
      { report: 'iso27001', type: null, reasons: [] },
      HELD.iso27001.profile,
      TODAY,
    );
    expect(iso.text).toContain('ISO/IEC 27001');
    expect(iso.text).toContain('BSI');
  });
});

describe('answers across languages', () => {
  test('a foreign answer differs from the English one and keeps its links', () => {
    const request = { report: 'soc2' as const, type: 'type2' as const, reasons: [] };
    const english = answerFor(request, HELD.soc2.profile, TODAY);
    expect(english.text).toContain('1 October 2025');
    for (const language of FOREIGN) {
      const answer = answerIn(language, request, HELD.soc2.profile, TODAY);
      expect(answer.text).not.toBe(english.text);
      expect(answer.text).not.toContain('October');
      expect(answer.text).toContain('https://trust.northwind.example');
      expect(answer.text).toContain('security@northwind.example');
      expect(answer.text).toContain('Prescient Assurance');
    }
  });

  test('the profile’s own wording (English) replaces the answer in every language', () => {
    const own = profile((p) => {
      p.soc2 = { held: true, type: 'type2', periodStart: '2025-10-01', periodEnd: '2026-09-30' };
      p.wording = { soc2: '{company} holds a {report} report for {period}.' };
    });
    const request = { report: 'soc2' as const, type: 'type2' as const, reasons: [] };
    const expected = `${COMPANY} holds a SOC 2 Type 2 report for 1 October 2025 to 30 September 2026.`;
    for (const language of LANGUAGES) {
      expect(answerIn(language, request, own, TODAY).text).toBe(expected);
    }
  });

  test('a bare date as the third argument still means today, in English', () => {
    const request = { report: 'soc2' as const, type: 'type2' as const, reasons: [] };
    expect(answerIn('en', request, HELD.soc2.profile, TODAY)).toEqual(
      answerFor(request, HELD.soc2.profile, TODAY),
    );
  });

  test('the profile’s company is optional: "our company" in the answer’s language', () => {
    const anonymous = { ...HELD.soc2.profile, company: '' };
    const request = { report: 'soc2' as const, type: 'type2' as const, reasons: [] };
    expect(answerIn('de', request, anonymous, TODAY).text).toMatch(
      /^Ja\. Unser Unternehmen verfügt über einen Bericht nach SOC 2 Typ 2/,
    );
    expect(answerIn('en', request, anonymous, TODAY).text).toMatch(
      /^Yes\. Our company's SOC 2 Type 2 report covers/,
    );
  });
});

describe('French answers', () => {
  /** Every French answer the tables above lead to: held, not held, something else, no profile. */
  function frenchAnswers(): string[] {
    return REPORT_IDS.flatMap((report) =>
      TYPES.flatMap((type) => {
        const request = { report, type, reasons: [] };
        return [HELD[report].profile, NOTHING, OTHER[report], undefined].map(
          (p) => answerIn('fr', request, p, TODAY).text,
        );
      }),
    );
  }

  test('a no-break space, never a plain one, goes before : and ; (pasted text must not wrap there)', () => {
    const answers = frenchAnswers();
    // Both signs occur, so the rule below is tested against real sentences.
    expect(answers.some((text) => text.includes('\u00a0:'))).toBe(true);
    expect(answers.some((text) => text.includes('\u00a0;'))).toBe(true);
    for (const text of answers) expect(text, text).not.toMatch(/[ \u202f][:;?!]|[^\s\u00a0/][;?!]/);
  });
});
