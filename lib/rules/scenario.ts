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

/** What the picker recommends. */
export type Recommendation = 'soc2' | 'soc1' | 'both' | 'ask-buyer';

/** One sentence of the picker's reasoning, by id, so each language words it once. */
export type ScenarioReason =
  | 'finance-without-financial-reporting'
  | 'offer-soc2-to-finance'
  | 'data-without-financial-reporting'
  | 'unnamed-means-soc2'
  | 'security-asks-soc2'
  | 'explain-outside-financial-reporting'
  | 'financial-reporting-and-finance'
  | 'soc2-later'
  | 'security-waits-on-soc2'
  | 'auditors-will-ask-soc1'
  | 'one-firm-one-window'
  | 'money-flow-needs-both'
  | 'one-firm-both'
  | 'ask-which-first'
  | 'lead-with-revenue'
  | 'security-whatever-else'
  | 'add-soc1-later'
  | 'unsure-decides'
  | 'ask-buyer-which';

/** Every word of the picker in one language: its questions, headlines and reasoning. */
export interface ScenarioText {
  /** "Pick your scenario": three questions, in this order. */
  questions: readonly [
    ScenarioQuestion<'financialReporting'>,
    ScenarioQuestion<'asker'>,
    ScenarioQuestion<'dealsStalled'>,
  ];
  headlines: Readonly<Record<Recommendation, string>>;
  reasons: Readonly<Record<ScenarioReason, string>>;
  /** Type 1 / Type 2 advice, by whether deals are stalled now. */
  typeAdvice: Readonly<Record<StalledAnswer, string>>;
}

/** The picker in English. */
export const SCENARIO_EN: ScenarioText = {
  questions: [
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
  ],
  headlines: {
    soc2: 'Get SOC 2',
    soc1: 'Get SOC 1',
    both: 'Get both SOC 1 and SOC 2',
    'ask-buyer': 'Ask the buyer first',
  },
  reasons: {
    'finance-without-financial-reporting':
      'Their auditors or controller usually want SOC 1, but your service does not touch their financial reporting, so SOC 1 has little to report on.',
    'offer-soc2-to-finance':
      'Tell them so, offer your SOC 2, and ask whether that covers what they need.',
    'data-without-financial-reporting':
      'You hold customer data but do not touch their financial reporting: SOC 2 is the report for you.',
    'unnamed-means-soc2': 'An unnamed "SOC report" in a security questionnaire means SOC 2.',
    'security-asks-soc2': 'Security, IT and procurement teams ask for SOC 2 in vendor reviews.',
    'explain-outside-financial-reporting':
      'If their auditors insist on SOC 1, explain that your service is outside their financial reporting.',
    'financial-reporting-and-finance':
      'Your service touches their financial reporting and their auditors or controller are asking: that is SOC 1.',
    'soc2-later': 'Expect security teams to ask for SOC 2 later; the same CPA firm can add it.',
    'security-waits-on-soc2':
      'The security team asking now waits on SOC 2: lead with it, since revenue is waiting on it.',
    'auditors-will-ask-soc1':
      "Because you touch customers' financial reporting, their auditors will ask for SOC 1 too.",
    'one-firm-one-window': 'One CPA firm, one fieldwork window, shared evidence.',
    'money-flow-needs-both':
      'Platforms in the money flow (payments, payroll, billing) often need both.',
    'one-firm-both': 'One CPA firm can do both in one fieldwork window with shared evidence.',
    'ask-which-first': 'Ask the buyer which one they need first, and lead with that one.',
    'lead-with-revenue': 'Lead with the report that revenue is waiting on.',
    'security-whatever-else':
      'Security, IT and procurement teams ask for SOC 2 in vendor reviews, whatever else you do.',
    'add-soc1-later':
      'If a customer later says your service affects their financial statements, add SOC 1 then.',
    'unsure-decides':
      'You are not sure whether you touch their financial reporting, and that decides SOC 1 vs SOC 2.',
    'ask-buyer-which':
      "Ask the buyer's security or procurement team which report they need and why.",
  },
  typeAdvice: {
    yes: 'Deals are stalled now: get a Type 1 fast to unblock them, and start the Type 2 period at the same time.',
    no: 'No deal is waiting: go straight for a Type 2, the report buyers expect.',
  },
};

/** "Pick your scenario" in English: three questions, in order. */
export const SCENARIO_QUESTIONS = SCENARIO_EN.questions;

/** The picker's decision, before it is worded: what to get and which reasons say why. */
export interface ScenarioChoice {
  recommendation: Recommendation;
  reasons: ScenarioReason[];
}

/** The picker's outcome: a recommendation, a headline and the reasoning behind it. */
export interface ScenarioOutcome {
  recommendation: Recommendation;
  headline: string;
  reasons: string[];
  /** Type 1 / Type 2 advice, which depends on whether deals are stalled. */
  typeAdvice: string;
}

/**
 * The scenario picker's logic: answers in, recommendation with the ids of its reasons out. Follows
 * the advice in docs/design.md: SaaS does SOC 2; SOC 1 only when you touch customers' financial
 * reporting; payments/payroll platforms often need both; when unsure ask the buyer.
 */
export function chooseScenario(answers: ScenarioAnswers): ScenarioChoice {
  const { financialReporting, asker } = answers;
  if (financialReporting === 'no') {
    if (asker === 'finance') {
      return {
        recommendation: 'ask-buyer',
        reasons: ['finance-without-financial-reporting', 'offer-soc2-to-finance'],
      };
    }
    const reasons: ScenarioReason[] = [
      'data-without-financial-reporting',
      asker === 'unknown' ? 'unnamed-means-soc2' : 'security-asks-soc2',
    ];
    if (asker === 'both') reasons.push('explain-outside-financial-reporting');
    return { recommendation: 'soc2', reasons };
  }
  if (financialReporting === 'yes') {
    if (asker === 'finance') {
      return { recommendation: 'soc1', reasons: ['financial-reporting-and-finance', 'soc2-later'] };
    }
    if (asker === 'security') {
      return {
        recommendation: 'both',
        reasons: ['security-waits-on-soc2', 'auditors-will-ask-soc1', 'one-firm-one-window'],
      };
    }
    return {
      recommendation: 'both',
      reasons: [
        'money-flow-needs-both',
        'one-firm-both',
        asker === 'unknown' ? 'ask-which-first' : 'lead-with-revenue',
      ],
    };
  }
  if (asker === 'security') {
    return { recommendation: 'soc2', reasons: ['security-whatever-else', 'add-soc1-later'] };
  }
  return { recommendation: 'ask-buyer', reasons: ['unsure-decides', 'ask-buyer-which'] };
}

/**
 * The picker's outcome worded in `text`'s language: the recommendation, its reasoning, and the
 * Type 1 / Type 2 advice (stalled deals get a Type 1 fast, then a Type 2).
 */
export function pickScenario(
  answers: ScenarioAnswers,
  text: ScenarioText = SCENARIO_EN,
): ScenarioOutcome {
  const { recommendation, reasons } = chooseScenario(answers);
  return {
    recommendation,
    headline: text.headlines[recommendation],
    reasons: reasons.map((reason) => text.reasons[reason]),
    typeAdvice: text.typeAdvice[answers.dealsStalled],
  };
}
