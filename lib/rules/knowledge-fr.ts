/**
 * The cheat-sheet in French: the facts of knowledge.ts, row by row, in French words, addressing the
 * reader as "vous" as French business software does. Report and standard names stay as auditors
 * write them ("SOC 2", "type 2" in running text, "ISO/IEC 27001", "SSAE 18"); "CPA firm" and
 * "bridge letter" keep their English name next to the French one, as French auditors meet them in
 * American reports. A no-break space comes before ; : ? ! and inside « », as French typography
 * wants, and inside report names ("SOC 2", "type 1", "SSAE 18"), so no line of the 400 px popup
 * starts with a lone colon or a lone number (seen in its screenshots); "AT-C" and the one
 * compound word a table column split there ("sous-traitants") have a no-break hyphen.
 */

import type { Knowledge } from './knowledge';

export const KNOWLEDGE_FR: Knowledge = {
  soc1VsSoc2: {
    id: 'soc1-vs-soc2',
    title: 'SOC 1 ou SOC 2',
    columns: ['SOC 1', 'SOC 2'],
    rows: [
      {
        id: 'reports-on',
        aspect: 'Porte sur',
        cells: [
          'Les contrôles qui comptent pour le contrôle interne de vos clients sur l’information financière (ICFR).',
          'Les contrôles de sécurité, disponibilité, intégrité du traitement, confidentialité et protection de la vie privée : les Trust Services Criteria de l’AICPA.',
        ],
      },
      {
        id: 'one-line',
        aspect: 'En une ligne',
        cells: [
          'L’argent : votre service pourrait-il fausser les états financiers d’un client ?',
          'Les données : votre service pourrait-il laisser fuiter, perdre ou mal traiter les données de vos clients ?',
        ],
      },
      {
        id: 'who-needs-it',
        aspect: 'Pour qui',
        cells: [
          'Les fournisseurs présents dans les flux financiers : paie, facturation et paiements, gestion de prêts, traitement des sinistres, administration de fonds.',
          'SaaS, cloud, services managés, sous‑traitants de données : presque tout fournisseur tech qui détient des données clients.',
        ],
      },
      {
        id: 'who-asks',
        aspect: 'Qui le demande',
        cells: [
          'Les auditeurs externes, le directeur financier et le contrôle financier du client.',
          'Les équipes sécurité, IT et achats du client, lors de l’évaluation des risques fournisseurs.',
        ],
      },
      {
        id: 'standard',
        aspect: 'Norme',
        cells: [
          'SSAE 18, section AT‑C 320. C’est vous qui définissez les objectifs de contrôle.',
          'SSAE 18, sections AT‑C 105 et AT‑C 205, au regard des Trust Services Criteria.',
        ],
      },
      {
        id: 'performed-by',
        aspect: 'Réalisé par',
        cells: ['Un cabinet d’audit agréé (CPA firm).', 'Un cabinet d’audit agréé (CPA firm).'],
      },
      {
        id: 'types',
        aspect: 'Type 1 / type 2',
        cells: [
          'Les deux existent. Type 1 : la conception à une date donnée. Type 2 : la conception et l’efficacité opérationnelle sur une période, en général de 3 à 12 mois.',
          'Les deux mêmes types, avec le même sens.',
        ],
      },
      {
        id: 'distribution',
        aspect: 'Qui peut le lire',
        cells: [
          'Usage restreint : communiqué sous NDA aux clients et à leurs auditeurs.',
          'Usage restreint : communiqué sous NDA lors de l’évaluation fournisseur.',
        ],
      },
      {
        id: 'default-for-saas',
        aspect: 'Par défaut pour un éditeur SaaS',
        cells: [
          'Non. Seulement si votre service touche à l’information financière de vos clients.',
          'Oui. C’est celui que visent les évaluations de sécurité.',
        ],
      },
    ],
  },
  type1VsType2: {
    id: 'type1-vs-type2',
    title: 'Type 1 ou type 2',
    columns: ['Type 1', 'Type 2'],
    rows: [
      {
        id: 'tests',
        aspect: 'Ce que vérifie l’auditeur',
        cells: [
          'Que les contrôles sont bien conçus, à une date donnée.',
          'Que les contrôles sont bien conçus et ont réellement fonctionné, sur une période.',
        ],
      },
      {
        id: 'period',
        aspect: 'Période couverte',
        cells: ['Une date unique.', 'Une période, en général de 3 à 12 mois.'],
      },
      {
        id: 'speed',
        aspect: 'Délai d’obtention',
        cells: [
          'Court, une fois vos contrôles en place.',
          'Seulement au terme de la période d’observation, plus le temps de l’audit.',
        ],
      },
      {
        id: 'buyers',
        aspect: 'Aux yeux des clients',
        cells: [
          'Un bon début, qui débloque bien des ventes ; une étape.',
          'Ce qu’attendent la plupart des équipes sécurité, et ce que demandent les renouvellements.',
        ],
      },
      {
        id: 'when',
        aspect: 'Quand le choisir',
        cells: [
          'Des ventes sont bloquées en revue de sécurité : obtenez vite un type 1, lancez la période du type 2.',
          'Dès que possible : c’est le rapport qui dure.',
        ],
      },
    ],
  },
  soc2VsIso27001: {
    id: 'soc2-vs-iso27001',
    title: 'SOC 2 ou ISO 27001',
    columns: ['SOC 2', 'ISO/IEC 27001'],
    rows: [
      {
        id: 'what',
        aspect: 'De quoi s’agit-il',
        cells: [
          'Un rapport d’attestation : un cabinet CPA donne son opinion sur vos contrôles.',
          'Une certification de votre système de management de la sécurité de l’information (SMSI).',
        ],
      },
      {
        id: 'by-whom',
        aspect: 'Délivré par',
        cells: ['Un cabinet d’audit agréé (CPA firm).', 'Un organisme de certification accrédité.'],
      },
      {
        id: 'what-you-get',
        aspect: 'Ce que vous transmettez',
        cells: [
          'Un rapport détaillé avec les tests et les résultats de l’auditeur, sous NDA.',
          'Un certificat que chacun peut consulter, souvent avec la déclaration d’applicabilité (SoA).',
        ],
      },
      {
        id: 'criteria',
        aspect: 'Référentiel',
        cells: [
          'Les Trust Services Criteria de l’AICPA.',
          'Les exigences de l’ISO/IEC 27001 et les mesures de son annexe A.',
        ],
      },
      {
        id: 'where',
        aspect: 'Surtout demandé par',
        cells: [
          'Les clients aux États-Unis et au Canada.',
          'Les clients en Europe et dans le monde.',
        ],
      },
      {
        id: 'accepted',
        aspect: 'Accepté à la place de l’autre ?',
        cells: [
          'Souvent, mais pas toujours : demandez au client.',
          'Souvent, mais pas toujours : demandez au client.',
        ],
      },
    ],
  },
  extras: [
    {
      id: 'soc3',
      title: 'SOC 3',
      points: [
        'Un résumé court d’un SOC 2, à usage général : sans le détail des tests, il peut être publié.',
        'Suffisant pour un site web ou un premier regard ; un client qui mène une vraie évaluation de sécurité voudra tout de même le SOC 2.',
      ],
    },
    {
      id: 'bridge-letter',
      title: 'Bridge letter (lettre de transition)',
      points: [
        'Une lettre de votre propre direction, et non de l’auditeur, qui couvre le temps écoulé entre la fin de la période de votre rapport et aujourd’hui.',
        'Elle atteste qu’aucun changement significatif n’est intervenu dans vos contrôles depuis la fin de la période.',
        'Joignez-en une à votre rapport quand sa période s’est terminée il y a plusieurs mois.',
      ],
    },
  ],
  legacyNames: [
    {
      id: 'sas-70',
      name: 'SAS 70',
      meaning:
        'L’ancienne norme, en vigueur jusqu’en 2011. Remplacée par la SSAE 16, puis par la SSAE 18.',
    },
    {
      id: 'ssae-16',
      name: 'SSAE 16',
      meaning:
        'A remplacé la SAS 70 en 2011 ; remplacée à son tour par la SSAE 18 pour les rapports datés à partir de mai 2017.',
    },
    {
      id: 'ssae-18',
      name: 'SSAE 18',
      meaning:
        'La norme actuelle du SOC 1 comme du SOC 2 : « rapport SSAE 18 » seul est donc ambigu. Lisez le contexte (l’information financière indique un SOC 1, sinon c’est un SOC 2).',
    },
    {
      id: 'isae-3402',
      name: 'ISAE 3402',
      meaning: 'L’équivalent international du SOC 1.',
    },
    {
      id: 'isae-3000',
      name: 'ISAE 3000',
      meaning: 'La norme internationale d’assurance plus large, souvent utilisée comme le SOC 2.',
    },
    {
      id: 'at-c',
      name: 'AT‑C 320, AT‑C 105 et 205',
      meaning:
        'Les sections de la SSAE 18 : AT‑C 320 correspond au SOC 1 ; AT‑C 105 avec 205 au SOC 2.',
    },
    {
      id: 'other-soc',
      name: '« SOC » qui n’est pas un rapport',
      meaning:
        'Security Operations Center (centre des opérations de sécurité), System on Chip et Standard Occupational Classification s’abrègent aussi en SOC. Aucun n’est une demande de rapport.',
    },
  ],
  faq: [
    {
      id: 'difference',
      question: 'Quelle différence entre SOC 1 et SOC 2 ?',
      answer:
        'Le SOC 1 porte sur l’argent : les contrôles qui peuvent affecter les états financiers de vos clients. Le SOC 2 porte sur les données : sécurité, disponibilité, intégrité du traitement, confidentialité et protection de la vie privée. Les deux sont des rapports d’un cabinet CPA selon la SSAE 18.',
    },
    {
      id: 'which-do-i-need',
      question: 'Lequel me faut-il ?',
      answer:
        'Si vous êtes un éditeur SaaS ou un fournisseur tech qui détient des données clients : le SOC 2. Ajoutez un SOC 1 seulement si votre service touche à l’information financière de vos clients (paie, facturation, paiements, gestion de prêts, sinistres, administration de fonds) et qu’un client le demande. Un doute ? Demandez à l’équipe sécurité ou achats du client.',
    },
    {
      id: 'unnumbered',
      question: 'Le questionnaire dit seulement « rapport SOC ». Lequel attend-il ?',
      answer:
        'Dans un questionnaire de sécurité ou d’achats, le SOC 2. Il s’agit du SOC 1 uniquement quand la question ou sa section renvoie à l’information financière : ICFR, SOX, états financiers, auditeur externe ou contrôleur financier.',
    },
    {
      id: 'is-soc2-harder',
      question: 'Le SOC 2 est-il plus difficile que le SOC 1 ?',
      answer:
        'Pas plus difficile, différent. Le SOC 2 couvre la sécurité de tout votre système selon des critères fixes ; le SOC 1 couvre les processus qui touchent à l’information financière, selon des objectifs que vous définissez. L’effort dépend du périmètre et du choix entre type 1 et type 2 plus que du numéro.',
    },
    {
      id: 'one-audit-both',
      question: 'Un seul audit peut-il couvrir les deux ?',
      answer:
        'Vous obtenez deux rapports, mais un même cabinet CPA peut réaliser les deux lors d’une seule phase de terrain, avec les mêmes preuves. Les plateformes de paiement et de paie le font souvent.',
    },
    {
      id: 'which-first',
      question: 'Lequel obtenir en premier ?',
      answer:
        'Celui dont dépend votre chiffre d’affaires. Pour la plupart des éditeurs SaaS, c’est le SOC 2. Si des ventes sont bloquées en revue de sécurité, obtenez vite un type 1 pour les débloquer, puis un type 2.',
    },
    {
      id: 'iso-instead',
      question: 'Puis-je envoyer un certificat ISO 27001 à la place d’un SOC 2 ?',
      answer:
        'Souvent. Ce sont deux choses différentes (une certification de votre système de management de la sécurité, un rapport d’attestation sur vos contrôles), mais beaucoup de clients acceptent l’un ou l’autre. Demandez avant de le supposer.',
    },
    {
      id: 'old-report',
      question:
        'La période de notre rapport s’est terminée il y a plusieurs mois. Que faut-il envoyer ?',
      answer:
        'Le rapport, accompagné d’une bridge letter de votre direction qui atteste qu’aucun changement significatif n’est intervenu depuis la fin de la période.',
    },
  ],
  scenario: {
    questions: [
      {
        id: 'financialReporting',
        question: 'Votre service touche-t-il à l’information financière de vos clients ?',
        options: [
          {
            value: 'yes',
            label: 'Oui (paie, facturation, paiements, sinistres, gestion de fonds…)',
          },
          { value: 'no', label: 'Non' },
          { value: 'unsure', label: 'Je ne sais pas' },
        ],
      },
      {
        id: 'asker',
        question: 'Qui demande le rapport ?',
        options: [
          { value: 'security', label: 'L’équipe sécurité, IT ou achats du client' },
          { value: 'finance', label: 'Les auditeurs, le contrôle financier ou le DAF du client' },
          { value: 'both', label: 'Les deux' },
          { value: 'unknown', label: 'Je ne sais pas' },
        ],
      },
      {
        id: 'dealsStalled',
        question: 'Des ventes sont-elles bloquées en attendant un rapport en ce moment ?',
        options: [
          { value: 'yes', label: 'Oui' },
          { value: 'no', label: 'Non' },
        ],
      },
    ],
    headlines: {
      soc2: 'Optez pour le SOC 2',
      soc1: 'Optez pour le SOC 1',
      both: 'Optez pour le SOC 1 et le SOC 2',
      'ask-buyer': 'Demandez d’abord au client',
    },
    reasons: {
      'finance-without-financial-reporting':
        'Les auditeurs ou le contrôle financier de vos clients veulent en général un SOC 1, mais votre service ne touche pas à leur information financière : un SOC 1 aurait donc peu à couvrir.',
      'offer-soc2-to-finance':
        'Dites-le-leur, proposez votre SOC 2 et demandez si cela couvre leurs besoins.',
      'data-without-financial-reporting':
        'Vous détenez des données clients sans toucher à leur information financière : le SOC 2 est le rapport qu’il vous faut.',
      'unnamed-means-soc2':
        'Un « rapport SOC » sans numéro, dans un questionnaire de sécurité, désigne le SOC 2.',
      'security-asks-soc2':
        'Les équipes sécurité, IT et achats demandent le SOC 2 lors de l’évaluation des fournisseurs.',
      'explain-outside-financial-reporting':
        'Si leurs auditeurs exigent un SOC 1, expliquez que votre service est en dehors de leur information financière.',
      'financial-reporting-and-finance':
        'Votre service touche à l’information financière de vos clients et ce sont leurs auditeurs ou leur contrôle financier qui demandent : c’est un SOC 1.',
      'soc2-later':
        'Attendez-vous à ce que les équipes sécurité demandent plus tard un SOC 2 ; le même cabinet CPA peut l’ajouter.',
      'security-waits-on-soc2':
        'L’équipe sécurité qui demande aujourd’hui attend le SOC 2 : commencez par lui, c’est de lui que dépend votre chiffre d’affaires.',
      'auditors-will-ask-soc1':
        'Comme vous touchez à l’information financière de vos clients, leurs auditeurs demanderont aussi un SOC 1.',
      'one-firm-one-window': 'Un seul cabinet CPA, une seule phase de terrain, les mêmes preuves.',
      'money-flow-needs-both':
        'Les plateformes présentes dans les flux financiers (paiements, paie, facturation) ont souvent besoin des deux.',
      'one-firm-both':
        'Un même cabinet CPA peut réaliser les deux lors d’une seule phase de terrain, avec les mêmes preuves.',
      'ask-which-first':
        'Demandez au client lequel il lui faut d’abord, et commencez par celui-là.',
      'lead-with-revenue': 'Commencez par le rapport dont dépend votre chiffre d’affaires.',
      'security-whatever-else':
        'Les équipes sécurité, IT et achats demandent le SOC 2 lors de l’évaluation des fournisseurs, quoi que vous fassiez par ailleurs.',
      'add-soc1-later':
        'Si un client vous dit plus tard que votre service affecte ses états financiers, ajoutez alors un SOC 1.',
      'unsure-decides':
        'Vous ne savez pas si vous touchez à l’information financière de vos clients, et c’est ce qui départage SOC 1 et SOC 2.',
      'ask-buyer-which':
        'Demandez à l’équipe sécurité ou achats du client quel rapport il lui faut, et pourquoi.',
    },
    typeAdvice: {
      yes: 'Des ventes sont bloquées en ce moment : obtenez vite un type 1 pour les débloquer, et lancez en même temps la période du type 2.',
      no: 'Aucune vente n’attend : visez directement un type 2, le rapport qu’attendent les clients.',
    },
  },
};
