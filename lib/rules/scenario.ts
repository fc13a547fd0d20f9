/**
 * The scenario picker's questions and logic: a vendor's three answers in, the report to get (with
 * the reasoning) out. The advice restates docs/design.md ("Domain facts").
 *
 * Pure TypeScript: no DOM, no browser APIs.
 */

/** The answer options of the scenario picker. */
export type FinancialReportingAnswer = 'yes' | 'no' | 'unsure';
export type AskerAnswer = 'security' | 'finance' | 'both' | 'unknown';
export type StalledAnswer = 'yes' | 'no';

/** The user's answers to the scenario picker. */
export interface ScenarioAnswers {
  financialReporting: FinancialReportingAnswer;
  asker: AskerAnswer;
  dealsStalled: StalledAnswer;
}

/** One question of the picker, with its options. */
export interface ScenarioQuestion<K extends keyof ScenarioAnswers = keyof ScenarioAnswers> {
  id: K;
  question: string;
  options: readonly { value: ScenarioAnswers[K]; label: string }[];
}

/** "Pick your scenario": three questions, in order. */
export const SCENARIO_QUESTIONS: readonly [
  ScenarioQuestion<'financialReporting'>,
  ScenarioQuestion<'asker'>,
  ScenarioQuestion<'dealsStalled'>,
] = [
  {
    id: 'financialReporting',
    question: "Does your service touch your customers' financial reporting?",
    options: [
      { value: 'yes', label: 'Yes (payroll, billing, payments, claims, fund admin…)' },
      { value: 'no', label: 'No' },
      { value: 'unsure', label: 'Not sure' },
    ],
  },
  {
    id: 'asker',
    question: 'Who is asking for the report?',
    options: [
      { value: 'security', label: 'Their security, IT or procurement team' },
      { value: 'finance', label: 'Their auditors, controller or CFO' },
      { value: 'both', label: 'Both' },
      { value: 'unknown', label: "I don't know" },
    ],
  },
  {
    id: 'dealsStalled',
    question: 'Are deals stalled waiting for a report right now?',
    options: [
      { value: 'yes', label: 'Yes' },
      { value: 'no', label: 'No' },
    ],
  },
];

/** What the picker recommends. */
export type Recommendation = 'soc2' | 'soc1' | 'both' | 'ask-buyer';

/** The picker's outcome: a recommendation, a headline and the reasoning behind it. */
export interface ScenarioOutcome {
  recommendation: Recommendation;
  headline: string;
  reasons: string[];
  /** Type 1 / Type 2 advice, which depends on whether deals are stalled. */
  typeAdvice: string;
}

const HEADLINES: Record<Recommendation, string> = {
  soc2: 'Get SOC 2',
  soc1: 'Get SOC 1',
  both: 'Get both SOC 1 and SOC 2',
  'ask-buyer': 'Ask the buyer first',
};

/**
 * The scenario picker's logic: answers in, recommendation with reasoning out. Follows the advice
 * in docs/design.md: SaaS does SOC 2; SOC 1 only when you touch customers' financial reporting;
 * payments/payroll platforms often need both; when unsure ask the buyer; stalled deals get a
 * Type 1 fast, then a Type 2.
 */
export function pickScenario(answers: ScenarioAnswers): ScenarioOutcome {
  const { financialReporting, asker, dealsStalled } = answers;
  const reasons: string[] = [];
  let recommendation: Recommendation;

  if (financialReporting === 'no') {
    if (asker === 'finance') {
      recommendation = 'ask-buyer';
      reasons.push(
        'Their auditors or controller usually want SOC 1, but your service does not touch their financial reporting, so SOC 1 has little to report on.',
        'Tell them so, offer your SOC 2, and ask whether that covers what they need.',
      );
    } else {
      recommendation = 'soc2';
      reasons.push(
        'You hold customer data but do not touch their financial reporting: SOC 2 is the report for you.',
        asker === 'unknown'
          ? 'An unnamed "SOC report" in a security questionnaire means SOC 2.'
          : 'Security, IT and procurement teams ask for SOC 2 in vendor reviews.',
      );
      if (asker === 'both') {
        reasons.push(
          'If their auditors insist on SOC 1, explain that your service is outside their financial reporting.',
        );
      }
    }
  } else if (financialReporting === 'yes') {
    if (asker === 'finance') {
      recommendation = 'soc1';
      reasons.push(
        'Your service touches their financial reporting and their auditors or controller are asking: that is SOC 1.',
        'Expect security teams to ask for SOC 2 later; the same CPA firm can add it.',
      );
    } else if (asker === 'security') {
      recommendation = 'both';
      reasons.push(
        'The security team asking now waits on SOC 2: lead with it, since revenue is waiting on it.',
        "Because you touch customers' financial reporting, their auditors will ask for SOC 1 too.",
        'One CPA firm, one fieldwork window, shared evidence.',
      );
    } else {
      recommendation = 'both';
      reasons.push(
        'Platforms in the money flow (payments, payroll, billing) often need both.',
        'One CPA firm can do both in one fieldwork window with shared evidence.',
        asker === 'unknown'
          ? 'Ask the buyer which one they need first, and lead with that one.'
          : 'Lead with the report that revenue is waiting on.',
      );
    }
  } else if (asker === 'security') {
    recommendation = 'soc2';
    reasons.push(
      'Security, IT and procurement teams ask for SOC 2 in vendor reviews, whatever else you do.',
      'If a customer later says your service affects their financial statements, add SOC 1 then.',
    );
  } else {
    recommendation = 'ask-buyer';
    reasons.push(
      'You are not sure whether you touch their financial reporting, and that decides SOC 1 vs SOC 2.',
      "Ask the buyer's security or procurement team which report they need and why.",
    );
  }

  const typeAdvice =
    dealsStalled === 'yes'
      ? 'Deals are stalled now: get a Type 1 fast to unblock them, and start the Type 2 period at the same time.'
      : 'No deal is waiting: go straight for a Type 2, the report buyers expect.';

  return { recommendation, headline: HEADLINES[recommendation], reasons, typeAdvice };
}
