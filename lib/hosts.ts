/**
 * Questionnaire and procurement hosts where the content script runs by itself (docs/design.md,
 * "Activation and permissions"). Anywhere else it runs only when the user asks (popup,
 * keyboard shortcut, context menu, or an origin granted with "Always scan this site").
 *
 * Rules for an entry: https only; a host we are confident serves questionnaires, vendor-risk
 * portals, trust centres or the forms buyers send; a source saying who runs it and where the
 * host name was seen. Patterns are as narrow as the product allows (a path when the host also
 * serves unrelated apps, as docs.google.com does). Hosts we could not confirm stay out: a wrong
 * entry costs every user a content script on a site that has nothing for us.
 */
export interface KnownHost {
  /** Match pattern, https only. */
  pattern: string;
  /** Who runs it, and where we saw the host. */
  source: string;
}

export const KNOWN_HOSTS: readonly KnownHost[] = [
  // Vendor-risk and questionnaire platforms (the buyer sends the questionnaire from here).
  {
    pattern: 'https://*.onetrust.com/*',
    source:
      'OneTrust Third-Party Risk Management: app.onetrust.com, app-eu.onetrust.com and customer tenants <tenant>.my.onetrust.com (onetrust.com)',
  },
  {
    pattern: 'https://*.whistic.com/*',
    source:
      'Whistic vendor assessments and Whistic Profiles (trust pages): app.whistic.com (whistic.com)',
  },
  {
    pattern: 'https://*.service-now.com/*',
    source:
      'ServiceNow Vendor Risk Management vendor portal: <instance>.service-now.com/vrm (ServiceNow product docs)',
  },
  {
    pattern: 'https://*.ariba.com/*',
    source:
      'SAP Ariba supplier questionnaires and registration: service.ariba.com, supplier.ariba.com (ariba.com)',
  },
  {
    pattern: 'https://*.coupahost.com/*',
    source:
      'Coupa Supplier Portal (supplier.coupahost.com) and customer instances <customer>.coupahost.com, where supplier information forms are filled in',
  },
  {
    pattern: 'https://*.processunity.net/*',
    source:
      'ProcessUnity Vendor Risk Management: tenants at app.processunity.net/<tenant> (URLs in ProcessUnity API clients and SSO setup guides)',
  },
  {
    pattern: 'https://*.cybergrx.com/*',
    source:
      'CyberGRX third-party risk exchange assessments, now part of ProcessUnity (cybergrx.com)',
  },
  {
    pattern: 'https://*.prevalent.net/*',
    source:
      'Prevalent (Mitratech) Third-Party Risk Management platform; company and API hosts on prevalent.net (www.prevalent.net, api.prevalent.net)',
  },
  {
    pattern: 'https://*.upguard.com/*',
    source: 'UpGuard Vendor Risk questionnaires: cyber-risk.upguard.com (upguard.com)',
  },
  {
    pattern: 'https://*.securityscorecard.io/*',
    source:
      'SecurityScorecard platform and Atlas questionnaires: platform.securityscorecard.io (securityscorecard.com)',
  },
  {
    pattern: 'https://*.panorays.com/*',
    source: 'Panorays supplier security questionnaires (panorays.com)',
  },
  {
    pattern: 'https://*.bitsighttech.com/*',
    source:
      'BitSight platform and Vendor Risk Management questionnaires: service.bitsighttech.com (bitsight.com)',
  },
  {
    pattern: 'https://*.hyperproof.app/*',
    source:
      'Hyperproof application host, where vendors answer questionnaires sent to them (hyperproof.app; docs.hyperproof.io "one-time passcodes for external users")',
  },
  {
    pattern: 'https://*.venminder.com/*',
    source: 'Venminder third-party risk questionnaires (venminder.com)',
  },
  {
    pattern: 'https://*.securiti.ai/*',
    source: 'Securiti vendor risk assessments: app.securiti.ai (securiti.ai)',
  },
  // Compliance platforms with trust centres and questionnaire answering.
  {
    pattern: 'https://*.vanta.com/*',
    source:
      'Vanta questionnaire automation and Trust Centers: app.vanta.com/<company>/trust (vanta.com)',
  },
  {
    pattern: 'https://*.drata.com/*',
    source: 'Drata Trust Center and questionnaire assistance: app.drata.com (drata.com)',
  },
  {
    pattern: 'https://*.secureframe.com/*',
    source: 'Secureframe Trust and questionnaire automation: app.secureframe.com (secureframe.com)',
  },
  {
    pattern: 'https://*.safebase.io/*',
    source:
      'SafeBase trust centres and NDA-gated report requests: app.safebase.io and <company>.safebase.io (safebase.io)',
  },
  {
    pattern: 'https://*.conveyor.com/*',
    source: 'Conveyor trust portals and questionnaire answering (conveyor.com)',
  },
  // Response platforms where the vendor answers imported questionnaires.
  {
    pattern: 'https://*.loopio.com/*',
    source: 'Loopio RFP and security questionnaire responses: app.loopio.com (loopio.com)',
  },
  {
    pattern: 'https://*.rfpio.com/*',
    source: 'Responsive (formerly RFPIO) questionnaire responses: app.rfpio.com (responsive.io)',
  },
  // Generic form builders that buyers use to send questionnaires.
  {
    pattern: 'https://docs.google.com/forms/*',
    source: 'Google Forms: docs.google.com/forms/d/e/<id>/viewform (google.com)',
  },
  {
    pattern: 'https://forms.office.com/*',
    source: 'Microsoft Forms: forms.office.com/Pages/ResponsePage.aspx (microsoft.com)',
  },
  {
    pattern: 'https://forms.microsoft.com/*',
    source: 'Microsoft Forms, alternative domain (microsoft.com)',
  },
  {
    pattern: 'https://forms.cloud.microsoft/*',
    source:
      'Microsoft Forms on the cloud.microsoft domain Microsoft 365 apps moved to: forms.cloud.microsoft/r/<id> (microsoft.com)',
  },
  {
    pattern: 'https://*.typeform.com/*',
    source: 'Typeform: form.typeform.com/to/<id> and <account>.typeform.com (typeform.com)',
  },
  {
    pattern: 'https://*.qualtrics.com/*',
    source: 'Qualtrics surveys: <brand>.qualtrics.com/jfe/form/<id> (qualtrics.com)',
  },
  {
    pattern: 'https://app.smartsheet.com/*',
    source: 'Smartsheet forms: app.smartsheet.com/b/form/<id> (smartsheet.com)',
  },
  {
    pattern: 'https://*.jotform.com/*',
    source: 'Jotform: form.jotform.com/<id> and eu.jotform.com (jotform.com)',
  },
  {
    pattern: 'https://*.surveymonkey.com/*',
    source: 'SurveyMonkey: www.surveymonkey.com/r/<id> (surveymonkey.com)',
  },
];

