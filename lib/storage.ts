/**
 * Where the vendor profile lives: one versioned WXT storage item (`@wxt-dev/storage`), checked at
 * the boundary with `parseProfile` every time it is read (docs/design.md,
 * "Reliability and security").
 *
 * Promises kept here:
 * - a stored value that fails the schema is copied aside under `local:profile-corrupt-<time>`
 *   before anything else happens, never silently dropped; the caller is told and gets defaults;
 * - a failed write (quota, storage unavailable) comes back as a plain-words error, never as
 *   a silent loss or an unhandled rejection;
 * - export and import use the documented JSON format (docs/profile-format.md), and a failed
 *   import changes nothing.
 */
import { storage } from '#imports';
import {
  isRecord,
  migrateProfile,
  parseProfile,
  parseProfileJson,
  PROFILE_VERSION,
  serializeProfile,
  type ParseResult,
  type Profile,
} from './rules';

/** Storage key of the profile (WXT keeps its version in `profile$`). */
export const PROFILE_KEY = 'local:profile';
/** Prefix of the keys a corrupt stored profile is kept under. */
export const CORRUPT_PREFIX = 'profile-corrupt-';

/**
 * The profile item. `fallback: null`: no profile saved yet, answers stay generic. Migrations run
 * `migrateProfile`, which never throws and leaves values it cannot read for `loadProfile` to set
 * aside.
 */
export const profileItem = storage.defineItem<Profile | null>(PROFILE_KEY, {
  version: PROFILE_VERSION,
  fallback: null,
  migrations: {
    2: (old: unknown) => migrateProfile(old),
  },
});

/** What `loadProfile` found. */
export interface LoadedProfile {
  /** The saved profile; absent when none is saved or the stored one was unreadable. */
  profile?: Profile;
  /** Set when something went wrong, in words for the user (the page still opens). */
  problem?: string;
  /** Key the unreadable value was copied to, when that just happened. */
  setAsideKey?: `local:${string}`;
}

/** A stored value kept aside because it could not be read as a profile. */
export interface SetAsideValue {
  key: `local:${string}`;
  /** When it was set aside (from the key). */
  savedAt: Date;
  value: unknown;
}

function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}

/** Quota errors differ by browser: Chromium says QUOTA_BYTES, Firefox QuotaExceededError. */
function isQuotaError(error: unknown): boolean {
  const text = `${error instanceof Error ? error.name : ''} ${errorText(error)}`;
  return /quota/i.test(text);
}

/**
 * Reads the saved profile. Never throws: a value that is not a valid profile is copied to
 * `local:profile-corrupt-<timestamp>` and removed from the profile key (so defaults apply), and
 * `problem` says so. Values of earlier versions are migrated and written back.
 */
export async function loadProfile(): Promise<LoadedProfile> {
  let raw: unknown;
  try {
    raw = await storage.getItem<unknown>(PROFILE_KEY);
  } catch (error) {
    return { problem: `Your saved profile could not be read (${errorText(error)}).` };
  }
  if (raw === null || raw === undefined) return {};

  // A profile stored as a JSON string (older tools, hand edits) is read like a file.
  const result: ParseResult =
    typeof raw === 'string'
      ? parseProfileJson(raw, 'The stored text')
      : parseProfile(migrateProfile(raw));
  if (result.ok) {
    if (typeof raw === 'string' || !isRecord(raw) || raw.version !== PROFILE_VERSION) {
      // Write the migrated form back; if that fails, the old form still reads fine next time.
      await profileItem.setValue(result.profile).catch(() => undefined);
    }
    return { profile: result.profile };
  }

  const first = result.errors[0];
  const why = first ? `: ${first.path ? `${first.path} ${first.message}` : first.message}` : '.';
  const key = await setAside(raw);
  if (!key) {
    return {
      problem: `Your saved profile could not be read${why} It could not be copied aside either, so it was left in place. Default settings apply for now.`,
    };
  }
  try {
    await storage.removeItem(PROFILE_KEY);
  } catch {
    // The copy exists; the next load sets the value aside again, which loses nothing.
  }
  return {
    problem: `Your saved profile could not be read${why} It was kept aside, unchanged, and default settings apply. Fill in the form again or import an exported profile.`,
    setAsideKey: key,
  };
}

