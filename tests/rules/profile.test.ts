import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  emptyProfile,
  migrateProfile,
  migrateV1ToV2,
  parseProfile,
  parseProfileJson,
  PROFILE_VERSION,
  serializeProfile,
  type Profile,
  type ProfileV1,
} from '../../lib/rules/profile';

const fullV1: ProfileV1 = {
  version: 1,
  companyName: 'Acme Payroll',
  soc1: true,
  soc1Type: 'type2',
  soc1PeriodStart: '2025-01-01',
  soc1PeriodEnd: '2025-12-31',
  soc2: true,
  soc2Type: 'type1',
  soc2PeriodStart: '',
  soc2PeriodEnd: '2026-03-15',
  soc3: true,
  auditor: 'Prescient Assurance',
  iso27001: true,
  isoExpiry: '2027-05-01',
  bridgeLetter: true,
  financialReporting: true,
  trustCenterUrl: 'https://trust.acme.example',
  contactEmail: 'security@acme.example',
};

const fullV2: Profile = {
  version: 2,
  company: 'Acme',
  soc1: {
    held: true,
    type: 'type2',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    auditor: 'A-LIGN',
    nextReportDate: '2026-12-31',
  },
  soc2: { held: true, type: 'type1', asOf: '2026-03-15', nextReportDate: '2027-01-31' },
  soc3: { held: false, type: null },
  iso27001: { held: true, expiry: '2027-05-01', certificationBody: 'BSI' },
  bridgeLetterAvailable: true,
  touchesFinancialReporting: false,
  access: {
    trustCenterUrl: 'https://trust.acme.example',
    email: 'security@acme.example',
    ndaProcess: 'Click-through NDA in the trust centre',
  },
  wording: { soc2: 'Yes: {company} holds a {report}.', iso27001: 'Certified.' },
};

/** Where each v1 field lives in v2: the migration must keep every one of them. */
const V1_TO_V2: Record<Exclude<keyof ProfileV1, 'version'>, (p: Profile) => unknown> = {
  companyName: (p) => p.company,
  soc1: (p) => p.soc1.held,
  soc1Type: (p) => p.soc1.type,
  soc1PeriodStart: (p) => p.soc1.periodStart,
  soc1PeriodEnd: (p) => p.soc1.periodEnd,
  soc2: (p) => p.soc2.held,
  soc2Type: (p) => p.soc2.type,
  soc2PeriodStart: (p) => p.soc2.periodStart ?? '',
  // v1 kept a Type 1 "as of" date in the period end.
  soc2PeriodEnd: (p) => p.soc2.asOf,
  soc3: (p) => p.soc3.held,
  auditor: (p) => p.soc1.auditor,
  iso27001: (p) => p.iso27001.held,
  isoExpiry: (p) => p.iso27001.expiry,
  bridgeLetter: (p) => p.bridgeLetterAvailable,
  financialReporting: (p) => p.touchesFinancialReporting,
  trustCenterUrl: (p) => p.access.trustCenterUrl,
  contactEmail: (p) => p.access.email,
};

describe('migrations from every earlier version keep every field', () => {
  test.each(Object.entries(V1_TO_V2))('v1 %s is kept in v2', (field, read) => {
    const migrated = migrateV1ToV2(fullV1);
    expect(read(migrated)).toEqual(fullV1[field as keyof ProfileV1]);
  });

  test('the migrated profile is a valid current profile', () => {
    const result = parseProfile(migrateV1ToV2(fullV1));
    expect(result).toEqual({ ok: true, profile: migrateV1ToV2(fullV1) });
  });

  test('a v1 file is migrated on import', () => {
    const result = parseProfile(fullV1);
    expect(result.ok && result.profile.version).toBe(PROFILE_VERSION);
    expect(result.ok && result.profile.soc3).toMatchObject({
      held: true,
      auditor: 'Prescient Assurance',
    });
  });

  test('a stored v1 value without its version field is still recognised', () => {
    const { version: _version, ...stored } = fullV1;
    expect(migrateProfile(stored)).toEqual(migrateV1ToV2(fullV1));
  });

  test('an auditor with no report held in v1 is not lost', () => {
    const v1: ProfileV1 = { ...fullV1, soc1: false, soc2: false, soc3: false };
    expect(JSON.stringify(migrateV1ToV2(v1))).toContain('Prescient Assurance');
  });

  const v1Arb = fc.record({
    version: fc.constant(1 as const),
    companyName: fc.string(),
    soc1: fc.boolean(),
    soc1Type: fc.constantFrom('type1' as const, 'type2' as const, null),
    soc1PeriodStart: fc.constantFrom('', '2025-01-01'),
    soc1PeriodEnd: fc.constantFrom('', '2025-12-31'),
    soc2: fc.boolean(),
    soc2Type: fc.constantFrom('type1' as const, 'type2' as const, null),
    soc2PeriodStart: fc.constantFrom('', '2025-02-01'),
    soc2PeriodEnd: fc.constantFrom('', '2026-01-31'),
    soc3: fc.boolean(),
    auditor: fc.constantFrom('', 'Audit LLP'),
    iso27001: fc.boolean(),
    isoExpiry: fc.constantFrom('', '2027-05-01'),
    bridgeLetter: fc.boolean(),
    financialReporting: fc.boolean(),
    trustCenterUrl: fc.constantFrom('', 'https://trust.example'),
    contactEmail: fc.constantFrom('', 'sec@example.com'),
  });

  test('any v1 value migrates to a valid profile that still holds each non-empty v1 value', () => {
    fc.assert(
      fc.property(v1Arb, (v1) => {
        const result = parseProfile(v1);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const json = JSON.stringify(result.profile);
        for (const value of Object.values(v1)) {
          if (typeof value === 'string' && value.trim() !== '') {
            expect(json).toContain(JSON.stringify(value).slice(1, -1));
          }
        }
        expect(result.profile.soc1.held).toBe(v1.soc1);
        expect(result.profile.soc2.held).toBe(v1.soc2);
        expect(result.profile.soc3.held).toBe(v1.soc3);
        expect(result.profile.iso27001.held).toBe(v1.iso27001);
        expect(result.profile.bridgeLetterAvailable).toBe(v1.bridgeLetter);
        expect(result.profile.touchesFinancialReporting).toBe(v1.financialReporting);
      }),
    );
  });
});

