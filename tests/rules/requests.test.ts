/**
 * Every rule against its own examples (ESLint's RuleTester idea): a `match` example
 * must make the rule fire, a `noMatch` example must not. Failures name the rule id.
 */
import { describe, expect, test } from 'vitest';
import { explain } from '../../lib/rules/analyze';
import { examplesOf } from '../../lib/rules/examples';
import { RULES } from '../../lib/rules/requests';

const matches = RULES.flatMap((rule) =>
  examplesOf(rule).match.map((text) => ({ id: rule.id, text })),
);
const nonMatches = RULES.flatMap((rule) =>
  examplesOf(rule).noMatch.map((text) => ({ id: rule.id, text })),
);

describe('rule examples', () => {
  test.each(matches)('$id fires on “$text”', ({ id, text }) => {
    expect(explain(text).fired, `rule ${id}`).toContain(id);
  });

  test.each(nonMatches)('$id does not fire on “$text”', ({ id, text }) => {
    expect(explain(text).fired, `rule ${id}`).not.toContain(id);
  });
});

describe('report rules', () => {
  const reportRules = RULES.filter((rule) => rule.kind === 'report' || rule.kind === 'standard');
  test.each(
    reportRules.flatMap((rule) =>
      (rule.reports ?? []).length === 1
        ? examplesOf(rule).match.map((text) => ({ id: rule.id, text, report: rule.reports?.[0] }))
        : [],
    ),
  )('$id: “$text” asks for $report', ({ text, report }) => {
    expect(explain(text).requests.map((r) => r.report)).toContain(report);
  });
});
