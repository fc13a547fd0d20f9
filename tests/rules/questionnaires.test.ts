/**
 * Realistic questionnaire wording beyond the dev corpus, written for these tests in the styles of
 * common vendor-risk tools (OneTrust- and Whistic-style forms, SIG- and CAIQ-like rows,
 * HECVAT-like higher-education sheets, procurement portals), plus traps. They guard generalisation:
 * a different questionnaire set is used to check the eval's targets.
 */
import { describe, expect, test } from 'vitest';
import { analyze } from '../../lib/rules/analyze';
import { itemType, reportSet } from '../../scripts/corpus-labels';
import type { ReportId, ReportType } from '../../lib/rules/types';

type Case = [text: string, reports: ReportId[], type: ReportType | null, context?: string];

const requests: Case[] = [
  [
    'Does your organization have a current SOC 2 Type II audit report? If yes, please attach.',
    ['soc2'],
    'type2',
  ],
  [
    'Upload your most recent SOC2 Type 2 report (issued within the last 12 months).',
    ['soc2'],
    'type2',
  ],
  ['Has your organization completed a SOC 2 Type I examination?', ['soc2'], 'type1'],
  ['Provide a copy of your SOC-2 report or equivalent third-party assessment.', ['soc2'], null],
  ['Third-party audit: SOC 2 Type 2 (Security, Availability, Confidentiality)', ['soc2'], 'type2'],
  ['Do you have a SOC 1 or SOC 2 report available under NDA?', ['soc1', 'soc2'], null],
  [
    'Please provide your SOC 1 Type 2 (SSAE 18) report for the period ending 30 September.',
    ['soc1'],
    'type2',
  ],
  ['Are you SOC II compliant?', ['soc2'], null],
  ['Please share the SOC 3 report or a link to it.', ['soc3'], null],
  ['Attach your SOC report.', ['soc2'], null],
  ['Do you undergo an annual SOC audit performed by an independent CPA firm?', ['soc2'], null],
  [
    'Attach your SOC report.',
    ['soc1'],
    null,
    'Financial controls (SOX) > Third-party service organizations',
  ],
  [
    'Our external auditor requires your SOC report to rely on controls over payroll processing.',
    ['soc1'],
    null,
  ],
  [
    'As our billing platform, do you have a SOC report covering controls relevant to our financial statements?',
    ['soc1'],
    null,
  ],
  ['Provide your SSAE 18 Type 2 report.', ['soc2'], 'type2'],
  ['Provide your SSAE 18 Type 2 report.', ['soc1'], 'type2', 'ICFR > Service organization reports'],
  ['Do you have an ISAE 3402 Type II report?', ['soc1'], 'type2'],
  ['Is the service covered by an ISAE 3000 assurance report?', ['soc2'], null],
  [
    'Do you hold ISO/IEC 27001:2022 certification for the in-scope service? Attach the certificate.',
    ['iso27001'],
    null,
  ],
  ['Please attach your ISO 27001 certificate and Statement of Applicability.', ['iso27001'], null],
  [
    'Is your information security management system certified by an accredited certification body (ISMS certification)?',
    ['iso27001'],
    null,
  ],
  [
    'If your SOC 2 period ended more than 3 months ago, please provide a bridge letter.',
    ['soc2', 'bridge-letter'],
    null,
  ],
  ['Provide a gap letter covering the period since your last report.', ['bridge-letter'], null],
  ['Do you have a SOC 1 and SOC 2 Type 2 report?', ['soc1', 'soc2'], 'type2'],
  [
    'Which of the following do you have? SOC 1, SOC 2, ISO 27001, PCI DSS',
    ['soc1', 'soc2', 'iso27001'],
    null,
  ],
  ['Please provide your Type 2 SOC 2 report.', ['soc2'], 'type2'],
  [
    'SOC 2 Type 2 report covering the Trust Services Criteria for security and availability',
    ['soc2'],
    'type2',
  ],
  [
    'Has a service auditor examined the operating effectiveness of your controls (SOC 2)?',
    ['soc2'],
    'type2',
  ],
  [
    'A point-in-time SOC 2 report is acceptable while your first audit period runs.',
    ['soc2'],
    'type1',
  ],
  ['Do you have a SAS 70 or SSAE 16 report?', ['soc1'], null],
  ['Is your service audited against the AICPA Trust Services Criteria?', ['soc2'], null],
  ['Do you have a SOC 2 + HIPAA report?', ['soc2'], null],
  ['Legen Sie bitte Ihren aktuellen SOC 2 Typ 2-Bericht vor.', ['soc2'], 'type2'],
  ['Veuillez fournir votre rapport SOC 2 de type II.', ['soc2'], 'type2'],
  ['¿Cuenta con un informe SOC 2 tipo 2 vigente?', ['soc2'], 'type2'],
  ['Possui relatório SOC 2 tipo 2 atualizado?', ['soc2'], 'type2'],
  [
    'Beschikt u over een geldige ISO 27001-certificering en een SOC 2-rapport?',
    ['soc2', 'iso27001'],
    null,
  ],
  ['Disponete di un report SOC 2 di tipo 2?', ['soc2'], 'type2'],
  ['最新のSOC2 Type2報告書を提出してください。', ['soc2'], 'type2'],
  [
    'Do you have a SOC 2 Type 2 report? If not, do you hold ISO 27001?',
    ['soc2', 'iso27001'],
    'type2',
  ],
  ['Provide your Service Organization Control (SOC) report.', ['soc2'], null],
  ['Is there a current independent service auditor’s report on your controls?', ['soc2'], null],
  ['Has your organization undergone an SSAE 16 SOC 1 audit?', ['soc1'], null],
  ['Provide the most recent SOC 1 Type II (formerly SAS 70) report.', ['soc1'], 'type2'],
  ['Does the institution receive a SOC 2 report from the vendor annually?', ['soc2'], null],
  [
    'Do you make third-party audit reports (e.g., SOC 2 Type II, ISO 27001) available to tenants?',
    ['soc2', 'iso27001'],
    'type2',
  ],
  ['Is your service covered by a System and Organization Controls 2 report?', ['soc2'], null],
  ['System and Organization Controls 1 report for the payroll service', ['soc1'], null],
  ['Attach your SOC2 & ISO27001 certificates.', ['soc2', 'iso27001'], null],
  ['Is there a SOC report available? (SOC 1, SOC 2)', ['soc1', 'soc2'], null],
  ['Are audit reports (SOC 1/SOC 2) made available to customers?', ['soc1', 'soc2'], null],
  ['Heeft u een ISAE 3402 type II verklaring?', ['soc1'], 'type2'],
  ['Dispone di certificazione ISO 27001 o di un report SOC 2?', ['soc2', 'iso27001'], null],
  ['SOC 2 タイプ II レポートをご提供いただけますか?', ['soc2'], 'type2'],
  [
    'Do you have complementary user entity controls (CUECs) listed in your SOC 1 report?',
    ['soc1'],
    null,
  ],
  [
    'Please provide your SOC 3 or a general use report if the SOC 2 is not shareable.',
    ['soc2', 'soc3'],
    null,
  ],
  ['Provide your type 2 attestation report.', ['soc2'], 'type2'],
  ['SOC 2 (Type I or Type II)', ['soc2'], null],
  ['Report issued under Statement on Standards for Attestation Engagements No. 16', ['soc1'], null],
  [
    'Please provide the most recent SOC report, including the bridge letter.',
    ['soc1', 'bridge-letter'],
    null,
    'Finance > Payments processing vendors',
  ],
  [
    'Attach a management letter stating that no material changes occurred since the end of the examination period.',
    ['bridge-letter'],
    null,
  ],
  ['Our accounting team needs your SOC report before year-end close.', ['soc1'], null],
  [
    'Please provide your SOC 2 report, list your subprocessors and describe how you monitor them.',
    ['soc2'],
    null,
  ],
];

