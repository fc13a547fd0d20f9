/**
 * The rule catalogue stays well-formed (refined-github `build/features.test.ts`, darkreader
 * `tests/unit/config/config.tests.ts`): ids unique, kebab-case and sorted, examples on both sides,
 * reports known, sources on https, patterns global and case-insensitive. Failures name the rule id.
 */
import { describe, expect, test } from 'vitest';
import { examplesOf, RULE_EXAMPLES } from '../../lib/rules/examples';
import { RULES } from '../../lib/rules/requests';
import { REPORT_IDS } from '../../lib/rules/reports';

describe('rule catalogue', () => {
  test('ids are unique', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('every rule has examples, and every example entry names a rule', () => {
    expect(Object.keys(RULE_EXAMPLES).sort()).toEqual(RULES.map((rule) => rule.id).sort());
  });

  test('ids are sorted', () => {
    const ids = RULES.map((rule) => rule.id);
    expect(ids).toEqual([...ids].sort());
  });

  test.each(RULES.map((rule) => [rule.id, rule] as const))('%s is well-formed', (id, rule) => {
    expect(id, `rule ${id}: id is kebab-case`).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(examplesOf(rule).match.length, `rule ${id}: needs a match example`).toBeGreaterThan(0);
    expect(examplesOf(rule).noMatch.length, `rule ${id}: needs a noMatch example`).toBeGreaterThan(
      0,
    );
    expect(examplesOf(rule).source, `rule ${id}: source must be https`).toMatch(/^https:\/\/\S+$/);
    expect(rule.why.length, `rule ${id}: why is a sentence`).toBeGreaterThan(20);
    expect(rule.why, `rule ${id}: why ends with a full stop`).toMatch(/\.$/);
    for (const report of rule.reports ?? []) {
      expect(REPORT_IDS, `rule ${id}: unknown report ${report}`).toContain(report);
    }
    if (rule.kind === 'report' || rule.kind === 'standard') {
      expect(rule.reports ?? rule.reportOf, `rule ${id}: says which report`).toBeDefined();
    }
    if (rule.kind === 'type') expect(rule.type, `rule ${id}: says which type`).toBeDefined();
    for (const pattern of [...rule.patterns, ...(rule.requires ?? []), ...(rule.unless ?? [])]) {
      expect(pattern.flags, `rule ${id}: pattern ${pattern.source.slice(0, 40)}`).toContain('g');
      expect(pattern.flags, `rule ${id}: pattern ${pattern.source.slice(0, 40)}`).toContain('i');
    }
  });
});
