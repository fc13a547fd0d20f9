/**
 * Facts about each report a questionnaire can ask for, in our own words (DESIGN.md, "Domain
 * facts"). Every user-visible name of a report comes from here, so cards, popup and answers agree.
 */
import type { ReportId, ReportType } from './types';

/** What we show about one report. */
export interface ReportInfo {
  /** Full display name, e.g. "SOC 2". */
  name: string;
  /** Short label for badges and lists, e.g. "SOC 2". */
  short: string;
  /** One or two sentences: what the report is and who asks for it. */
  summary: string;
}

/** Display facts per report id. */
export const REPORTS: Record<ReportId, ReportInfo> = {
  soc2: {
    name: 'SOC 2',
    short: 'SOC 2',
    summary:
      'A CPA firm’s report on your controls for security, availability, processing integrity, confidentiality and privacy (the AICPA Trust Services Criteria). What security and procurement teams mean by “your SOC report”.',
  },
  soc1: {
    name: 'SOC 1',
    short: 'SOC 1',
    summary:
      'A CPA firm’s report on your controls that matter to your customers’ internal control over financial reporting (SSAE 18, AT-C 320; ISAE 3402 abroad). Asked for by customers’ auditors and controllers when your service touches their financial statements.',
  },
  soc3: {
    name: 'SOC 3',
    short: 'SOC 3',
    summary:
      'A short general-use summary of a SOC 2 examination that you may publish freely. It carries the auditor’s opinion but not the detailed tests.',
  },
  iso27001: {
    name: 'ISO/IEC 27001',
    short: 'ISO 27001',
    summary:
      'A certificate that your information security management system (ISMS) meets ISO/IEC 27001, issued by an accredited certification body, usually with a Statement of Applicability. A certification, not an attestation report; many buyers accept it in place of SOC 2.',
  },
  'bridge-letter': {
    name: 'Bridge letter',
    short: 'Bridge letter',
    summary:
      'A letter from your management (also called a gap letter) covering the time between the end of your last SOC report period and today, saying no material change happened to your controls.',
  },
};

const TYPE_LABEL: Record<ReportType, string> = { type1: 'Type 1', type2: 'Type 2' };

/**
 * The label a user reads for a report and, for SOC 1 and SOC 2, its type.
 *
 * @example reportLabel('soc2', 'type2') // "SOC 2 Type 2"
 * @example reportLabel('iso27001') // "ISO/IEC 27001"
 * @example reportLabel('bridge-letter', 'type2') // "Bridge letter" (the type applies to SOC 1/2 only)
 */
export function reportLabel(report: ReportId, type?: ReportType | null): string {
  const info = REPORTS[report];
  const name = info ? info.name : String(report);
  if (type && (report === 'soc1' || report === 'soc2')) return `${name} ${TYPE_LABEL[type]}`;
  return name;
}
