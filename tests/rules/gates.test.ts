/**
 * Rule gates (speed): a rule's `keywords` and `gate` must be a necessary condition for
 * it to fire, or skipping the rule would change a result. Checked where it is decided: every
 * match of the rule's patterns (or of one of its required expressions) in every example, corpus,
 * holdout and generated text opens the gate on the matched text alone; and strings generated
 * from each pattern (fast-check `stringMatching`, with `\b` and lookarounds removed since it
 * cannot generate them, which only widens what is generated) hold a keyword.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { explain } from '../../lib/rules/analyze';
import { gateOpen } from '../../lib/rules/gates';
import { normalize } from '../../lib/rules/normalize';
import { examplesOf } from '../../lib/rules/examples';
import { RULES, type Rule } from '../../lib/rules/requests';

function jsonl(path: string): string[] {
  return readFileSync(new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .flatMap((line) => {
      const item = JSON.parse(line) as { text: string; context?: string };
      return item.context ? [item.text, item.context] : [item.text];
    });
}

const examples = RULES.flatMap((rule) => [...examplesOf(rule).match, ...examplesOf(rule).noMatch]);
const texts = [
  ...examples,
  ...jsonl('../fixtures/corpus/dev.jsonl'),
  ...jsonl('../fixtures/corpus/excluded_ambiguous.jsonl'),
  ...jsonl('../fixtures/holdout.jsonl'),
].flatMap((text) => {
  const clean = normalize(text).text;
  return [clean, clean.toUpperCase()];
});

/** Removes `\b` and lookaround groups from a regular-expression source. */
function stripAssertions(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const c = source[i] ?? '';
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (next !== 'b') out += c + next;
      i++;
    } else if (c === '(' && /^\(\?<?[!=]/.test(source.slice(i, i + 4))) {
      // Skip to the group's closing parenthesis (escapes and classes do not count).
      let depth = 0;
      let inClass = false;
      for (; i < source.length; i++) {
        const d = source[i];
        if (d === '\\') i++;
        else if (inClass) inClass = d !== ']';
        else if (d === '[') inClass = true;
        else if (d === '(') depth++;
        else if (d === ')' && --depth === 0) break;
      }
    } else {
      out += c;
    }
  }
  return out;
}

/** The gate's definition, literally: a keyword as a substring, or the gate expression. */
function openBySpec(rule: Rule, text: string, strip = false): boolean {
  if (rule.needs && !new RegExp(rule.needs.source, 'i').test(text)) return false;
  const lower = text.toLowerCase();
  if (rule.keywords?.some((keyword) => lower.includes(keyword))) return true;
  if (!rule.gate) return false;
  return new RegExp(strip ? stripAssertions(rule.gate.source) : rule.gate.source, 'i').test(text);
}

const gated = RULES.filter((rule) => rule.keywords !== undefined || rule.gate !== undefined);

/** Matched texts that close the gate, for each way the gate may be derived (patterns, or one required expression). */
function leaks(rule: Rule, corpus: readonly string[]): string[][] {
  const sources = [rule.patterns, ...(rule.requires ?? []).map((required) => [required])];
  return sources.map((expressions) => {
    const closed: string[] = [];
    for (const text of corpus) {
      for (const expression of expressions) {
        const global = new RegExp(expression.source, 'gi');
        for (const match of text.matchAll(global)) {
          if (match[0].length > 0 && !gateOpen(rule, match[0])) closed.push(match[0]);
        }
      }
    }
    return closed;
  });
}

