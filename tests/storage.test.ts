import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { emptyProfile, serializeProfile, type Profile, type ProfileV1 } from '../lib/rules';
import {
  CORRUPT_PREFIX,
  importProfileFile,
  listSetAside,
  loadProfile,
  profileFile,
  profileItem,
  readProfileFile,
  saveProfile,
} from '../lib/storage';

const acme: Profile = {
  ...emptyProfile(),
  company: 'Acme',
  soc2: { held: true, type: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30' },
  bridgeLetterAvailable: true,
  touchesFinancialReporting: false,
  access: { trustCenterUrl: 'https://trust.acme.example' },
};

/** Everything in local storage, as the browser holds it. */
async function everything(): Promise<Record<string, unknown>> {
  return fakeBrowser.storage.local.get(null);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('loadProfile', () => {
  test('nothing saved: no profile, no problem', async () => {
    expect(await loadProfile()).toEqual({});
  });

  test('a saved profile comes back as saved', async () => {
    expect(await saveProfile(acme)).toEqual({ ok: true });
    expect(await loadProfile()).toEqual({ profile: acme });
  });

  test('a stored v1 value is migrated, written back, and keeps its fields', async () => {
    const v1: ProfileV1 = {
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
      financialReporting: false,
      trustCenterUrl: '',
      contactEmail: 'sec@old.example',
    };
    await fakeBrowser.storage.local.set({ profile: v1, profile$: { v: 1 } });
    await profileItem.migrate();
    const loaded = await loadProfile();
    expect(loaded.problem).toBeUndefined();
    expect(loaded.profile).toMatchObject({
      version: 2,
      company: 'Old Co',
      soc2: { held: true, auditor: 'Audit LLP', periodEnd: '2025-12-31' },
      access: { email: 'sec@old.example' },
    });
    expect((await everything()).profile).toEqual(loaded.profile);
  });

  test('a profile stored before own wording had languages loads unchanged, nothing set aside', async () => {
    const stored = { ...acme, wording: { soc2: 'Yes: {company} holds a {report}.' } };
    await fakeBrowser.storage.local.set({ profile: structuredClone(stored), profile$: { v: 2 } });
    await profileItem.migrate();
    const loaded = await loadProfile();
    expect(loaded).toEqual({ profile: stored });
    expect(await everything()).toEqual({ profile: stored, profile$: { v: 2 } });
  });

  test('a corrupt stored value is kept aside unchanged, the caller is told, defaults apply', async () => {
    const corrupt = { ...acme, soc2: { ...acme.soc2, held: 'maybe' } };
    await fakeBrowser.storage.local.set({ profile: corrupt, other: 'keep me' });
    const loaded = await loadProfile();
    expect(loaded.profile).toBeUndefined();
    expect(loaded.problem).toMatch(/could not be read.*kept aside/);
    expect(loaded.problem).toContain('soc2.held');
    const all = await everything();
    const asideKeys = Object.keys(all).filter((k) => k.startsWith(CORRUPT_PREFIX));
    expect(asideKeys).toHaveLength(1);
    expect(all[asideKeys[0]!]).toEqual(corrupt);
    expect(`local:${asideKeys[0]}`).toBe(loaded.setAsideKey);
    expect(all.profile).toBeUndefined();
    expect(all.other).toBe('keep me');
    // The next load is clean, and the set-aside copy is listed for the options page.
    expect(await loadProfile()).toEqual({});
    expect((await listSetAside()).map((s) => s.value)).toEqual([corrupt]);
  });

  test('two corrupt values set aside in the same millisecond are both kept', async () => {
    vi.spyOn(Date, 'now').mockReturnValue(1_800_000_000_000);
    await fakeBrowser.storage.local.set({ profile: 'first' });
    await loadProfile();
    await fakeBrowser.storage.local.set({ profile: 'second' });
    await loadProfile();
    expect((await listSetAside()).map((s) => s.value).sort()).toEqual(['first', 'second']);
  });

  test('if the copy cannot be written, the corrupt value is left in place', async () => {
    await fakeBrowser.storage.local.set({ profile: { version: 2 } });
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES exceeded'));
    const loaded = await loadProfile();
    expect(loaded.problem).toMatch(/left in place/);
    expect((await everything()).profile).toEqual({ version: 2 });
  });

  test('a profile stored as JSON text is read', async () => {
    await fakeBrowser.storage.local.set({ profile: serializeProfile(acme) });
    expect(await loadProfile()).toEqual({ profile: acme });
  });

  const truncatedJson = fc
    .nat(serializeProfile(acme).length - 1)
    .map((cut) => serializeProfile(acme).slice(0, cut));

  test('fuzz: random and truncated stored values never throw, are kept aside, lose nothing else', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), truncatedJson, fc.anything()), async (value) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.local.set({
          profile: value,
          'always-scan': ['https://a.example'],
        });
        const before = await everything();
        const loaded = await loadProfile();
        const after = await everything();
        expect(after['always-scan']).toEqual(['https://a.example']);
        if (before.profile === undefined || before.profile === null) {
          expect(loaded).toEqual({});
        } else if (loaded.profile) {
          expect(loaded.problem).toBeUndefined();
        } else {
          expect(loaded.problem).toBeTruthy();
          const aside = Object.entries(after).filter(([k]) => k.startsWith(CORRUPT_PREFIX));
          expect(aside).toHaveLength(1);
          expect(aside[0]![1]).toEqual(before.profile);
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('saveProfile', () => {
  test('a failing storage write (quota) is reported in plain words, not thrown', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const result = await saveProfile(acme);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/full \(quota exceeded\).*Export/);
  });

  test('any other failing write is reported with the browser’s reason', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error'));
    const result = await saveProfile(acme);
    expect(!result.ok && result.error).toMatch(/IO error/);
  });

  test('an invalid profile is refused and nothing is written', async () => {
    await saveProfile(acme);
    const result = await saveProfile({ ...acme, company: 7 as unknown as string });
    expect(!result.ok && result.error).toMatch(/company/);
    expect((await loadProfile()).profile).toEqual(acme);
  });
});

describe('export and import', () => {
  test('round trip: the exported file imports to the same profile', async () => {
    const file = profileFile(acme, new Date('2026-11-26T10:00:00Z'));
    expect(file.name).toBe('which-soc-acme-2026-11-26.json');
    expect(file.blob.type).toBe('application/json');
    expect(await importProfileFile(file.blob)).toEqual({ ok: true, profile: acme });
    expect((await loadProfile()).profile).toEqual(acme);
  });

  test.each([
    ['broken JSON', '{"version": 2, "company": "Ac', ''],
    [
      'a wrong field',
      serializeProfile({ ...acme, soc2: { ...acme.soc2, type: 'type9' as 'type2' } }),
      'soc2.type',
    ],
    ['a newer version', JSON.stringify({ ...acme, version: 9 }), 'version'],
  ])('a failed import (%s) names the field and changes nothing', async (_name, text, path) => {
    const saved = { ...acme, company: 'Saved Co' };
    await saveProfile(saved);
    const before = await everything();
    const result = await importProfileFile(new Blob([text]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.some((e) => e.path === path)).toBe(true);
    expect(await everything()).toEqual(before);
  });

  test('an oversized file is refused before it is read', async () => {
    const result = await readProfileFile(new Blob(['x'.repeat(1_000_001)]));
    expect(!result.ok && result.errors[0]!.message).toMatch(/too large/);
  });
});
