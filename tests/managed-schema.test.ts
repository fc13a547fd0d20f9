/**
 * The managed-storage schema (public/managed-schema.json, named by `storage.managed_schema` in
 * the Chrome manifest) against the profile format. Chromium checks a policy against it and drops
 * every property it does not declare (a profile declared without its fields arrives empty) and
 * the whole policy when a value has the wrong type; and it refuses to load the extension at all
 * when the schema itself breaks its rules (seen in Chromium 156 with a list of types). So: the
 * schema keeps Chromium's rules, declares every field `parseProfile` accepts and nothing else,
 * and every valid profile, written as a Chrome policy, passes it whole.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  type IsoInfo,
  mergeProfiles,
  type OwnWording,
  parseManagedProfile,
  parseProfile,
  type Profile,
  type ReportAccess,
  type ReportId,
  type SocReportInfo,
  WORDING_LANGUAGES,
} from '../lib/rules';
import { profileArb } from './fixtures/profile-arbitrary';

interface SchemaNode {
  type?: string;
  $ref?: string;
  id?: string;
  title?: string;
  description?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  enum?: unknown[];
  additionalProperties?: unknown;
}

const schema = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '..', 'public', 'managed-schema.json'), 'utf8'),
) as SchemaNode;

/** Every node with an `id`, for `$ref`. */
function ids(node: SchemaNode, found = new Map<string, SchemaNode>()): Map<string, SchemaNode> {
  if (node.id) found.set(node.id, node);
  for (const child of Object.values(node.properties ?? {})) ids(child, found);
  if (node.items) ids(node.items, found);
  return found;
}
const BY_ID = ids(schema);

function resolveRef(node: SchemaNode): SchemaNode {
  return node.$ref ? (BY_ID.get(node.$ref) ?? {}) : node;
}

/** Chromium's rules for a schema node (developer.chrome.com, "Manifest for managed storage"). */
function schemaProblems(node: SchemaNode, path: string): string[] {
  const problems: string[] = [];
  const known = ['type', '$ref', 'id', 'title', 'description', 'properties', 'items', 'enum'];
  for (const key of Object.keys(node)) {
    if (!known.includes(key)) problems.push(`${path}: unsupported keyword "${key}"`);
  }
  if ((node.type === undefined) === (node.$ref === undefined)) {
    problems.push(`${path}: needs exactly one of "type" or "$ref"`);
  }
  const types = ['array', 'boolean', 'integer', 'null', 'number', 'object', 'string'];
  if (node.type !== undefined && !types.includes(node.type)) {
    problems.push(`${path}: "type" must be one string of ${types.join(', ')}`);
  }
  if (node.$ref !== undefined && !BY_ID.has(node.$ref)) problems.push(`${path}: unknown $ref`);
  if (node.enum && !node.enum.every((v) => typeof v === node.type)) {
    problems.push(`${path}: enum values must have the node's type`);
  }
  for (const [key, child] of Object.entries(node.properties ?? {})) {
    problems.push(...schemaProblems(child, `${path}.${key}`));
  }
  if (node.items) problems.push(...schemaProblems(node.items, `${path}[]`));
  return problems;
}

/** What Chromium would drop or refuse in `value` (empty: it arrives whole). */
function policyProblems(value: unknown, raw: SchemaNode, path: string): string[] {
  const node = resolveRef(raw);
  const actual = Array.isArray(value)
    ? 'array'
    : value === null
      ? 'null'
      : Number.isInteger(value)
        ? 'integer'
        : typeof value;
  const fits = node.type === actual || (node.type === 'number' && actual === 'integer');
  if (!fits) return [`${path}: is ${actual}, declared ${node.type}`];
  if (node.enum && !node.enum.includes(value)) return [`${path}: not one of ${node.enum.join()}`];
  if (node.type !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => {
    const declared = node.properties?.[key];
    return declared
      ? policyProblems(child, declared, `${path}.${key}`)
      : [`${path}.${key}: not declared`];
  });
}

/** A profile as a Chrome policy writes it: Chromium's schema has no "text or null". */
function chromePolicy(profile: Profile): Record<string, unknown> {
  return JSON.parse(JSON.stringify(profile), (key, value: unknown) =>
    value === null && key !== '' ? undefined : value,
  ) as Record<string, unknown>;
}

/** The `profile` values in a policy example: a bare profile, or under `profile` (Admin console: in `Value`). */
function profilesIn(node: unknown): unknown[] {
  if (typeof node !== 'object' || node === null) return [];
  const record = node as Record<string, unknown>;
  if ('company' in record) return [record];
  return Object.entries(record).flatMap(([key, value]) => {
    if (key !== 'profile') return profilesIn(value);
    const wrapped = value as Record<string, unknown>;
    return ['Value' in wrapped ? wrapped.Value : value];
  });
}