describe('rule gates', () => {
  test('most rules have one, so that most patterns are skipped on most sentences', () => {
    expect(gated.length).toBeGreaterThanOrEqual(RULES.length - 3);
  });

  test.each(gated.map((rule) => [rule.id, rule] as const))(
    '%s: keywords are lower-case literals',
    (_id, rule) => {
      for (const keyword of rule.keywords ?? []) {
        expect(keyword.length, rule.id).toBeGreaterThan(0);
        expect(keyword, rule.id).toBe(keyword.toLowerCase());
      }
    },
  );

  test.each(gated.map((rule) => [rule.id, rule] as const))(
    '%s: every match in the examples and corpora opens its gate',
    (_id, rule) => {
      const bySource = leaks(rule, texts);
      // One source (the patterns, or one required expression) must never leak.
      expect(
        bySource.some((closed) => closed.length === 0),
        `${rule.id}: ${JSON.stringify(bySource)}`,
      ).toBe(true);
    },
  );

  test.each(gated.map((rule) => [rule.id, rule] as const))(
    '%s: a gate that rejects a sentence really rejects it (it fires on some match example)',
    (_id, rule) => {
      // A gate that never opened would be sound but would silence the rule.
      expect(examplesOf(rule).match.some((text) => gateOpen(rule, normalize(text).text))).toBe(
        true,
      );
    },
  );

  test('every match in texts spliced from the examples, in any case, opens its gate', () => {
    const pieces = examples.flatMap((text) => text.split(/(?<=[\s,.;:!?()])/));
    const spliced = fc
      .array(fc.tuple(fc.constantFrom(...pieces), fc.boolean()), { minLength: 1, maxLength: 12 })
      .map((parts) =>
        parts.map(([piece, upper]) => (upper ? piece.toUpperCase() : piece)).join(''),
      );
    fc.assert(
      fc.property(spliced, (text) => {
        const clean = normalize(text).text;
        for (const rule of gated) {
          const bySource = leaks(rule, [clean]);
          if (!bySource.some((closed) => closed.length === 0)) return false;
        }
        return true;
      }),
      { numRuns: 300 },
    );
  });

  test.each(gated.map((rule) => [rule.id, rule] as const))(
    '%s: strings generated from its patterns hold a keyword',
    (_id, rule) => {
      const sources = [rule.patterns, ...(rule.requires ?? []).map((required) => [required])];
      const sound = sources.some((expressions) =>
        expressions.every((expression) => {
          const source = stripAssertions(expression.source);
          const loose = new RegExp(source, 'gi');
          // stringMatching takes no flags; the case is varied below.
          const strings = fc.stringMatching(new RegExp(source));
          const check = fc.property(strings, fc.boolean(), (text, upper) => {
            const sample = upper ? text.toUpperCase() : text;
            for (const match of sample.matchAll(loose)) {
              if (match[0] && !openBySpec(rule, match[0], true)) return false;
            }
            return true;
          });
          return fc.check(check, { numRuns: 200 }).failed === false;
        }),
      );
      expect(sound, rule.id).toBe(true);
    },
  );

  test('the one-pass keyword scan agrees with looking for each keyword', () => {
    const keywords = [...new Set(gated.flatMap((rule) => rule.keywords ?? []))];
    const pieces = [...examples.flatMap((text) => text.split(/(?<=\s)/)), ...keywords];
    const text = fc
      .array(fc.tuple(fc.constantFrom(...pieces), fc.boolean()), { minLength: 1, maxLength: 10 })
      .map((parts) =>
        parts.map(([piece, upper]) => (upper ? piece.toUpperCase() : piece)).join(''),
      );
    fc.assert(
      fc.property(text, (sample) =>
        gated.every((rule) => gateOpen(rule, sample) === openBySpec(rule, sample)),
      ),
      { numRuns: 500 },
    );
  });
});

describe('a rule with `needs`', () => {
  const socUnnumbered = RULES.find((rule) => rule.id === 'soc-unnumbered');

  test.each([
    ['Provide a copy of your ISO/IEC 27001 certificate.', false],
    ['Attach your audit report and certification.', false],
    ['Attach your SOC certification.', true],
    ['Provide the S.O.C. audit report.', true],
    ['Fournissez votre rapport SOC.', true],
    ['Do you have a SOC-type 2 report?', true],
  ])('soc-unnumbered: “%s” opens the gate: %s', (text, open) => {
    expect(socUnnumbered).toBeDefined();
    if (socUnnumbered) expect(gateOpen(socUnnumbered, normalize(text).text)).toBe(open);
  });

  test.each([
    ['Attach your SOC certification.', 'soc-unnumbered'],
    ['Provide the S.O.C. audit report.', 'soc-unnumbered'],
    ['Fournissez votre rapport SOC.', 'soc-unnumbered'],
    ['Bitte senden Sie uns Ihren SOC-Bericht.', 'soc-unnumbered'],
  ])('“%s” still fires %s', (text, id) => {
    expect(explain(text).fired).toContain(id);
  });
});