/** The match patterns alone, for `defineContentScript({ matches })` and the manifest test. */
export const KNOWN_HOST_PATTERNS: readonly string[] = KNOWN_HOSTS.map((host) => host.pattern);

/**
 * True when `url` matches the WebExtension match pattern `pattern`, for the pattern forms this
 * file uses (`<scheme>://<host>/<path>` with an optional leading `*.` in the host and `*` in the
 * path). As in the browsers, `*.example.com` also matches `example.com` itself, and the port is
 * ignored (MDN "Match patterns").
 *
 * @example matchesPattern('https://*.onetrust.com/*', 'https://acme.my.onetrust.com/x') // true
 */
export function matchesPattern(pattern: string, url: string): boolean {
  const parts = /^(https?|\*):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!parts) return false;
  const [, scheme, host, path] = parts as unknown as [string, string, string, string];
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  const protocol = parsed.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) {
    return false;
  }
  const hostname = parsed.hostname.toLowerCase();
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2).toLowerCase();
      if (hostname !== base && !hostname.endsWith(`.${base}`)) return false;
    } else if (hostname !== host.toLowerCase()) {
      return false;
    }
  }
  const pathPattern = new RegExp(
    `^${path
      .split('*')
      .map((piece) => piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );
  return pathPattern.test(parsed.pathname + parsed.search);
}

/**
 * True when the content script already runs on `url` by itself (a known host): the popup then
 * needs no "Always scan this site" button.
 */
export function isKnownHostUrl(url: string): boolean {
  return KNOWN_HOST_PATTERNS.some((pattern) => matchesPattern(pattern, url));
}
