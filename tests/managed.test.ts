import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  effectiveProfile,
  followManagedProfile,
  loadProfileForAnswers,
  managedStateOf,
  readManagedProfile,
  readManagedProfileWithin,
  watchManagedProfile,
  type ManagedState,
} from '../lib/managed';
import { emptyProfile, type Profile } from '../lib/rules';
import { saveProfile } from '../lib/storage';

const own: Profile = { ...emptyProfile(), company: 'Own Co', bridgeLetterAvailable: true };

beforeEach(() => {
  fakeBrowser.reset();
});

/** What an administrator's policy puts into managed storage (tests only: browsers refuse set). */
async function setPolicy(profile: unknown): Promise<void> {
  await fakeBrowser.storage.managed.set({ profile });
}

describe('readManagedProfile', () => {
  test('no policy: none', async () => {
    expect(await readManagedProfile()).toMatchObject({ kind: 'none' });
  });

  test('a valid policy: the fields it sets, and when it was read', async () => {
    await setPolicy({ company: 'Policy Co' });
    const before = Date.now();
    const state = await readManagedProfile();
    expect(state).toMatchObject({ kind: 'ok', managed: { company: 'Policy Co' } });
    expect(state.readAt.getTime()).toBeGreaterThanOrEqual(before);
  });

  test('a policy that is not a valid profile: invalid, naming the field', async () => {
    await setPolicy({ company: 'Policy Co', access: { email: 'nobody' } });
    expect(await readManagedProfile()).toMatchObject({
      kind: 'invalid',
      errors: [{ path: 'access.email' }],
    });
  });

  test('Firefox without a policy rejects get: read as none, never thrown', async () => {
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(
      new Error('Managed storage manifest not found'),
    );
    expect(await readManagedProfile()).toMatchObject({ kind: 'none' });
  });

  test('an empty profile object sets nothing: none', async () => {
    await setPolicy({});
    expect(await readManagedProfile()).toMatchObject({ kind: 'none' });
  });

  test('any stored value becomes a state without throwing (fuzzed)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.jsonValue(), fc.anything()), async (value) => {
        fakeBrowser.reset();
        await fakeBrowser.storage.managed.set({ profile: value }).catch(() => undefined);
        const state = await readManagedProfile();
        expect(['none', 'ok', 'invalid']).toContain(state.kind);
        // Whatever the policy holds, the user's own profile keeps working.
        expect(effectiveProfile(own, state)).toBeDefined();
      }),
      { numRuns: 200 },
    );
  });
});

describe('readManagedProfileWithin', () => {
  test('a browser that has not answered in time reads as none', async () => {
    vi.useFakeTimers();
    try {
      vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(
        new Promise(() => undefined) as never,
      );
      const pending = readManagedProfileWithin(800);
      await vi.advanceTimersByTimeAsync(800);
      expect(await pending).toMatchObject({ kind: 'none' });
    } finally {
      vi.useRealTimers();
    }
  });

  test('an answer in time is used', async () => {
    await setPolicy({ company: 'Policy Co' });
    expect(await readManagedProfileWithin(800)).toMatchObject({ kind: 'ok' });
  });
});

describe('watching the policy', () => {
  test('a new, a broken and a withdrawn policy each reach the listener', async () => {
    const seen: ManagedState['kind'][] = [];
    const stop = watchManagedProfile((state) => seen.push(state.kind));
    await setPolicy({ company: 'Policy Co' });
    await setPolicy({ company: 42 });
    await fakeBrowser.storage.managed.remove('profile');
    // Changes in the user's own storage are not policy changes.
    await saveProfile(own);
    stop();
    await setPolicy({ company: 'After Co' });
    expect(seen).toEqual(['ok', 'invalid', 'none']);
  });

  test('a first read that answers after a change does not overwrite the newer state', async () => {
    let answer: (items: Record<string, unknown>) => void = () => undefined;
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(
      new Promise((resolve) => (answer = resolve)) as never,
    );
    const states: ManagedState[] = [];
    const stop = followManagedProfile((state) => states.push(state));
    await setPolicy({ company: 'New Co' });
    answer({ profile: { company: 'Old Co' } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ kind: 'ok', managed: { company: 'New Co' } });
  });
});

describe('effectiveProfile', () => {
  test('a valid policy merges over the user’s own; a bad one leaves it alone', () => {
    const ok = managedStateOf({ company: 'Policy Co' });
    expect(effectiveProfile(own, ok)).toEqual({ ...own, company: 'Policy Co' });
    expect(effectiveProfile(undefined, ok)?.company).toBe('Policy Co');
    expect(effectiveProfile(own, managedStateOf({ company: 7 }))).toBe(own);
    expect(effectiveProfile(undefined, managedStateOf(undefined))).toBeUndefined();
  });
});

describe('loadProfileForAnswers (the in-page card)', () => {
  test('merges the policy over the saved profile', async () => {
    await saveProfile(own);
    await setPolicy({ company: 'Policy Co' });
    expect(await loadProfileForAnswers()).toEqual({ ...own, company: 'Policy Co' });
  });

  test('a policy that is slow to answer does not hold the answer back', async () => {
    await saveProfile(own);
    vi.spyOn(fakeBrowser.storage.managed, 'get').mockReturnValue(
      new Promise(() => undefined) as never,
    );
    expect(await loadProfileForAnswers(20)).toEqual(own);
  });
});