/** Copies `value` to a fresh `profile-corrupt-<timestamp>` key; returns it, or null on failure. */
async function setAside(value: unknown): Promise<`local:${string}` | null> {
  try {
    const stamp = Date.now();
    let key: `local:${string}` = `local:${CORRUPT_PREFIX}${stamp}`;
    // Two loads in the same millisecond must not overwrite each other's copy.
    for (let n = 1; (await storage.getItem(key)) !== null; n++) {
      key = `local:${CORRUPT_PREFIX}${stamp}-${n}`;
    }
    await storage.setItem(key, value);
    return key;
  } catch {
    return null;
  }
}

/** Every value kept aside so far, oldest first (for the options page banner). */
export async function listSetAside(): Promise<SetAsideValue[]> {
  try {
    const all = await storage.snapshot('local');
    return Object.entries(all)
      .filter(([key]) => key.startsWith(CORRUPT_PREFIX) && !key.endsWith('$'))
      .map(([key, value]) => ({
        key: `local:${key}` as const,
        savedAt: new Date(Number(key.slice(CORRUPT_PREFIX.length).split('-')[0])),
        value,
      }))
      .sort((a, b) => a.savedAt.getTime() - b.savedAt.getTime());
  } catch {
    return [];
  }
}

/** Deletes a value kept aside, once the user has looked at it. */
export async function discardSetAside(key: `local:${string}`): Promise<void> {
  if (!key.startsWith(`local:${CORRUPT_PREFIX}`)) return;
  await storage.removeItem(key);
}

/** Result of `saveProfile`. */
export type SaveResult = { ok: true } | { ok: false; error: string };

/**
 * Validates and stores the profile. Never throws: an invalid profile or a failed write (quota,
 * storage unavailable) comes back as `{ ok: false, error }` in words for the user.
 */
export async function saveProfile(profile: Profile): Promise<SaveResult> {
  const checked = parseProfile(profile);
  if (!checked.ok) {
    const first = checked.errors[0];
    return {
      ok: false,
      error: `Not saved: ${first?.path || 'the profile'} ${first?.message ?? 'is not valid.'}`,
    };
  }
  try {
    await profileItem.setValue(checked.profile);
    return { ok: true };
  } catch (error) {
    if (isQuotaError(error)) {
      return {
        ok: false,
        error:
          'Not saved: the browser storage for this extension is full (quota exceeded). Export your profile to a file so nothing is lost, then delete kept-aside copies and try again.',
      };
    }
    return {
      ok: false,
      error: `Not saved: the browser refused to store it (${errorText(error)}).`,
    };
  }
}

/** The export file for a profile: its name and its content (docs/profile-format.md). */
export function profileFile(profile: Profile, today = new Date()): { name: string; blob: Blob } {
  const slug =
    profile.company
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'profile';
  const date = today.toISOString().slice(0, 10);
  return {
    name: `which-soc-${slug}-${date}.json`,
    blob: new Blob([serializeProfile(profile)], { type: 'application/json' }),
  };
}

/** Largest import we read: a real profile is a few kilobytes. */
export const MAX_IMPORT_BYTES = 1_000_000;

/**
 * Reads and checks a profile file. Pure with respect to storage: it saves nothing, so a failed
 * import changes nothing; the caller saves the returned profile after showing it.
 */
export async function readProfileFile(file: Blob): Promise<ParseResult> {
  if (file.size > MAX_IMPORT_BYTES) {
    return {
      ok: false,
      errors: [
        { path: '', message: `This file is too large to be a profile (${file.size} bytes).` },
      ],
    };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    return {
      ok: false,
      errors: [{ path: '', message: `This file could not be read (${errorText(error)}).` }],
    };
  }
  return parseProfileJson(text);
}

/** Reads a profile file and, if it is valid, saves it. Invalid files change nothing. */
export async function importProfileFile(
  file: Blob,
): Promise<
  { ok: true; profile: Profile } | { ok: false; errors: { path: string; message: string }[] }
> {
  const parsed = await readProfileFile(file);
  if (!parsed.ok) return parsed;
  const saved = await saveProfile(parsed.profile);
  return saved.ok
    ? { ok: true, profile: parsed.profile }
    : { ok: false, errors: [{ path: '', message: saved.error }] };
}
