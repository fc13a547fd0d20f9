/**
 * The answers in Italian, fact for fact as in English. Official names stay as buyers search for
 * them ("SOC 2 Tipo 2", "ISO/IEC 27001"); "report" and "bridge letter" are the words Italian
 * audit and procurement teams use for these documents.
 */
import type { AccessObject, AnswerPhrases } from './answer-phrases';
import { DATE_FORMATS } from './dates';

const OBJECT: Record<AccessObject, string> = {
  report: 'il report',
  type1: 'il report di Tipo 1',
  certificate: 'il certificato',
};

const NDA = 'previo accordo di riservatezza (NDA)';
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const IT: AnswerPhrases = {
  date: DATE_FORMATS.it,
  types: { type1: 'Tipo 1', type2: 'Tipo 2' },
  sentenceGap: ' ',
  listGap: ', ',
  ourCompany: 'la nostra azienda',
  report: (name) => `report ${name}`,
  bridgeLetter: 'bridge letter',
  isoCertificate: 'Certificato ISO/IEC 27001',

  coverAsOf: (date) => `esamina la progettazione dei nostri controlli al ${date}`,
  coverRange: (start, end) => `copre il periodo dal ${start} al ${end}`,
  coverEnding: (end) => `copre un periodo chiuso il ${end}`,
  periodAsOf: (date) => `al ${date}`,
  periodRange: (start, end) => `dal ${start} al ${end}`,
  periodEnding: (end) => `periodo chiuso il ${end}`,

  viaTrustCentre: (url) => `tramite il nostro trust center all’indirizzo ${url}`,
  viaEmail: (email) => `via e-mail a ${email}`,
  or: ' o ',
  download: (what, ways) => `Potete ottenere ${OBJECT[what]} ${ways}.`,
  sendOnRequest: (what) => `Saremo lieti di inviarvi ${OBJECT[what]} su richiesta.`,
  requestUnderNda: (what, ways) => `Potete richiedere ${OBJECT[what]} ${NDA} ${ways}.`,
  shareUnderNda: (what) => `Condividiamo ${OBJECT[what]} su richiesta, ${NDA}.`,

  heldOpening: (company, name, cover) =>
    `Sì. ${capitalise(company)} dispone di un ${name}${cover ? ` che ${cover}` : ''}.`,
  generalUse: 'È un report per uso generale: potete condividerlo liberamente.',
  auditor: (auditor) =>
    `L’esame è stato svolto da ${auditor}, una società di revisione indipendente.`,
  type2AlsoDesign:
    'Un report di Tipo 2 copre la progettazione dei nostri controlli, come un Tipo 1, e verifica inoltre che abbiano operato efficacemente per tutto il periodo.',
  onlyType1: (company, name, cover) =>
    `${capitalise(company)} dispone attualmente di un ${name}, che ${cover || 'esamina la progettazione dei nostri controlli a una data specifica'}; non verifica ancora l’efficacia operativa su un periodo.`,
  firstExpected: (name, date) => `Il nostro primo report ${name} è previsto entro il ${date}.`,
  noneYet: (company, name) => `${capitalise(company)} non dispone ancora di un report ${name}.`,
  bridgeCoversSince: (_company, from) =>
    `Una bridge letter della nostra direzione copre il periodo dal ${from} a oggi.`,
  nextExpected: (date) => `Il nostro prossimo report è previsto entro il ${date}.`,

  altSoc2: (_company, name, period) =>
    `Il nostro ${name}${period ? ` (${period})` : ''} copre la sicurezza dei dati dei clienti.`,
  altIso: (_company, until) =>
    `Siamo certificati ISO/IEC 27001${until ? ` (certificato valido fino al ${until})` : ''}, a copertura del nostro sistema di gestione della sicurezza delle informazioni.`,

  nothing: {
    soc1: (company, name) => `${capitalise(company)} non dispone attualmente di un report ${name}.`,
    soc2: (company, name) => `${capitalise(company)} non dispone ancora di un report ${name}.`,
    soc3: (company) =>
      `${capitalise(company)} non dispone ancora di un report SOC 3, né del report SOC 2 che esso riassume.`,
    iso27001: (company) =>
      `${capitalise(company)} non ha ancora la certificazione ISO/IEC 27001 e non dispone ancora di un report SOC 2.`,
    'bridge-letter': (company) =>
      `${capitalise(company)} non dispone di una bridge letter: una bridge letter estende un report SOC, che non abbiamo ancora.`,
  },
  meantime:
    'Nel frattempo, saremo lieti di rispondere integralmente al vostro questionario di sicurezza e di illustrare i nostri controlli al vostro team.',

  soc1NotApplicable: (company) =>
    `SOC 1 non si applica al servizio di ${company}: un report SOC 1 copre i controlli rilevanti per il controllo interno dei nostri clienti sull’informativa finanziaria (ICFR), e il nostro servizio non elabora transazioni né dati che confluiscono nei loro bilanci.`,
  noSoc1: (company) => `${capitalise(company)} non dispone attualmente di un report SOC 1.`,
  noSoc2WithIso: (company, until) =>
    `${capitalise(company)} non dispone di un report SOC 2. Siamo certificati ISO/IEC 27001${until ? ` (certificato valido fino al ${until})` : ''}, a copertura del nostro sistema di gestione della sicurezza delle informazioni; molti clienti accettano questa certificazione al posto del SOC 2.`,
  noSoc2WithSoc1: (company, soc1) =>
    `${capitalise(company)} non dispone di un report SOC 2. Il nostro ${soc1} copre i controlli rilevanti per l’informativa finanziaria dei nostri clienti, non i criteri di sicurezza di un SOC 2.`,
  noSoc3: (company, soc2, cover) =>
    `${capitalise(company)} non pubblica un report SOC 3. Il nostro ${soc2}, il report dettagliato che un SOC 3 riassume,${cover ? ` ${cover} ed` : ''} è a disposizione dei clienti.`,

  isoExpired: (company, body, date) =>
    `Il certificato ISO/IEC 27001 di ${company}${body ? `, rilasciato da ${body},` : ''} è scaduto il ${date}; la ricertificazione è in corso.`,
  isoHeld: (company, body, until) =>
    `Sì. ${capitalise(company)} ha la certificazione ISO/IEC 27001${body ? `, rilasciata da ${body}` : ''}${until ? `, valida fino al ${until}` : ''}.`,
  isoMissing: (company, soc2, period) =>
    `${capitalise(company)} non ha la certificazione ISO/IEC 27001. Il nostro ${soc2}${period ? ` (${period})` : ''} copre controlli di sicurezza comparabili, e molti clienti lo accettano al posto della certificazione ISO/IEC 27001.`,

  bridgeHeld: (company, since) =>
    `Sì. ${capitalise(company)} dispone di una bridge letter della direzione, che copre ${
      since
        ? `il periodo dal ${since.from} (dopo ${since.asOf ? 'la data di riferimento' : 'il periodo'} del nostro ${since.name}) a oggi`
        : 'il periodo trascorso dal nostro ultimo report SOC'
    }.`,
  bridgeMissing: (company, latest) =>
    `${capitalise(company)} al momento non dispone di una bridge letter.${
      latest
        ? ` Il nostro ${latest.name} ${latest.asOf ? `ha come data di riferimento il ${latest.date}` : `copre un periodo chiuso il ${latest.date}`}.`
        : ''
    }`,

  generic: {
    soc2: (name) => ({
      text: `Sì. Il nostro report ${name}, relativo al periodo dal [inizio periodo] al [fine periodo], è disponibile su richiesta, ${NDA}.`,
      attach: `Report ${name}`,
    }),
    soc1: () => ({
      text: `SOC 1 non si applica al nostro servizio: copre i controlli rilevanti per il controllo interno dei nostri clienti sull’informativa finanziaria (ICFR), su cui il nostro servizio non incide. Il nostro report SOC 2, che copre la sicurezza dei dati dei clienti, è disponibile su richiesta, ${NDA}.`,
      attach: 'Report SOC 2',
    }),
    soc3: () => ({
      text: 'Il nostro report SOC 3 è per uso generale: potete scaricarlo e condividerlo liberamente da [link al trust center].',
      attach: 'Report SOC 3',
    }),
    iso27001: () => ({
      text: 'Sì. Siamo certificati ISO/IEC 27001; alleghiamo il nostro certificato, valido fino al [data di scadenza].',
      attach: 'Certificato ISO/IEC 27001',
    }),
    'bridge-letter': () => ({
      text: 'Sì. Una bridge letter della nostra direzione copre il periodo dalla fine del periodo del nostro ultimo report SOC a oggi.',
      attach: 'Bridge letter',
    }),
  },
};
