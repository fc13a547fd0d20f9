/**
 * The answers in Portuguese, fact for fact as in English: Brazilian Portuguese, like every
 * Portuguese screen (Brazil is by far the larger market for vendor reviews). Official names stay
 * as buyers search for them ("SOC 2 Tipo 2", "ISO/IEC 27001"); the bridge letter keeps its English
 * name in brackets, as auditors meet it in American reports.
 */
import type { AccessObject, AnswerPhrases } from './answer-phrases';
import { DATE_FORMATS } from './dates';

const OBJECT: Record<AccessObject, string> = {
  report: 'o relatório',
  type1: 'o relatório Tipo 1',
  certificate: 'o certificado',
};

const NDA = 'mediante acordo de confidencialidade (NDA)';
const BRIDGE = 'carta ponte (bridge letter)';
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export const PT: AnswerPhrases = {
  date: DATE_FORMATS.pt,
  types: { type1: 'Tipo 1', type2: 'Tipo 2' },
  sentenceGap: ' ',
  listGap: ', ',
  ourCompany: 'nossa empresa',
  report: (name) => `relatório ${name}`,
  bridgeLetter: BRIDGE,
  isoCertificate: 'Certificado ISO/IEC 27001',

  coverAsOf: (date) => `examina o desenho dos nossos controles em ${date}`,
  coverRange: (start, end) => `abrange o período de ${start} a ${end}`,
  coverEnding: (end) => `abrange um período encerrado em ${end}`,
  periodAsOf: (date) => `em ${date}`,
  periodRange: (start, end) => `${start} a ${end}`,
  periodEnding: (end) => `período encerrado em ${end}`,

  viaTrustCentre: (url) => `pelo nosso trust center em ${url}`,
  viaEmail: (email) => `por e-mail para ${email}`,
  or: ' ou ',
  download: (what, ways) => `Você pode obter ${OBJECT[what]} ${ways}.`,
  sendOnRequest: (what) => `Teremos prazer em enviar ${OBJECT[what]} mediante solicitação.`,
  requestUnderNda: (what, ways) => `Você pode solicitar ${OBJECT[what]} ${NDA} ${ways}.`,
  shareUnderNda: (what) => `Compartilhamos ${OBJECT[what]} ${NDA}, mediante solicitação.`,

  heldOpening: (company, name, cover) =>
    `Sim. ${capitalise(company)} possui um ${name}${cover ? ` que ${cover}` : ''}.`,
  generalUse: 'É um relatório de uso geral, que você pode compartilhar livremente.',
  auditor: (auditor) =>
    `O exame foi realizado por ${auditor}, uma firma de auditoria independente.`,
  type2AlsoDesign:
    'Um relatório Tipo 2 cobre o desenho dos nossos controles, como um Tipo 1, e também testa se eles operaram de forma eficaz durante todo o período.',
  onlyType1: (company, name, cover) =>
    `${capitalise(company)} possui atualmente um ${name}, que ${cover || 'examina o desenho dos nossos controles em uma data específica'}; ele ainda não testa a eficácia operacional ao longo de um período.`,
  firstExpected: (name, date) => `Nosso primeiro relatório ${name} está previsto até ${date}.`,
  noneYet: (company, name) => `${capitalise(company)} ainda não possui um relatório ${name}.`,
  bridgeCoversSince: (_company, from) =>
    `Uma ${BRIDGE} da nossa diretoria cobre o período de ${from} até hoje.`,
  nextExpected: (date) => `Nosso próximo relatório está previsto até ${date}.`,

  altSoc2: (_company, name, period) =>
    `Nosso ${name}${period ? ` (${period})` : ''} cobre a segurança dos dados dos clientes.`,
  altIso: (_company, until) =>
    `Somos certificados na ISO/IEC 27001${until ? ` (certificado válido até ${until})` : ''}, que abrange nosso sistema de gestão de segurança da informação.`,

  nothing: {
    soc1: (company, name) => `${capitalise(company)} não possui atualmente um relatório ${name}.`,
    soc2: (company, name) => `${capitalise(company)} ainda não possui um relatório ${name}.`,
    soc3: (company) =>
      `${capitalise(company)} ainda não possui um relatório SOC 3, nem o relatório SOC 2 que ele resume.`,
    iso27001: (company) =>
      `${capitalise(company)} ainda não é certificada na ISO/IEC 27001 e ainda não possui um relatório SOC 2.`,
    'bridge-letter': (company) =>
      `${capitalise(company)} não possui uma ${BRIDGE}: essa carta complementa um relatório SOC, e ainda não temos um.`,
  },
  meantime:
    'Enquanto isso, teremos prazer em responder integralmente ao seu questionário de segurança e apresentar nossos controles à sua equipe.',

  soc1NotApplicable: (company) =>
    `O SOC 1 não se aplica ao serviço de ${company}: um relatório SOC 1 abrange controles relevantes para o controle interno dos nossos clientes sobre as demonstrações financeiras (ICFR), e nosso serviço não processa transações nem dados que alimentem as demonstrações financeiras dos clientes.`,
  noSoc1: (company) => `${capitalise(company)} não possui atualmente um relatório SOC 1.`,
  noSoc2WithIso: (company, until) =>
    `${capitalise(company)} não possui um relatório SOC 2. Somos certificados na ISO/IEC 27001${until ? ` (certificado válido até ${until})` : ''}, que abrange nosso sistema de gestão de segurança da informação e que muitos clientes aceitam no lugar do SOC 2.`,
  noSoc2WithSoc1: (company, soc1) =>
    `${capitalise(company)} não possui um relatório SOC 2. Nosso ${soc1} abrange controles relevantes para as demonstrações financeiras dos nossos clientes, não os critérios de segurança de um SOC 2.`,
  noSoc3: (company, soc2, cover) =>
    `${capitalise(company)} não publica um relatório SOC 3. Nosso ${soc2}, o relatório detalhado que um SOC 3 resume,${cover ? ` ${cover} e` : ''} está disponível aos clientes.`,

  isoExpired: (company, body, date) =>
    `O certificado ISO/IEC 27001 de ${company}${body ? `, emitido por ${body},` : ''} expirou em ${date}; a recertificação está em andamento.`,
  isoHeld: (company, body, until) =>
    `Sim. ${capitalise(company)} possui a certificação ISO/IEC 27001${body ? `, emitida por ${body}` : ''}${until ? `, válida até ${until}` : ''}.`,
  isoMissing: (company, soc2, period) =>
    `${capitalise(company)} não possui a certificação ISO/IEC 27001. Nosso ${soc2}${period ? ` (${period})` : ''} cobre controles de segurança comparáveis, e muitos clientes o aceitam no lugar da certificação ISO/IEC 27001.`,

  bridgeHeld: (company, since) =>
    `Sim. ${capitalise(company)} possui uma ${BRIDGE} da diretoria, que cobre ${
      since
        ? `o período de ${since.from} (após ${since.asOf ? 'a data de referência' : 'o período'} do nosso ${since.name}) até hoje`
        : 'o período desde o nosso último relatório SOC'
    }.`,
  bridgeMissing: (company, latest) =>
    `${capitalise(company)} não possui uma ${BRIDGE} no momento.${
      latest
        ? ` Nosso ${latest.name} ${latest.asOf ? `tem data de referência ${latest.date}` : `cobre um período encerrado em ${latest.date}`}.`
        : ''
    }`,

  generic: {
    soc2: (name) => ({
      text: `Sim. Nosso relatório ${name}, que abrange de [início do período] a [fim do período], está disponível ${NDA}, mediante solicitação.`,
      attach: `Relatório ${name}`,
    }),
    soc1: () => ({
      text: `O SOC 1 não se aplica ao nosso serviço: ele abrange controles relevantes para o controle interno dos nossos clientes sobre as demonstrações financeiras (ICFR), que nosso serviço não afeta. Nosso relatório SOC 2, que cobre a segurança dos dados dos clientes, está disponível ${NDA}, mediante solicitação.`,
      attach: 'Relatório SOC 2',
    }),
    soc3: () => ({
      text: 'Nosso relatório SOC 3 é de uso geral: você pode baixá-lo e compartilhá-lo livremente em [link do trust center].',
      attach: 'Relatório SOC 3',
    }),
    iso27001: () => ({
      text: 'Sim. Somos certificados na ISO/IEC 27001; nosso certificado, válido até [data de validade], segue em anexo.',
      attach: 'Certificado ISO/IEC 27001',
    }),
    'bridge-letter': () => ({
      text: `Sim. Uma ${BRIDGE} da nossa diretoria cobre o período desde o fim do período do nosso último relatório SOC até hoje.`,
      attach: 'Carta ponte (bridge letter)',
    }),
  },
};
