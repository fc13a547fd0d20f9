/**
 * The advice we give without a profile, per report (docs/design.md, "Domain facts"). The answer
 * itself, with placeholders in brackets for what only the vendor knows, is per language in the
 * answer files (`generic` in `answers-en.ts` and its translations).
 */
import type { ReportId } from './types';

/** Per report: the advice of docs/design.md. */
export const GENERIC: Record<ReportId, readonly string[]> = {
  soc2: [
    'A SOC report asked for in a security review means SOC 2 (security of customer data, under the Trust Services Criteria).',
    'Give a Type 2 if you have it. With no report yet: get a Type 1 fast to unblock the deal, then a Type 2.',
    'If your report period ended more than three months ago, add a bridge letter from your management covering the time since.',
    'ISO/IEC 27001 and SOC 2 are different things, but many buyers accept either: with only an ISO/IEC 27001 certificate, offer it.',
  ],
  soc1: [
    'Only a service that touches customers’ financial reporting (payroll, billing, payments, loans, claims, fund administration) needs SOC 1; if yours does, answer with your SOC 1 instead.',
    'Payments and payroll platforms often need both: use one CPA firm, one fieldwork window and shared evidence.',
  ],
  soc3: [
    'A SOC 3 is the public summary of a SOC 2: share it freely, without an NDA. If you have none, offer your SOC 2 under NDA.',
  ],
  iso27001: [
    'ISO/IEC 27001 certifies a security management system; SOC 2 is an attestation report. Many buyers accept either: if you have only one, offer it and ask.',
  ],
  'bridge-letter': [
    'A bridge letter is a short letter from your management covering the time between your report period’s end and today; buyers ask for it once the period ended more than three months ago.',
  ],
};

/** The advice line pointing at the options page (the options page's own preview leaves it out). */
export const FILL_PROFILE =
  'Fill in your reports on the Which SOC? options page to get this answer with your own reports, dates and links.';

/** The last advice but one of every generic answer. */
export const UNSURE = 'When unsure what the buyer means, ask their security or procurement team.';
