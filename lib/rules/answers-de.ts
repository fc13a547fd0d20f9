/**
 * The answers in German, fact for fact as in English. Official names stay as buyers search for
 * them ("SOC 2 Typ 2", "ISO/IEC 27001"); "Bridge Letter" is the term German auditors use too.
 * The company is the subject of the first sentence, so no case ending depends on its name.
 */
import type { AccessObject, AnswerPhrases } from './answer-phrases';
import { DATE_FORMATS } from './dates';

const OBJECT: Record<AccessObject, string> = {
  report: 'den Bericht',
  type1: 'den Bericht nach Typ 1',
  certificate: 'das Zertifikat',
};

const NDA = 'gegen eine Vertraulichkeitsvereinbarung (NDA)';
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** "Bericht nach SOC 2 Typ 2" in the genitive: "unseres Berichts nach SOC 2 Typ 2". */
const genitive = (name: string) => name.replace(/^Bericht /, 'Berichts ');

export const DE: AnswerPhrases = {
  date: DATE_FORMATS.de,
  types: { type1: 'Typ 1', type2: 'Typ 2' },
  sentenceGap: ' ',
  listGap: ', ',
  ourCompany: 'unser Unternehmen',
  report: (name) => `Bericht nach ${name}`,
  bridgeLetter: 'Bridge Letter',
  isoCertificate: 'Zertifikat nach ISO/IEC 27001',

  coverAsOf: (date) => `prüft die Ausgestaltung unserer Kontrollen zum Stichtag ${date}`,
  coverRange: (start, end) => `umfasst den Zeitraum vom ${start} bis zum ${end}`,
  coverEnding: (end) => `umfasst einen Zeitraum bis zum ${end}`,
  periodAsOf: (date) => `Stichtag ${date}`,
  periodRange: (start, end) => `${start} bis ${end}`,
  periodEnding: (end) => `Zeitraum bis zum ${end}`,

  viaTrustCentre: (url) => `über unser Trust Center unter ${url}`,
  viaEmail: (email) => `per E-Mail an ${email}`,
  or: ' oder ',
  download: (what, ways) => `Sie erhalten ${OBJECT[what]} ${ways}.`,
  sendOnRequest: (what) => `Gerne senden wir Ihnen ${OBJECT[what]} auf Anfrage zu.`,
  requestUnderNda: (what, ways) => `Sie können ${OBJECT[what]} ${NDA} ${ways} anfordern.`,
  shareUnderNda: (what) => `Wir stellen ${OBJECT[what]} auf Anfrage ${NDA} bereit.`,

  heldOpening: (company, name, cover) =>
    `Ja. ${capitalise(company)} verfügt über einen ${name}${cover ? `; er ${cover}` : ''}.`,
  generalUse:
    'Es handelt sich um einen Bericht zur allgemeinen Verwendung, den Sie frei weitergeben dürfen.',
  auditor: (auditor) =>
    `Die Prüfung wurde von ${auditor} durchgeführt, einer unabhängigen Wirtschaftsprüfungsgesellschaft.`,
  type2AlsoDesign:
    'Ein Bericht nach Typ 2 prüft wie ein Bericht nach Typ 1 die Ausgestaltung unserer Kontrollen und zusätzlich ihre Wirksamkeit über den gesamten Zeitraum.',
  onlyType1: (company, name, cover) =>
    `${capitalise(company)} verfügt derzeit über einen ${name}; er ${cover || 'prüft die Ausgestaltung unserer Kontrollen zu einem Stichtag'}. Die Wirksamkeit der Kontrollen über einen Zeitraum prüft er noch nicht.`,
  firstExpected: (name, date) =>
    `Unseren ersten Bericht nach ${name} erwarten wir bis zum ${date}.`,
  noneYet: (company, name) =>
    `${capitalise(company)} verfügt noch über keinen Bericht nach ${name}.`,
  bridgeCoversSince: (_company, from) =>
    `Ein Bridge Letter unserer Geschäftsleitung deckt den Zeitraum vom ${from} bis heute ab.`,
  nextExpected: (date) => `Unseren nächsten Bericht erwarten wir bis zum ${date}.`,

  altSoc2: (_company, name, period) =>
    `Unser ${name}${period ? ` (${period})` : ''} deckt die Sicherheit der Kundendaten ab.`,
  altIso: (company, until) =>
    `${capitalise(company)} ist nach ISO/IEC 27001 zertifiziert${until ? ` (Zertifikat gültig bis zum ${until})` : ''}; die Zertifizierung umfasst unser Informationssicherheits-Managementsystem.`,

  nothing: {
    soc1: (company, name) =>
      `${capitalise(company)} verfügt derzeit über keinen Bericht nach ${name}.`,
    soc2: (company, name) =>
      `${capitalise(company)} verfügt noch über keinen Bericht nach ${name}.`,
    soc3: (company) =>
      `${capitalise(company)} verfügt noch über keinen Bericht nach SOC 3 und auch nicht über den Bericht nach SOC 2, den er zusammenfasst.`,
    iso27001: (company) =>
      `${capitalise(company)} ist noch nicht nach ISO/IEC 27001 zertifiziert und verfügt noch über keinen Bericht nach SOC 2.`,
    'bridge-letter': (company) =>
      `${capitalise(company)} verfügt über keinen Bridge Letter: Ein Bridge Letter ergänzt einen SOC-Bericht, und einen solchen haben wir noch nicht.`,
  },
  meantime:
    'Bis dahin beantworten wir Ihren Sicherheitsfragebogen gerne vollständig und erläutern Ihrem Team unsere Kontrollen.',

  soc1NotApplicable: (company) =>
    `SOC 1 ist für ${company} nicht einschlägig: Ein Bericht nach SOC 1 betrifft Kontrollen, die für das interne Kontrollsystem unserer Kunden über die Finanzberichterstattung (ICFR) relevant sind. Unsere Leistungen verarbeiten keine Transaktionen oder Daten, die in die Abschlüsse unserer Kunden einfließen.`,
  noSoc1: (company) => `${capitalise(company)} verfügt derzeit über keinen Bericht nach SOC 1.`,
  noSoc2WithIso: (company, until) =>
    `${capitalise(company)} verfügt über keinen Bericht nach SOC 2. Wir sind nach ISO/IEC 27001 zertifiziert${until ? ` (Zertifikat gültig bis zum ${until})` : ''}; die Zertifizierung umfasst unser Informationssicherheits-Managementsystem, und viele Kunden akzeptieren sie anstelle von SOC 2.`,
  noSoc2WithSoc1: (company, soc1) =>
    `${capitalise(company)} verfügt über keinen Bericht nach SOC 2. Unser ${soc1} betrifft Kontrollen, die für die Finanzberichterstattung unserer Kunden relevant sind, nicht die Sicherheitskriterien eines SOC 2.`,
  noSoc3: (company, soc2, cover) =>
    `${capitalise(company)} veröffentlicht keinen Bericht nach SOC 3. Unser ${soc2}, der ausführliche Bericht, den ein SOC 3 zusammenfasst, steht Kunden zur Verfügung${cover ? `; er ${cover}` : ''}.`,

  isoExpired: (company, body, date) =>
    `Das Zertifikat nach ISO/IEC 27001 für ${company}${body ? ` (Zertifizierungsstelle: ${body})` : ''} ist am ${date} abgelaufen; die Rezertifizierung läuft.`,
  isoHeld: (company, body, until) =>
    `Ja. ${capitalise(company)} ist nach ISO/IEC 27001 zertifiziert${body ? ` (Zertifizierungsstelle: ${body})` : ''}${until ? `; das Zertifikat ist gültig bis zum ${until}` : ''}.`,
  isoMissing: (company, soc2, period) =>
    `${capitalise(company)} ist nicht nach ISO/IEC 27001 zertifiziert. Unser ${soc2}${period ? ` (${period})` : ''} umfasst vergleichbare Sicherheitskontrollen, und viele Kunden akzeptieren ihn anstelle einer Zertifizierung nach ISO/IEC 27001.`,

  bridgeHeld: (company, since) =>
    `Ja. ${capitalise(company)} verfügt über einen Bridge Letter der Geschäftsleitung; er deckt ${
      since
        ? `den Zeitraum vom ${since.from} (nach ${since.asOf ? 'dem Stichtag' : 'dem Berichtszeitraum'} unseres ${genitive(since.name)}) bis heute`
        : 'den Zeitraum seit dem Berichtszeitraum unseres letzten SOC-Berichts'
    } ab.`,
  bridgeMissing: (company, latest) =>
    `${capitalise(company)} verfügt derzeit über keinen Bridge Letter.${
      latest
        ? ` Unser ${latest.name} ${latest.asOf ? `bezieht sich auf den Stichtag ${latest.date}` : `umfasst einen Zeitraum, der am ${latest.date} endete`}.`
        : ''
    }`,

  generic: {
    soc2: (name) => ({
      text: `Ja. Unser Bericht nach ${name} für den Zeitraum vom [Beginn] bis zum [Ende] steht auf Anfrage ${NDA} zur Verfügung.`,
      attach: `Bericht nach ${name}`,
    }),
    soc1: () => ({
      text: `SOC 1 ist für unsere Leistungen nicht einschlägig: Der Bericht betrifft Kontrollen, die für das interne Kontrollsystem unserer Kunden über die Finanzberichterstattung (ICFR) relevant sind, und darauf wirken unsere Leistungen nicht ein. Unser Bericht nach SOC 2 zur Sicherheit der Kundendaten steht auf Anfrage ${NDA} zur Verfügung.`,
      attach: 'Bericht nach SOC 2',
    }),
    soc3: () => ({
      text: 'Unser Bericht nach SOC 3 ist zur allgemeinen Verwendung bestimmt: Sie können ihn unter [Link zum Trust Center] herunterladen und frei weitergeben.',
      attach: 'Bericht nach SOC 3',
    }),
    iso27001: () => ({
      text: 'Ja. Wir sind nach ISO/IEC 27001 zertifiziert; unser Zertifikat, gültig bis zum [Ablaufdatum], liegt bei.',
      attach: 'Zertifikat nach ISO/IEC 27001',
    }),
    'bridge-letter': () => ({
      text: 'Ja. Ein Bridge Letter unserer Geschäftsleitung deckt den Zeitraum vom Ende des Berichtszeitraums unseres letzten SOC-Berichts bis heute ab.',
      attach: 'Bridge Letter',
    }),
  },
};
