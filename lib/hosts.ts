/**
 * Questionnaire and procurement hosts where the content script runs by itself.
 * Anywhere else it runs only when the user asks (popup, shortcut, context menu, or an origin
 * granted with "Always scan this site"). Each entry says where the host comes from.
 */
export interface KnownHost {
  /** Match pattern, https only. */
  pattern: string;
  /** Who runs it, and where we saw the host. */
  source: string;
}

export const KNOWN_HOSTS: readonly KnownHost[] = [
  // Vendor-risk and questionnaire platforms
  {
    pattern: 'https://*.onetrust.com/*',
    source:
      'OneTrust Vendorpedia / Third-Party Risk: customer tenants live under <tenant>.my.onetrust.com (onetrust.com)',
  },
  {
    pattern: 'https://*.whistic.com/*',
    source: 'Whistic vendor assessments: app.whistic.com and customer profiles (whistic.com)',
  },
  {
    pattern: 'https://*.service-now.com/*',
    source:
      'ServiceNow Vendor Risk Management vendor portal: <instance>.service-now.com/vrm (servicenow.com docs)',
  },
  {
    pattern: 'https://*.ariba.com/*',
    source:
      'SAP Ariba supplier questionnaires: service.ariba.com and supplier.ariba.com (ariba.com)',
  },
  {
    pattern: 'https://*.coupahost.com/*',
    source:
      'Coupa Supplier Portal and supplier information management forms (supplier.coupahost.com)',
  },
  {
    pattern: 'https://*.processunity.net/*',
    source: 'ProcessUnity Vendor Risk Management vendor portal (processunity.net)',
  },
  {
    pattern: 'https://*.prevalent.net/*',
    source: 'Prevalent Third-Party Risk Management vendor portal (prevalent.net)',
  },
  {
    pattern: 'https://*.upguard.com/*',
    source: 'UpGuard Vendor Risk questionnaires: cyber-risk.upguard.com (upguard.com)',
  },
  {
    pattern: 'https://*.securityscorecard.io/*',
    source:
      'SecurityScorecard Atlas questionnaires: platform.securityscorecard.io (securityscorecard.com)',
  },
  {
    pattern: 'https://*.panorays.com/*',
    source: 'Panorays supplier questionnaires (panorays.com)',
  },
  {
    pattern: 'https://*.bitsighttech.com/*',
    source:
      'BitSight Vendor Risk Management questionnaires: service.bitsighttech.com (bitsight.com)',
  },
  {
    pattern: 'https://*.hyperproof.app/*',
    source: 'Hyperproof questionnaires and vendor reviews (hyperproof.io docs)',
  },
  {
    pattern: 'https://*.vanta.com/*',
    source:
      'Vanta questionnaire automation and trust centres: app.vanta.com, trust.vanta.com (vanta.com)',
  },
  {
    pattern: 'https://*.drata.com/*',
    source: 'Drata trust centres and questionnaire assistance: app.drata.com (drata.com)',
  },
  {
    pattern: 'https://*.safebase.io/*',
    source:
      'SafeBase trust centres and NDA-gated report requests: <company>.safebase.io (safebase.io)',
  },
  {
    pattern: 'https://*.conveyor.com/*',
    source: 'Conveyor trust portals and questionnaire answering (conveyor.com)',
  },
  { pattern: 'https://*.securiti.ai/*', source: 'Securiti vendor risk assessments (securiti.ai)' },
  {
    pattern: 'https://*.riskrecon.com/*',
    source: 'RiskRecon (Mastercard) vendor portal (riskrecon.com)',
  },
  {
    pattern: 'https://*.venminder.com/*',
    source: 'Venminder third-party risk questionnaires (venminder.com)',
  },
  {
    pattern: 'https://*.archerirm.com/*',
    source: 'Archer third-party governance, hosted (archerirm.com)',
  },
  // Generic form builders that buyers use to send questionnaires
  {
    pattern: 'https://docs.google.com/forms/*',
    source: 'Google Forms: docs.google.com/forms (google.com)',
  },
  {
    pattern: 'https://forms.office.com/*',
    source: 'Microsoft Forms: forms.office.com (microsoft.com)',
  },
  {
    pattern: 'https://forms.microsoft.com/*',
    source: 'Microsoft Forms, newer domain (microsoft.com)',
  },
  {
    pattern: 'https://*.typeform.com/*',
    source: 'Typeform: <account>.typeform.com/to/<id> (typeform.com)',
  },
  {
    pattern: 'https://*.qualtrics.com/*',
    source: 'Qualtrics surveys: <brand>.qualtrics.com/jfe/form (qualtrics.com)',
  },
  {
    pattern: 'https://app.smartsheet.com/*',
    source: 'Smartsheet forms: app.smartsheet.com/b/form (smartsheet.com)',
  },
  { pattern: 'https://*.jotform.com/*', source: 'Jotform: form.jotform.com (jotform.com)' },
  {
    pattern: 'https://*.surveymonkey.com/*',
    source: 'SurveyMonkey: www.surveymonkey.com/r/<id> (surveymonkey.com)',
  },
];

/** The match patterns alone, for `defineContentScript({ matches })` and the manifest test. */
export const KNOWN_HOST_PATTERNS: readonly string[] = KNOWN_HOSTS.map((host) => host.pattern);