type Full<T> = { [K in keyof T]-?: T[K] };
/** A text for every report: the English ones, and each other language's. */
const ALL_TEXTS = {
  soc1: '1',
  soc2: '2',
  soc3: '3',
  iso27001: 'iso',
  'bridge-letter': 'bridge',
} satisfies Full<Record<ReportId, string>>;
/** A profile with every field of the format filled in (the compiler checks none is missing). */
const FULL = {
  version: 2,
  company: 'Full Co',
  soc1: {
    held: true,
    type: 'type1',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    asOf: '2025-06-30',
    auditor: 'A LLP',
    nextReportDate: '2026-06-30',
  } satisfies Full<SocReportInfo>,
  soc2: { held: true, type: 'type2', auditor: 'B LLP' },
  soc3: { held: false, type: 'type2' },
  iso27001: {
    held: true,
    expiry: '2027-05-01',
    certificationBody: 'C Ltd',
  } satisfies Full<IsoInfo>,
  bridgeLetterAvailable: true,
  touchesFinancialReporting: true,
  access: {
    trustCenterUrl: 'https://trust.example.com',
    email: 'sec@example.com',
    ndaProcess: 'Click-through',
  } satisfies Full<ReportAccess>,
  wording: {
    ...ALL_TEXTS,
    de: ALL_TEXTS,
    fr: ALL_TEXTS,
    es: ALL_TEXTS,
    pt: ALL_TEXTS,
    nl: ALL_TEXTS,
    it: ALL_TEXTS,
    ja: ALL_TEXTS,
  } satisfies Full<OwnWording>,
} satisfies Full<Profile>;

function declared(node: SchemaNode): string[] {
  return Object.keys(resolveRef(node).properties ?? {}).sort();
}

describe('the managed-storage schema', () => {
  const profileNode = schema.properties?.profile ?? {};

  test('keeps Chromium’s rules, so Chromium loads the extension', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(Object.keys(schema.properties ?? {})).toEqual(['profile']);
    expect(schemaProblems(schema, 'schema')).toEqual([]);
  });

  test('declares exactly the fields parseProfile accepts, at every level', () => {
    expect(parseProfile(FULL)).toEqual({ ok: true, profile: FULL });
    expect(declared(profileNode)).toEqual(Object.keys(FULL).sort());
    for (const key of ['soc1', 'soc2', 'soc3', 'iso27001', 'access', 'wording'] as const) {
      const node = profileNode.properties?.[key] ?? {};
      const fields = key.startsWith('soc') ? Object.keys(FULL.soc1) : Object.keys(FULL[key]);
      expect(declared(node), key).toEqual(fields.sort());
    }
    const wordingNode = profileNode.properties?.wording ?? {};
    for (const language of WORDING_LANGUAGES) {
      expect(declared(wordingNode.properties?.[language] ?? {}), language).toEqual(
        Object.keys(ALL_TEXTS).sort(),
      );
    }
  });

  test('every valid profile, written as a Chrome policy, passes it whole (fuzzed)', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        expect(policyProblems(chromePolicy(profile), profileNode, 'profile')).toEqual([]);
      }),
    );
  });

  test('a Chrome policy (nulls left out) sets the same as the export file it came from', () => {
    fc.assert(
      fc.property(profileArb, profileArb, (profile, user) => {
        const fromFile = parseManagedProfile(profile);
        const fromChrome = parseManagedProfile(chromePolicy(profile));
        expect(fromFile.ok && fromChrome.ok).toBe(true);
        if (!fromFile.ok || !fromChrome.ok) return;
        const expected = mergeProfiles(user, fromFile.managed);
        // "Not said" on financial reporting cannot be written for Chrome: left out, it is the user's.
        if (profile.touchesFinancialReporting === null) {
          expected.touchesFinancialReporting = user.touchesFinancialReporting;
        }
        expect(mergeProfiles(user, fromChrome.managed)).toEqual(expected);
      }),
    );
  });

  test('every example policy in docs/deploy.md is valid, and the Chrome ones pass the schema', () => {
    const doc = readFileSync(resolve(import.meta.dirname, '..', 'docs', 'deploy.md'), 'utf8');
    const blocks = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map(
      (match) => JSON.parse(match[1] ?? '') as Record<string, unknown>,
    );
    let checked = 0;
    for (const block of blocks) {
      const firefox = 'policies' in block || 'data' in block;
      for (const profile of profilesIn(block)) {
        checked++;
        expect(parseManagedProfile(profile), JSON.stringify(profile)).toMatchObject({ ok: true });
        if (!firefox) expect(policyProblems(profile, profileNode, 'profile')).toEqual([]);
      }
    }
    // The bare profile, the Admin console, Linux file, policies.json and storage manifest.
    expect(checked).toBeGreaterThanOrEqual(5);
  });

  test('Chromium drops a misspelt field and refuses a null where a text is declared', () => {
    expect(policyProblems({ compnay: 'x' }, profileNode, 'profile')).toEqual([
      'profile.compnay: not declared',
    ]);
    expect(policyProblems({ soc1: { held: false, type: null } }, profileNode, 'profile')).toEqual([
      'profile.soc1.type: is null, declared string',
    ]);
  });
});
