/**
 * Each rule's examples and source, by rule id: test and documentation data, kept out of the rule
 * objects in ./requests so the content-script bundle does not carry them (load-task size:
 * the minified content script lost 10.5 kB, 3.2 kB gzipped). Only tests import this file.
 *
 * `match`: texts the rule must fire on; `noMatch`: look-alikes it must not fire on
 * (tests/rules/requests.test.ts runs every one, ESLint's RuleTester idea). A reported
 * miss becomes an example here first. `source`: where the rule's fact comes from (https).
 */

/** The examples and source of one rule. */
export interface RuleExamples {
  /** Where the fact comes from (https). */
  source: string;
  /** Texts the rule must fire on. */
  match: readonly string[];
  /** Look-alikes it must not fire on. */
  noMatch: readonly string[];
}

const AICPA_SOC =
  'https://www.aicpa-cima.com/topic/audit-assurance/audit-and-assurance-greater-than-soc-2';
const AICPA_SOC1 =
  'https://www.aicpa-cima.com/topic/audit-assurance/audit-and-assurance-greater-than-soc-1';
const AICPA_TSC =
  'https://www.aicpa-cima.com/resources/download/2017-trust-services-criteria-with-revised-points-of-focus-2022';
const ISO_27001 = 'https://www.iso.org/standard/27001';
const IAASB_3402 =
  'https://www.iaasb.org/publications/isae-3402-assurance-reports-controls-service-organization';

/**
 * The examples and source of the rule with this id. Throws for an id without an entry, so a rule
 * added without examples fails its tests loudly (tests only: never called at run time).
 */
export function examplesOf(rule: { id: string }): RuleExamples {
  const found = RULE_EXAMPLES[rule.id];
  if (!found) throw new Error(`rule ${rule.id}: no entry in lib/rules/examples.ts`);
  return found;
}

