/**
 * The answers in Spanish, fact for fact as in English. Official names stay as buyers search for
 * them ("SOC 2 Tipo 2", "ISO/IEC 27001"); the bridge letter keeps its English name in brackets,
 * as Spanish auditors meet it in American reports.
 */
import type { AccessObject, AnswerPhrases } from './answer-phrases';
import { DATE_FORMATS } from './dates';

const OBJECT: Record<AccessObject, string> = {
  report: 'el informe',
  type1: 'el informe Tipo 1',
  certificate: 'el certificado',
};

const NDA = 'bajo acuerdo de confidencialidad (NDA)';
const BRIDGE = 'carta puente (bridge letter)';
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const ES: AnswerPhrases = {
  date: DATE_FORMATS.es,
  types: { type1: 'Tipo 1', type2: 'Tipo 2' },
  sentenceGap: ' ',
  listGap: ', ',
  ourCompany: 'nuestra empresa',
  report: (name) => `informe ${name}`,
  bridgeLetter: BRIDGE,
  isoCertificate: 'Certificado ISO/IEC 27001',

  coverAsOf: (date) => `examina el diseño de nuestros controles a ${date}`,
  coverRange: (start, end) => `abarca el período del ${start} al ${end}`,
  coverEnding: (end) => `abarca un período que finaliza el ${end}`,
  periodAsOf: (date) => `a ${date}`,
  periodRange: (start, end) => `del ${start} al ${end}`,
  periodEnding: (end) => `período que finaliza el ${end}`,

  viaTrustCentre: (url) => `a través de nuestro centro de confianza en ${url}`,
  viaEmail: (email) => `por correo electrónico a ${email}`,
  or: ' o ',
  download: (what, ways) => `Puede obtener ${OBJECT[what]} ${ways}.`,
  sendOnRequest: (what) => `Con gusto le enviaremos ${OBJECT[what]} si lo solicita.`,
  requestUnderNda: (what, ways) => `Puede solicitar ${OBJECT[what]} ${NDA} ${ways}.`,
  shareUnderNda: (what) => `Compartimos ${OBJECT[what]} ${NDA}, previa solicitud.`,

  heldOpening: (company, name, cover) =>
    `Sí. ${capitalise(company)} dispone de un ${name}${cover ? ` que ${cover}` : ''}.`,
  generalUse: 'Es un informe de uso general, por lo que puede compartirlo libremente.',
  auditor: (auditor) => `El examen lo realizó ${auditor}, una firma de auditoría independiente.`,
  type2AlsoDesign:
    'Un informe Tipo 2 cubre el diseño de nuestros controles, igual que un Tipo 1, y además comprueba que funcionaron eficazmente durante todo el período.',
  onlyType1: (company, name, cover) =>
    `${capitalise(company)} dispone actualmente de un ${name}, que ${cover || 'examina el diseño de nuestros controles en una fecha determinada'}; todavía no comprueba la eficacia operativa durante un período.`,
  firstExpected: (name, date) => `Prevemos tener nuestro primer informe ${name} antes del ${date}.`,
  noneYet: (company, name) => `${capitalise(company)} aún no dispone de un informe ${name}.`,
  bridgeCoversSince: (_company, from) =>
    `Una ${BRIDGE} de nuestra dirección cubre el tiempo transcurrido desde el ${from} hasta hoy.`,
  nextExpected: (date) => `Prevemos tener nuestro próximo informe antes del ${date}.`,

  altSoc2: (_company, name, period) =>
    `Nuestro ${name}${period ? ` (${period})` : ''} cubre la seguridad de los datos de los clientes.`,
  altIso: (_company, until) =>
    `Contamos con la certificación ISO/IEC 27001${until ? ` (certificado válido hasta el ${until})` : ''}, que cubre nuestro sistema de gestión de la seguridad de la información.`,

  nothing: {
    soc1: (company, name) => `${capitalise(company)} no dispone actualmente de un informe ${name}.`,
    soc2: (company, name) => `${capitalise(company)} aún no dispone de un informe ${name}.`,
    soc3: (company) =>
      `${capitalise(company)} aún no dispone de un informe SOC 3 ni del informe SOC 2 que este resume.`,
    iso27001: (company) =>
      `${capitalise(company)} aún no cuenta con la certificación ISO/IEC 27001 ni dispone todavía de un informe SOC 2.`,
    'bridge-letter': (company) =>
      `${capitalise(company)} no dispone de una ${BRIDGE}: esta carta amplía un informe SOC, y todavía no tenemos ninguno.`,
  },
  meantime:
    'Mientras tanto, con gusto responderemos íntegramente a su cuestionario de seguridad y explicaremos nuestros controles a su equipo.',

  soc1NotApplicable: (company) =>
    `SOC 1 no es aplicable al servicio de ${company}: un informe SOC 1 cubre los controles relevantes para el control interno de nuestros clientes sobre la información financiera (ICFR), y nuestro servicio no procesa transacciones ni datos que alimenten sus estados financieros.`,
  noSoc1: (company) => `${capitalise(company)} no dispone actualmente de un informe SOC 1.`,
  noSoc2WithIso: (company, until) =>
    `${capitalise(company)} no dispone de un informe SOC 2. Contamos con la certificación ISO/IEC 27001${until ? ` (certificado válido hasta el ${until})` : ''}, que cubre nuestro sistema de gestión de la seguridad de la información y que muchos clientes aceptan en lugar de un SOC 2.`,
  noSoc2WithSoc1: (company, soc1) =>
    `${capitalise(company)} no dispone de un informe SOC 2. Nuestro ${soc1} cubre los controles relevantes para la información financiera de nuestros clientes, no los criterios de seguridad de un SOC 2.`,
  noSoc3: (company, soc2, cover) =>
    `${capitalise(company)} no publica un informe SOC 3. Nuestro ${soc2}, el informe detallado que resume un SOC 3,${cover ? ` ${cover} y` : ''} está a disposición de los clientes.`,

  isoExpired: (company, body, date) =>
    `El certificado ISO/IEC 27001 de ${company}${body ? `, emitido por ${body},` : ''} venció el ${date}; la recertificación está en curso.`,
  isoHeld: (company, body, until) =>
    `Sí. ${capitalise(company)} cuenta con la certificación ISO/IEC 27001${body ? `, emitida por ${body}` : ''}${until ? `, válida hasta el ${until}` : ''}.`,
  isoMissing: (company, soc2, period) =>
    `${capitalise(company)} no cuenta con la certificación ISO/IEC 27001. Nuestro ${soc2}${period ? ` (${period})` : ''} cubre controles de seguridad comparables, y muchos clientes lo aceptan en lugar de la certificación ISO/IEC 27001.`,

  bridgeHeld: (company, since) =>
    `Sí. ${capitalise(company)} dispone de una ${BRIDGE} de su dirección, que cubre ${
      since
        ? `el tiempo desde el ${since.from} (tras ${since.asOf ? 'la fecha de referencia' : 'el período'} de nuestro ${since.name}) hasta hoy`
        : 'el tiempo transcurrido desde el período de nuestro último informe SOC'
    }.`,
  bridgeMissing: (company, latest) =>
    `${capitalise(company)} no dispone de una ${BRIDGE} en este momento.${
      latest
        ? ` Nuestro ${latest.name} ${latest.asOf ? `tiene fecha de referencia ${latest.date}` : `cubre un período que finalizó el ${latest.date}`}.`
        : ''
    }`,

  generic: {
    soc2: (name) => ({
      text: `Sí. Nuestro informe ${name}, que abarca del [inicio del período] al [fin del período], está disponible ${NDA} previa solicitud.`,
      attach: `Informe ${name}`,
    }),
    soc1: () => ({
      text: `SOC 1 no es aplicable a nuestro servicio: cubre los controles relevantes para el control interno de nuestros clientes sobre la información financiera (ICFR), en el que nuestro servicio no influye. Nuestro informe SOC 2, que cubre la seguridad de los datos de los clientes, está disponible ${NDA} previa solicitud.`,
      attach: 'Informe SOC 2',
    }),
    soc3: () => ({
      text: 'Nuestro informe SOC 3 es de uso general: puede descargarlo y compartirlo libremente desde [enlace al centro de confianza].',
      attach: 'Informe SOC 3',
    }),
    iso27001: () => ({
      text: 'Sí. Contamos con la certificación ISO/IEC 27001; adjuntamos nuestro certificado, válido hasta el [fecha de vencimiento].',
      attach: 'Certificado ISO/IEC 27001',
    }),
    'bridge-letter': () => ({
      text: `Sí. Una ${BRIDGE} de nuestra dirección cubre el tiempo desde el final del período de nuestro último informe SOC hasta hoy.`,
      attach: 'Carta puente (bridge letter)',
    }),
  },
};
