/**
 * The cheat-sheet in Dutch: the facts of knowledge.ts, row by row, in Dutch words, addressing the
 * reader as "u" as Dutch business software does. Report and standard names stay as the auditors
 * write them; "Type 1" / "Type 2", "accountantskantoor" (CPA firm), "beheersmaatregelen"
 * (controls) and "bridge letter" are the forms Dutch practitioners use, as in the Dutch answers.
 *
 * In the tables, long compounds carry soft hyphens (\u00AD) where a Dutch reader expects the
 * break: a cell of the 400 px popup holds about 16 letters a line, and without them the browser
 * cuts such a word anywhere, "beheersmaatrege" on one line and "len" on the next.
 */

import type { Knowledge } from './knowledge';

const CPA_FIRM = 'Een erkend accountants\u00ADkantoor (CPA firm).';
const ASK_BUYER = 'Vaak, maar niet altijd: vraag het de klant.';

export const KNOWLEDGE_NL: Knowledge = {
  soc1VsSoc2: {
    id: 'soc1-vs-soc2',
    title: 'SOC 1 vs. SOC 2',
    columns: ['SOC 1', 'SOC 2'],
    rows: [
      {
        id: 'reports-on',
        aspect: 'Onderwerp',
        cells: [
          'Beheers\u00ADmaat\u00ADregelen die relevant zijn voor de interne beheersing van de financiële verslaggeving van uw klanten (ICFR).',
          'Beheers\u00ADmaat\u00ADregelen voor beveiliging, beschikbaarheid, integriteit van verwerking, vertrouwelijk\u00ADheid en privacy: de Trust Services Criteria van het AICPA.',
        ],
      },
      {
        id: 'one-line',
        aspect: 'In één zin',
        cells: [
          'Geld: kan uw dienst fouten veroorzaken in de jaarrekening van een klant?',
          'Data: kan uw dienst klantgegevens lekken, kwijtraken of verkeerd verwerken?',
        ],
      },
      {
        id: 'who-needs-it',
        aspect: 'Wie het nodig heeft',
        cells: [
          'Leveranciers in de geldstroom: salaris\u00ADadministratie, facturatie en betalingen, leningbeheer, schade\u00ADafhandeling, fonds\u00ADadministratie.',
          'SaaS, cloud, managed service providers, verwerkers: vrijwel elke tech\u00ADleverancier die klantgegevens beheert.',
        ],
      },
      {
        id: 'who-asks',
        aspect: 'Wie erom vraagt',
        cells: [
          'De externe accountant, de CFO en de controllers van de klant.',
          'De security-, IT- en inkoopteams van de klant, bij een leveranciers\u00ADbeoordeling.',
        ],
      },
      {
        id: 'standard',
        aspect: 'Standaard',
        cells: [
          'SSAE 18, sectie AT-C 320. U bepaalt zelf de beheers\u00ADdoelstellingen.',
          'SSAE 18, secties AT-C 105 en AT-C 205, getoetst aan de Trust Services Criteria.',
        ],
      },
      {
        id: 'performed-by',
        aspect: 'Uitgevoerd door',
        cells: [CPA_FIRM, CPA_FIRM],
      },
      {
        id: 'types',
        aspect: 'Type 1 en 2',
        cells: [
          'Beide bestaan. Type 1: opzet op één moment. Type 2: opzet en werking over een periode, meestal 3 tot 12 maanden.',
          'Dezelfde twee types, met dezelfde betekenis.',
        ],
      },
      {
        id: 'distribution',
        aspect: 'Wie het mag lezen',
        cells: [
          'Beperkt gebruik: onder NDA gedeeld met klanten en hun accountants.',
          'Beperkt gebruik: onder NDA gedeeld tijdens de leveranciers\u00ADbeoordeling.',
        ],
      },
      {
        id: 'default-for-saas',
        aspect: 'De norm voor SaaS-bedrijven',
        cells: [
          'Nee. Alleen als uw dienst de financiële verslaggeving van uw klanten raakt.',
          'Ja. Dit is het rapport waar securityreviews om vragen.',
        ],
      },
    ],
  },
  type1VsType2: {
    id: 'type1-vs-type2',
    title: 'Type 1 vs. Type 2',
    columns: ['Type 1', 'Type 2'],
    rows: [
      {
        id: 'tests',
        aspect: 'Wat de auditor toetst',
        cells: [
          'Of de beheers\u00ADmaat\u00ADregelen goed zijn opgezet, op één datum.',
          'Of de beheers\u00ADmaat\u00ADregelen goed zijn opgezet én echt hebben gewerkt, over een periode.',
        ],
      },
      {
        id: 'period',
        aspect: 'Periode',
        cells: ['Eén enkel moment.', 'Een periode, meestal 3 tot 12 maanden.'],
      },
      {
        id: 'speed',
        aspect: 'Hoe snel u het hebt',
        cells: [
          'Snel, zodra uw beheers\u00ADmaat\u00ADregelen zijn ingericht.',
          'Pas na afloop van de observatie\u00ADperiode, plus de audit.',
        ],
      },
      {
        id: 'buyers',
        aspect: 'Hoe klanten het zien',
        cells: [
          'Een goed begin dat veel deals vrijspeelt; een tussenstap.',
          'Wat de meeste securityteams verwachten, en wat bij verlengingen wordt gevraagd.',
        ],
      },
      {
        id: 'when',
        aspect: 'Wanneer kiezen',
        cells: [
          'Deals liggen nu stil in de securityreview: haal snel een Type 1 en start de Type 2-periode.',
          'Zo snel mogelijk: dit is het rapport dat standhoudt.',
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
        aspect: 'Wat het is',
        cells: [
          'Een assurance\u00ADrapport: een accountants\u00ADkantoor geeft een oordeel over uw beheers\u00ADmaat\u00ADregelen.',
          'Een certificering van uw management\u00ADsysteem voor informatie\u00ADbeveiliging (ISMS).',
        ],
      },
      {
        id: 'by-whom',
        aspect: 'Afgegeven door',
        cells: [
          'Een erkend accountants\u00ADkantoor.',
          'Een geaccrediteerde certificerende instelling.',
        ],
      },
      {
        id: 'what-you-get',
        aspect: 'Wat u deelt',
        cells: [
          'Een uitgebreid rapport met de toetsen en uitkomsten van de auditor, onder NDA.',
          'Een certificaat dat iedereen mag zien, vaak met de Verklaring van Toepasselijkheid (SoA).',
        ],
      },
      {
        id: 'criteria',
        aspect: 'Getoetst aan',
        cells: [
          'De Trust Services Criteria van het AICPA.',
          'De eisen van ISO/IEC 27001 en de beheers\u00ADmaat\u00ADregelen uit bijlage A.',
        ],
      },
      {
        id: 'where',
        aspect: 'Vooral gevraagd door',
        cells: ['Klanten in de Verenigde Staten en Canada.', 'Klanten in Europa en wereldwijd.'],
      },
      {
        id: 'accepted',
        aspect: 'Geaccepteerd in plaats van het andere?',
        cells: [ASK_BUYER, ASK_BUYER],
      },
    ],
  },
  extras: [
    {
      id: 'soc3',
      title: 'SOC 3',
      points: [
        'Een korte samenvatting van een SOC 2 voor algemeen gebruik, zonder details van de toetsen: u kunt deze openbaar publiceren.',
        'Prima voor een website of een eerste indruk; een klant die een echte securityreview doet, wil toch het SOC 2-rapport zelf.',
      ],
    },
    {
      id: 'bridge-letter',
      title: 'Bridge letter (overbruggingsverklaring)',
      points: [
        'Een brief van uw eigen management, niet van de auditor, over de tijd tussen het einde van uw rapportageperiode en vandaag.',
        'Daarin staat dat er sinds het einde van de periode geen materiële wijziging in uw beheersmaatregelen is geweest.',
        'Stuur er een mee met uw rapport als de periode maanden geleden eindigde.',
      ],
    },
  ],
  legacyNames: [
    {
      id: 'sas-70',
      name: 'SAS 70',
      meaning: 'De oude standaard, gebruikt tot 2011. Vervangen door SSAE 16, daarna door SSAE 18.',
    },
    {
      id: 'ssae-16',
      name: 'SSAE 16',
      meaning:
        'Verving SAS 70 in 2011; werd zelf vervangen door SSAE 18 voor rapporten gedateerd vanaf mei 2017.',
    },
    {
      id: 'ssae-18',
      name: 'SSAE 18',
      meaning:
        'De huidige standaard achter zowel SOC 1 als SOC 2, dus ‘SSAE 18-rapport’ alleen is dubbelzinnig: kijk naar de context (financiële verslaggeving betekent SOC 1, anders SOC 2).',
    },
    {
      id: 'isae-3402',
      name: 'ISAE 3402',
      meaning: 'De internationale tegenhanger van SOC 1.',
    },
    {
      id: 'isae-3000',
      name: 'ISAE 3000',
      meaning: 'De bredere internationale assurancestandaard, vaak gebruikt zoals SOC 2.',
    },
    {
      id: 'at-c',
      name: 'AT-C 320, AT-C 105 en 205',
      meaning: 'De secties van SSAE 18: AT-C 320 is SOC 1; AT-C 105 met 205 is SOC 2.',
    },
    {
      id: 'other-soc',
      name: '‘SOC’ dat geen rapport is',
      meaning:
        'Ook Security Operations Center, System on Chip en Standard Occupational Classification worden afgekort tot SOC. Geen daarvan is een verzoek om een rapport.',
    },
  ],
  faq: [
    {
      id: 'difference',
      question: 'Wat is het verschil tussen SOC 1 en SOC 2?',
      answer:
        'SOC 1 gaat over geld: beheersmaatregelen die de jaarrekening van uw klanten kunnen beïnvloeden. SOC 2 gaat over data: beveiliging, beschikbaarheid, integriteit van verwerking, vertrouwelijkheid en privacy. Beide zijn rapporten van een accountantskantoor (CPA firm) onder SSAE 18.',
    },
    {
      id: 'which-do-i-need',
      question: 'Welke heb ik nodig?',
      answer:
        'Bent u een SaaS- of techleverancier die klantgegevens beheert: SOC 2. Voeg SOC 1 alleen toe als uw dienst de financiële verslaggeving van klanten raakt (salarisadministratie, facturatie, betalingen, leningbeheer, schadeafhandeling, fondsadministratie) en een klant erom vraagt. Twijfelt u? Vraag het security- of inkoopteam van de klant.',
    },
    {
      id: 'unnumbered',
      question: 'In de vragenlijst staat alleen ‘SOC-rapport’. Welk rapport bedoelen ze?',
      answer:
        'In een security- of inkoopvragenlijst: SOC 2. Het betekent alleen SOC 1 als de vraag of de sectie wijst op financiële verslaggeving: ICFR, SOX, de jaarrekening, de externe accountant of de controller.',
    },
    {
      id: 'is-soc2-harder',
      question: 'Is SOC 2 zwaarder dan SOC 1?',
      answer:
        'Niet zwaarder, anders. SOC 2 dekt de beveiliging van uw hele systeem aan de hand van vaste criteria; SOC 1 dekt de processen die de financiële verslaggeving raken, aan de hand van doelstellingen die u zelf bepaalt. De inspanning hangt meer af van de scope en van Type 1 of Type 2 dan van het nummer.',
    },
    {
      id: 'one-audit-both',
      question: 'Kan één audit beide dekken?',
      answer:
        'U krijgt twee rapporten, maar één accountantskantoor kan beide in één veldwerkperiode doen, met gedeeld bewijsmateriaal. Platforms voor betalingen en salarisadministratie doen vaak precies dat.',
    },
    {
      id: 'which-first',
      question: 'Welke moet ik eerst halen?',
      answer:
        'Het rapport waarop omzet wacht. Voor de meeste SaaS-bedrijven is dat SOC 2. Liggen deals nu stil in de securityreview, haal dan snel een Type 1 om ze los te trekken, daarna een Type 2.',
    },
    {
      id: 'iso-instead',
      question: 'Kan ik ISO 27001 sturen in plaats van SOC 2?',
      answer:
        'Vaak wel. Het zijn verschillende dingen (een certificering van uw managementsysteem voor informatiebeveiliging tegenover een assurancerapport over uw beheersmaatregelen), maar veel klanten accepteren het een of het ander. Vraag het na voordat u ervan uitgaat.',
    },
    {
      id: 'old-report',
      question: 'Onze rapportageperiode is maanden geleden geëindigd. Wat stuur ik?',
      answer:
        'Het rapport plus een bridge letter van uw management waarin staat dat er sinds het einde van de periode niets materieels is veranderd.',
    },
  ],
  scenario: {
    questions: [
      {
        id: 'financialReporting',
        question: 'Raakt uw dienst de financiële verslaggeving van uw klanten?',
        options: [
          {
            value: 'yes',
            label:
              'Ja (salarisadministratie, facturatie, betalingen, schadeafhandeling, fondsadministratie…)',
          },
          { value: 'no', label: 'Nee' },
          { value: 'unsure', label: 'Weet ik niet zeker' },
        ],
      },
      {
        id: 'asker',
        question: 'Wie vraagt om het rapport?',
        options: [
          { value: 'security', label: 'Hun security-, IT- of inkoopteam' },
          { value: 'finance', label: 'Hun accountant, controller of CFO' },
          { value: 'both', label: 'Beide' },
          { value: 'unknown', label: 'Weet ik niet' },
        ],
      },
      {
        id: 'dealsStalled',
        question: 'Liggen er nu deals stil in afwachting van een rapport?',
        options: [
          { value: 'yes', label: 'Ja' },
          { value: 'no', label: 'Nee' },
        ],
      },
    ],
    headlines: {
      soc2: 'Ga voor SOC 2',
      soc1: 'Ga voor SOC 1',
      both: 'Ga voor SOC 1 én SOC 2',
      'ask-buyer': 'Vraag het eerst aan de klant',
    },
    reasons: {
      'finance-without-financial-reporting':
        'Hun accountant of controller wil meestal SOC 1, maar uw dienst raakt hun financiële verslaggeving niet, dus een SOC 1 heeft weinig om over te rapporteren.',
      'offer-soc2-to-finance':
        'Laat hun dat weten, bied uw SOC 2-rapport aan en vraag of dat dekt wat zij nodig hebben.',
      'data-without-financial-reporting':
        'U beheert klantgegevens maar raakt hun financiële verslaggeving niet: SOC 2 is het rapport voor u.',
      'unnamed-means-soc2':
        'Een ‘SOC-rapport’ zonder nummer in een securityvragenlijst betekent SOC 2.',
      'security-asks-soc2':
        'Security-, IT- en inkoopteams vragen bij een leveranciersbeoordeling om SOC 2.',
      'explain-outside-financial-reporting':
        'Staat hun accountant op SOC 1, leg dan uit dat uw dienst buiten hun financiële verslaggeving valt.',
      'financial-reporting-and-finance':
        'Uw dienst raakt hun financiële verslaggeving en hun accountant of controller vraagt erom: dat is SOC 1.',
      'soc2-later':
        'Reken erop dat securityteams later om SOC 2 vragen; hetzelfde accountantskantoor kan dat toevoegen.',
      'security-waits-on-soc2':
        'Het securityteam dat nu vraagt, wacht op SOC 2: begin daarmee, want daar wacht omzet op.',
      'auditors-will-ask-soc1':
        'Omdat u de financiële verslaggeving van klanten raakt, zal hun accountant ook om SOC 1 vragen.',
      'one-firm-one-window':
        'Eén accountantskantoor, één veldwerkperiode, gedeeld bewijsmateriaal.',
      'money-flow-needs-both':
        'Platforms in de geldstroom (betalingen, salarisadministratie, facturatie) hebben vaak beide nodig.',
      'one-firm-both':
        'Eén accountantskantoor kan beide in één veldwerkperiode doen, met gedeeld bewijsmateriaal.',
      'ask-which-first': 'Vraag welk rapport de klant eerst nodig heeft, en begin daarmee.',
      'lead-with-revenue': 'Begin met het rapport waarop omzet wacht.',
      'security-whatever-else':
        'Security-, IT- en inkoopteams vragen bij een leveranciersbeoordeling om SOC 2, wat u verder ook doet.',
      'add-soc1-later':
        'Zegt een klant later dat uw dienst zijn jaarrekening raakt, voeg dan SOC 1 toe.',
      'unsure-decides':
        'U weet niet zeker of u hun financiële verslaggeving raakt, en juist dat bepaalt de keuze tussen SOC 1 en SOC 2.',
      'ask-buyer-which':
        'Vraag het security- of inkoopteam van de klant welk rapport zij nodig hebben en waarom.',
    },
    typeAdvice: {
      yes: 'Deals liggen nu stil: haal snel een Type 1 om ze los te trekken, en start tegelijk de Type 2-periode.',
      no: 'Er wacht geen deal: ga direct voor een Type 2, het rapport dat klanten verwachten.',
    },
  },
};
