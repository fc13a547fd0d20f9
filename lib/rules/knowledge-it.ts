/**
 * The cheat-sheet in Italian: the facts of knowledge.ts, row by row, in Italian words, addressing
 * the reader with "lei" as Italian business software does. Report and standard names stay as
 * auditors write them ("SOC 2", "Tipo 2", "ISO/IEC 27001", "SSAE 18"); "report", "bridge letter"
 * and "CPA firm" are the words Italian audit and procurement teams use. A no-break space inside
 * report names ("SOC 2", "Tipo 1", "SSAE 18") and a no-break hyphen in "AT-C" keep each on one
 * line in the 400 px popup, where its screenshots showed "AT-" and "C 205" split.
 */

import type { Knowledge } from './knowledge';

export const KNOWLEDGE_IT: Knowledge = {
  soc1VsSoc2: {
    id: 'soc1-vs-soc2',
    title: 'SOC 1 o SOC 2',
    columns: ['SOC 1', 'SOC 2'],
    rows: [
      {
        id: 'reports-on',
        aspect: 'Riguarda',
        cells: [
          'I controlli rilevanti per il controllo interno sull’informativa finanziaria dei suoi clienti (ICFR).',
          'I controlli di sicurezza, disponibilità, integrità dell’elaborazione, riservatezza e privacy: i Trust Services Criteria dell’AICPA.',
        ],
      },
      {
        id: 'one-line',
        aspect: 'In una riga',
        cells: [
          'Denaro: il suo servizio potrebbe falsare il bilancio di un cliente?',
          'Dati: il suo servizio potrebbe esporre, perdere o gestire male i dati dei clienti?',
        ],
      },
      {
        id: 'who-needs-it',
        aspect: 'A chi serve',
        cells: [
          'Ai fornitori nei flussi di denaro: paghe, fatturazione e pagamenti, gestione di prestiti, gestione dei sinistri, amministrazione di fondi.',
          'A SaaS, cloud, fornitori di servizi gestiti, responsabili del trattamento: quasi ogni fornitore tecnologico che detiene dati dei clienti.',
        ],
      },
      {
        id: 'who-asks',
        aspect: 'Chi lo richiede',
        cells: [
          'I revisori esterni, il CFO e i controller del cliente.',
          'I team sicurezza, IT e acquisti del cliente, nella valutazione del rischio fornitori.',
        ],
      },
      {
        id: 'standard',
        aspect: 'Standard',
        cells: [
          'SSAE 18, sezione AT‑C 320. Gli obiettivi di controllo li definisce lei.',
          'SSAE 18, sezioni AT‑C 105 e AT‑C 205, rispetto ai Trust Services Criteria.',
        ],
      },
      {
        id: 'performed-by',
        aspect: 'Chi lo svolge',
        cells: [
          'Una società di revisione abilitata (CPA firm).',
          'Una società di revisione abilitata (CPA firm).',
        ],
      },
      {
        id: 'types',
        aspect: 'Tipo 1 / Tipo 2',
        cells: [
          'Esistono entrambi. Tipo 1: progettazione a una data specifica. Tipo 2: progettazione ed efficacia operativa su un periodo, di solito da 3 a 12 mesi.',
          'Gli stessi due tipi, con lo stesso significato.',
        ],
      },
      {
        id: 'distribution',
        aspect: 'Chi può leggerlo',
        cells: [
          'Uso riservato: condiviso previo NDA con i clienti e i loro revisori.',
          'Uso riservato: condiviso previo NDA durante la valutazione del fornitore.',
        ],
      },
      {
        id: 'default-for-saas',
        aspect: 'Scelta abituale per un’azienda SaaS',
        cells: [
          'No. Solo se il suo servizio tocca l’informativa finanziaria dei clienti.',
          'Sì. È quello che intendono le verifiche di sicurezza.',
        ],
      },
    ],
  },
  type1VsType2: {
    id: 'type1-vs-type2',
    title: 'Tipo 1 o Tipo 2',
    columns: ['Tipo 1', 'Tipo 2'],
    rows: [
      {
        id: 'tests',
        aspect: 'Cosa verifica il revisore',
        cells: [
          'Che i controlli siano ben progettati, a una data specifica.',
          'Che i controlli siano ben progettati e abbiano funzionato davvero, su un periodo.',
        ],
      },
      {
        id: 'period',
        aspect: 'Periodo coperto',
        cells: ['Una sola data.', 'Un periodo, di solito da 3 a 12 mesi.'],
      },
      {
        id: 'speed',
        aspect: 'Tempi per ottenerlo',
        cells: [
          'Brevi, una volta che i controlli sono in atto.',
          'Solo al termine del periodo di osservazione, più l’audit.',
        ],
      },
      {
        id: 'buyers',
        aspect: 'Come lo vedono i clienti',
        cells: [
          'Un buon inizio che sblocca molte trattative; un primo passo.',
          'Ciò che si aspetta la maggior parte dei team di sicurezza, e ciò che chiedono i rinnovi.',
        ],
      },
      {
        id: 'when',
        aspect: 'Quando sceglierlo',
        cells: [
          'Le trattative sono ferme ora nella verifica di sicurezza: ottenga subito un Tipo 1 e avvii il periodo del Tipo 2.',
          'Appena possibile: è il report che dura.',
        ],
      },
    ],
  },
  soc2VsIso27001: {
    id: 'soc2-vs-iso27001',
    title: 'SOC 2 o ISO 27001',
    columns: ['SOC 2', 'ISO/IEC 27001'],
    rows: [
      {
        id: 'what',
        aspect: 'Che cos’è',
        cells: [
          'Un report di attestazione: una società di revisione CPA esprime il proprio giudizio sui suoi controlli.',
          'Una certificazione del suo sistema di gestione della sicurezza delle informazioni (SGSI).',
        ],
      },
      {
        id: 'by-whom',
        aspect: 'Rilasciato da',
        cells: [
          'Una società di revisione abilitata (CPA firm).',
          'Un organismo di certificazione accreditato.',
        ],
      },
      {
        id: 'what-you-get',
        aspect: 'Cosa consegna',
        cells: [
          'Un report dettagliato con i test e i risultati del revisore, previo NDA.',
          'Un certificato consultabile da chiunque, spesso con la Dichiarazione di applicabilità (SoA).',
        ],
      },
      {
        id: 'criteria',
        aspect: 'Criteri di riferimento',
        cells: [
          'I Trust Services Criteria dell’AICPA.',
          'I requisiti della ISO/IEC 27001 e i controlli del suo Allegato A.',
        ],
      },
      {
        id: 'where',
        aspect: 'Richiesto soprattutto da',
        cells: [
          'Clienti negli Stati Uniti e in Canada.',
          'Clienti in Europa e nel resto del mondo.',
        ],
      },
      {
        id: 'accepted',
        aspect: 'Accettato al posto dell’altro?',
        cells: [
          'Spesso, ma non sempre: chieda al cliente.',
          'Spesso, ma non sempre: chieda al cliente.',
        ],
      },
    ],
  },
  extras: [
    {
      id: 'soc3',
      title: 'SOC 3',
      points: [
        'Una sintesi breve e per uso generale di un SOC 2: senza i dettagli dei test, quindi può essere pubblicata.',
        'Va bene per un sito web o un primo sguardo; un cliente che svolge una vera verifica di sicurezza vorrà comunque il SOC 2.',
      ],
    },
    {
      id: 'bridge-letter',
      title: 'Bridge letter (lettera ponte)',
      points: [
        'Una lettera della sua direzione, non del revisore, che copre il tempo tra la fine del periodo del report e oggi.',
        'Dichiara che dalla fine del periodo non ci sono stati cambiamenti rilevanti nei suoi controlli.',
        'La invii insieme al report quando il periodo si è chiuso da mesi.',
      ],
    },
  ],
  legacyNames: [
    {
      id: 'sas-70',
      name: 'SAS 70',
      meaning:
        'Il vecchio standard, in uso fino al 2011. Sostituito dallo SSAE 16, poi dallo SSAE 18.',
    },
    {
      id: 'ssae-16',
      name: 'SSAE 16',
      meaning:
        'Ha sostituito lo SAS 70 nel 2011; a sua volta sostituito dallo SSAE 18 per i report datati da maggio 2017.',
    },
    {
      id: 'ssae-18',
      name: 'SSAE 18',
      meaning:
        'Lo standard attuale sia del SOC 1 sia del SOC 2: «report SSAE 18» da solo è quindi ambiguo. Guardi il contesto (l’informativa finanziaria indica il SOC 1, altrimenti è il SOC 2).',
    },
    {
      id: 'isae-3402',
      name: 'ISAE 3402',
      meaning: 'La controparte internazionale del SOC 1.',
    },
    {
      id: 'isae-3000',
      name: 'ISAE 3000',
      meaning: 'Lo standard internazionale di assurance più ampio, spesso usato come il SOC 2.',
    },
    {
      id: 'at-c',
      name: 'AT‑C 320, AT‑C 105 e 205',
      meaning: 'Le sezioni dello SSAE 18: AT‑C 320 è il SOC 1; AT‑C 105 con 205 è il SOC 2.',
    },
    {
      id: 'other-soc',
      name: '«SOC» che non è un report',
      meaning:
        'Anche Security Operations Center, System on Chip e Standard Occupational Classification si abbreviano in SOC. Nessuno di questi è una richiesta di report.',
    },
  ],
  faq: [
    {
      id: 'difference',
      question: 'Qual è la differenza tra SOC 1 e SOC 2?',
      answer:
        'Il SOC 1 riguarda il denaro: i controlli che potrebbero incidere sul bilancio dei suoi clienti. Il SOC 2 riguarda i dati: sicurezza, disponibilità, integrità dell’elaborazione, riservatezza e privacy. Entrambi sono report di una società di revisione CPA secondo lo SSAE 18.',
    },
    {
      id: 'which-do-i-need',
      question: 'Quale mi serve?',
      answer:
        'Se è un fornitore SaaS o tecnologico che detiene dati dei clienti: il SOC 2. Aggiunga il SOC 1 solo se il suo servizio tocca l’informativa finanziaria dei clienti (paghe, fatturazione, pagamenti, gestione di prestiti, sinistri, amministrazione di fondi) e un cliente lo richiede. Ha dubbi? Chieda al team sicurezza o acquisti del cliente.',
    },
    {
      id: 'unnumbered',
      question: 'Il questionario dice solo «report SOC». Quale intende?',
      answer:
        'In un questionario di sicurezza o dell’ufficio acquisti, il SOC 2. Indica il SOC 1 solo quando la domanda o la sua sezione rimanda all’informativa finanziaria: ICFR, SOX, bilancio, revisore esterno o controller.',
    },
    {
      id: 'is-soc2-harder',
      question: 'Il SOC 2 è più difficile del SOC 1?',
      answer:
        'Non più difficile, diverso. Il SOC 2 copre la sicurezza di tutto il sistema rispetto a criteri fissi; il SOC 1 copre i processi che toccano l’informativa finanziaria, rispetto a obiettivi che definisce lei. L’impegno dipende dal perimetro e dalla scelta tra Tipo 1 e Tipo 2 più che dal numero.',
    },
    {
      id: 'one-audit-both',
      question: 'Un solo audit può coprirli entrambi?',
      answer:
        'Riceve due report, ma una sola società di revisione CPA può svolgerli entrambi in un’unica fase di verifica sul campo, con le stesse evidenze. Le piattaforme di pagamento e di paghe lo fanno spesso.',
    },
    {
      id: 'which-first',
      question: 'Quale ottenere per primo?',
      answer:
        'Quello da cui dipende il fatturato. Per la maggior parte delle aziende SaaS è il SOC 2. Se le trattative sono ferme ora nella verifica di sicurezza, ottenga subito un Tipo 1 per sbloccarle, poi un Tipo 2.',
    },
    {
      id: 'iso-instead',
      question: 'Posso inviare il certificato ISO 27001 al posto del SOC 2?',
      answer:
        'Spesso sì. Sono cose diverse (una certificazione del sistema di gestione della sicurezza, un report di attestazione sui controlli), ma molti clienti accettano l’uno o l’altro. Chieda prima di darlo per scontato.',
    },
    {
      id: 'old-report',
      question: 'Il periodo del nostro report si è chiuso mesi fa. Cosa invio?',
      answer:
        'Il report più una bridge letter della sua direzione che dichiara che dalla fine del periodo non è cambiato nulla di rilevante.',
    },
  ],
  scenario: {
    questions: [
      {
        id: 'financialReporting',
        question: 'Il suo servizio tocca l’informativa finanziaria dei suoi clienti?',
        options: [
          { value: 'yes', label: 'Sì (paghe, fatturazione, pagamenti, sinistri, gestione fondi…)' },
          { value: 'no', label: 'No' },
          { value: 'unsure', label: 'Non lo so' },
        ],
      },
      {
        id: 'asker',
        question: 'Chi richiede il report?',
        options: [
          { value: 'security', label: 'Il team sicurezza, IT o acquisti del cliente' },
          { value: 'finance', label: 'I revisori, il controller o il CFO del cliente' },
          { value: 'both', label: 'Entrambi' },
          { value: 'unknown', label: 'Non lo so' },
        ],
      },
      {
        id: 'dealsStalled',
        question: 'Ci sono trattative ferme in attesa di un report in questo momento?',
        options: [
          { value: 'yes', label: 'Sì' },
          { value: 'no', label: 'No' },
        ],
      },
    ],
    headlines: {
      soc2: 'Scelga il SOC 2',
      soc1: 'Scelga il SOC 1',
      both: 'Scelga sia il SOC 1 sia il SOC 2',
      'ask-buyer': 'Prima chieda al cliente',
    },
    reasons: {
      'finance-without-financial-reporting':
        'I revisori o il controller dei clienti di solito vogliono il SOC 1, ma il suo servizio non tocca la loro informativa finanziaria: il SOC 1 avrebbe poco da esaminare.',
      'offer-soc2-to-finance':
        'Lo dica loro, offra il suo SOC 2 e chieda se copre ciò di cui hanno bisogno.',
      'data-without-financial-reporting':
        'Detiene dati dei clienti ma non tocca la loro informativa finanziaria: il report giusto per lei è il SOC 2.',
      'unnamed-means-soc2':
        'Un «report SOC» senza numero in un questionario di sicurezza indica il SOC 2.',
      'security-asks-soc2':
        'I team sicurezza, IT e acquisti chiedono il SOC 2 nelle valutazioni dei fornitori.',
      'explain-outside-financial-reporting':
        'Se i loro revisori insistono sul SOC 1, spieghi che il suo servizio è fuori dalla loro informativa finanziaria.',
      'financial-reporting-and-finance':
        'Il suo servizio tocca l’informativa finanziaria dei clienti e a chiedere sono i loro revisori o il controller: è il SOC 1.',
      'soc2-later':
        'Si aspetti che i team di sicurezza chiedano il SOC 2 più avanti; la stessa società di revisione CPA può aggiungerlo.',
      'security-waits-on-soc2':
        'Il team di sicurezza che chiede ora il report aspetta il SOC 2: parta da quello, perché da esso dipende il fatturato.',
      'auditors-will-ask-soc1':
        'Poiché tocca l’informativa finanziaria dei clienti, anche i loro revisori chiederanno il SOC 1.',
      'one-firm-one-window':
        'Una sola società di revisione CPA, un’unica fase di verifica sul campo, le stesse evidenze.',
      'money-flow-needs-both':
        'Le piattaforme nei flussi di denaro (pagamenti, paghe, fatturazione) spesso hanno bisogno di entrambi.',
      'one-firm-both':
        'Una sola società di revisione CPA può svolgerli entrambi in un’unica fase di verifica sul campo, con le stesse evidenze.',
      'ask-which-first': 'Chieda al cliente quale gli serve per primo, e parta da quello.',
      'lead-with-revenue': 'Parta dal report da cui dipende il fatturato.',
      'security-whatever-else':
        'I team sicurezza, IT e acquisti chiedono il SOC 2 nelle valutazioni dei fornitori, qualunque altra cosa lei faccia.',
      'add-soc1-later':
        'Se in seguito un cliente le dice che il suo servizio incide sul proprio bilancio, aggiunga allora il SOC 1.',
      'unsure-decides':
        'Non sa con certezza se tocca l’informativa finanziaria dei clienti, ed è proprio questo a decidere tra SOC 1 e SOC 2.',
      'ask-buyer-which':
        'Chieda al team sicurezza o acquisti del cliente quale report serve e perché.',
    },
    typeAdvice: {
      yes: 'Le trattative sono ferme ora: ottenga subito un Tipo 1 per sbloccarle e avvii nello stesso momento il periodo del Tipo 2.',
      no: 'Nessuna trattativa è in attesa: punti direttamente a un Tipo 2, il report che i clienti si aspettano.',
    },
  },
};
