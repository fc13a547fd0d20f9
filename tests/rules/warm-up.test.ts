/**
 * `warmUpSteps` (issue 4): it exercises every expression `analyze` may run, on both string
 * encodings V8 compiles for, never changes a result, and after it the first `analyze` calls of a
 * fresh process are much cheaper than without it (a ratio, not milliseconds: the machine varies).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { analyze, warmUpFor, warmUpSteps } from '../../lib/rules/analyze';
import { PHRASE_HEAD, PHRASE_TAIL, RULES, SOC_LIST_CONTINUATION } from '../../lib/rules/requests';

/** Does `text` need two bytes per character (V8 compiles separately for those)? */
function twoByte(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
}

describe('warmUpSteps', () => {
  test('runs every expression of every rule on one-byte and on two-byte text', () => {
    const spy = vi.spyOn(RegExp.prototype, 'exec');
    for (const step of warmUpSteps()) step();
    const runs = new Map<RegExp, { oneByte: number; twoByte: number }>();
    spy.mock.contexts.forEach((context, i) => {
      const text = String(spy.mock.calls[i]?.[0]);
      const count = runs.get(context as RegExp) ?? { oneByte: 0, twoByte: 0 };
      if (twoByte(text)) count.twoByte++;
      else count.oneByte++;
      runs.set(context as RegExp, count);
    });
    spy.mockRestore();
    const expected: Array<[string, RegExp]> = [
      ['PHRASE_HEAD', PHRASE_HEAD],
      ['PHRASE_TAIL', PHRASE_TAIL],
      ['SOC_LIST_CONTINUATION', SOC_LIST_CONTINUATION],
    ];
    for (const rule of RULES) {
      for (const pattern of rule.patterns) expected.push([`${rule.id} pattern`, pattern]);
      for (const required of rule.requires ?? []) expected.push([`${rule.id} requires`, required]);
      for (const unless of rule.unless ?? []) expected.push([`${rule.id} unless`, unless]);
      if (rule.gate) expected.push([`${rule.id} gate`, rule.gate]);
    }
    for (const [name, pattern] of expected) {
      const count = runs.get(pattern) ?? { oneByte: 0, twoByte: 0 };
      expect(count.oneByte, name).toBeGreaterThanOrEqual(1);
      expect(count.twoByte, name).toBeGreaterThanOrEqual(1);
    }
  });

  test('leaves every expression ready for the next analyze call, and results unchanged', () => {
    const text = 'Please attach your SOC 2 Type II report. Do you have a bridge letter?';
    const before = analyze(text);
    for (const step of warmUpSteps()) step();
    for (const rule of RULES)
      for (const pattern of rule.patterns) expect(pattern.lastIndex).toBe(0);
    expect(analyze(text)).toEqual(before);
  });

  test('makes the first analyze calls of a fresh process much cheaper', () => {
    const child = fileURLToPath(new URL('./warm-up-child.ts', import.meta.url));
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const time = (mode: string): number => {
      const run = spawnSync(process.execPath, ['--import', 'tsx', child, mode], {
        cwd: root,
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(0);
      return Number(run.stdout);
    };
    const cold = time('cold');
    const warm = time('warm');
    expect(cold).toBeGreaterThan(0);
    // Typically 50-100x; 3x leaves room for a loaded machine.
    expect(warm * 3).toBeLessThan(cold);
  }, 60_000);
});

describe('warmUpFor', () => {
  test.each([
    ['a SOC 2 request', 'Please attach your most recent SOC 2 Type II report.', 'soc-numbered'],
    [
      'a bridge letter',
      'If your report is older than three months, provide a bridge letter.',
      'bridge-letter',
    ],
  ])(
    'for %s runs the expressions of the rules its text opens, each once, results unchanged',
    (_name, text, ruleId) => {
      const before = analyze(text, { context: 'Security' });
      const spy = vi.spyOn(RegExp.prototype, 'exec');
      const steps = [...warmUpFor(text)];
      for (const step of steps) step();
      const ran = new Set(spy.mock.contexts as RegExp[]);
      spy.mockRestore();
      const rule = RULES.find((candidate) => candidate.id === ruleId);
      for (const pattern of rule?.patterns ?? []) expect(ran.has(pattern)).toBe(true);
      // A rule its text cannot open is not compiled.
      const closed = RULES.find((candidate) => candidate.keywords?.includes('microcontroller'));
      expect(closed).toBeDefined();
      for (const pattern of closed?.patterns ?? []) expect(ran.has(pattern)).toBe(false);
      // What ran once has no step left.
      expect([...warmUpFor(text)]).toEqual([]);
      expect(analyze(text, { context: 'Security' })).toEqual(before);
    },
  );

  test('opens no rule on text without a hint', () => {
    const spy = vi.spyOn(RegExp.prototype, 'exec');
    for (const step of warmUpFor('Do you encrypt customer data at rest?')) step();
    const ran = new Set(spy.mock.contexts as RegExp[]);
    spy.mockRestore();
    const gated = RULES.filter((candidate) => candidate.keywords || candidate.gate);
    expect(gated.length).toBeGreaterThan(10);
    for (const rule of gated) {
      expect(
        rule.patterns.filter((pattern) => ran.has(pattern)),
        rule.id,
      ).toEqual([]);
    }
  });
});
