/**
 * The company's profile set by browser policy (managed storage), and how it merges with the
 * user's own profile. Pure: no browser APIs (lib/rules), so the options page, the popup, the
 * content script and plain Node tests share it; lib/managed.ts reads the policy.
 *
 * The policy holds a *partial* profile in the export format (docs/profile-format.md): any field
 * may be left out, and a field the policy sets wins over the user's. Precisely:
 * - a top-level key present in the policy is set by the organisation; a key left out is the user's;
 * - a report object (`soc1`, `soc2`, `soc3`, `iso27001`) is taken whole: its fields describe one
 *   examination, and mixing the organisation's period with a user's auditor (or dates that then
 *   fail the period check) would describe a report nobody holds. Inside a report from the
 *   policy, `held` is required and a left-out `type` means "not set" (Chromium's policy schema
 *   cannot declare "text or null", so a Chrome policy says null by leaving the field out);
 * - `access` is taken field by field: each address or process stands alone, so the organisation
 *   can set the trust centre and leave the NDA wording to people;
 * - `wording` is taken report by report: a report's own wording set in any language is the
 *   policy's in every language (languages the policy leaves out fall back to its English text,
 *   not to a user's translation of something else), and the user keeps the other reports.
 * Every field present is checked exactly as `parseProfile` checks it (the check runs through
 * `parseProfile`), so the two formats cannot drift apart.
 */
import {
  emptyProfile,
  isRecord,
  parseProfile,
  PROFILE_VERSION,
  SOC_FIELDS,
  type IsoInfo,
  type Profile,
  type ProfileError,
  type ReportAccess,
  type SocReportInfo,
} from './profile';
import { pickReports, reportsIn, withReportsFrom, type OwnWording } from './own-wording';

/** A profile with any field left out: what an organisation's policy holds. */
export interface ManagedProfile {
  company?: string;
  soc1?: SocReportInfo;
  soc2?: SocReportInfo;
  soc3?: SocReportInfo;
  iso27001?: IsoInfo;
  bridgeLetterAvailable?: boolean;
  touchesFinancialReporting?: boolean | null;
  access?: ReportAccess;
  wording?: OwnWording;
}

export type ManagedParseResult =
  { ok: true; managed: ManagedProfile } | { ok: false; errors: ProfileError[] };

type Rec = Record<string, unknown>;

const SOC_KEYS = ['soc1', 'soc2', 'soc3'] as const;
/** Top-level keys taken whole when the policy sets them. */
const WHOLE_KEYS = [
  'company',
  ...SOC_KEYS,
  'iso27001',
  'bridgeLetterAvailable',
  'touchesFinancialReporting',
] as const;
/** Top-level keys taken field by field. */
const FIELD_KEYS = ['access', 'wording'] as const;
const ISO_FIELDS = ['held', 'expiry', 'certificationBody'] as const;

/**
 * Checks the `profile` value of the policy. Version 1 files (flat, complete) are migrated and
 * set every field; version 2 (or no version) may leave out any field. Never throws.
 * @returns the fields the policy sets, or every error found (dotted path + why).
 */
export function parseManagedProfile(value: unknown): ManagedParseResult {
  try {
    if (!isRecord(value)) {
      return {
        ok: false,
        errors: [{ path: '', message: 'must be a profile object (docs/profile-format.md).' }],
      };
    }
    if (value.version === 1) {
      const full = parseProfile(value);
      return full.ok ? { ok: true, managed: pickAll(full.profile) } : full;
    }
    // Fill what the policy leaves out with valid stand-ins, so parseProfile checks exactly the
    // fields present; the stand-ins are dropped again below.
    const candidate: Rec = {
      ...emptyProfile(),
      ...value,
      version: 'version' in value ? value.version : PROFILE_VERSION,
    };
    for (const key of SOC_KEYS) {
      const report = value[key];
      if (isRecord(report) && !('type' in report)) candidate[key] = { ...report, type: null };
    }
    const parsed = parseProfile(candidate);
    if (!parsed.ok) return parsed;
    const managed: ManagedProfile = {};
    const profile = parsed.profile;
    for (const key of WHOLE_KEYS) {
      if (key in value) (managed as Rec)[key] = profile[key];
    }
    for (const key of FIELD_KEYS) {
      const given = value[key];
      if (!isRecord(given)) continue;
      const from = profile[key] as Rec;
      const part: Rec = {};
      for (const field of Object.keys(given)) if (field in from) part[field] = from[field];
      (managed as Rec)[key] = part;
    }
    return { ok: true, managed };
  } catch {
    return { ok: false, errors: [{ path: '', message: 'could not be read.' }] };
  }
}

