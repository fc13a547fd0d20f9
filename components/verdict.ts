import { t, uiLanguage } from '../lib/i18n';
import { verdictReports, type Reading } from '../lib/rules';
import { reportTitle } from './report-title';

/**
 * The popup's one-line verdict in the UI language: "This questionnaire asks for SOC 2 Type 2 and
 * ISO 27001." Report names stay as auditors write them, with the type in the language's usual form
 * ("Typ 2"); the list is joined by the language's own rules (English without the serial comma, as
 * the rest of our English is written).
 */
export function verdictLine(findings: readonly Omit<Reading, 'reasons'>[]): string {
  if (findings.length === 0) return t('popupVerdictNone');
  const names = verdictReports(findings).map(({ report, type }) => {
    if (report === 'bridge-letter') return t('commonBridgeLetterInList');
    return reportTitle(report, type, 'short');
  });
  const language = uiLanguage();
  const list = new Intl.ListFormat(language === 'en' ? 'en-GB' : language, {
    type: 'conjunction',
  }).format(names);
  return t('popupVerdict', list);
}
