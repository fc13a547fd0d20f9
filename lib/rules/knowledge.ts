/**
 * What the extension knows about audit reports, as data in our own words, so the popup's
 * cheat-sheet and the in-page cards show the same facts. Every fact restates docs/design.md
 * ("Domain facts"); the primary sources are the
 * AICPA's descriptions of its SOC suite of services, SSAE 18 (AT-C sections 105, 205 and 320)
 * and ISO/IEC 27001:2022.
 *
 * Every language has the same facts in its own file (knowledge-de.ts…), typed as `Knowledge`, so
 * a test can hold each one against this English text row by row.
 *
 * Pure TypeScript: no DOM, no browser APIs.
 */

import { SCENARIO_EN, type ScenarioText } from './scenario';

/** One row of a side-by-side comparison: the aspect, then one cell per column. */
export interface ComparisonRow {
  /** Stable kebab-case id (tests and anchors use it). */
  id: string;
  /** The aspect compared ("Reports on"). */
  aspect: string;
  /** Cells, in the order of the table's `columns`. */
  cells: readonly [string, string];
}

/** A two-column comparison table. */
export interface ComparisonTable {
  id: string;
  title: string;
  /** Column headings, e.g. ['SOC 1', 'SOC 2']. */
  columns: readonly [string, string];
  rows: readonly ComparisonRow[];
}

/**
 * SOC 1 vs SOC 2, every aspect a vendor weighs: what it reports on, the one-line version, who
 * needs it, who asks, standard, who performs it, Type 1 vs Type 2, distribution, default for SaaS.
 */
export const SOC1_VS_SOC2: ComparisonTable = {
  id: 'soc1-vs-soc2',
  title: 'SOC 1 vs SOC 2',
  columns: ['SOC 1', 'SOC 2'],
  rows: [
    {
      id: 'reports-on',
      aspect: 'Reports on',
      cells: [
        "Controls that matter to your customers' internal control over financial reporting (ICFR).",
        'Controls for security, availability, processing integrity, confidentiality and privacy: the AICPA Trust Services Criteria.',
      ],
    },
    {
      id: 'one-line',
      aspect: 'In one line',
      cells: [
        "Money: could your service get a customer's financial statements wrong?",
        'Data: could your service leak, lose or mishandle customer data?',
      ],
    },
    {
      id: 'who-needs-it',
      aspect: 'Who needs it',
      cells: [
        'Vendors in the money flow: payroll, billing and payments, loan servicing, claims processing, fund administration.',
        'SaaS, cloud, managed service providers, data processors: almost any tech vendor that holds customer data.',
      ],
    },
    {
      id: 'who-asks',
      aspect: 'Who asks for it',
      cells: [
        "The customer's external auditors, CFO and controller teams.",
        "The customer's security, IT and procurement teams, in a vendor risk review.",
      ],
    },
    {
      id: 'standard',
      aspect: 'Standard',
      cells: [
        'SSAE 18, section AT-C 320. You define the control objectives.',
        'SSAE 18, sections AT-C 105 and AT-C 205, measured against the Trust Services Criteria.',
      ],
    },
    {
      id: 'performed-by',
      aspect: 'Performed by',
      cells: ['A licensed CPA firm.', 'A licensed CPA firm.'],
    },
    {
      id: 'types',
      aspect: 'Type 1 / Type 2',
      cells: [
        'Both exist. Type 1: design at one point in time. Type 2: design and operating effectiveness over a period, usually 3 to 12 months.',
        'The same two types, with the same meaning.',
      ],
    },
    {
      id: 'distribution',
      aspect: 'Who may read it',
      cells: [
        'Restricted use: shared under NDA with customers and their auditors.',
        'Restricted use: shared under NDA during vendor review.',
      ],
    },
    {
      id: 'default-for-saas',
      aspect: 'Default for a SaaS company',
      cells: [
        "No. Only if your service touches customers' financial reporting.",
        'Yes. This is the one security reviews mean.',
      ],
    },
  ],
};