/** By rule id: every rule of `RULES` has an entry (tests/rules/catalogue.test.ts). */
export const RULE_EXAMPLES: Readonly<Record<string, RuleExamples>> = {
  'at-c-105-205': {
    source: AICPA_SOC,
    match: ['Is the examination performed under AT-C 205?', 'an AT-C section 105 engagement'],
    noMatch: ['Is the examination performed under AT-C 320?', 'Model AT-1050 firewall'],
  },
  'at-c-320': {
    source: AICPA_SOC1,
    match: ['Provide your AT-C 320 report.', 'Report under AT-C Section 320'],
    noMatch: ['Provide your AT-C 205 report.', 'Pages 320 to 330 of the contract'],
  },
  'at-section-101': {
    source: AICPA_SOC,
    match: ['Provide your AT 101 report.', 'Report issued under AT Section 101.'],
    noMatch: ['See chapter 101 of the handbook.', 'Room AT-1010 houses the servers.'],
  },
  'attestation-report-on-controls': {
    source: AICPA_SOC,
    match: [
      'Please upload an attestation report on your internal controls.',
      'Provide your most recent independent attestation report.',
    ],
    noMatch: [
      'Upload your PCI DSS Attestation of Compliance (AoC).',
      'Describe how attestation of user access reviews is recorded.',
    ],
  },
  'bridge-letter': {
    source: AICPA_SOC,
    match: [
      'If your report period ended more than three months ago, attach a bridge letter.',
      'Please include the gap letter.',
      'Please provide a coverage letter for the gap between your SOC 2 period end and today.',
      '¿Dónde puedo obtener las cartas puente?',
      'Fournissez la lettre de pont.',
      'Bitte legen Sie einen Überbrückungsschreiben bei.',
      'ブリッジ レターを提出してください。',
      'Fornite le lettere ponte per il periodo scoperto.',
      'Anexe a carta de ligação da sua administração.',
    ],
    noMatch: [
      'Is there a network bridge between the office and the data centre?',
      'Describe your gap analysis against NIST CSF.',
      'Indique a carta de condução do responsável.',
    ],
  },
  'bridge-letter-described': {
    source: AICPA_SOC,
    match: [
      'Provide a management letter confirming no material changes to controls since the end of the audit period.',
      'Attach a signed statement that there have been no significant changes since your last SOC 2 report.',
      'Provide a letter confirming that the controls described in your most recent SOC 2 report remain in place and unchanged since the report end date.',
      'Provide a letter confirming that your controls have not materially changed since the audit period.',
      'Provide a letter from management stating that nothing material has changed since the end of the audit period.',
      "Fournissez une lettre de la direction confirmant qu'aucun changement significatif n'est intervenu depuis la fin de la période d'audit.",
      'Bitte legen Sie ein Schreiben bei, dass es seit Ende des Prüfungszeitraums keine wesentlichen Änderungen gab.',
      'Adjunte una carta de la dirección que confirme que no hubo ningún cambio significativo desde el final del periodo de auditoría.',
      'Envie uma carta confirmando que não houve nenhuma mudança significativa desde o fim do período de auditoria.',
      'Lever een verklaring aan dat er geen wezenlijke wijzigingen zijn sinds het einde van de auditperiode.',
      'Fornite una lettera che confermi nessun cambiamento significativo dalla fine del periodo di audit.',
    ],
    noMatch: [
      'Provide a letter of intent.',
      'Provide a statement that nothing material changed in your insurance coverage since the start of the policy period.',
      "Fournissez une lettre confirmant qu'aucun changement significatif n'a eu lieu dans votre actionnariat depuis l'an dernier.",
      'Bitte bestätigen Sie schriftlich, dass es keine wesentlichen Änderungen an Ihrer Versicherung gab.',
      'Have there been any material changes to your ownership in the last year?',
      'Provide a letter from your bank confirming no material changes since the last financial report.',
    ],
  },
  'financial-reporting-cue': {
    source: AICPA_SOC1,
    match: [
      'Our external auditors need your SOC report for our SOX testing.',
      'As our payroll provider, please share your SOC report.',
      'Financial controls: do you have a SOC report?',
      'Contrôles financiers : disposez-vous d’un rapport SOC ?',
      'Finanzkontrollen: Liegt ein SOC-Bericht vor?',
      'Controles financieros: ¿cuenta con un informe SOC?',
      'Controlli finanziari: disponete di un rapporto SOC?',
      'Financiële controles: beschikt u over een SOC-rapport?',
      'Demonstrações contábeis: sua empresa possui um relatório SOC?',
      'Nossos auditores precisam do seu relatório SOC para as demonstracoes contabeis.',
      'Para o relato financeiro dos nossos clientes, envie o seu relatório SOC.',
      'Do you have a SOC report covering your IT general controls?',
    ],
    noMatch: [
      'Please attach your SOC report.',
      'Name your data controller and processor.',
      'Do you have a SOC report covering general computing controls?',
      'Descreva as demonstrações do produto no seu relatório SOC.',
    ],
  },
  'general-use-report': {
    source: AICPA_SOC,
    match: ['Do you publish a general-use report on your controls?'],
    noMatch: ['Describe the general use of encryption in your product.'],
  },
  'isae-3000': {
    source:
      'https://www.iaasb.org/publications/international-standard-assurance-engagements-isae-3000-revised-assurance-engagements-other-audits-or-0',
    match: ['Do you have an ISAE 3000 Type II report?'],
    noMatch: ['Do you have an ISAE 3402 report?'],
  },
  'isae-3402': {
    source: IAASB_3402,
    match: ['Provide your ISAE 3402 Type II report.', 'ISAE3402 assurance report'],
    noMatch: ['Provide your ISAE 3000 report.', 'Order number 34020'],
  },
  'iso-27001-certificate': {
    source: ISO_27001,
    match: [
      'Do you hold a current ISO/IEC 27001 certification?',
      'ISO27001:2022 certificate',
      'Wo erhalte ich die ISO/IEC 27001-Prüfberichte?',
      'Are you 27001 certified?',
    ],
    noMatch: [
      'Are you certified to ISO 27701?',
      'ISO/IEC 27018 code of practice',
      'Do you comply with ISO 9001 and ISO 14001?',
      'ISO 22301 business continuity certificate',
      'Ticket 270011 was closed.',
    ],
  },
  'iso-27001-isms-certification': {
    source: ISO_27001,
    match: [
      'Is your ISMS certified by an accredited body? Provide the ISMS certificate.',
      'Provide the certificate for your information security management system.',
      'ISMS認証を取得していますか?',
      'Has your ISMS been certified by an accredited certification body?',
      'Ist Ihr ISMS durch eine akkreditierte Zertifizierungsstelle zertifiziert?',
      'ISMSは認証機関による認証を受けていますか。',
      '情報セキュリティマネジメントシステムは認証機関の認証を受けていますか。',
    ],
    noMatch: [
      'Describe your ISMS governance structure.',
      'Is your quality management system certified?',
      'Are staff trained on the ISMS policies and certified in first aid?',
      'Is your ISMS scope documented and approved by management?',
    ],
  },
  'iso-27001-personal-credential': {
    source: ISO_27001,
    match: ['Are your security staff ISO 27001 Lead Auditor certified?'],
    noMatch: ['Is your ISO 27001 certificate issued by an accredited body?'],
  },
  'iso-27001-statement-of-applicability': {
    source: ISO_27001,
    match: [
      'Please attach your Statement of Applicability (SoA).',
      'Fournissez votre déclaration d’applicabilité.',
    ],
    noMatch: ['State the applicability of each policy to contractors.'],
  },
  'sas-70': {
    source: AICPA_SOC1,
    match: ['Do you have a SAS 70 Type II report?', 'SAS No. 70 audit'],
    noMatch: ['We use SAS 9.4 for analytics.', 'SAS 700 series'],
  },
  'service-auditor-report': {
    source: AICPA_SOC,
    match: [
      "Attach the most recent service auditor's report.",
      'the report of the independent service auditor',
    ],
    noMatch: [
      'Is your internal audit function independent?',
      'Name your customer service manager.',
    ],
  },
  'service-organization-controls': {
    source: AICPA_SOC,
    match: [
      'Do you have a Service Organization Control report?',
      'Provide your SOC for Service Organizations report.',
      'System and Organization Controls report',
    ],
    noMatch: [
      'SOC for Cybersecurity risk management program',
      'Describe controls over the organization of the service desk.',
    ],
  },
  'it-general-controls-assurance': {
    source:
      'https://www.aicpa-cima.com/topic/audit-assurance/audit-and-assurance-greater-than-soc-1',
    match: [
      'Our external auditors require evidence that IT general controls over your platform operated effectively throughout our fiscal year.',
      'For SOX purposes, please provide an independent report on your IT general controls (ITGCs).',
      'Provide assurance over your ITGCs for our year-end audit.',
    ],
    noMatch: [
      'Describe your IT general controls for change management.',
      'Are ITGC deficiencies tracked to remediation?',
      'Our SOX team reviews user access quarterly.',
    ],
  },
  'soc-excluded': {
    source: AICPA_SOC,
    match: [
      'SOC 2 Type II (the full report, not the SOC 3)',
      'Please share the SOC 2 Type 2 report rather than the SOC 3 summary.',
      'We need the SOC 1 report, not a SOC 2.',
      'Merci de fournir le rapport SOC 2 complet, et non le SOC 3.',
      'Bitte den vollständigen SOC-2-Bericht, nicht den SOC 3.',
      'Envíe el informe SOC 2 completo, no el SOC 3.',
      'SOC 3ではなく、SOC 2 Type 2報告書を提出してください。',
    ],
    noMatch: [
      // Both are asked for: the second only when the first is missing.
      'Do you have a SOC 2 or, if not, a SOC 3 report?',
      'Is a SOC 3 acceptable if you do not have a SOC 2?',
      'Provide your SOC 1 and not only your SOC 2.',
      // Nothing else is asked for: the exclusion alone is no request to drop.
      'This is not a SOC 2 question.',
    ],
  },
  'soc-numbered': {
    source: AICPA_SOC,
    match: [
      'Please provide your SOC 2 Type II report.',
      'SOC2 attestation',
      'SOC-2',
      'SOC II audit',
      'SOC 2® report',
      'S.O.C. 2 report',
      'SOC1 T2',
      'SOC 2+ HIPAA',
      'System and Organization Controls (SOC) 1 Type 2',
      'Service Organization Controls 2 (SOC 2) attestation',
      'System and Organization Controls 1 report',
      'SOC 2-Berichte',
      'SOC2報告書',
      'Is your SOC 3 report public?',
    ],
    noMatch: [
      'Describe your 24x7 SOC.',
      'Our SOC analysts triage alerts.',
      'SOC code 15-1212 (Information Security Analysts)',
      'social media policy',
      'socket timeout',
      'SOC 2010 occupational classification',
      'Security Operations Center (SOC) 2 locations',
    ],
  },
  'soc-unnumbered': {
    source: AICPA_SOC,
    match: [
      'Please attach your SOC report.',
      'Provide your most recent SOC audit.',
      'Do you have a SOC Type 2?',
      'Où puis-je obtenir la documentation d’audit SOC ?',
      '¿Dónde puedo obtener la documentación de auditoría de SOC?',
      'Bitte laden Sie Ihren SOC-Bericht hoch.',
    ],
    noMatch: [
      'Describe your Security Operations Center (SOC) staffing.',
      'Does your SOC report incidents to customers within 24 hours?',
      'The SOC reports to the CISO.',
      'Is SOC-as-a-service part of your offering?',
      'Are SOC audit logs retained?',
      'Is your SOC certified to ISO 27001?',
    ],
  },
  'ssae-16': {
    source: AICPA_SOC1,
    match: ['Are you SSAE-16 compliant?', 'SSAE No. 16 report', 'SSAE16'],
    noMatch: ['SSAE 18 report', 'SSAE 160'],
  },
  'ssae-18': {
    source: AICPA_SOC,
    match: [
      'Provide your SSAE 18 report.',
      'SSAE-18 audit',
      'a report under Statement on Standards for Attestation Engagements No. 18',
    ],
    noMatch: ['SSAE 16 report', 'SSAE 180'],
  },
  'suppliers-reports-held': {
    source: 'https://sharedassessments.org/sig/',
    match: [
      'Do your subprocessors hold ISO 27001 certification?',
      'Are your hosting providers SOC 2 Type 2 audited?',
      'Do all your critical vendors have a current SOC 2 report?',
      'Do your vendors’ SOC 2 reports include complementary subservice organization controls?',
      'Do you have a process for tracking expiry of subprocessors’ SOC reports?',
      'Do you keep your cloud provider’s SOC 2 report on file?',
    ],
    noMatch: [
      'Do you hold ISO 27001 certification?',
      'Does your SOC 2 report cover your subprocessors?',
      'Do your SOC 2 and ISO 27001 reports cover your subprocessors?',
      'Provide the Vendor’s most recent SOC 2 Type 2 report.',
    ],
  },
  'suppliers-reports-process': {
    source: 'https://sharedassessments.org/sig/',
    match: [
      'How do you review the SOC 2 reports of your critical vendors?',
      'Do you review the SOC 2 Type 2 reports of your cloud hosting providers?',
      'Do you obtain SOC 1 reports from your subservice organizations annually?',
      'Do you require suppliers to provide an ISO 27001 certificate?',
      'Describe how you assess third parties, including a review of their SOC reports.',
      'Our auditors will review SOC reports for all critical vendors.',
      'Do you require third parties that process our data to maintain ISO 27001 certification?',
      'Prüfen Sie die SOC-2-Berichte Ihrer Unterauftragnehmer jährlich?',
      'Exigez-vous de vos sous-traitants un rapport SOC 2 ?',
      '¿Revisa los informes SOC 2 de sus proveedores críticos?',
      'Do you require your payroll provider to provide SOC 1 reports?',
      'Do you flow down SOC 2 requirements to your fourth parties?',
      'How do you ensure fourth parties maintain ISO 27001 certification?',
      'Überprüfen Sie die ISO-27001-Zertifikate Ihrer Dienstleister?',
      'Vraagt u uw leveranciers om een SOC 2-rapport?',
    ],
    noMatch: [
      'Please provide your SOC 2 report and a list of your subprocessors.',
      'Does your SOC 2 report cover your hosting provider?',
      'Please provide your SOC 2 report, list your subprocessors and describe how you monitor them.',
      'We require all vendors to provide a SOC 2 Type 2 report.',
      'A SOC 2 Type 2 report is required from all vendors that process personal data.',
      'A SOC 2 report that evaluates only the design of controls at a point in time is acceptable for new vendors.',
      'Our security team will review your SOC 2 report and follow up with questions about your subprocessors.',
    ],
  },
  'trust-services-criteria': {
    source: AICPA_TSC,
    match: [
      'Are you audited against the Trust Services Criteria for security and availability?',
      'based on the AICPA Trust Service Principles',
    ],
    noMatch: ['Do you use trusted services for key storage?', 'Trust center URL'],
  },
  'type-abbreviated': {
    source: AICPA_SOC,
    match: ['SOC1 T2', 'SOC 2 T1 report'],
    noMatch: ['T2 instance types are used for SOC tooling.'],
  },
  'type-named': {
    source: AICPA_SOC,
    match: [
      'SOC 2 Type II report',
      'Type 2 SOC 2',
      'SOC 2 Typ 2-Prüfbericht',
      'SOC 1 de Type 2',
      'SOC 1 tipo 2',
      'SOC 2 タイプ 2 報告書',
      'SOC 2 Tpye II report',
      'SOC 2 (Type I / II)',
      'SOC 2 Type 1 or 2 report',
    ],
    noMatch: ['What type of SOC report do you have?', 'SOC 2 report'],
  },
  'type-report-unnumbered': {
    source: AICPA_SOC,
    match: ['Do you have a Type II report?', 'Provide your most recent Type 1 audit.'],
    noMatch: ['Which type 2 diabetes programs do you support?', 'Type 1 and Type 2 errors'],
  },
  'type1-by-meaning': {
    source: AICPA_SOC,
    match: [
      'A point-in-time SOC 2 report is acceptable for now.',
      'Is your SOC 2 a design-only report?',
      'Does your SOC 1 report address only the suitability of design of controls?',
    ],
    noMatch: [
      'A SOC 2 report covering the last 12 months.',
      'Does your SOC 2 report the suitability of design and operating effectiveness of controls?',
    ],
  },
  'type2-by-meaning': {
    source: AICPA_SOC,
    match: [
      'Provide a SOC 2 report on the operating effectiveness of your controls.',
      'A SOC 2 report covering the last 12 months.',
      '¿Tiene un informe SOC 2 que cubra los últimos 12 meses?',
      'Un rapport SOC 2 couvrant les 12 derniers mois.',
      'Your SOC 1 must cover at least nine months of our fiscal year.',
      'How long was the observation window of your last SOC 2?',
      'Provide a SOC 2 report over a period of at least six months.',
      'Der SOC-2-Bericht muss einen Beobachtungszeitraum von mindestens sechs Monaten abdecken.',
      "Le rapport SOC 2 doit couvrir une période d'au moins six mois.",
      'El informe SOC 2 debe cubrir un período de al menos seis meses.',
      'O relatório SOC 2 deve cobrir um período de observação de pelo menos seis meses.',
      'Het SOC 2-rapport moet een periode van minimaal zes maanden beslaan.',
      'Il rapporto SOC 2 deve coprire un periodo di almeno sei mesi.',
    ],
    noMatch: [
      'A SOC 2 audit gauges the effectiveness of a system.',
      // How old the report is, not what it covers.
      'Please provide your SOC 2 report issued within the last 12 months.',
      'Attach a SOC 2 report dated within the past 12 months.',
      'Fournissez votre rapport SOC 2 émis au cours des 12 derniers mois.',
      'Bitte senden Sie Ihren SOC-2-Bericht, der in den letzten 12 Monaten ausgestellt wurde.',
      'Adjunte su informe SOC 2 emitido en los últimos 12 meses.',
      '過去12か月以内に発行されたSOC 2報告書を提出してください。',
    ],
  },
  'veto-occupational-classification': {
    source: 'https://www.bls.gov/soc/',
    match: ['Attach the SOC report listing the Standard Occupational Classification of each role.'],
    noMatch: ['Please attach your SOC report.'],
  },
  'veto-security-operations-center': {
    source: 'https://csrc.nist.gov/glossary/term/security_operations_center',
    match: [
      'Describe your 24x7 SOC report escalation.',
      'Votre centre des opérations de sécurité (SOC) produit-il un rapport SOC mensuel ?',
      'Does your SOC report security incidents to customers within 24 hours?',
      'How often does your SOC audit firewall rule changes?',
      'Please provide a sample of the monthly SOC report you send to customers.',
    ],
    noMatch: [
      'Please attach your SOC report.',
      'Does your SOC report cover the hosting provider?',
      'Does the SOC audit include all production systems?',
    ],
  },
  'veto-system-on-chip': {
    source: 'https://en.wikipedia.org/wiki/System_on_a_chip',
    match: ['Does the SoC certification cover the chipset?'],
    noMatch: ['Please attach your SOC report.'],
  },
};
