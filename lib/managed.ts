/**
 * Reads the company's profile that an administrator sets by browser policy (managed storage,
 * key `profile`; docs/deploy.md) and tells callers when it changes.
 *
 * The managed area is read-only and can misbehave in ways local storage does not, all seen or
 * documented: Chromium answers the first `get` after start-up only once its policy service is
 * ready (about 3 s in our Chromium 156 runs), Firefox rejects `get` when no policy exists for the
 * add-on, and either may lack the area altogether. So nothing here throws, callers never wait on
 * it before showing the user's own profile, and a bad policy becomes a state with the errors, so
 * the options page can name the field while the user's own profile keeps working.
 */
import { browser } from 'wxt/browser';
import {
  isManagedEmpty,
  type ManagedProfile,
  mergeProfiles,
  parseManagedProfile,
  type Profile,
  type ProfileError,
} from './rules';
import { loadProfile } from './storage';

/** Name of the one policy the extension declares (public/managed-schema.json). */
export const MANAGED_KEY = 'profile';

/** What the browser's policy holds for this extension, as last read. */
export type ManagedState =
  /** No policy for the profile (or this browser has no managed storage). */
  | { kind: 'none'; readAt: Date }
  /** A valid policy: the fields it sets. */
  | { kind: 'ok'; managed: ManagedProfile; readAt: Date }
  /** A policy that is not a valid profile: ignored; the errors name the fields. */
  | { kind: 'invalid'; errors: ProfileError[]; readAt: Date };

interface ManagedArea {
  get(keys: string): Promise<Record<string, unknown>>;
}

function managedArea(): ManagedArea | undefined {
  try {
    return (browser.storage as unknown as { managed?: ManagedArea }).managed;
  } catch {
    return undefined;
  }
}

/** Turns the raw value of the `profile` policy into a state (pure; exported for tests). */
export function managedStateOf(value: unknown, readAt = new Date()): ManagedState {
  if (value === undefined || value === null) return { kind: 'none', readAt };
  const parsed = parseManagedProfile(value);
  if (!parsed.ok) return { kind: 'invalid', errors: parsed.errors, readAt };
  if (isManagedEmpty(parsed.managed)) return { kind: 'none', readAt };
  return { kind: 'ok', managed: parsed.managed, readAt };
}

/**
 * Reads the policy. Never throws and never rejects: a browser without the managed area, or
 * Firefox with no policy for the add-on (it rejects `get`), reads as `none`.
 */
export async function readManagedProfile(): Promise<ManagedState> {
  const area = managedArea();
  if (!area) return { kind: 'none', readAt: new Date() };
  try {
    const items = await area.get(MANAGED_KEY);
    return managedStateOf(items?.[MANAGED_KEY]);
  } catch {
    return { kind: 'none', readAt: new Date() };
  }
}

/**
 * Calls `onChange` with the new state whenever the policy changes (an administrator pushed a new
 * one; Chromium re-reads policy files within seconds and fires `storage.onChanged` for the
 * `managed` area). Returns the function that stops listening.
 */
export function watchManagedProfile(onChange: (state: ManagedState) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'managed' || !(MANAGED_KEY in changes)) return;
    onChange(managedStateOf(changes[MANAGED_KEY]?.newValue));
  };
  try {
    browser.storage.onChanged.addListener(listener);
  } catch {
    return () => undefined;
  }
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Reads the policy now and again on every change, calling `onState` each time; a first read
 * that answers after a change (Chromium at start-up) is dropped, so the newest state wins.
 * Returns the function that stops listening.
 */
export function followManagedProfile(onState: (state: ManagedState) => void): () => void {
  let changed = false;
  let stopped = false;
  const stop = watchManagedProfile((state) => {
    changed = true;
    if (!stopped) onState(state);
  });
  void readManagedProfile().then((state) => {
    if (!changed && !stopped) onState(state);
  });
  return () => {
    stopped = true;
    stop();
  };
}

/** The profile answers use: the user's own merged with a valid policy (else the user's own). */
export function effectiveProfile(
  own: Profile | undefined,
  state: ManagedState | undefined,
): Profile | undefined {
  return state?.kind === 'ok' ? mergeProfiles(own, state.managed) : own;
}

/**
 * The policy, but without waiting past `ms` (for the in-page card, which opens on a click: a
 * browser still starting its policy service must not hold the answer back). Late answers are
 * read as `none`.
 * @param ms how long to wait. @default 800
 */
export function readManagedProfileWithin(ms = 800): Promise<ManagedState> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'none', readAt: new Date() }), ms);
    void readManagedProfile().then((state) => {
      clearTimeout(timer);
      resolve(state);
    });
  });
}

/**
 * The profile for an answer given now (the in-page card, at every open, so a new policy applies at
 * the next click): the user's own merged with the policy, which may take at most `ms`.
 * @param ms how long the policy may take. @default 800
 */
export async function loadProfileForAnswers(ms = 800): Promise<Profile | undefined> {
  const [own, policy] = await Promise.all([loadProfile(), readManagedProfileWithin(ms)]);
  return effectiveProfile(own.profile, policy);
}
