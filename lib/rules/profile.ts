/**
 * The vendor profile: which reports the user's company holds, for which period, and how buyers
 * get them. `Profile` is both what we store and the JSON export format documented in
 * docs/profile-format.md; every file carries its `version`.
 *
 * Validation is hand-written guards, not a schema library: none is installed, the guards cost a
 * few hundred bytes in the bundle instead of tens of kilobytes, and they let every error name
 * the exact field and say why in the user's words. They are exhaustive: every field of every
 * version is checked, and unknown fields are refused (a typo in a hand-edited file must not be
 * silently dropped).
 *
 * Pure: no DOM, no browser APIs (lib/rules), so the options page, the popup, the
 * storage layer and plain Node tests share it.
 */
import { WORDING_LANGUAGES, type OwnWording, type ReportWording } from './own-wording';
import { REPORT_IDS } from './reports';
import type { ReportType } from './types';

/** The current version of the profile format. Bump it with a migration in `MIGRATIONS`. */
export const PROFILE_VERSION = 2;

/** One SOC report the vendor holds (or plans). Dates are `YYYY-MM-DD` calendar dates. */
export interface SocReportInfo {
  /** The company has a current report of this kind. */
  held: boolean;
  /** Type 1 (design at a point in time) or Type 2 (operating effectiveness over a period). */
  type: ReportType | null;
  /** Type 2: first day of the period the report covers. */
  periodStart?: string;
  /** Type 2: last day of the period the report covers. */
  periodEnd?: string;
  /** Type 1: the "as of" date the design was examined at. */
  asOf?: string;
  /** The CPA firm that performed the examination. */
  auditor?: string;
  /** Expected date of the next report, or of the first Type 2 when only a Type 1 is held. */
  nextReportDate?: string;
}

/** ISO/IEC 27001 certification of the company's ISMS. */
export interface IsoInfo {
  held: boolean;
  /** Last day the certificate is valid. */
  expiry?: string;
  /** The accredited certification body. */
  certificationBody?: string;
}

/** How buyers get the reports. */
export interface ReportAccess {
  /** Trust-centre page where buyers request or download reports (https URL). */
  trustCenterUrl?: string;
  /** Address that handles report requests. */
  email?: string;
  /** How the NDA works, in the user's words ("click-through NDA in the trust centre"). */
  ndaProcess?: string;
}

/**
 * The vendor profile, version 2 (current). Its JSON is the export format.
 * @example { version: 2, company: 'Acme', soc2: { held: true, type: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30' }, ... }
 */
export interface Profile {
  version: 2;
  /** Company name as it should appear in answers. */
  company: string;
  soc1: SocReportInfo;
  soc2: SocReportInfo;
  soc3: SocReportInfo;
  iso27001: IsoInfo;
  /** A management bridge (gap) letter covering the time since the last period end is available. */
  bridgeLetterAvailable: boolean;
  /**
   * The service touches customers' financial reporting (payroll, billing, payments, loans,
   * claims, fund administration): what makes SOC 1 relevant (docs/design.md). `null`: not said yet.
   */
  touchesFinancialReporting: boolean | null;
  access: ReportAccess;
  /**
   * The user's own answer per report, replacing ours: English texts by report, other languages'
   * texts under their code (`{ soc2: '…', de: { soc2: '…' } }`, see `OwnWording`). Placeholders:
   * {company}, {report}, {period}, {auditor}, {next}, {expiry}, {access} (docs/profile-format.md).
   */
  wording: OwnWording;
}

/**
 * Version 1, the first flat shape (kept only to migrate old stored values and files): one field
 * per fact, a single auditor for every report, Type 1 "as of" dates stored in the period end,
 * no next-report dates and no own wording.
 */
export interface ProfileV1 {
  version: 1;
  companyName: string;
  soc1: boolean;
  soc1Type: ReportType | null;
  soc1PeriodStart: string;
  soc1PeriodEnd: string;
  soc2: boolean;
  soc2Type: ReportType | null;
  soc2PeriodStart: string;
  soc2PeriodEnd: string;
  soc3: boolean;
  auditor: string;
  iso27001: boolean;
  isoExpiry: string;
  bridgeLetter: boolean;
  financialReporting: boolean;
  trustCenterUrl: string;
  contactEmail: string;
}

