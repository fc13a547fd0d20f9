/**
 * The answers in Dutch, fact for fact as in English. Official names stay as buyers search for
 * them ("SOC 2 Type 2-rapport", "ISO/IEC 27001"); "bridge letter" is the term Dutch auditors and
 * buyers use as well.
 */
import type { AccessObject, AnswerPhrases } from './answer-phrases';
import { DATE_FORMATS } from './dates';

const OBJECT: Record<AccessObject, string> = {
  report: 'het rapport',
  type1: 'het Type 1-rapport',
  certificate: 'het certificaat',
};

const NDA = 'onder geheimhoudingsverklaring (NDA)';
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const NL: AnswerPhrases = {
  date: DATE_FORMATS.nl,
  types: { type1: 'Type 1', type2: 'Type 2' },
  sentenceGap: ' ',
  listGap: ', ',
  ourCompany: 'ons bedrijf',
  report: (name) => `${name}-rapport`,
  bridgeLetter: 'bridge letter',
  isoCertificate: 'ISO/IEC 27001-certificaat',

  coverAsOf: (date) => `de opzet van onze beheersmaatregelen per ${date} beoordeelt`,
  coverRange: (start, end) => `de periode van ${start} tot en met ${end} beslaat`,
  coverEnding: (end) => `een periode beslaat die eindigt op ${end}`,
  periodAsOf: (date) => `per ${date}`,
  periodRange: (start, end) => `${start} tot en met ${end}`,
  periodEnding: (end) => `periode eindigend op ${end}`,

  viaTrustCentre: (url) => `via ons trust center op ${url}`,
  viaEmail: (email) => `per e-mail via ${email}`,
  or: ' of ',
  download: (what, ways) => `U kunt ${OBJECT[what]} ${ways} verkrijgen.`,
  sendOnRequest: (what) => `Wij sturen u ${OBJECT[what]} graag op verzoek toe.`,
  requestUnderNda: (what, ways) => `U kunt ${OBJECT[what]} ${NDA} ${ways} aanvragen.`,
  shareUnderNda: (what) => `Wij delen ${OBJECT[what]} op verzoek ${NDA}.`,

  heldOpening: (company, name, cover) =>
    `Ja. ${capitalise(company)} beschikt over een ${name}${cover ? ` dat ${cover}` : ''}.`,
  generalUse: 'Het is een rapport voor algemeen gebruik, dat u vrij mag delen.',
  auditor: (auditor) =>
    `Het onderzoek is uitgevoerd door ${auditor}, een onafhankelijk accountantskantoor.`,
  type2AlsoDesign:
    'Een Type 2-rapport beoordeelt, net als een Type 1, de opzet van onze beheersmaatregelen en toetst daarnaast of zij gedurende de hele periode effectief hebben gewerkt.',
  onlyType1: (company, name, cover) =>
    `${capitalise(company)} beschikt momenteel over een ${name}, dat ${cover || 'de opzet van onze beheersmaatregelen op een bepaald moment beoordeelt'}; het toetst nog niet de werking over een periode.`,
  firstExpected: (name, date) => `Ons eerste ${name}-rapport verwachten wij uiterlijk ${date}.`,
  noneYet: (company, name) => `${capitalise(company)} beschikt nog niet over een ${name}-rapport.`,
  bridgeCoversSince: (_company, from) =>
    `Een bridge letter van onze directie dekt de periode van ${from} tot vandaag.`,
  nextExpected: (date) => `Ons volgende rapport verwachten wij uiterlijk ${date}.`,

  altSoc2: (_company, name, period) =>
    `Ons ${name}${period ? ` (${period})` : ''} dekt de beveiliging van klantgegevens.`,
  altIso: (_company, until) =>
    `Wij zijn ISO/IEC 27001-gecertificeerd${until ? ` (certificaat geldig tot ${until})` : ''}; de certificering omvat ons managementsysteem voor informatiebeveiliging.`,

  nothing: {
    soc1: (company, name) =>
      `${capitalise(company)} beschikt momenteel niet over een ${name}-rapport.`,
    soc2: (company, name) => `${capitalise(company)} beschikt nog niet over een ${name}-rapport.`,
    soc3: (company) =>
      `${capitalise(company)} beschikt nog niet over een SOC 3-rapport, noch over het SOC 2-rapport dat het samenvat.`,
    iso27001: (company) =>
      `${capitalise(company)} is nog niet ISO/IEC 27001-gecertificeerd en beschikt nog niet over een SOC 2-rapport.`,
    'bridge-letter': (company) =>
      `${capitalise(company)} beschikt niet over een bridge letter: een bridge letter is een aanvulling op een SOC-rapport, en dat hebben wij nog niet.`,
  },
  meantime:
    'Intussen beantwoorden wij uw beveiligingsvragenlijst graag volledig en lichten wij onze beheersmaatregelen toe aan uw team.',

  soc1NotApplicable: (company) =>
    `SOC 1 is niet van toepassing op de dienst van ${company}: een SOC 1-rapport betreft beheersmaatregelen die relevant zijn voor de interne beheersing van de financiële verslaggeving van onze klanten (ICFR), en onze dienst verwerkt geen transacties of gegevens die in hun jaarrekening terechtkomen.`,
  noSoc1: (company) => `${capitalise(company)} beschikt momenteel niet over een SOC 1-rapport.`,
  noSoc2WithIso: (company, until) =>
    `${capitalise(company)} beschikt niet over een SOC 2-rapport. Wij zijn ISO/IEC 27001-gecertificeerd${until ? ` (certificaat geldig tot ${until})` : ''}; de certificering omvat ons managementsysteem voor informatiebeveiliging, en veel klanten accepteren haar in plaats van SOC 2.`,
  noSoc2WithSoc1: (company, soc1) =>
    `${capitalise(company)} beschikt niet over een SOC 2-rapport. Ons ${soc1} betreft beheersmaatregelen die relevant zijn voor de financiële verslaggeving van onze klanten, niet de beveiligingscriteria van een SOC 2.`,
  noSoc3: (company, soc2, cover) =>
    `${capitalise(company)} publiceert geen SOC 3-rapport. Ons ${soc2}${cover ? `, dat ${cover},` : ''} is beschikbaar voor klanten; een SOC 3 is daar een samenvatting van.`,

  isoExpired: (company, body, date) =>
    `Het ISO/IEC 27001-certificaat van ${company}${body ? `, afgegeven door ${body},` : ''} is verlopen op ${date}; de hercertificering loopt.`,
  isoHeld: (company, body, until) =>
    `Ja. ${capitalise(company)} is ISO/IEC 27001-gecertificeerd${body ? ` door ${body}` : ''}${until ? `; het certificaat is geldig tot ${until}` : ''}.`,
  isoMissing: (company, soc2, period) =>
    `${capitalise(company)} is niet ISO/IEC 27001-gecertificeerd. Ons ${soc2}${period ? ` (${period})` : ''} omvat vergelijkbare beveiligingsmaatregelen, en veel klanten accepteren het in plaats van een ISO/IEC 27001-certificering.`,

  bridgeHeld: (company, since) =>
    `Ja. ${capitalise(company)} beschikt over een bridge letter van de directie, die ${
      since
        ? `de periode van ${since.from} (na ${since.asOf ? 'de peildatum' : 'de periode'} van ons ${since.name}) tot vandaag dekt`
        : 'de periode sinds ons laatste SOC-rapport dekt'
    }.`,
  bridgeMissing: (company, latest) =>
    `${capitalise(company)} beschikt op dit moment niet over een bridge letter.${
      latest
        ? ` Ons ${latest.name} ${latest.asOf ? `heeft als peildatum ${latest.date}` : `beslaat een periode die eindigde op ${latest.date}`}.`
        : ''
    }`,

  generic: {
    soc2: (name) => ({
      text: `Ja. Ons ${name}-rapport, over de periode van [begin periode] tot en met [einde periode], is op verzoek beschikbaar ${NDA}.`,
      attach: `${name}-rapport`,
    }),
    soc1: () => ({
      text: `SOC 1 is niet van toepassing op onze dienst: het betreft beheersmaatregelen die relevant zijn voor de interne beheersing van de financiële verslaggeving van onze klanten (ICFR), waarop onze dienst geen invloed heeft. Ons SOC 2-rapport, over de beveiliging van klantgegevens, is op verzoek beschikbaar ${NDA}.`,
      attach: 'SOC 2-rapport',
    }),
    soc3: () => ({
      text: 'Ons SOC 3-rapport is bedoeld voor algemeen gebruik: u kunt het vrij downloaden en delen via [link naar trust center].',
      attach: 'SOC 3-rapport',
    }),
    iso27001: () => ({
      text: 'Ja. Wij zijn ISO/IEC 27001-gecertificeerd; ons certificaat, geldig tot [vervaldatum], is bijgevoegd.',
      attach: 'ISO/IEC 27001-certificaat',
    }),
    'bridge-letter': () => ({
      text: 'Ja. Een bridge letter van onze directie dekt de periode vanaf het einde van de periode van ons laatste SOC-rapport tot vandaag.',
      attach: 'Bridge letter',
    }),
  },
};
