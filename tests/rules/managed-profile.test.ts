import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  managedFieldPaths,
  mergeProfiles,
  ownPartOf,
  parseManagedProfile,
  type ManagedProfile,
} from '../../lib/rules/managed-profile';
import { LANGUAGES } from '../../lib/rules/language';
import { ownWordingText } from '../../lib/rules/own-wording';
import { emptyProfile, parseProfile, type Profile } from '../../lib/rules/profile';
import { REPORT_IDS } from '../../lib/rules/reports';
import { managedArb, profileArb } from '../fixtures/profile-arbitrary';

const own: Profile = {
  ...emptyProfile(),
  company: 'Own Co',
  soc2: { held: true, type: 'type1', asOf: '2025-03-01', auditor: 'Own Audit LLP' },
  touchesFinancialReporting: false,
  access: { email: 'me@own.example', ndaProcess: 'Ask me' },
  wording: { soc1: 'Our own SOC 1 line' },
};

function parsed(value: unknown): ManagedProfile {
  const result = parseManagedProfile(value);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.managed;
}

describe('parseManagedProfile', () => {
  test('a partial profile sets only the fields it holds', () => {
    expect(
      parsed({ company: 'Policy Co', access: { trustCenterUrl: 'https://t.example' } }),
    ).toEqual({ company: 'Policy Co', access: { trustCenterUrl: 'https://t.example' } });
  });

  test('a complete export file sets every field', () => {
    const managed = parsed(own);
    expect(mergeProfiles(emptyProfile(), managed)).toEqual(own);
    expect(managedFieldPaths(managed)).toContain('soc3.nextReportDate');
  });

  test('a report without "type" means "not set" (how a Chrome policy says null)', () => {
    expect(parsed({ soc1: { held: false } })).toEqual({ soc1: { held: false, type: null } });
  });

  test('a version 1 file is migrated and sets every field', () => {
    const managed = parsed({
      version: 1,
      companyName: 'Old Co',
      soc1: false,
      soc1Type: null,
      soc1PeriodStart: '',
      soc1PeriodEnd: '',
      soc2: true,
      soc2Type: 'type2',
      soc2PeriodStart: '2025-01-01',
      soc2PeriodEnd: '2025-12-31',
      soc3: false,
      auditor: 'Audit LLP',
      iso27001: false,
      isoExpiry: '',
      bridgeLetter: false,
      financialReporting: true,
      trustCenterUrl: '',
      contactEmail: '',
    });
    expect(managed.company).toBe('Old Co');
    expect(managed.soc2).toEqual({
      held: true,
      type: 'type2',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      auditor: 'Audit LLP',
    });
  });

  test.each([
    [
      'a wrong date',
      { soc2: { held: true, type: 'type2', periodEnd: 'June 2026' } },
      'soc2.periodEnd',
    ],
    [
      'a period that ends before it starts',
      { soc2: { held: true, type: 'type2', periodStart: '2026-01-01', periodEnd: '2025-01-01' } },
      'soc2.periodEnd',
    ],
    ['a report without "held"', { soc3: { type: 'type2' } }, 'soc3.held'],
    ['an unknown report type', { soc1: { held: true, type: 'type3' } }, 'soc1.type'],
    [
      'a javascript: trust centre',
      { access: { trustCenterUrl: 'javascript:alert(1)' } },
      'access.trustCenterUrl',
    ],
    ['a bad email', { access: { email: 'not an address' } }, 'access.email'],
    ['a typo in a field name', { compnay: 'Typo Co' }, 'compnay'],
    ['an unknown wording key', { wording: { soc4: 'x' } }, 'wording.soc4'],
    ['a text for a true/false', { bridgeLetterAvailable: 'yes' }, 'bridgeLetterAvailable'],
    ['a newer version', { version: 3, company: 'Future Co' }, 'version'],
    ['a null version', { version: null, company: 'Null Co' }, 'version'],
    ['a list for access', { access: [] }, 'access'],
  ])('refuses %s, naming the field', (_name, value, path) => {
    const result = parseManagedProfile(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((error) => error.path)).toContain(path);
  });

  test.each([null, 'a text', 42, [], true])('refuses %j as a whole', (value) => {
    const result = parseManagedProfile(value);
    expect(result).toEqual({ ok: false, errors: [expect.objectContaining({ path: '' })] });
  });

  test('never throws and only accepts what merges into a valid profile (fuzzed)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.anything(),
          // Valid policies with one field replaced by noise: near misses are the likely mistakes.
          fc
            .tuple(managedArb, fc.string({ maxLength: 12 }), fc.jsonValue())
            .map(([managed, key, noise]) => ({ ...managed, [key]: noise })),
        ),
        profileArb,
        (value, user) => {
          const result = parseManagedProfile(value);
          if (result.ok) expect(parseProfile(mergeProfiles(user, result.managed)).ok).toBe(true);
          else expect(result.errors.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('mergeProfiles', () => {
  test('the policy wins where both set a field; the rest stays the user’s', () => {
    const merged = mergeProfiles(
      own,
      parsed({
        company: 'Policy Co',
        soc2: { held: true, type: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30' },
        access: { trustCenterUrl: 'https://trust.policy.example', email: 'sec@policy.example' },
        wording: { soc2: 'Policy SOC 2 line' },
      }),
    );
    expect(merged).toEqual({
      ...own,
      company: 'Policy Co',
      // Taken whole: the user's Type 1 date and auditor do not leak into the policy's report.
      soc2: { held: true, type: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30' },
      access: {
        trustCenterUrl: 'https://trust.policy.example',
        email: 'sec@policy.example',
        ndaProcess: 'Ask me',
      },
      wording: { soc1: 'Our own SOC 1 line', soc2: 'Policy SOC 2 line' },
    });
  });

  test('with no profile of the user’s, the policy fills an empty one', () => {
    expect(mergeProfiles(undefined, parsed({ company: 'Policy Co' }))).toEqual({
      ...emptyProfile(),
      company: 'Policy Co',
    });
  });

  test('merged profiles are valid; policy fields are the policy’s, others the user’s (fuzzed)', () => {
    fc.assert(
      fc.property(profileArb, managedArb, (user, managed) => {
        const merged = mergeProfiles(user, managed);
        expect(parseProfile(merged)).toEqual({ ok: true, profile: merged });
        const locked = managedFieldPaths(managed);
        for (const [key, value] of Object.entries(merged)) {
          if (key === 'access') {
            for (const [field, v] of Object.entries(value as Record<string, unknown>)) {
              const from = locked.has(`${key}.${field}`) ? managed[key] : user[key];
              expect(v).toBe((from as Record<string, unknown>)[field]);
            }
          } else if (key === 'wording') {
            // A report's wording is the policy's in every language when the policy sets it.
            for (const language of LANGUAGES) {
              for (const report of REPORT_IDS) {
                const from = locked.has(`wording.${report}`)
                  ? (managed.wording ?? {})
                  : user.wording;
                expect(ownWordingText(merged.wording, report, language)).toBe(
                  ownWordingText(from, report, language),
                );
              }
            }
          } else if (key !== 'version') {
            const isLocked = [...locked].some((path) => path === key || path.startsWith(`${key}.`));
            expect(value).toEqual(
              isLocked ? managed[key as keyof ManagedProfile] : user[key as keyof Profile],
            );
          }
        }
      }),
    );
  });

  test('the user’s own part comes back whole from the merged view (fuzzed)', () => {
    fc.assert(
      fc.property(profileArb, managedArb, (user, managed) => {
        expect(ownPartOf(mergeProfiles(user, managed), user, managed)).toEqual(user);
      }),
    );
  });

  test('an edit of a field the policy leaves out is kept; policy fields keep the user’s values', () => {
    const managed = parsed({ company: 'Policy Co', access: { email: 'sec@policy.example' } });
    const edited = { ...mergeProfiles(own, managed), bridgeLetterAvailable: true };
    expect(ownPartOf(edited, own, managed)).toEqual({ ...own, bridgeLetterAvailable: true });
  });
});

describe('managedFieldPaths', () => {
  test('names each form field the policy sets, reports whole and access/wording by field', () => {
    const paths = managedFieldPaths(
      parsed({
        touchesFinancialReporting: true,
        iso27001: { held: true },
        wording: { 'bridge-letter': 'x' },
      }),
    );
    expect([...paths].sort()).toEqual([
      'iso27001.certificationBody',
      'iso27001.expiry',
      'iso27001.held',
      'touchesFinancialReporting',
      'wording.bridge-letter',
    ]);
  });
});