/** One reason a value is not a valid profile: the field (dotted path) and why, in plain words. */
export interface ProfileError {
  /** Dotted path of the wrong field, e.g. `soc2.periodEnd`; `''` for the whole value. */
  path: string;
  message: string;
}

export type ParseResult = { ok: true; profile: Profile } | { ok: false; errors: ProfileError[] };

/** A profile with nothing held and nothing said: what applies when nothing (valid) is stored. */
export function emptyProfile(): Profile {
  return {
    version: PROFILE_VERSION,
    company: '',
    soc1: { held: false, type: null },
    soc2: { held: false, type: null },
    soc3: { held: false, type: null },
    iso27001: { held: false },
    bridgeLetterAvailable: false,
    touchesFinancialReporting: null,
    access: {},
    wording: {},
  };
}

// ---------------------------------------------------------------------------------------------
// Guards

type Rec = Record<string, unknown>;

/** True for a plain object (not null, not a list). */
export function isRecord(value: unknown): value is Rec {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return value.length > 40 ? 'a long text' : `"${value}"`;
  return typeof value === 'object' ? 'an object' : `${typeof value} ${String(value)}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written `YYYY-MM-DD` (2026-02-30 is refused). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Longest text we accept in any field: enough for a paragraph of own wording. */
const MAX_TEXT = 5_000;

class Checker {
  readonly errors: ProfileError[] = [];

  fail(path: string, message: string): void {
    this.errors.push({ path, message });
  }

  record(value: unknown, path: string, allowed: readonly string[]): Rec | undefined {
    if (!isRecord(value)) {
      this.fail(path, `must be an object, but is ${describe(value)}.`);
      return undefined;
    }
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.fail(join(path, key), 'is not a field of the profile format.');
    }
    return value;
  }

  boolean(rec: Rec, key: string, path: string): boolean {
    const value = rec[key];
    if (typeof value === 'boolean') return value;
    this.fail(join(path, key), `must be true or false, but is ${describe(value)}.`);
    return false;
  }

  text(rec: Rec, key: string, path: string, optional: true): string | undefined;
  text(rec: Rec, key: string, path: string, optional: false): string;
  text(rec: Rec, key: string, path: string, optional: boolean): string | undefined {
    const value = rec[key];
    if (value === undefined && optional) return undefined;
    if (typeof value !== 'string') {
      this.fail(join(path, key), `must be a text, but is ${describe(value)}.`);
      return undefined;
    }
    if (value.length > MAX_TEXT) {
      this.fail(join(path, key), `is too long (${value.length} characters, at most ${MAX_TEXT}).`);
      return undefined;
    }
    return value;
  }

  date(rec: Rec, key: string, path: string): string | undefined {
    const value = rec[key];
    if (value === undefined) return undefined;
    if (!isIsoDate(value)) {
      this.fail(join(path, key), `must be a date written YYYY-MM-DD, but is ${describe(value)}.`);
      return undefined;
    }
    return value;
  }

  reportType(rec: Rec, key: string, path: string): ReportType | null {
    const value = rec[key];
    if (value === null || value === 'type1' || value === 'type2') return value;
    this.fail(join(path, key), `must be "type1", "type2" or null, but is ${describe(value)}.`);
    return null;
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** Every field of a SOC report object, in the order the export writes them. */
export const SOC_FIELDS = [
  'held',
  'type',
  'periodStart',
  'periodEnd',
  'asOf',
  'auditor',
  'nextReportDate',
] as const;

function checkSoc(c: Checker, value: unknown, path: string): SocReportInfo {
  const rec = c.record(value, path, SOC_FIELDS);
  if (!rec) return { held: false, type: null };
  const info: SocReportInfo = {
    held: c.boolean(rec, 'held', path),
    type: c.reportType(rec, 'type', path),
  };
  const periodStart = c.date(rec, 'periodStart', path);
  const periodEnd = c.date(rec, 'periodEnd', path);
  const asOf = c.date(rec, 'asOf', path);
  const auditor = c.text(rec, 'auditor', path, true);
  const nextReportDate = c.date(rec, 'nextReportDate', path);
  if (periodStart !== undefined) info.periodStart = periodStart;
  if (periodEnd !== undefined) info.periodEnd = periodEnd;
  if (asOf !== undefined) info.asOf = asOf;
  if (auditor !== undefined) info.auditor = auditor;
  if (nextReportDate !== undefined) info.nextReportDate = nextReportDate;
  // A period that ends before it starts is a typo the user wants to hear about, not an answer.
  if (periodStart && periodEnd && periodStart > periodEnd) {
    c.fail(join(path, 'periodEnd'), `must not be before the period start (${periodStart}).`);
  }
  return info;
}

const PROFILE_FIELDS = [
  'version',
  'company',
  'soc1',
  'soc2',
  'soc3',
  'iso27001',
  'bridgeLetterAvailable',
  'touchesFinancialReporting',
  'access',
  'wording',
] as const;

function checkV2(c: Checker, rec: Rec): Profile {
  const profile = emptyProfile();
  profile.company = c.text(rec, 'company', '', false) ?? '';
  profile.soc1 = checkSoc(c, rec.soc1, 'soc1');
  profile.soc2 = checkSoc(c, rec.soc2, 'soc2');
  profile.soc3 = checkSoc(c, rec.soc3, 'soc3');

  const iso = c.record(rec.iso27001, 'iso27001', ['held', 'expiry', 'certificationBody']);
  if (iso) {
    profile.iso27001 = { held: c.boolean(iso, 'held', 'iso27001') };
    const expiry = c.date(iso, 'expiry', 'iso27001');
    const body = c.text(iso, 'certificationBody', 'iso27001', true);
    if (expiry !== undefined) profile.iso27001.expiry = expiry;
    if (body !== undefined) profile.iso27001.certificationBody = body;
  }

  profile.bridgeLetterAvailable = c.boolean(rec, 'bridgeLetterAvailable', '');
  const fin = rec.touchesFinancialReporting;
  if (fin === null || typeof fin === 'boolean') profile.touchesFinancialReporting = fin;
  else c.fail('touchesFinancialReporting', `must be true, false or null, but is ${describe(fin)}.`);

  const access = c.record(rec.access, 'access', ['trustCenterUrl', 'email', 'ndaProcess']);
  if (access) {
    const url = c.text(access, 'trustCenterUrl', 'access', true);
    const email = c.text(access, 'email', 'access', true);
    const nda = c.text(access, 'ndaProcess', 'access', true);
    // Only web addresses: the URL becomes a link in answers, so no javascript: or data: URLs.
    if (url !== undefined && !/^https?:\/\/[^\s]+$/i.test(url)) {
      c.fail('access.trustCenterUrl', 'must be a web address starting with https://.');
    } else if (url !== undefined) profile.access.trustCenterUrl = url;
    if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
      c.fail('access.email', `must be an email address, but is ${describe(email)}.`);
    } else if (email !== undefined) profile.access.email = email;
    if (nda !== undefined) profile.access.ndaProcess = nda;
  }

  profile.wording = checkWording(c, rec.wording);
  return profile;
}

const REPORT_LIST = REPORT_IDS.join(', ');
const LANGUAGE_LIST = WORDING_LANGUAGES.join(', ');

/** One language's texts: report ids only. */
function checkTexts(c: Checker, value: Rec, path: string): ReportWording {
  const texts: ReportWording = {};
  for (const key of Object.keys(value)) {
    if (!(REPORT_IDS as readonly string[]).includes(key)) {
      c.fail(join(path, key), `is not a report: use one of ${REPORT_LIST}.`);
    }
  }
  for (const key of REPORT_IDS) {
    const text = c.text(value, key, path, true);
    if (text !== undefined) texts[key] = text;
  }
  return texts;
}

/**
 * `wording`: English texts by report at the top (the shape from before languages, read as it
 * is), other languages' texts under their code. A language with no text is dropped.
 */
function checkWording(c: Checker, value: unknown): OwnWording {
  if (!isRecord(value)) {
    c.fail('wording', `must be an object, but is ${describe(value)}.`);
    return {};
  }
  const wording: OwnWording = {};
  for (const key of Object.keys(value)) {
    const path = join('wording', key);
    if ((REPORT_IDS as readonly string[]).includes(key)) continue;
    if (key === 'en') {
      c.fail(path, 'English texts go directly under wording (wording.soc2), not under wording.en.');
    } else if (!(WORDING_LANGUAGES as readonly string[]).includes(key)) {
      c.fail(
        path,
        `is not a field of the profile format: wording takes a report (${REPORT_LIST}) or a language (${LANGUAGE_LIST}).`,
      );
    }
  }
  for (const key of REPORT_IDS) {
    const text = c.text(value, key, 'wording', true);
    if (text !== undefined) wording[key] = text;
  }
  for (const language of WORDING_LANGUAGES) {
    const texts = value[language];
    if (texts === undefined) continue;
    const path = join('wording', language);
    if (!isRecord(texts)) {
      c.fail(path, `must be an object of texts by report, but is ${describe(texts)}.`);
      continue;
    }
    const checked = checkTexts(c, texts, path);
    if (Object.keys(checked).length) wording[language] = checked;
  }
  return wording;
}

const V1_BOOLEANS = ['soc1', 'soc2', 'soc3', 'iso27001', 'bridgeLetter', 'financialReporting'];
const V1_TEXTS = ['companyName', 'auditor', 'trustCenterUrl', 'contactEmail'];
const V1_DATES = [
  'soc1PeriodStart',
  'soc1PeriodEnd',
  'soc2PeriodStart',
  'soc2PeriodEnd',
  'isoExpiry',
];
const V1_TYPES = ['soc1Type', 'soc2Type'];
const V1_FIELDS = ['version', ...V1_BOOLEANS, ...V1_TEXTS, ...V1_DATES, ...V1_TYPES];

/** Checks a version 1 value; v1 wrote "" for an unset date. */
function checkV1(c: Checker, rec: Rec): ProfileV1 | undefined {
  c.record(rec, '', V1_FIELDS);
  for (const key of V1_BOOLEANS) c.boolean(rec, key, '');
  for (const key of V1_TEXTS) c.text(rec, key, '', false);
  for (const key of V1_TYPES) c.reportType(rec, key, '');
  for (const key of V1_DATES) {
    const value = rec[key];
    if (value !== '' && !isIsoDate(value)) {
      c.fail(key, `must be a date written YYYY-MM-DD or "", but is ${describe(value)}.`);
    }
  }
  return c.errors.length ? undefined : (rec as unknown as ProfileV1);
}

// ---------------------------------------------------------------------------------------------
// Migrations

function optional(value: string): string | undefined {
  return value.trim() === '' ? undefined : value;
}

function v1Soc(
  held: boolean,
  type: ReportType | null,
  start: string,
  end: string,
  auditor: string,
): SocReportInfo {
  const info: SocReportInfo = { held, type };
  // v1 kept a Type 1 "as of" date in the period end and left the start empty.
  if (type === 'type1' && !optional(start)) {
    if (optional(end)) info.asOf = end;
  } else {
    if (optional(start)) info.periodStart = start;
    if (optional(end)) info.periodEnd = end;
  }
  if (held && optional(auditor)) info.auditor = auditor;
  return info;
}

/**
 * Version 1 -> 2. Keeps every field: v1's single auditor goes to each held SOC report (and to the
 * SOC 3 when a SOC 2 is held, its source), a v1 SOC 3 takes the SOC 2's type and period (a SOC 3
 * is the public summary of that SOC 2 examination), and "" dates become absent.
 */
export function migrateV1ToV2(v1: ProfileV1): Profile {
  const profile = emptyProfile();
  profile.company = v1.companyName;
  profile.soc1 = v1Soc(v1.soc1, v1.soc1Type, v1.soc1PeriodStart, v1.soc1PeriodEnd, v1.auditor);
  profile.soc2 = v1Soc(v1.soc2, v1.soc2Type, v1.soc2PeriodStart, v1.soc2PeriodEnd, v1.auditor);
  profile.soc3 = v1.soc3
    ? v1Soc(true, v1.soc2Type, v1.soc2PeriodStart, v1.soc2PeriodEnd, v1.auditor)
    : { held: false, type: null };
  // An auditor with no held report would be lost by v1Soc: keep it on the SOC 2 entry.
  if (optional(v1.auditor) && !v1.soc1 && !v1.soc2 && !v1.soc3) profile.soc2.auditor = v1.auditor;
  profile.iso27001 = { held: v1.iso27001 };
  if (optional(v1.isoExpiry)) profile.iso27001.expiry = v1.isoExpiry;
  profile.bridgeLetterAvailable = v1.bridgeLetter;
  profile.touchesFinancialReporting = v1.financialReporting;
  if (optional(v1.trustCenterUrl)) profile.access.trustCenterUrl = v1.trustCenterUrl;
  if (optional(v1.contactEmail)) profile.access.email = v1.contactEmail;
  return profile;
}

/**
 * Brings a value of any known version up to the current one, step by step. Values it does not
 * recognise come back unchanged, so that validation (not a migration) reports what is wrong.
 * Never throws: WXT runs it on whatever is stored.
 */
export function migrateProfile(value: unknown): unknown {
  if (!isRecord(value)) return value;
  // Stored v1 values may predate the version field inside the value (WXT kept it in metadata).
  const looksV1 = value.version === 1 || (value.version === undefined && 'companyName' in value);
  if (!looksV1) return value;
  const c = new Checker();
  const v1 = checkV1(c, { ...value, version: 1 });
  return v1 ? migrateV1ToV2(v1) : value;
}

/**
 * Checks any value (parsed JSON, a stored value) against the profile format. Earlier versions
 * are migrated first; unknown fields, missing fields and wrong types are errors naming the field.
 * Pure and total: never throws.
 * @returns the profile, or every error found (path + why).
 */
export function parseProfile(json: unknown): ParseResult {
  try {
    if (!isRecord(json)) {
      return {
        ok: false,
        errors: [
          { path: '', message: `A profile must be a JSON object, but this is ${describe(json)}.` },
        ],
      };
    }
    const c = new Checker();
    const version = json.version;
    if (version === 1) {
      const v1 = checkV1(c, json);
      return v1 ? { ok: true, profile: migrateV1ToV2(v1) } : { ok: false, errors: c.errors };
    }
    if (version !== PROFILE_VERSION) {
      const why =
        typeof version === 'number' && Number.isInteger(version) && version > PROFILE_VERSION
          ? `is ${version}: this file was made by a newer version of Which SOC?; update the extension.`
          : `must be ${PROFILE_VERSION} (or 1 for old files), but is ${describe(version)}.`;
      return { ok: false, errors: [{ path: 'version', message: why }] };
    }
    const rec = c.record(json, '', PROFILE_FIELDS);
    const profile = checkV2(c, rec ?? {});
    return c.errors.length ? { ok: false, errors: c.errors } : { ok: true, profile };
  } catch {
    // Getters or proxies in hostile input: still an error, never a throw.
    return { ok: false, errors: [{ path: '', message: 'This value could not be read.' }] };
  }
}

/**
 * Parses the text of a profile file; JSON syntax errors become a `ProfileError` too.
 * @param what how the message names the text. @default 'This file'
 */
export function parseProfileJson(text: string, what = 'This file'): ParseResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message})` : '';
    return { ok: false, errors: [{ path: '', message: `${what} is not valid JSON${detail}.` }] };
  }
  return parseProfile(json);
}

/** The profile as the text of an export file: stable key order, two-space indent. */
export function serializeProfile(profile: Profile): string {
  return `${JSON.stringify(profile, null, 2)}\n`;
}

/** True when the user has said anything at all (a fresh form is not worth tailoring answers to). */
export function isProfileFilled(profile: Profile): boolean {
  return (
    profile.company.trim() !== '' ||
    profile.soc1.held ||
    profile.soc2.held ||
    profile.soc3.held ||
    profile.iso27001.held ||
    profile.bridgeLetterAvailable
  );
}