const traps: [string, string?][] = [
  ['Do you operate a 24x7 Security Operations Center (SOC)?'],
  ['Describe your SOC analysts’ escalation process for security alerts.'],
  ['Do you use a SOC-as-a-service provider? If so, name it.'],
  ['Does your SOC report suspicious activity to customers within 24 hours?'],
  ['How many tier 1 SOC analysts are on shift?'],
  ['Avez-vous un centre des opérations de sécurité (SOC) interne ?'],
  ['Verfügen Sie über ein Sicherheitsbetriebszentrum (SOC)?'],
  ['¿Cuenta con un centro de operaciones de seguridad (SOC) propio?'],
  ['Which SoC does the device use, and is its firmware signed?'],
  ['Enter the SOC occupation code for each contractor role.'],
  ['Describe your social media policy and associated training.'],
  ['Are socket connections encrypted with TLS 1.2 or higher?'],
  ['Are you certified to ISO 9001 or ISO 14001?'],
  ['Do you hold ISO 22301 business continuity certification?'],
  ['Are you certified against ISO/IEC 27701?'],
  ['Do you follow ISO/IEC 27017 and ISO/IEC 27018?'],
  ['How long do you retain audit logs?'],
  ['Provide a certificate of insurance showing cyber liability coverage.'],
  ['How do you review SOC 2 reports received from your subprocessors?'],
  ['Do you require your critical suppliers to provide SOC 1 or SOC 2 reports?'],
  [
    'Describe how you assess third parties, including review of their SOC reports and ISO 27001 certificates.',
  ],
  ['Do you obtain and review SOC reports for your subservice organizations annually?'],
  ['Do you perform internal audits of your information security program?'],
  ['Is your PCI DSS Attestation of Compliance current?'],
  ['Do you have a HITRUST CSF certification?'],
  ['Upload your most recent penetration test report summary.'],
  ['What type of data do you store?'],
  ['Do you support SAML 2.0 single sign-on?'],
  ['Provide your business continuity plan.'],
  ['Is the system on a chip (SoC) in your devices certified?'],
  ['Security Operations Center (SOC) 2 locations'],
  ['Is your SOC certified under a national scheme?'],
  ['Does your SOC have documented playbooks?'],
  ['Les analystes du SOC sont-ils disponibles 24h/24 ?'],
  ['Le SOC produit-il un rapport mensuel d’incidents ?'],
  ['Haben Sie ein eigenes SOC (Security Operations Center)?'],
  ['Type 1 hypervisor or Type 2 hypervisor?'],
  ['Are you aligned with NIST SP 800-53 and ISO 27005?'],
  ['Is there a network bridge between guest Wi-Fi and the corporate LAN?'],
  [
    'Provide a letter from your bank confirming no material changes since the last financial report.',
  ],
  ['Our auditors will review SOC reports for all critical vendors.'],
  ['Do you review the SOC 2 Type 2 reports of your cloud hosting providers?'],
  ['Do you have a process to review the SOC 1 reports of your service providers?'],
  ['Do you audit your SOC annually?'],
  ['SOC-as-a-Service (SOCaaS) provider name'],
  ['Job title and SOC code'],
  ['Are your security staff ISO/IEC 27001 Lead Auditor certified?'],
  ['Our SOC two analysts rotate shifts weekly.'],
];

describe('questionnaire requests', () => {
  test.each(requests)('“%s” asks for %j, %s', (text, reports, type, context) => {
    const found = analyze(text, { context });
    expect(reportSet(found)).toEqual([...reports].sort());
    expect(itemType(found)).toBe(type);
  });
});

describe('questionnaire traps', () => {
  test.each(traps)('“%s” asks for no report', (text, context) => {
    expect(analyze(text, { context })).toEqual([]);
  });
});
