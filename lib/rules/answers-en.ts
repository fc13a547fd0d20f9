/**
 * The answers in English: the reference the other languages translate, fact for fact.
 */
import type { AccessObject, AnswerPhrases } from './answer-phrases';
import { DATE_FORMATS } from './dates';

const OBJECT: Record<AccessObject, string> = {
  report: 'it',
  type1: 'the Type 1 report',
  certificate: 'the certificate',
};

/** "Acme's", and "our company's" when the profile names no company. */
const possessive = (company: string) => (/s$/i.test(company) ? `${company}'` : `${company}'s`);
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const EN: AnswerPhrases = {
  date: DATE_FORMATS.en,
  types: { type1: 'Type 1', type2: 'Type 2' },
  sentenceGap: ' ',
  listGap: ', ',
  ourCompany: 'our company',
  report: (name) => `${name} report`,
  bridgeLetter: 'Bridge letter',
  isoCertificate: 'ISO/IEC 27001 certificate',

  coverAsOf: (date) => `examines the design of our controls as of ${date}`,
  coverRange: (start, end) => `covers ${start} to ${end}`,
  coverEnding: (end) => `covers a period ending ${end}`,
  periodAsOf: (date) => `as of ${date}`,
  periodRange: (start, end) => `${start} to ${end}`,
  periodEnding: (end) => `the period ending ${end}`,

  viaTrustCentre: (url) => `through our trust centre at ${url}`,
  viaEmail: (email) => `by email to ${email}`,
  or: ' or ',
  download: (what, ways) => `You can download ${OBJECT[what]} ${ways}.`,
  sendOnRequest: (what) => `We are glad to send ${OBJECT[what]} on request.`,
  requestUnderNda: (what, ways) => `You can request ${OBJECT[what]} under NDA ${ways}.`,
  shareUnderNda: (what) => `We share ${OBJECT[what]} under NDA on request.`,

  heldOpening: (company, name, cover) =>
    `Yes. ${capitalise(possessive(company))} ${name}${cover ? ` ${cover}` : ' is available'}.`,
  generalUse: 'It is a general-use report, so you are free to share it.',
  auditor: (auditor) => `The examination was performed by ${auditor}, an independent CPA firm.`,
  type2AlsoDesign:
    'A Type 2 report covers the design of our controls, as a Type 1 does, and also tests that they operated effectively over the period.',
  onlyType1: (company, name, cover) =>
    `${capitalise(company)} currently holds a ${name}, which ${cover || 'examines the design of our controls at a point in time'}; it does not yet test operating effectiveness over a period.`,
  firstExpected: (name, date) => `Our first ${name} report is expected by ${date}.`,
  noneYet: (company, name) => `${capitalise(company)} does not have a ${name} report yet.`,
  bridgeCoversSince: (company, from) =>
    `A bridge letter from ${possessive(company)} management covers the time from ${from} to today.`,
  nextExpected: (date) => `Our next report is expected by ${date}.`,

  altSoc2: (company, name, period) =>
    `${capitalise(possessive(company))} ${name}${period ? ` (${period})` : ''} covers the security of customer data.`,
  altIso: (company, until) =>
    `${capitalise(company)} is certified to ISO/IEC 27001${until ? ` (certificate valid until ${until})` : ''}, which covers our information security management system.`,

  nothing: {
    soc1: (company, name) => `${capitalise(company)} does not currently have a ${name} report.`,
    soc2: (company, name) => `${capitalise(company)} does not yet have a ${name} report.`,
    soc3: (company) =>
      `${capitalise(company)} does not yet have a SOC 3 report, nor the SOC 2 report it summarises.`,
    iso27001: (company) =>
      `${capitalise(company)} is not yet certified to ISO/IEC 27001, and does not yet have a SOC 2 report.`,
    'bridge-letter': (company) =>
      `${capitalise(company)} does not have a bridge letter: a bridge letter extends a SOC report, and we do not yet have one.`,
  },
  meantime:
    'In the meantime, we are glad to answer your security questionnaire in full and walk your team through our controls.',

  soc1NotApplicable: (company) =>
    `SOC 1 does not apply to ${possessive(company)} service: a SOC 1 report covers controls relevant to our customers' internal control over financial reporting (ICFR), and our service does not process transactions or data that feed our customers' financial statements.`,
  noSoc1: (company) => `${capitalise(company)} does not currently have a SOC 1 report.`,
  noSoc2WithIso: (company, until) =>
    `${capitalise(company)} does not have a SOC 2 report. We are certified to ISO/IEC 27001${until ? ` (certificate valid until ${until})` : ''}, which covers our information security management system and which many buyers accept in place of SOC 2.`,
  noSoc2WithSoc1: (company, soc1) =>
    `${capitalise(company)} does not have a SOC 2 report. Our ${soc1} covers controls relevant to our customers' financial reporting, not the security criteria a SOC 2 addresses.`,
  noSoc3: (company, soc2, cover) =>
    `${capitalise(company)} does not publish a SOC 3 report. Our ${soc2}, the detailed report a SOC 3 summarises,${cover ? ` ${cover} and` : ''} is available to customers.`,

  isoExpired: (company, body, date) =>
    `${capitalise(possessive(company))} ISO/IEC 27001 certificate${body ? `, issued by ${body},` : ''} expired on ${date}; recertification is under way.`,
  isoHeld: (company, body, until) =>
    `Yes. ${capitalise(company)} is certified to ISO/IEC 27001${body ? `, issued by ${body}` : ''}${until ? `, valid until ${until}` : ''}.`,
  isoMissing: (company, soc2, period) =>
    `${capitalise(company)} is not certified to ISO/IEC 27001. Our ${soc2}${period ? ` (${period})` : ''} covers comparable security controls, and many buyers accept it in place of ISO/IEC 27001 certification.`,

  bridgeHeld: (company, since) =>
    `Yes. A bridge letter from ${possessive(company)} management ${
      since
        ? `covers the time from ${since.from} (after the ${since.asOf ? 'as-of date' : 'period'} of our ${since.name}) to today`
        : 'covers the time since the period of our latest SOC report'
    }.`,
  bridgeMissing: (company, latest) =>
    `${capitalise(company)} does not have a bridge letter at the moment.${
      latest
        ? ` Our ${latest.name} ${latest.asOf ? 'is as of' : 'covers a period that ended on'} ${latest.date}.`
        : ''
    }`,

  generic: {
    soc2: (name) => ({
      text: `Yes. Our ${name} report, covering [period start] to [period end], is available under NDA on request.`,
      attach: `${name} report`,
    }),
    soc1: () => ({
      text: 'SOC 1 is not applicable to our service: it covers controls relevant to our customers’ internal control over financial reporting (ICFR), which our service does not affect. Our SOC 2 report, covering the security of customer data, is available under NDA on request.',
      attach: 'SOC 2 report',
    }),
    soc3: () => ({
      text: 'Our SOC 3 report is a general-use report: you are free to download and share it from [trust-centre link].',
      attach: 'SOC 3 report',
    }),
    iso27001: () => ({
      text: 'Yes. We are certified to ISO/IEC 27001; our certificate, valid until [expiry date], is attached.',
      attach: 'ISO/IEC 27001 certificate',
    }),
    'bridge-letter': () => ({
      text: 'Yes. A bridge letter from our management covers the time from the end of our latest SOC report period to today.',
      attach: 'Bridge letter',
    }),
  },
};