/** Type 1 vs Type 2 (same meaning for SOC 1 and SOC 2). */
export const TYPE1_VS_TYPE2: ComparisonTable = {
  id: 'type1-vs-type2',
  title: 'Type 1 vs Type 2',
  columns: ['Type 1', 'Type 2'],
  rows: [
    {
      id: 'tests',
      aspect: 'What the auditor checks',
      cells: [
        'That the controls are designed well, on one date.',
        'That the controls are designed well and actually worked, over a period.',
      ],
    },
    {
      id: 'period',
      aspect: 'Period covered',
      cells: ['A single point in time.', 'A period, usually 3 to 12 months.'],
    },
    {
      id: 'speed',
      aspect: 'How fast you can have it',
      cells: [
        'Quickly, once your controls are in place.',
        'Only after the observation period has run, plus the audit.',
      ],
    },
    {
      id: 'buyers',
      aspect: 'How buyers see it',
      cells: [
        'A good start that unblocks many deals; a stepping stone.',
        'What most security teams expect, and what renewals ask for.',
      ],
    },
    {
      id: 'when',
      aspect: 'When to choose it',
      cells: [
        'Deals are stalled in security review now: get a Type 1 fast, start the Type 2 period.',
        'As soon as you can: it is the report that lasts.',
      ],
    },
  ],
};

/** SOC 2 vs ISO/IEC 27001: different things, often accepted in place of each other. */
export const SOC2_VS_ISO27001: ComparisonTable = {
  id: 'soc2-vs-iso27001',
  title: 'SOC 2 vs ISO 27001',
  columns: ['SOC 2', 'ISO/IEC 27001'],
  rows: [
    {
      id: 'what',
      aspect: 'What it is',
      cells: [
        'An attestation report: a CPA firm gives its opinion on your controls.',
        'A certification of your information security management system (ISMS).',
      ],
    },
    {
      id: 'by-whom',
      aspect: 'Issued by',
      cells: ['A licensed CPA firm.', 'An accredited certification body.'],
    },
    {
      id: 'what-you-get',
      aspect: 'What you hand over',
      cells: [
        "A detailed report with the auditor's tests and results, under NDA.",
        'A certificate anyone may see, often with the Statement of Applicability.',
      ],
    },
    {
      id: 'criteria',
      aspect: 'Measured against',
      cells: [
        'The AICPA Trust Services Criteria.',
        'The ISO/IEC 27001 requirements and its Annex A controls.',
      ],
    },
    {
      id: 'where',
      aspect: 'Asked for most by',
      cells: ['Buyers in the United States and Canada.', 'Buyers in Europe and worldwide.'],
    },
    {
      id: 'accepted',
      aspect: 'Accepted in place of the other?',
      cells: ['Often, but not always: ask the buyer.', 'Often, but not always: ask the buyer.'],
    },
  ],
};

/** A short topic: a title and a few points. */
export interface KnowledgeTopic {
  id: string;
  title: string;
  points: readonly string[];
}

/** SOC 3 and bridge letters: the two extras questionnaires ask about. */
export const SOC3_AND_BRIDGE_LETTERS: readonly KnowledgeTopic[] = [
  {
    id: 'soc3',
    title: 'SOC 3',
    points: [
      'A short, general-use summary of a SOC 2: no test details, so it can be posted publicly.',
      'Fine for a website or a first look; a buyer doing a real security review still wants the SOC 2 itself.',
    ],
  },
  {
    id: 'bridge-letter',
    title: 'Bridge letter (gap letter)',
    points: [
      "A letter from your own management, not the auditor, covering the time between the end of your report's period and today.",
      'It says no material change to your controls has happened since the period ended.',
      'Send one with your report when the period ended months ago.',
    ],
  },
];

/** An older or foreign name a questionnaire may use, and what it means today. */
export interface LegacyName {
  id: string;
  name: string;
  meaning: string;
}

