import { t, type MessageKey } from '../lib/i18n';
import { reportName, REPORTS, type NameForm, type ReportId, type ReportType } from '../lib/rules';

/** What each report is, in the card under its name. */
const SUMMARIES: Record<ReportId, MessageKey> = {
  soc2: 'cardSummarySoc2',
  soc1: 'cardSummarySoc1',
  soc3: 'cardSummarySoc3',
  iso27001: 'cardSummaryIso27001',
  'bridge-letter': 'cardSummaryBridgeLetter',
};

/**
 * A report's name as the screens show it, in the UI language: the official name as auditors write
 * it ("SOC 2", "ISO 27001"), its type in the language's usual form ("Typ 2", "type 2"), and the
 * bridge letter by its name there.
 *
 * @example reportTitle('soc2', 'type2') // "SOC 2 Type 2", in German "SOC 2 Typ 2"
 */
export function reportTitle(
  report: ReportId,
  type?: ReportType | null,
  form: Extract<NameForm, 'title' | 'short'> = 'title',
): string {
  if (report === 'bridge-letter') return t('cardBridgeLetterTitle');
  const name = reportName(report, null, form);
  if (!type || !REPORTS[report]?.typed) return name;
  return `${name} ${t('commonTypeName', type === 'type2' ? 2 : 1)}`;
}

/** What a report is, in one or two sentences of the UI language. */
export function reportSummary(report: ReportId): string {
  const key = SUMMARIES[report];
  return key ? t(key) : '';
}
