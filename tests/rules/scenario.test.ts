import { describe, expect, test } from 'vitest';
import {
  pickScenario,
  SCENARIO_QUESTIONS,
  type Recommendation,
  type ScenarioAnswers,
} from '../../lib/rules/scenario';

describe('scenario questions', () => {
  test('every scenario question has at least two options with labels', () => {
    expect(SCENARIO_QUESTIONS.map((question) => question.id)).toEqual([
      'financialReporting',
      'asker',
      'dealsStalled',
    ]);
    for (const question of SCENARIO_QUESTIONS) {
      expect(question.options.length).toBeGreaterThanOrEqual(2);
      for (const option of question.options) expect(option.label.trim()).not.toBe('');
    }
  });
});

describe('pickScenario', () => {
  test.each<[string, ScenarioAnswers, Recommendation]>([
    [
      'a SaaS vendor asked by a security team gets SOC 2',
      { financialReporting: 'no', asker: 'security', dealsStalled: 'no' },
      'soc2',
    ],
    [
      'a SaaS vendor asked by an unknown team gets SOC 2',
      { financialReporting: 'no', asker: 'unknown', dealsStalled: 'yes' },
      'soc2',
    ],
    [
      'a SaaS vendor asked by both teams gets SOC 2',
      { financialReporting: 'no', asker: 'both', dealsStalled: 'no' },
      'soc2',
    ],
    [
      'a SaaS vendor asked by auditors should ask the buyer',
      { financialReporting: 'no', asker: 'finance', dealsStalled: 'no' },
      'ask-buyer',
    ],
    [
      'a payroll vendor asked by auditors gets SOC 1',
      { financialReporting: 'yes', asker: 'finance', dealsStalled: 'no' },
      'soc1',
    ],
    [
      'a payroll vendor asked by both teams gets both',
      { financialReporting: 'yes', asker: 'both', dealsStalled: 'no' },
      'both',
    ],
    [
      'a payments vendor asked by security gets both',
      { financialReporting: 'yes', asker: 'security', dealsStalled: 'yes' },
      'both',
    ],
    [
      'a payments vendor asked by an unknown team gets both',
      { financialReporting: 'yes', asker: 'unknown', dealsStalled: 'no' },
      'both',
    ],
    [
      'an unsure vendor asked by security gets SOC 2',
      { financialReporting: 'unsure', asker: 'security', dealsStalled: 'no' },
      'soc2',
    ],
    [
      'an unsure vendor asked by auditors should ask the buyer',
      { financialReporting: 'unsure', asker: 'finance', dealsStalled: 'no' },
      'ask-buyer',
    ],
    [
      'an unsure vendor asked by an unknown team should ask the buyer',
      { financialReporting: 'unsure', asker: 'unknown', dealsStalled: 'yes' },
      'ask-buyer',
    ],
  ])('%s', (_name, answers, expected) => {
    const outcome = pickScenario(answers);
    expect(outcome.recommendation).toBe(expected);
    expect(outcome.headline).not.toBe('');
    expect(outcome.reasons.length).toBeGreaterThan(0);
  });

  test.each([
    ['stalled deals get a Type 1 first', 'yes', /Type 1 fast/],
    ['no waiting deal goes straight for Type 2', 'no', /straight for a Type 2/],
  ] as const)('%s', (_name, dealsStalled, advice) => {
    expect(
      pickScenario({ financialReporting: 'no', asker: 'security', dealsStalled }).typeAdvice,
    ).toMatch(advice);
  });

  test('answers every combination with a recommendation and reasons', () => {
    for (const financialReporting of ['yes', 'no', 'unsure'] as const)
      for (const asker of ['security', 'finance', 'both', 'unknown'] as const)
        for (const dealsStalled of ['yes', 'no'] as const) {
          const outcome = pickScenario({ financialReporting, asker, dealsStalled });
          expect(['soc1', 'soc2', 'both', 'ask-buyer']).toContain(outcome.recommendation);
          expect(outcome.reasons.every((reason) => reason.trim() !== '')).toBe(true);
        }
  });
});