/** Old and international names for the same reports. */
export const LEGACY_NAMES: readonly LegacyName[] = [
  {
    id: 'sas-70',
    name: 'SAS 70',
    meaning: 'The old standard, used until 2011. Replaced by SSAE 16, then by SSAE 18.',
  },
  {
    id: 'ssae-16',
    name: 'SSAE 16',
    meaning:
      'Replaced SAS 70 in 2011; replaced in turn by SSAE 18 for reports dated from May 2017.',
  },
  {
    id: 'ssae-18',
    name: 'SSAE 18',
    meaning:
      'The current standard behind both SOC 1 and SOC 2, so "SSAE 18 report" alone is ambiguous: read the context (financial reporting means SOC 1, otherwise SOC 2).',
  },
  {
    id: 'isae-3402',
    name: 'ISAE 3402',
    meaning: 'The international counterpart of SOC 1.',
  },
  {
    id: 'isae-3000',
    name: 'ISAE 3000',
    meaning: 'The broader international assurance standard, often used the way SOC 2 is.',
  },
  {
    id: 'at-c',
    name: 'AT-C 320, AT-C 105 and 205',
    meaning: 'The SSAE 18 sections: AT-C 320 is SOC 1; AT-C 105 with 205 is SOC 2.',
  },
  {
    id: 'other-soc',
    name: '"SOC" that is not a report',
    meaning:
      'Security Operations Center, System on Chip and Standard Occupational Classification also shorten to SOC. None of them is a report request.',
  },
];

/** One FAQ entry. */
export interface FaqEntry {
  id: string;
  question: string;
  answer: string;
}

/** Questions vendors ask us most. */
export const FAQ: readonly FaqEntry[] = [
  {
    id: 'difference',
    question: 'What is the difference between SOC 1 and SOC 2?',
    answer:
      "SOC 1 is about money: controls that could affect your customers' financial statements. SOC 2 is about data: security, availability, processing integrity, confidentiality and privacy. Both are reports by a CPA firm under SSAE 18.",
  },
  {
    id: 'which-do-i-need',
    question: 'Which one do I need?',
    answer:
      "If you are a SaaS or tech vendor holding customer data: SOC 2. Add SOC 1 only when your service touches customers' financial reporting (payroll, billing, payments, loan servicing, claims, fund administration) and a customer asks for it. Unsure? Ask the buyer's security or procurement team.",
  },
  {
    id: 'unnumbered',
    question: 'The questionnaire just says "SOC report". Which one do they mean?',
    answer:
      'In a security or procurement questionnaire, SOC 2. It means SOC 1 only when the question or its section points at financial reporting: ICFR, SOX, financial statements, the external auditor or controller.',
  },
  {
    id: 'is-soc2-harder',
    question: 'Is SOC 2 harder than SOC 1?',
    answer:
      'Not harder, different. SOC 2 covers security across your whole system against fixed criteria; SOC 1 covers the processes that touch financial reporting, against objectives you define. The effort depends on scope and on Type 1 vs Type 2 more than on the number.',
  },
  {
    id: 'one-audit-both',
    question: 'Can one audit cover both?',
    answer:
      'You get two reports, but one CPA firm can do both in one fieldwork window with shared evidence. Payments and payroll platforms often do exactly that.',
  },
  {
    id: 'which-first',
    question: 'Which should I get first?',
    answer:
      'The one revenue is waiting on. For most SaaS companies that is SOC 2. If deals are stalled in security review now, get a Type 1 fast to unblock them, then a Type 2.',
  },
  {
    id: 'iso-instead',
    question: 'Can I send ISO 27001 instead of SOC 2?',
    answer:
      'Often. They are different things (a certification of your security management system vs an attestation report on your controls), but many buyers accept either. Ask before you assume.',
  },
  {
    id: 'old-report',
    question: 'Our report period ended months ago. What do I send?',
    answer:
      'The report plus a bridge letter from your management saying nothing material changed since the period ended.',
  },
];

/** Everything the cheat-sheet says, in one language; every language has the same ids in order. */
export interface Knowledge {
  soc1VsSoc2: ComparisonTable;
  type1VsType2: ComparisonTable;
  soc2VsIso27001: ComparisonTable;
  /** SOC 3 and bridge letters. */
  extras: readonly KnowledgeTopic[];
  legacyNames: readonly LegacyName[];
  faq: readonly FaqEntry[];
  scenario: ScenarioText;
}

/** The cheat-sheet in English: the text every other language is checked against. */
export const KNOWLEDGE_EN: Knowledge = {
  soc1VsSoc2: SOC1_VS_SOC2,
  type1VsType2: TYPE1_VS_TYPE2,
  soc2VsIso27001: SOC2_VS_ISO27001,
  extras: SOC3_AND_BRIDGE_LETTERS,
  legacyNames: LEGACY_NAMES,
  faq: FAQ,
  scenario: SCENARIO_EN,
};