describe('parseProfile accepts', () => {
  test.each([
    ['the empty profile', emptyProfile()],
    ['a full current profile', fullV2],
  ])('%s', (_name, value) => {
    expect(parseProfile(JSON.parse(JSON.stringify(value)))).toEqual({ ok: true, profile: value });
  });

  test('export then import gives the same profile (round trip)', () => {
    expect(parseProfileJson(serializeProfile(fullV2))).toEqual({ ok: true, profile: fullV2 });
  });
});

function withField(path: string, value: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(fullV2)) as Record<string, unknown>;
  const keys = path.split('.');
  let target = copy;
  for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
  const last = keys.at(-1)!;
  if (value === undefined) delete target[last];
  else target[last] = value;
  return copy;
}

describe('parseProfile refuses, naming the field and why', () => {
  test.each([
    ['a missing company', 'company', undefined, 'company', /text/],
    ['a number as company', 'company', 42, 'company', /text.*number 42/],
    ['a held flag given as a string', 'soc2.held', 'yes', 'soc2.held', /true or false.*"yes"/],
    ['an unknown SOC type', 'soc1.type', 'type3', 'soc1.type', /"type1", "type2" or null/],
    ['an impossible date', 'soc2.asOf', '2026-02-30', 'soc2.asOf', /YYYY-MM-DD/],
    ['a date in another format', 'soc1.periodEnd', '12/31/2025', 'soc1.periodEnd', /YYYY-MM-DD/],
    [
      'a period that ends before it starts',
      'soc1.periodEnd',
      '2024-12-31',
      'soc1.periodEnd',
      /before/,
    ],
    [
      'a javascript: trust-centre link',
      'access.trustCenterUrl',
      'javascript:alert(1)',
      'access.trustCenterUrl',
      /https/,
    ],
    ['a malformed email', 'access.email', 'security at acme', 'access.email', /email/],
    ['an unknown field (a typo)', 'soc2.perodEnd', '2026-01-01', 'soc2.perodEnd', /not a field/],
    ['wording for an unknown report', 'wording.soc4', 'x', 'wording.soc4', /not a field/],
    ['a list instead of the ISO object', 'iso27001', [], 'iso27001', /object.*list/],
    [
      'a financial-reporting answer as text',
      'touchesFinancialReporting',
      'no',
      'touchesFinancialReporting',
      /true, false or null/,
    ],
    ['a newer version', 'version', 3, 'version', /newer version/],
    ['a missing version', 'version', undefined, 'version', /must be 2/],
  ])('%s', (_name, path, value, errorPath, why) => {
    const result = parseProfile(withField(path, value));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const error = result.errors.find((e) => e.path === errorPath);
    expect(error, JSON.stringify(result.errors)).toBeDefined();
    expect(error!.message).toMatch(why);
  });

  test.each([
    ['null', null],
    ['a list', []],
    ['a string', '{"version":2}'],
    ['a number', 2],
  ])('%s as a whole profile', (_name, value) => {
    const result = parseProfile(value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]!.path).toBe('');
  });

  test('broken JSON text says it is not JSON', () => {
    const result = parseProfileJson(serializeProfile(fullV2).slice(0, 40));
    expect(!result.ok && result.errors[0]!.message).toMatch(/not valid JSON/);
  });

  test('every error of a bad file is listed, not only the first', () => {
    const bad = withField('soc1.held', 'x') as Record<string, unknown>;
    bad.company = 1;
    const result = parseProfile(bad);
    expect(!result.ok && result.errors.map((e) => e.path).sort()).toEqual(['company', 'soc1.held']);
  });
});

describe('parseProfile is total', () => {
  test('never throws on any JSON value, and accepts only what it returns unchanged', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseProfile(value);
        if (result.ok) expect(parseProfile(result.profile)).toEqual(result);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
    );
  });

  test('never throws on truncated or mutated profile JSON', () => {
    const text = serializeProfile(fullV2);
    fc.assert(
      fc.property(fc.nat(text.length), fc.string({ maxLength: 3 }), (cut, noise) => {
        const result = parseProfileJson(text.slice(0, cut) + noise);
        expect(typeof result.ok).toBe('boolean');
      }),
    );
  });
});
