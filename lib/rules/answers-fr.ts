/**
 * The answers in French, fact for fact as in English. Official names stay as buyers search for
 * them ("SOC 2 type 2", "ISO/IEC 27001"); the bridge letter keeps its English name in brackets,
 * the term French auditors meet in American reports. The company is the subject of the first
 * sentence ("Acme dispose d’un…"), so no agreement depends on its name. A no-break space (U+00A0)
 * goes before ":" and ";", as French typography wants, so a pasted answer never starts a line
 * with a colon.
 */
import type { AccessObject, AnswerPhrases } from './answer-phrases';
import { DATE_FORMATS } from './dates';

const OBJECT: Record<AccessObject, string> = {
  report: 'le rapport',
  type1: 'le rapport de type 1',
  certificate: 'le certificat',
};

const NDA = 'sous accord de confidentialité (NDA)';
const BRIDGE = 'lettre de transition (bridge letter)';
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
/** "de Acme" elides to "d’Acme" before a vowel or a mute h. */
const of = (company: string) =>
  /^[aeiouyhàâéèêîôû]/i.test(company) ? `d’${company}` : `de ${company}`;

export const FR: AnswerPhrases = {
  date: DATE_FORMATS.fr,
  types: { type1: 'type 1', type2: 'type 2' },
  sentenceGap: ' ',
  listGap: ', ',
  ourCompany: 'notre entreprise',
  report: (name) => `rapport ${name}`,
  bridgeLetter: BRIDGE,
  isoCertificate: 'Certificat ISO/IEC 27001',

  coverAsOf: (date) => `examine la conception de nos contrôles au ${date}`,
  coverRange: (start, end) => `couvre la période du ${start} au ${end}`,
  coverEnding: (end) => `couvre une période se terminant le ${end}`,
  periodAsOf: (date) => `au ${date}`,
  periodRange: (start, end) => `du ${start} au ${end}`,
  periodEnding: (end) => `période se terminant le ${end}`,

  viaTrustCentre: (url) => `via notre trust center à l’adresse ${url}`,
  viaEmail: (email) => `par e-mail à ${email}`,
  or: ' ou ',
  download: (what, ways) => `Vous pouvez obtenir ${OBJECT[what]} ${ways}.`,
  sendOnRequest: (what) => `Nous vous enverrons volontiers ${OBJECT[what]} sur demande.`,
  requestUnderNda: (what, ways) => `Vous pouvez demander ${OBJECT[what]} ${NDA} ${ways}.`,
  shareUnderNda: (what) => `Nous communiquons ${OBJECT[what]} sur demande, ${NDA}.`,

  heldOpening: (company, name, cover) =>
    `Oui. ${capitalise(company)} dispose d’un ${name}${cover ? ` qui ${cover}` : ''}.`,
  generalUse: 'Il s’agit d’un rapport à usage général\u00a0: vous êtes libre de le diffuser.',
  auditor: (auditor) => `L’examen a été réalisé par ${auditor}, un cabinet d’audit indépendant.`,
  type2AlsoDesign:
    'Un rapport de type 2 couvre, comme un type 1, la conception de nos contrôles, et vérifie en outre leur efficacité opérationnelle sur toute la période.',
  onlyType1: (company, name, cover) =>
    `${capitalise(company)} dispose actuellement d’un ${name}, qui ${cover || 'examine la conception de nos contrôles à une date donnée'}\u00a0; il ne teste pas encore l’efficacité opérationnelle sur une période.`,
  firstExpected: (name, date) => `Notre premier rapport ${name} est attendu d’ici le ${date}.`,
  noneYet: (company, name) => `${capitalise(company)} ne dispose pas encore d’un rapport ${name}.`,
  bridgeCoversSince: (_company, from) =>
    `Une ${BRIDGE} de notre direction couvre la période du ${from} à aujourd’hui.`,
  nextExpected: (date) => `Notre prochain rapport est attendu d’ici le ${date}.`,

  altSoc2: (_company, name, period) =>
    `Notre ${name}${period ? ` (${period})` : ''} couvre la sécurité des données clients.`,
  altIso: (_company, until) =>
    `Nous sommes certifiés ISO/IEC 27001${until ? ` (certificat valable jusqu’au ${until})` : ''}, ce qui couvre notre système de management de la sécurité de l’information.`,

  nothing: {
    soc1: (company, name) =>
      `${capitalise(company)} ne dispose pas actuellement d’un rapport ${name}.`,
    soc2: (company, name) => `${capitalise(company)} ne dispose pas encore d’un rapport ${name}.`,
    soc3: (company) =>
      `${capitalise(company)} ne dispose pas encore d’un rapport SOC 3, ni du rapport SOC 2 qu’il résume.`,
    iso27001: (company) =>
      `${capitalise(company)} ne détient pas encore la certification ISO/IEC 27001 et ne dispose pas encore d’un rapport SOC 2.`,
    'bridge-letter': (company) =>
      `${capitalise(company)} ne dispose pas d’une ${BRIDGE}\u00a0: une telle lettre prolonge un rapport SOC, et nous n’en avons pas encore.`,
  },
  meantime:
    'D’ici là, nous répondrons volontiers à l’intégralité de votre questionnaire de sécurité et présenterons nos contrôles à votre équipe.',

  soc1NotApplicable: (company) =>
    `SOC 1 ne s’applique pas au service ${of(company)}\u00a0: un rapport SOC 1 porte sur les contrôles pertinents pour le contrôle interne de nos clients sur l’information financière (ICFR), et notre service ne traite ni transactions ni données qui alimentent leurs états financiers.`,
  noSoc1: (company) => `${capitalise(company)} ne dispose pas actuellement d’un rapport SOC 1.`,
  noSoc2WithIso: (company, until) =>
    `${capitalise(company)} ne dispose pas d’un rapport SOC 2. Nous sommes certifiés ISO/IEC 27001${until ? ` (certificat valable jusqu’au ${until})` : ''}, ce qui couvre notre système de management de la sécurité de l’information\u00a0; de nombreux clients l’acceptent à la place d’un SOC 2.`,
  noSoc2WithSoc1: (company, soc1) =>
    `${capitalise(company)} ne dispose pas d’un rapport SOC 2. Notre ${soc1} porte sur les contrôles pertinents pour l’information financière de nos clients, et non sur les critères de sécurité d’un SOC 2.`,
  noSoc3: (company, soc2, cover) =>
    `${capitalise(company)} ne publie pas de rapport SOC 3. Notre ${soc2}, le rapport détaillé qu’un SOC 3 résume,${cover ? ` ${cover} et` : ''} est à la disposition de nos clients.`,

  isoExpired: (company, body, date) =>
    `Le certificat ISO/IEC 27001 ${of(company)}${body ? `, délivré par ${body},` : ''} a expiré le ${date}\u00a0; la recertification est en cours.`,
  isoHeld: (company, body, until) =>
    `Oui. ${capitalise(company)} détient la certification ISO/IEC 27001${body ? `, délivrée par ${body}` : ''}${until ? `, valable jusqu’au ${until}` : ''}.`,
  isoMissing: (company, soc2, period) =>
    `${capitalise(company)} ne détient pas la certification ISO/IEC 27001. Notre ${soc2}${period ? ` (${period})` : ''} couvre des contrôles de sécurité comparables, et de nombreux clients l’acceptent à la place d’une certification ISO/IEC 27001.`,

  bridgeHeld: (company, since) =>
    `Oui. ${capitalise(company)} dispose d’une ${BRIDGE} de sa direction, qui couvre ${
      since
        ? `la période du ${since.from} (après ${since.asOf ? 'la date de référence' : 'la période'} de notre ${since.name}) à aujourd’hui`
        : 'la période écoulée depuis notre dernier rapport SOC'
    }.`,
  bridgeMissing: (company, latest) =>
    `${capitalise(company)} ne dispose pas d’une ${BRIDGE} pour le moment.${
      latest
        ? ` Notre ${latest.name} ${latest.asOf ? `est établi au ${latest.date}` : `couvre une période qui s’est terminée le ${latest.date}`}.`
        : ''
    }`,

  generic: {
    soc2: (name) => ({
      text: `Oui. Notre rapport ${name}, couvrant la période du [début de période] au [fin de période], est disponible sur demande ${NDA}.`,
      attach: `Rapport ${name}`,
    }),
    soc1: () => ({
      text: `SOC 1 ne s’applique pas à notre service\u00a0: il porte sur les contrôles pertinents pour le contrôle interne de nos clients sur l’information financière (ICFR), que notre service n’affecte pas. Notre rapport SOC 2, qui couvre la sécurité des données clients, est disponible sur demande ${NDA}.`,
      attach: 'Rapport SOC 2',
    }),
    soc3: () => ({
      text: 'Notre rapport SOC 3 est un rapport à usage général\u00a0: vous pouvez le télécharger et le diffuser librement depuis [lien du trust center].',
      attach: 'Rapport SOC 3',
    }),
    iso27001: () => ({
      text: 'Oui. Nous sommes certifiés ISO/IEC 27001\u00a0; notre certificat, valable jusqu’au [date d’expiration], est joint.',
      attach: 'Certificat ISO/IEC 27001',
    }),
    'bridge-letter': () => ({
      text: `Oui. Une ${BRIDGE} de notre direction couvre la période allant de la fin de notre dernier rapport SOC à aujourd’hui.`,
      attach: 'Lettre de transition (bridge letter)',
    }),
  },
};
