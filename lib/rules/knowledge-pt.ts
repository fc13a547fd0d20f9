/**
 * The cheat-sheet in Portuguese: the facts of knowledge.ts, row by row, in Portuguese words.
 * Brazilian Portuguese, like the rest of the pt locale and the answers (Brazil is by far the larger
 * market for these vendor reviews): "você" or the bare imperative, "seu/sua" without the article,
 * short sentences. Report and standard names stay as the auditors write them; the terms follow the
 * answers: "relatórios financeiros" for financial reporting (as in "controles internos sobre
 * relatórios financeiros", the usual Brazilian rendering of ICFR), "Tipo 1/Tipo 2", "desenho" for
 * design, "firma de auditoria" for the CPA firm, "carta ponte" for the bridge letter, SGSI for ISMS
 * and "asseguração" for assurance (the term of the Brazilian NBC TO standards that adopt the ISAE).
 */

import type { Knowledge } from './knowledge';

export const KNOWLEDGE_PT: Knowledge = {
  soc1VsSoc2: {
    id: 'soc1-vs-soc2',
    title: 'SOC 1 vs. SOC 2',
    columns: ['SOC 1', 'SOC 2'],
    rows: [
      {
        id: 'reports-on',
        aspect: 'Abrange',
        cells: [
          'Controles relevantes para o controle interno sobre os relatórios financeiros (ICFR) dos seus clientes.',
          'Controles de segurança, disponibilidade, integridade do processamento, confidencialidade e privacidade: os Trust Services Criteria do AICPA.',
        ],
      },
      {
        id: 'one-line',
        aspect: 'Em uma frase',
        cells: [
          'Dinheiro: seu serviço pode causar erros nas demonstrações financeiras de um cliente?',
          'Dados: seu serviço pode expor, perder ou tratar mal os dados dos clientes?',
        ],
      },
      {
        id: 'who-needs-it',
        aspect: 'Quem precisa dele',
        cells: [
          'Fornecedores no fluxo do dinheiro: folha de pagamento, faturamento e pagamentos, administração de empréstimos, processamento de sinistros, administração de fundos.',
          'SaaS, nuvem, provedores de serviços gerenciados, operadores de dados: quase qualquer fornecedor de tecnologia que armazene dados de clientes.',
        ],
      },
      {
        id: 'who-asks',
        aspect: 'Quem pede',
        cells: [
          'Os auditores externos do cliente, o diretor financeiro (CFO) e a controladoria (controller).',
          'As equipes de segurança, TI e compras do cliente, na avaliação de fornecedores.',
        ],
      },
      {
        id: 'standard',
        aspect: 'Norma',
        cells: [
          'SSAE 18, seção AT-C 320. Os objetivos de controle são definidos por você.',
          'SSAE 18, seções AT-C 105 e AT-C 205, com os Trust Services Criteria como referência.',
        ],
      },
      {
        id: 'performed-by',
        aspect: 'Quem realiza',
        cells: [
          'Uma firma de auditoria licenciada (CPA firm).',
          'Uma firma de auditoria licenciada (CPA firm).',
        ],
      },
      {
        id: 'types',
        aspect: 'Tipo 1 / Tipo 2',
        cells: [
          'Existem os dois. Tipo 1: o desenho, em uma data. Tipo 2: o desenho e a eficácia operacional ao longo de um período, normalmente de 3 a 12 meses.',
          'Os mesmos dois tipos, com o mesmo significado.',
        ],
      },
      {
        id: 'distribution',
        aspect: 'Quem pode ler',
        cells: [
          'Uso restrito: compartilhado sob NDA com os clientes e os auditores deles.',
          'Uso restrito: compartilhado sob NDA durante a avaliação de fornecedores.',
        ],
      },
      {
        id: 'default-for-saas',
        aspect: 'Para uma empresa SaaS',
        cells: [
          'Não, a menos que seu serviço afete os relatórios financeiros dos clientes.',
          'Sim. É o que as avaliações de segurança pedem.',
        ],
      },
    ],
  },
  type1VsType2: {
    id: 'type1-vs-type2',
    title: 'Tipo 1 vs. Tipo 2',
    columns: ['Tipo 1', 'Tipo 2'],
    rows: [
      {
        id: 'tests',
        aspect: 'O que o auditor verifica',
        cells: [
          'Que os controles estão bem desenhados, em uma data.',
          'Que os controles estão bem desenhados e de fato funcionaram ao longo de um período.',
        ],
      },
      {
        id: 'period',
        aspect: 'Período abrangido',
        cells: ['Um único momento.', 'Um período, normalmente de 3 a 12 meses.'],
      },
      {
        id: 'speed',
        aspect: 'Em quanto tempo você o tem',
        cells: [
          'Rápido, assim que os controles estiverem implementados.',
          'Só depois de encerrado o período de observação, mais a auditoria.',
        ],
      },
      {
        id: 'buyers',
        aspect: 'Como os compradores o veem',
        cells: [
          'Um bom começo que destrava muitos negócios; um passo intermediário.',
          'O que a maioria das equipes de segurança espera, e o que as renovações pedem.',
        ],
      },
      {
        id: 'when',
        aspect: 'Quando escolher',
        cells: [
          'Há negócios parados na avaliação de segurança: obtenha rapidamente um Tipo 1 e inicie o período do Tipo 2.',
          'Assim que possível: é o relatório que perdura.',
        ],
      },
    ],
  },
  soc2VsIso27001: {
    id: 'soc2-vs-iso27001',
    title: 'SOC 2 vs. ISO 27001',
    columns: ['SOC 2', 'ISO/IEC 27001'],
    rows: [
      {
        id: 'what',
        aspect: 'O que é',
        cells: [
          'Um relatório de asseguração: uma firma de auditoria emite uma opinião sobre seus controles.',
          'Uma certificação do seu sistema de gestão de segurança da informação (SGSI).',
        ],
      },
      {
        id: 'by-whom',
        aspect: 'Emitido por',
        cells: [
          'Uma firma de auditoria licenciada (CPA firm).',
          'Um organismo de certificação acreditado.',
        ],
      },
      {
        id: 'what-you-get',
        aspect: 'O que você entrega',
        cells: [
          'Um relatório detalhado com os testes e os resultados do auditor, sob NDA.',
          'Um certificado que qualquer pessoa pode ver, muitas vezes com a Declaração de Aplicabilidade.',
        ],
      },
      {
        id: 'criteria',
        aspect: 'Avaliado com base em',
        cells: [
          'Os Trust Services Criteria do AICPA.',
          'Os requisitos da ISO/IEC 27001 e os controles do seu Anexo A.',
        ],
      },
      {
        id: 'where',
        aspect: 'Mais pedido por',
        cells: [
          'Compradores dos Estados Unidos e do Canadá.',
          'Compradores da Europa e de todo o mundo.',
        ],
      },
      {
        id: 'accepted',
        aspect: 'Aceito no lugar do outro?',
        cells: [
          'Muitas vezes, mas nem sempre: pergunte ao comprador.',
          'Muitas vezes, mas nem sempre: pergunte ao comprador.',
        ],
      },
    ],
  },
  extras: [
    {
      id: 'soc3',
      title: 'SOC 3',
      points: [
        'Um resumo curto, de uso geral, de um SOC 2: sem os detalhes dos testes, por isso pode ser publicado.',
        'Serve para o site ou para uma primeira análise; um comprador que faz uma avaliação de segurança de verdade continua querendo o próprio SOC 2.',
      ],
    },
    {
      id: 'bridge-letter',
      title: 'Carta ponte (bridge letter)',
      points: [
        'Uma carta da sua própria diretoria, não do auditor, que cobre o tempo entre o fim do período do seu relatório e hoje.',
        'Declara que não houve nenhuma alteração material nos seus controles desde o fim do período.',
        'Envie junto com o relatório quando o período tiver terminado há meses.',
      ],
    },
  ],
  legacyNames: [
    {
      id: 'sas-70',
      name: 'SAS 70',
      meaning: 'A norma antiga, em vigor até 2011. Substituída pela SSAE 16 e depois pela SSAE 18.',
    },
    {
      id: 'ssae-16',
      name: 'SSAE 16',
      meaning:
        'Substituiu a SAS 70 em 2011; foi por sua vez substituída pela SSAE 18 nos relatórios datados a partir de maio de 2017.',
    },
    {
      id: 'ssae-18',
      name: 'SSAE 18',
      meaning:
        'A norma atual por trás do SOC 1 e do SOC 2, por isso “relatório SSAE 18”, sozinho, é ambíguo: veja o contexto (relatórios financeiros indicam SOC 1; caso contrário, SOC 2).',
    },
    {
      id: 'isae-3402',
      name: 'ISAE 3402',
      meaning: 'O equivalente internacional do SOC 1.',
    },
    {
      id: 'isae-3000',
      name: 'ISAE 3000',
      meaning:
        'A norma internacional de asseguração mais abrangente, muitas vezes usada como o SOC 2.',
    },
    {
      id: 'at-c',
      name: 'AT-C 320, AT-C 105 e 205',
      meaning: 'As seções da SSAE 18: AT-C 320 é o SOC 1; AT-C 105 com 205 é o SOC 2.',
    },
    {
      id: 'other-soc',
      name: '“SOC” que não é um relatório',
      meaning:
        'Security Operations Center (centro de operações de segurança), System on Chip e Standard Occupational Classification também se abreviam SOC. Nenhum deles é um pedido de relatório.',
    },
  ],
  faq: [
    {
      id: 'difference',
      question: 'Qual é a diferença entre SOC 1 e SOC 2?',
      answer:
        'O SOC 1 trata de dinheiro: controles que podem afetar as demonstrações financeiras dos seus clientes. O SOC 2 trata de dados: segurança, disponibilidade, integridade do processamento, confidencialidade e privacidade. Ambos são relatórios de uma firma de auditoria (CPA firm) emitidos segundo a SSAE 18.',
    },
    {
      id: 'which-do-i-need',
      question: 'De qual eu preciso?',
      answer:
        'Se você é um fornecedor SaaS ou de tecnologia que armazena dados de clientes: SOC 2. Acrescente o SOC 1 só quando seu serviço afetar os relatórios financeiros dos clientes (folha de pagamento, faturamento, pagamentos, administração de empréstimos, sinistros, administração de fundos) e um cliente pedir. Na dúvida? Pergunte à equipe de segurança ou de compras do comprador.',
    },
    {
      id: 'unnumbered',
      question: 'O questionário diz apenas “relatório SOC”. Qual eles querem?',
      answer:
        'Em um questionário de segurança ou de compras, o SOC 2. Só significa SOC 1 quando a pergunta ou a seção dela apontam para relatórios financeiros: ICFR, SOX, demonstrações financeiras, o auditor externo ou o controller.',
    },
    {
      id: 'is-soc2-harder',
      question: 'O SOC 2 é mais difícil do que o SOC 1?',
      answer:
        'Não é mais difícil, é diferente. O SOC 2 cobre a segurança de todo o seu sistema com base em critérios fixos; o SOC 1 cobre os processos que afetam os relatórios financeiros, com base em objetivos definidos por você. O esforço depende mais do escopo e de ser Tipo 1 ou Tipo 2 do que do número.',
    },
    {
      id: 'one-audit-both',
      question: 'Uma única auditoria pode cobrir os dois?',
      answer:
        'Você recebe dois relatórios, mas a mesma firma de auditoria pode fazer ambos em um só período de trabalho de campo, com evidências compartilhadas. As plataformas de pagamentos e de folha de pagamento muitas vezes fazem exatamente isso.',
    },
    {
      id: 'which-first',
      question: 'Qual devo obter primeiro?',
      answer:
        'Aquele de que depende a receita. Para a maioria das empresas SaaS, é o SOC 2. Se há negócios parados na avaliação de segurança, obtenha rapidamente um Tipo 1 para destravá-los e depois um Tipo 2.',
    },
    {
      id: 'iso-instead',
      question: 'Posso enviar a ISO 27001 no lugar do SOC 2?',
      answer:
        'Muitas vezes, sim. São coisas diferentes (uma certificação do seu sistema de gestão de segurança vs. um relatório de asseguração sobre seus controles), mas muitos compradores aceitam qualquer um dos dois. Pergunte antes de presumir.',
    },
    {
      id: 'old-report',
      question: 'O período do nosso relatório terminou há meses. O que eu envio?',
      answer:
        'O relatório e uma carta ponte (bridge letter) da sua diretoria declarando que nada de material mudou desde o fim do período.',
    },
  ],
  scenario: {
    questions: [
      {
        id: 'financialReporting',
        question: 'Seu serviço afeta os relatórios financeiros dos seus clientes?',
        options: [
          {
            value: 'yes',
            label: 'Sim (folha de pagamento, faturamento, pagamentos, sinistros, fundos…)',
          },
          { value: 'no', label: 'Não' },
          { value: 'unsure', label: 'Não tenho certeza' },
        ],
      },
      {
        id: 'asker',
        question: 'Quem está pedindo o relatório?',
        options: [
          { value: 'security', label: 'A equipe de segurança, TI ou compras do cliente' },
          { value: 'finance', label: 'Os auditores, o controller ou o CFO do cliente' },
          { value: 'both', label: 'Ambos' },
          { value: 'unknown', label: 'Não sei' },
        ],
      },
      {
        id: 'dealsStalled',
        question: 'Há negócios parados esperando um relatório neste momento?',
        options: [
          { value: 'yes', label: 'Sim' },
          { value: 'no', label: 'Não' },
        ],
      },
    ],
    headlines: {
      soc2: 'Obtenha o SOC 2',
      soc1: 'Obtenha o SOC 1',
      both: 'Obtenha o SOC 1 e o SOC 2',
      'ask-buyer': 'Pergunte primeiro ao comprador',
    },
    reasons: {
      'finance-without-financial-reporting':
        'Os auditores ou o controller do cliente costumam querer o SOC 1, mas seu serviço não afeta os relatórios financeiros do cliente, então o SOC 1 teria pouco a relatar.',
      'offer-soc2-to-finance':
        'Diga isso a eles, ofereça seu SOC 2 e pergunte se ele cobre o que precisam.',
      'data-without-financial-reporting':
        'Você armazena dados de clientes, mas não afeta os relatórios financeiros deles: o SOC 2 é o relatório certo para você.',
      'unnamed-means-soc2':
        'Um “relatório SOC” sem número em um questionário de segurança significa SOC 2.',
      'security-asks-soc2':
        'As equipes de segurança, TI e compras pedem o SOC 2 na avaliação de fornecedores.',
      'explain-outside-financial-reporting':
        'Se os auditores do cliente insistirem no SOC 1, explique que seu serviço está fora dos relatórios financeiros do cliente.',
      'financial-reporting-and-finance':
        'Seu serviço afeta os relatórios financeiros do cliente e quem pede são os auditores ou o controller: isso é o SOC 1.',
      'soc2-later':
        'Espere que as equipes de segurança peçam o SOC 2 mais tarde; a mesma firma de auditoria pode incluí-lo.',
      'security-waits-on-soc2':
        'A equipe de segurança que está pedindo agora espera o SOC 2: comece por ele, porque a receita depende dele.',
      'auditors-will-ask-soc1':
        'Como seu serviço afeta os relatórios financeiros dos clientes, os auditores deles também vão pedir o SOC 1.',
      'one-firm-one-window':
        'Uma firma de auditoria, um período de trabalho de campo, evidências compartilhadas.',
      'money-flow-needs-both':
        'As plataformas no fluxo do dinheiro (pagamentos, folha de pagamento, faturamento) muitas vezes precisam dos dois.',
      'one-firm-both':
        'A mesma firma de auditoria pode fazer ambos em um só período de trabalho de campo, com evidências compartilhadas.',
      'ask-which-first': 'Pergunte ao comprador de qual precisa primeiro e comece por esse.',
      'lead-with-revenue': 'Comece pelo relatório de que depende a receita.',
      'security-whatever-else':
        'As equipes de segurança, TI e compras pedem o SOC 2 na avaliação de fornecedores, independentemente do que mais você fizer.',
      'add-soc1-later':
        'Se mais tarde um cliente disser que seu serviço afeta as demonstrações financeiras dele, aí acrescente o SOC 1.',
      'unsure-decides':
        'Você não tem certeza se seu serviço afeta os relatórios financeiros do cliente, e é isso que decide entre SOC 1 e SOC 2.',
      'ask-buyer-which':
        'Pergunte à equipe de segurança ou de compras do comprador de qual relatório eles precisam e por quê.',
    },
    typeAdvice: {
      yes: 'Há negócios parados agora: obtenha rapidamente um Tipo 1 para destravá-los e, ao mesmo tempo, inicie o período do Tipo 2.',
      no: 'Nenhum negócio está esperando: vá direto para um Tipo 2, o relatório que os compradores esperam.',
    },
  },
};
