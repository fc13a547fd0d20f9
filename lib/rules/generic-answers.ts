/**
 * The answers we give without a profile: one per report, with placeholders in brackets for what
 * only the vendor knows, and the advice of DESIGN.md ("Advice we give").
 */
import { reportName } from './reports';
import type { Answer, ReportId, ReportType } from './types';

/** Per report: the answer with placeholders, and the advice of DESIGN.md. */
export const GENERIC: Record<ReportId, (type: ReportType | null) => Answer> = {
  soc2: (type) => ({
    text: `Yes. Our ${reportName('soc2', type, 'in-text')} report, covering [period start] to [period end], is available under NDA on request.`,
    attach: `${reportName('soc2', type, 'in-text')} report`,
    advice: [
      'A SOC report asked for in a security review means SOC 2 (security of customer data, under the Trust Services Criteria).',
      'Give a Type 2 if you have it. With no report yet: get a Type 1 fast to unblock the deal, then a Type 2.',
      'If your report period ended more than three months ago, add a bridge letter from your management covering the time since.',
      'ISO/IEC 27001 and SOC 2 are different things, but many buyers accept either: with only an ISO/IEC 27001 certificate, offer it.',
    ],
  }),
  soc1: () => ({
    text: 'SOC 1 is not applicable to our service: it covers controls relevant to our customers’ internal control over financial reporting (ICFR), which our service does not affect. Our SOC 2 report, covering the security of customer data, is available under NDA on request.',
    attach: 'SOC 2 report',
    advice: [
      'Only a service that touches customers’ financial reporting (payroll, billing, payments, loans, claims, fund administration) needs SOC 1; if yours does, answer with your SOC 1 instead.',
      'Payments and payroll platforms often need both: use one CPA firm, one fieldwork window and shared evidence.',
    ],
  }),
  soc3: () => ({
    text: 'Our SOC 3 report is a general-use report: you are free to download and share it from [trust-centre link].',
    attach: 'SOC 3 report',
    advice: [
      'A SOC 3 is the public summary of a SOC 2: share it freely, without an NDA. If you have none, offer your SOC 2 under NDA.',
    ],
  }),
  iso27001: () => ({
    text: 'Yes. We are certified to ISO/IEC 27001; our certificate, valid until [expiry date], is attached.',
    attach: 'ISO/IEC 27001 certificate',
    advice: [
      'ISO/IEC 27001 certifies a security management system; SOC 2 is an attestation report. Many buyers accept either: if you have only one, offer it and ask.',
    ],
  }),
  'bridge-letter': () => ({
    text: 'Yes. A bridge letter from our management covers the time from the end of our latest SOC report period to today.',
    attach: 'Bridge letter',
    advice: [
      'A bridge letter is a short letter from your management covering the time between your report period’s end and today; buyers ask for it once the period ended more than three months ago.',
    ],
  }),
};

/** The advice line pointing at the options page (the options page's own preview leaves it out). */
export const FILL_PROFILE =
  'Fill in your reports on the Which SOC? options page to get this answer with your own reports, dates and links.';

/** The last advice but one of every generic answer. */
export const UNSURE = 'When unsure what the buyer means, ask their security or procurement team.';
