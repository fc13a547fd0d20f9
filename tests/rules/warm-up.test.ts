/**
 * `warmUpSteps`: it exercises every expression `analyze` may run, on both string
 * encodings V8 compiles for, never changes a result, and after it the first `analyze` calls of a
 * fresh process are much cheaper than without it (a ratio, not milliseconds: the machine varies).
 * `warmUpFor` (the scanner's per-text warm-up): each expression once, on a subject long enough for
 * V8 to compile it straight to machine code, and only what `analyze` will run on that text.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, test, vi } from 'vitest';
import { analyze } from '../../lib/rules/analyze';
import { warmUpFor, warmUpSteps } from '../../lib/rules/warm-up';
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

/** The engine as a fresh page loads it: nothing warmed yet (`warmUpFor` remembers per module). */
async function freshEngine(): Promise<{
  analyze: typeof analyze;
  warmUpFor: typeof warmUpFor;
  RULES: typeof RULES;
}> {
  vi.resetModules();
  const engine = await import('../../lib/rules/analyze');
  const warmUp = await import('../../lib/rules/warm-up');
  const requests = await import('../../lib/rules/requests');
  return { analyze: engine.analyze, warmUpFor: warmUp.warmUpFor, RULES: requests.RULES };
}

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

  test.each([
    ['one-byte', 'Please attach your most recent SOC 2 Type II report.'],
    ['two-byte', 'Please attach your SOC\u00A02 Type\u00A0II report \u2019ブリッジ レター\u2019.'],
  ])(
    'runs each expression once, on a %s subject of over 1,000 characters (compiled straight to machine code)',
    async (encoding, text) => {
      const fresh = await freshEngine();
      const spy = vi.spyOn(RegExp.prototype, 'exec');
      for (const step of fresh.warmUpFor(text)) step();
      const calls = spy.mock.calls.map((call, i) => ({
        pattern: spy.mock.contexts[i] as RegExp,
        subject: String(call[0]),
      }));
      spy.mockRestore();
      // The steps' own runs: on the long subject (gates and the mention check run on the sample).
      const long = calls.filter((call) => call.subject.length > 1000);
      expect(long.length).toBeGreaterThan(5);
      const seen = new Set<RegExp>();
      for (const { pattern, subject } of long) {
        expect(seen.has(pattern), pattern.source.slice(0, 40)).toBe(false);
        seen.add(pattern);
        expect(twoByte(subject)).toBe(encoding === 'two-byte');
      }
    },
  );

  test.each([
    [
      'a bridge letter alone: no SOC mention, so no type rule',
      'If your report period ended more than three months ago, provide a bridge letter over a period of 12 months.',
      ['type2-by-meaning'],
      [],
    ],
    [
      'a numbered SOC: type rules, but no financial cue (the number decides)',
      'Upload your SOC 1 Type 2 report covering controls relevant to financial reporting.',
      ['financial-reporting-cue'],
      ['type-named'],
    ],
    [
      'an unnumbered SOC: type rules and financial cues',
      'As our payroll provider, please share your SOC report covering a period of 12 months.',
      [],
      ['financial-reporting-cue', 'type2-by-meaning'],
    ],
  ])(
    'for %s compiles only what analyze will run',
    async (_name, text, skipped: string[], warmed: string[]) => {
      const before = analyze(text);
      const fresh = await freshEngine();
      const spy = vi.spyOn(RegExp.prototype, 'exec');
      for (const step of fresh.warmUpFor(text)) step();
      const ran = new Set(
        spy.mock.contexts.filter((_context, i) => String(spy.mock.calls[i]?.[0]).length > 1000),
      );
      spy.mockRestore();
      const patternsOf = (id: string): readonly RegExp[] =>
        fresh.RULES.find((rule) => rule.id === id)?.patterns ?? [];
      for (const id of skipped) {
        expect(patternsOf(id).length, id).toBeGreaterThan(0);
        for (const pattern of patternsOf(id)) expect(ran.has(pattern), id).toBe(false);
      }
      for (const id of warmed) {
        expect(patternsOf(id).length, id).toBeGreaterThan(0);
        for (const pattern of patternsOf(id)) expect(ran.has(pattern), id).toBe(true);
      }
      expect(fresh.analyze(text)).toEqual(before);
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