function pickAll(profile: Profile): ManagedProfile {
  const { version: _version, ...rest } = profile;
  return rest;
}

/**
 * The profile answers use: the user's own (or an empty one), with every field the policy sets
 * replaced by the policy's. The result is always a valid profile when both parts are valid.
 */
export function mergeProfiles(own: Profile | undefined, managed: ManagedProfile): Profile {
  const base = own ?? emptyProfile();
  const merged: Profile = { ...base, access: { ...base.access }, wording: { ...base.wording } };
  for (const key of WHOLE_KEYS) {
    if (managed[key] !== undefined) (merged as unknown as Rec)[key] = managed[key];
  }
  Object.assign(merged.access, managed.access);
  if (managed.wording) {
    merged.wording = withReportsFrom(base.wording, managed.wording, reportsIn(managed.wording));
  }
  return merged;
}

/**
 * The same fields the policy sets, with the values `profile` has for them: saving the form
 * puts the user's earlier values back under the policy's fields, so the stored profile stays the
 * user's own and comes back whole if the policy is withdrawn.
 */
export function pickManagedFields(profile: Profile, managed: ManagedProfile): ManagedProfile {
  const picked: ManagedProfile = {};
  for (const key of WHOLE_KEYS) {
    if (managed[key] !== undefined) (picked as Rec)[key] = profile[key];
  }
  if (managed.access) {
    const part: Rec = {};
    const from = profile.access as Rec;
    for (const field of Object.keys(managed.access)) {
      if (from[field] !== undefined) part[field] = from[field];
    }
    picked.access = part;
  }
  if (managed.wording) picked.wording = pickReports(profile.wording, reportsIn(managed.wording));
  return picked;
}

/**
 * The user's own profile after editing the merged view: `edited` with the policy's fields put
 * back to what the user had before (`own`, or nothing). Fields of `access` and `wording` the user
 * never set are removed again.
 */
export function ownPartOf(
  edited: Profile,
  own: Profile | undefined,
  managed: ManagedProfile,
): Profile {
  const base = own ?? emptyProfile();
  const result = mergeProfiles(edited, pickManagedFields(base, managed));
  for (const field of Object.keys(managed.access ?? {})) {
    if ((base.access as Rec)[field] === undefined) delete (result.access as Rec)[field];
  }
  if (managed.wording) {
    result.wording = withReportsFrom(edited.wording, base.wording, reportsIn(managed.wording));
  }
  return result;
}

/**
 * Dotted paths of every form field the policy sets (the paths `ProfileError` and the form use):
 * `company`, every field of a report taken whole (`soc2.periodEnd`, ...), `access.email`, and
 * `wording.soc2` for a report's own wording in every language.
 */
export function managedFieldPaths(managed: ManagedProfile): Set<string> {
  const paths = new Set<string>();
  for (const key of WHOLE_KEYS) {
    if (managed[key] === undefined) continue;
    if (key === 'iso27001') for (const field of ISO_FIELDS) paths.add(`${key}.${field}`);
    else if ((SOC_KEYS as readonly string[]).includes(key)) {
      for (const field of SOC_FIELDS) paths.add(`${key}.${field}`);
    } else paths.add(key);
  }
  for (const field of Object.keys(managed.access ?? {})) paths.add(`access.${field}`);
  // One path per report: the form locks that report's texts in every language.
  for (const report of reportsIn(managed.wording ?? {})) paths.add(`wording.${report}`);
  return paths;
}

/** True when the policy sets no field at all (an empty `profile` object). */
export function isManagedEmpty(managed: ManagedProfile): boolean {
  return managedFieldPaths(managed).size === 0;
}
