/**
 * The cheat-sheet in Portuguese: the facts of knowledge.ts, row by row, in Portuguese words.
 * European Portuguese, like the popup it shows in: the formal address of PT-PT business software,
 * the third person without a pronoun ("Pergunte", "o seu serviço", "por si"), short sentences.
 * Report and standard names stay as the auditors write them; the terms follow the rest of the
 * Portuguese interface: "relato financeiro" for financial reporting, "Tipo 1/Tipo 2", "sociedade
 * de auditoria" for the CPA firm, "carta de ligação" as the gloss of bridge letter, SGSI for ISMS
 * and "garantia de fiabilidade" for assurance (the terms of the Portuguese editions of ISO/IEC
 * 27001 and of the ISAE).
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
        aspect: 'Incide sobre',
        cells: [
          'Controlos relevantes para o controlo interno sobre o relato financeiro (ICFR) dos seus clientes.',
          'Controlos de segurança, disponibilidade, integridade do processamento, confidencialidade e privacidade: os Trust Services Criteria do AICPA.',
        ],
      },
      {
        id: 'one-line',
        aspect: 'Numa frase',
        cells: [
          'Dinheiro: o seu serviço pode levar a erros nas demonstrações financeiras de um cliente?',
          'Dados: o seu serviço pode expor, perder ou tratar mal os dados dos clientes?',
        ],
      },
      {
        id: 'who-needs-it',
        aspect: 'Quem precisa dele',
        cells: [
          'Fornecedores no circuito do dinheiro: processamento salarial, faturação e pagamentos, gestão de empréstimos, gestão de sinistros, gestão de fundos.',
          'SaaS, cloud, serviços geridos, subcontratantes de dados: quase qualquer fornecedor tecnológico que guarde dados de clientes.',
        ],
      },
      {
        id: 'who-asks',
        aspect: 'Quem o pede',
        cells: [
          'Os auditores externos do cliente, o diretor financeiro (CFO) e a equipa de controlo financeiro (controller).',
          'As equipas de segurança, TI e compras do cliente, na avaliação de fornecedores.',
        ],
      },
      {
        id: 'standard',
        aspect: 'Norma',
        cells: [
          'SSAE 18, secção AT-C 320. Os objetivos de controlo são definidos por si.',
          'SSAE 18, secções AT-C 105 e AT-C 205, com os Trust Services Criteria como referência.',
        ],
      },
      {
        id: 'performed-by',
        aspect: 'Quem o realiza',
        cells: [
          'Uma sociedade de auditoria licenciada (CPA firm).',
          'Uma sociedade de auditoria licenciada (CPA firm).',
        ],
      },
      {
        id: 'types',
        aspect: 'Tipo 1 / Tipo 2',
        cells: [
          'Existem os dois. Tipo 1: a conceção, numa data. Tipo 2: a conceção e a eficácia operacional ao longo de um período, normalmente de 3 a 12 meses.',
          'Os mesmos dois tipos, com o mesmo significado.',
        ],
      },
      {
        id: 'distribution',
        aspect: 'Quem o pode ler',
        cells: [
          'Uso restrito: partilhado sob NDA com os clientes e os seus auditores.',
          'Uso restrito: partilhado sob NDA durante a avaliação de fornecedores.',
        ],
      },
      {
        id: 'default-for-saas',
        aspect: 'Para uma empresa SaaS',
        cells: [
          'Não, exceto se o seu serviço afetar o relato financeiro dos clientes.',
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
          'Que os controlos estão bem concebidos, numa data.',
          'Que os controlos estão bem concebidos e funcionaram de facto ao longo de um período.',
        ],
      },
      {
        id: 'period',
        aspect: 'Período abrangido',
        cells: ['Um único momento.', 'Um período, normalmente de 3 a 12 meses.'],
      },
      {
        id: 'speed',
        aspect: 'Quando o pode ter',
        cells: [
          'Depressa, assim que os controlos estiverem implementados.',
          'Só depois de decorrido o período de observação, mais a auditoria.',
        ],
      },
      {
        id: 'buyers',
        aspect: 'Como o veem os compradores',
        cells: [
          'Um bom começo que desbloqueia muitos negócios; um passo intermédio.',
          'O que a maioria das equipas de segurança espera, e o que as renovações pedem.',
        ],
      },
      {
        id: 'when',
        aspect: 'Quando o escolher',
        cells: [
          'Há negócios parados na avaliação de segurança: obtenha depressa um Tipo 1 e comece o período do Tipo 2.',
          'Logo que possível: é o relatório que perdura.',
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
          'Um relatório de garantia de fiabilidade: uma sociedade de auditoria emite uma opinião sobre os seus controlos.',
          'Uma certificação do seu sistema de gestão da segurança da informação (SGSI).',
        ],
      },
      {
        id: 'by-whom',
        aspect: 'Emitido por',
        cells: [
          'Uma sociedade de auditoria licenciada (CPA firm).',
          'Um organismo de certificação acreditado.',
        ],
      },
      {
        id: 'what-you-get',
        aspect: 'O que entrega',
        cells: [
          'Um relatório detalhado com os testes e os resultados do auditor, sob NDA.',
          'Um certificado que qualquer pessoa pode ver, muitas vezes com a Declaração de Aplicabilidade.',
        ],
      },
      {
        id: 'criteria',
        aspect: 'Avaliado face a',
        cells: [
          'Os Trust Services Criteria do AICPA.',
          'Os requisitos da ISO/IEC 27001 e os controlos do seu Anexo A.',
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
        aspect: 'Aceite em vez do outro?',
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
        'Serve para o site ou para uma primeira análise; um comprador que faz uma avaliação de segurança a sério continua a querer o próprio SOC 2.',
      ],
    },
    {
      id: 'bridge-letter',
      title: 'Bridge letter (carta de ligação)',
      points: [
        'Uma carta da sua própria direção, não do auditor, que cobre o tempo entre o fim do período do seu relatório e hoje.',
        'Declara que não houve nenhuma alteração material aos seus controlos desde o fim do período.',
        'Envie-a com o relatório quando o período terminou há meses.',
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
        'A norma atual por trás do SOC 1 e do SOC 2, por isso «relatório SSAE 18», sem mais, é ambíguo: leia o contexto (relato financeiro significa SOC 1; caso contrário, SOC 2).',
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
        'A norma internacional de garantia de fiabilidade mais abrangente, muitas vezes usada como o SOC 2.',
    },
    {
      id: 'at-c',
      name: 'AT-C 320, AT-C 105 e 205',
      meaning: 'As secções da SSAE 18: AT-C 320 é o SOC 1; AT-C 105 com 205 é o SOC 2.',
    },
    {
      id: 'other-soc',
      name: '«SOC» que não é um relatório',
      meaning:
        'Security Operations Center (centro de operações de segurança), System on Chip e Standard Occupational Classification também se abreviam SOC. Nenhum deles é um pedido de relatório.',
    },
  ],
  faq: [
    {
      id: 'difference',
      question: 'Qual é a diferença entre SOC 1 e SOC 2?',
      answer:
        'O SOC 1 trata de dinheiro: controlos que podem afetar as demonstrações financeiras dos seus clientes. O SOC 2 trata de dados: segurança, disponibilidade, integridade do processamento, confidencialidade e privacidade. Ambos são relatórios de uma sociedade de auditoria (CPA firm) ao abrigo da SSAE 18.',
    },
    {
      id: 'which-do-i-need',
      question: 'De qual preciso?',
      answer:
        'Se é um fornecedor SaaS ou tecnológico que guarda dados de clientes: SOC 2. Acrescente o SOC 1 só quando o seu serviço afetar o relato financeiro dos clientes (processamento salarial, faturação, pagamentos, gestão de empréstimos, sinistros, gestão de fundos) e um cliente o pedir. Em dúvida? Pergunte à equipa de segurança ou de compras do comprador.',
    },
    {
      id: 'unnumbered',
      question: 'O questionário diz apenas «relatório SOC». Qual querem?',
      answer:
        'Num questionário de segurança ou de compras, o SOC 2. Só significa SOC 1 quando a pergunta ou a sua secção apontam para o relato financeiro: ICFR, SOX, demonstrações financeiras, o auditor externo ou o controller.',
    },
    {
      id: 'is-soc2-harder',
      question: 'O SOC 2 é mais difícil do que o SOC 1?',
      answer:
        'Não é mais difícil, é diferente. O SOC 2 cobre a segurança de todo o seu sistema face a critérios fixos; o SOC 1 cobre os processos que afetam o relato financeiro, face a objetivos definidos por si. O esforço depende mais do âmbito e de ser Tipo 1 ou Tipo 2 do que do número.',
    },
    {
      id: 'one-audit-both',
      question: 'Uma só auditoria pode cobrir os dois?',
      answer:
        'Recebe dois relatórios, mas a mesma sociedade de auditoria pode fazer ambos num só período de trabalho de campo, com evidências partilhadas. As plataformas de pagamentos e de processamento salarial fazem muitas vezes exatamente isso.',
    },
    {
      id: 'which-first',
      question: 'Qual devo obter primeiro?',
      answer:
        'Aquele de que depende a receita. Para a maioria das empresas SaaS, é o SOC 2. Se há negócios parados na avaliação de segurança, obtenha depressa um Tipo 1 para os desbloquear e depois um Tipo 2.',
    },
    {
      id: 'iso-instead',
      question: 'Posso enviar a ISO 27001 em vez do SOC 2?',
      answer:
        'Muitas vezes, sim. São coisas diferentes (uma certificação do seu sistema de gestão da segurança vs. um relatório de garantia de fiabilidade sobre os seus controlos), mas muitos compradores aceitam qualquer um. Pergunte antes de presumir.',
    },
    {
      id: 'old-report',
      question: 'O período do nosso relatório terminou há meses. O que envio?',
      answer:
        'O relatório e uma bridge letter (carta de ligação) da sua direção a declarar que nada de material mudou desde o fim do período.',
    },
  ],
  scenario: {
    questions: [
      {
        id: 'financialReporting',
        question: 'O seu serviço afeta o relato financeiro dos seus clientes?',
        options: [
          {
            value: 'yes',
            label: 'Sim (salários, faturação, pagamentos, sinistros, gestão de fundos…)',
          },
          { value: 'no', label: 'Não' },
          { value: 'unsure', label: 'Não tenho a certeza' },
        ],
      },
      {
        id: 'asker',
        question: 'Quem está a pedir o relatório?',
        options: [
          { value: 'security', label: 'A equipa de segurança, TI ou compras do cliente' },
          { value: 'finance', label: 'Os auditores, o controller ou o CFO do cliente' },
          { value: 'both', label: 'Ambos' },
          { value: 'unknown', label: 'Não sei' },
        ],
      },
      {
        id: 'dealsStalled',
        question: 'Há negócios parados à espera de um relatório neste momento?',
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
        'Os auditores ou o controller do cliente costumam querer o SOC 1, mas o seu serviço não afeta o relato financeiro do cliente, por isso o SOC 1 teria pouco sobre que relatar.',
      'offer-soc2-to-finance':
        'Diga-lhes isso, ofereça o seu SOC 2 e pergunte se cobre aquilo de que precisam.',
      'data-without-financial-reporting':
        'Guarda dados de clientes, mas não afeta o relato financeiro deles: o SOC 2 é o relatório certo para si.',
      'unnamed-means-soc2':
        'Um «relatório SOC» sem número num questionário de segurança significa SOC 2.',
      'security-asks-soc2':
        'As equipas de segurança, TI e compras pedem o SOC 2 na avaliação de fornecedores.',
      'explain-outside-financial-reporting':
        'Se os auditores do cliente insistirem no SOC 1, explique que o seu serviço está fora do relato financeiro do cliente.',
      'financial-reporting-and-finance':
        'O seu serviço afeta o relato financeiro do cliente e quem pede são os auditores ou o controller: isso é o SOC 1.',
      'soc2-later':
        'É de esperar que as equipas de segurança peçam o SOC 2 mais tarde; a mesma sociedade de auditoria pode acrescentá-lo.',
      'security-waits-on-soc2':
        'A equipa de segurança que pede agora está à espera do SOC 2: comece por ele, porque a receita depende dele.',
      'auditors-will-ask-soc1':
        'Como o seu serviço afeta o relato financeiro dos clientes, os auditores deles também vão pedir o SOC 1.',
      'one-firm-one-window':
        'Uma sociedade de auditoria, um período de trabalho de campo, evidências partilhadas.',
      'money-flow-needs-both':
        'As plataformas no circuito do dinheiro (pagamentos, salários, faturação) precisam muitas vezes dos dois.',
      'one-firm-both':
        'A mesma sociedade de auditoria pode fazer ambos num só período de trabalho de campo, com evidências partilhadas.',
      'ask-which-first': 'Pergunte ao comprador de qual precisa primeiro e comece por esse.',
      'lead-with-revenue': 'Comece pelo relatório de que depende a receita.',
      'security-whatever-else':
        'As equipas de segurança, TI e compras pedem o SOC 2 na avaliação de fornecedores, faça o que fizer além disso.',
      'add-soc1-later':
        'Se mais tarde um cliente disser que o seu serviço afeta as demonstrações financeiras dele, acrescente então o SOC 1.',
      'unsure-decides':
        'Não tem a certeza se o seu serviço afeta o relato financeiro do cliente, e é isso que decide entre SOC 1 e SOC 2.',
      'ask-buyer-which':
        'Pergunte à equipa de segurança ou de compras do comprador de que relatório precisa e porquê.',
    },
    typeAdvice: {
      yes: 'Há negócios parados agora: obtenha depressa um Tipo 1 para os desbloquear e comece ao mesmo tempo o período do Tipo 2.',
      no: 'Nenhum negócio está à espera: avance diretamente para um Tipo 2, o relatório que os compradores esperam.',
    },
  },
};
