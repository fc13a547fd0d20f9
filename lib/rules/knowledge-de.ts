/**
 * The cheat-sheet in German: the facts of knowledge.ts, row by row, in German words, addressing
 * the reader as "Sie" as German business software does. Report and standard names stay as the
 * auditors write them; "Typ 1" / "Typ 2", "Wirtschaftsprüfungsgesellschaft" (CPA firm) and
 * "Bridge Letter" are the forms German practitioners use, as in the German answers.
 *
 * In the tables, long compounds carry soft hyphens (\u00AD) where a German reader expects the
 * break: a cell of the 400 px popup holds about 16 letters a line, and without them the browser
 * cuts such a word anywhere, "Finanzberichterstattu" on one line and "ng" on the next.
 */

import type { Knowledge } from './knowledge';

const CPA_FIRM = 'Eine zugelassene Wirtschafts\u00ADprüfungs\u00ADgesellschaft (CPA firm).';
const ASK_BUYER = 'Oft, aber nicht immer: Fragen Sie den Kunden.';

export const KNOWLEDGE_DE: Knowledge = {
  soc1VsSoc2: {
    id: 'soc1-vs-soc2',
    title: 'SOC 1 vs. SOC 2',
    columns: ['SOC 1', 'SOC 2'],
    rows: [
      {
        id: 'reports-on',
        aspect: 'Gegenstand',
        cells: [
          'Kontrollen, die für das interne Kontroll\u00ADsystem Ihrer Kunden über die Finanz\u00ADbericht\u00ADerstattung (ICFR) relevant sind.',
          'Kontrollen für Sicherheit, Verfügbarkeit, Integrität der Verarbeitung, Vertraulich\u00ADkeit und Datenschutz: die Trust Services Criteria des AICPA.',
        ],
      },
      {
        id: 'one-line',
        aspect: 'Kurz gesagt',
        cells: [
          'Geld: Könnte Ihr Dienst zu Fehlern im Jahres\u00ADabschluss eines Kunden führen?',
          'Daten: Könnten über Ihren Dienst Kundendaten abfließen, verloren gehen oder falsch verarbeitet werden?',
        ],
      },
      {
        id: 'who-needs-it',
        aspect: 'Wer ihn braucht',
        cells: [
          'Anbieter im Geldfluss: Lohn\u00ADabrechnung, Fakturierung und Zahlungen, Kredit\u00ADverwaltung, Schaden\u00ADbearbeitung, Fonds\u00ADverwaltung.',
          'SaaS, Cloud, Managed Service Provider, Auftrags\u00ADverarbeiter: fast jeder Tech-Anbieter, der Kundendaten speichert.',
        ],
      },
      {
        id: 'who-asks',
        aspect: 'Wer danach fragt',
        cells: [
          'Die externen Abschluss\u00ADprüfer des Kunden, sein CFO und sein Rechnungs\u00ADwesen.',
          'Sicherheit, IT und Einkauf des Kunden, wenn sie das Lieferanten\u00ADrisiko prüfen.',
        ],
      },
      {
        id: 'standard',
        aspect: 'Standard',
        cells: [
          'SSAE 18, Abschnitt AT-C 320. Die Kontroll\u00ADziele legen Sie selbst fest.',
          'SSAE 18, Abschnitte AT-C 105 und AT-C 205, gemessen an den Trust Services Criteria.',
        ],
      },
      {
        id: 'performed-by',
        aspect: 'Wer prüft',
        cells: [CPA_FIRM, CPA_FIRM],
      },
      {
        id: 'types',
        aspect: 'Typ 1 / Typ 2',
        cells: [
          'Beide gibt es. Typ 1: Ausgestaltung zu einem Stichtag. Typ 2: Ausgestaltung und Wirksamkeit über einen Zeitraum, meist 3 bis 12 Monate.',
          'Dieselben zwei Typen, mit derselben Bedeutung.',
        ],
      },
      {
        id: 'distribution',
        aspect: 'Wer ihn lesen darf',
        cells: [
          'Eingeschränkte Verwendung: unter NDA an Kunden und deren Prüfer weitergegeben.',
          'Eingeschränkte Verwendung: unter NDA bei der Lieferanten\u00ADprüfung weitergegeben.',
        ],
      },
      {
        id: 'default-for-saas',
        aspect: 'Normalfall für SaaS-Anbieter',
        cells: [
          'Nein. Nur wenn Ihr Dienst die Finanz\u00ADbericht\u00ADerstattung Ihrer Kunden berührt.',
          'Ja. Um diesen Bericht geht es bei Sicherheits\u00ADprüfungen.',
        ],
      },
    ],
  },
  type1VsType2: {
    id: 'type1-vs-type2',
    title: 'Typ 1 vs. Typ 2',
    columns: ['Typ 1', 'Typ 2'],
    rows: [
      {
        id: 'tests',
        aspect: 'Was der Prüfer prüft',
        cells: [
          'Ob die Kontrollen gut ausgestaltet sind, zu einem Stichtag.',
          'Ob die Kontrollen gut ausgestaltet sind und über einen Zeitraum tatsächlich gewirkt haben.',
        ],
      },
      {
        id: 'period',
        aspect: 'Abgedeckte Zeit',
        cells: ['Ein einzelner Stichtag.', 'Ein Zeitraum, meist 3 bis 12 Monate.'],
      },
      {
        id: 'speed',
        aspect: 'Wie schnell Sie ihn haben',
        cells: [
          'Schnell, sobald Ihre Kontrollen eingerichtet sind.',
          'Erst wenn der Beobachtungs\u00ADzeitraum abgelaufen ist, dazu die Prüfung.',
        ],
      },
      {
        id: 'buyers',
        aspect: 'Sicht der Kunden',
        cells: [
          'Ein guter Anfang, der viele Deals freigibt; ein Zwischen\u00ADschritt.',
          'Was die meisten Sicherheits\u00ADteams erwarten und was bei Verlängerungen verlangt wird.',
        ],
      },
      {
        id: 'when',
        aspect: 'Wann er passt',
        cells: [
          'Deals hängen jetzt in der Sicherheits\u00ADprüfung fest: schnell einen Typ 1 erstellen lassen und den Zeitraum für Typ 2 beginnen.',
          'So bald wie möglich: Dieser Bericht hat Bestand.',
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
        aspect: 'Was es ist',
        cells: [
          'Ein Prüfungs\u00ADbericht (Attestation Report): Eine Wirtschafts\u00ADprüfungs\u00ADgesellschaft gibt ein Prüfungs\u00ADurteil zu Ihren Kontrollen ab.',
          'Eine Zertifizierung Ihres Informations\u00ADsicherheits-Management\u00ADsystems (ISMS).',
        ],
      },
      {
        id: 'by-whom',
        aspect: 'Ausgestellt von',
        cells: [
          'Einer zugelassenen Wirtschafts\u00ADprüfungs\u00ADgesellschaft.',
          'Einer akkreditierten Zertifizierungs\u00ADstelle.',
        ],
      },
      {
        id: 'what-you-get',
        aspect: 'Was Sie weitergeben',
        cells: [
          'Ein ausführlicher Bericht mit den Prüfungs\u00ADhandlungen und Ergebnissen des Prüfers, unter NDA.',
          'Ein Zertifikat, das jeder sehen darf, oft mit der Erklärung zur Anwendbarkeit (SoA).',
        ],
      },
      {
        id: 'criteria',
        aspect: 'Maßstab',
        cells: [
          'Die Trust Services Criteria des AICPA.',
          'Die Anforderungen der ISO/IEC 27001 und die Maßnahmen aus Anhang A.',
        ],
      },
      {
        id: 'where',
        aspect: 'Am häufigsten verlangt von',
        cells: ['Kunden in den USA und Kanada.', 'Kunden in Europa und weltweit.'],
      },
      {
        id: 'accepted',
        aspect: 'Statt des anderen akzeptiert?',
        cells: [ASK_BUYER, ASK_BUYER],
      },
    ],
  },
  extras: [
    {
      id: 'soc3',
      title: 'SOC 3',
      points: [
        'Eine kurze, frei verwendbare Zusammenfassung eines SOC 2: ohne Einzelheiten zu den Prüfungshandlungen, daher darf sie veröffentlicht werden.',
        'Gut für die Website oder einen ersten Eindruck; wer eine echte Sicherheitsprüfung macht, will trotzdem den SOC-2-Bericht selbst.',
      ],
    },
    {
      id: 'bridge-letter',
      title: 'Bridge Letter (Gap Letter)',
      points: [
        'Ein Schreiben Ihrer eigenen Geschäftsleitung, nicht des Prüfers, für die Zeit zwischen dem Ende Ihres Berichtszeitraums und heute.',
        'Darin steht, dass sich Ihre Kontrollen seit dem Ende des Zeitraums nicht wesentlich geändert haben.',
        'Legen Sie Ihrem Bericht einen Bridge Letter bei, wenn der Zeitraum vor Monaten endete.',
      ],
    },
  ],
  legacyNames: [
    {
      id: 'sas-70',
      name: 'SAS 70',
      meaning: 'Der alte Standard, verwendet bis 2011. Abgelöst durch SSAE 16, dann durch SSAE 18.',
    },
    {
      id: 'ssae-16',
      name: 'SSAE 16',
      meaning:
        'Löste 2011 SAS 70 ab; wurde seinerseits für Berichte mit Datum ab Mai 2017 durch SSAE 18 abgelöst.',
    },
    {
      id: 'ssae-18',
      name: 'SSAE 18',
      meaning:
        'Der aktuelle Standard hinter SOC 1 und SOC 2, daher ist „SSAE-18-Bericht“ allein mehrdeutig: Achten Sie auf den Zusammenhang (Finanzberichterstattung heißt SOC 1, sonst SOC 2).',
    },
    {
      id: 'isae-3402',
      name: 'ISAE 3402',
      meaning: 'Das internationale Gegenstück zu SOC 1.',
    },
    {
      id: 'isae-3000',
      name: 'ISAE 3000',
      meaning:
        'Der allgemeinere internationale Standard für Prüfungen (Assurance), oft so verwendet wie SOC 2.',
    },
    {
      id: 'at-c',
      name: 'AT-C 320, AT-C 105 und 205',
      meaning: 'Die Abschnitte von SSAE 18: AT-C 320 ist SOC 1; AT-C 105 mit 205 ist SOC 2.',
    },
    {
      id: 'other-soc',
      name: '„SOC“, das kein Bericht ist',
      meaning:
        'Auch Security Operations Center, System on Chip und Standard Occupational Classification werden zu SOC abgekürzt. Keines davon ist eine Anfrage nach einem Bericht.',
    },
  ],
  faq: [
    {
      id: 'difference',
      question: 'Was ist der Unterschied zwischen SOC 1 und SOC 2?',
      answer:
        'Bei SOC 1 geht es um Geld: Kontrollen, die den Jahresabschluss Ihrer Kunden beeinflussen könnten. Bei SOC 2 geht es um Daten: Sicherheit, Verfügbarkeit, Integrität der Verarbeitung, Vertraulichkeit und Datenschutz. Beides sind Berichte einer Wirtschaftsprüfungsgesellschaft (CPA firm) nach SSAE 18.',
    },
    {
      id: 'which-do-i-need',
      question: 'Welchen Bericht brauche ich?',
      answer:
        'Wenn Sie als SaaS- oder Tech-Anbieter Kundendaten speichern: SOC 2. Nehmen Sie SOC 1 nur dazu, wenn Ihr Dienst die Finanzberichterstattung Ihrer Kunden berührt (Lohnabrechnung, Fakturierung, Zahlungen, Kreditverwaltung, Schadenbearbeitung, Fondsverwaltung) und ein Kunde danach fragt. Unsicher? Fragen Sie das Sicherheits- oder Einkaufsteam des Kunden.',
    },
    {
      id: 'unnumbered',
      question: 'Im Fragebogen steht nur „SOC-Bericht“. Welcher ist gemeint?',
      answer:
        'In einem Sicherheits- oder Einkaufsfragebogen: SOC 2. SOC 1 ist nur gemeint, wenn die Frage oder ihr Abschnitt auf die Finanzberichterstattung zielt: ICFR, SOX, Jahresabschluss, externe Abschlussprüfer oder Rechnungswesen.',
    },
    {
      id: 'is-soc2-harder',
      question: 'Ist SOC 2 schwieriger als SOC 1?',
      answer:
        'Nicht schwieriger, sondern anders. SOC 2 deckt die Sicherheit Ihres gesamten Systems anhand fester Kriterien ab; SOC 1 deckt die Prozesse ab, die die Finanzberichterstattung berühren, anhand von Zielen, die Sie selbst festlegen. Der Aufwand hängt mehr vom Umfang und von Typ 1 oder Typ 2 ab als von der Nummer.',
    },
    {
      id: 'one-audit-both',
      question: 'Kann eine Prüfung beides abdecken?',
      answer:
        'Sie erhalten zwei Berichte, aber eine Wirtschaftsprüfungsgesellschaft kann beide in einer Prüfungsphase mit gemeinsamen Nachweisen erstellen. Zahlungs- und Lohnabrechnungsplattformen machen oft genau das.',
    },
    {
      id: 'which-first',
      question: 'Welchen Bericht zuerst?',
      answer:
        'Den, auf den Ihr Umsatz wartet. Für die meisten SaaS-Unternehmen ist das SOC 2. Hängen Deals gerade in der Sicherheitsprüfung fest, lassen Sie schnell einen Typ 1 erstellen, um sie freizubekommen, danach einen Typ 2.',
    },
    {
      id: 'iso-instead',
      question: 'Kann ich ISO 27001 statt SOC 2 schicken?',
      answer:
        'Oft. Es sind verschiedene Dinge (eine Zertifizierung Ihres Managementsystems für Informationssicherheit gegenüber einem Prüfungsbericht über Ihre Kontrollen), doch viele Kunden akzeptieren das eine wie das andere. Fragen Sie, bevor Sie davon ausgehen.',
    },
    {
      id: 'old-report',
      question: 'Unser Berichtszeitraum endete vor Monaten. Was schicke ich?',
      answer:
        'Den Bericht und dazu einen Bridge Letter Ihrer Geschäftsleitung, der bestätigt, dass sich seit dem Ende des Zeitraums nichts Wesentliches geändert hat.',
    },
  ],
  scenario: {
    questions: [
      {
        id: 'financialReporting',
        question: 'Berührt Ihr Dienst die Finanzberichterstattung Ihrer Kunden?',
        options: [
          {
            value: 'yes',
            label:
              'Ja (Lohnabrechnung, Fakturierung, Zahlungen, Schadenbearbeitung, Fondsverwaltung …)',
          },
          { value: 'no', label: 'Nein' },
          { value: 'unsure', label: 'Unsicher' },
        ],
      },
      {
        id: 'asker',
        question: 'Wer fragt nach dem Bericht?',
        options: [
          { value: 'security', label: 'Sicherheit, IT oder Einkauf des Kunden' },
          { value: 'finance', label: 'Prüfer, Rechnungswesen oder CFO des Kunden' },
          { value: 'both', label: 'Beide' },
          { value: 'unknown', label: 'Weiß ich nicht' },
        ],
      },
      {
        id: 'dealsStalled',
        question: 'Hängen gerade Deals fest, weil ein Bericht fehlt?',
        options: [
          { value: 'yes', label: 'Ja' },
          { value: 'no', label: 'Nein' },
        ],
      },
    ],
    headlines: {
      soc2: 'Sie brauchen SOC 2',
      soc1: 'Sie brauchen SOC 1',
      both: 'Sie brauchen SOC 1 und SOC 2',
      'ask-buyer': 'Fragen Sie zuerst den Kunden',
    },
    reasons: {
      'finance-without-financial-reporting':
        'Prüfer oder Rechnungswesen des Kunden wollen meist SOC 1, aber Ihr Dienst berührt seine Finanzberichterstattung nicht, also hätte ein SOC 1 wenig zu berichten.',
      'offer-soc2-to-finance':
        'Sagen Sie das, bieten Sie Ihren SOC-2-Bericht an und fragen Sie, ob er abdeckt, was dort gebraucht wird.',
      'data-without-financial-reporting':
        'Sie speichern Kundendaten, berühren aber nicht deren Finanzberichterstattung: SOC 2 ist Ihr Bericht.',
      'unnamed-means-soc2':
        'Ein „SOC-Bericht“ ohne Nummer in einem Sicherheitsfragebogen meint SOC 2.',
      'security-asks-soc2':
        'Sicherheit, IT und Einkauf verlangen bei der Lieferantenprüfung SOC 2.',
      'explain-outside-financial-reporting':
        'Bestehen die Prüfer des Kunden auf SOC 1, erklären Sie, dass Ihr Dienst außerhalb seiner Finanzberichterstattung liegt.',
      'financial-reporting-and-finance':
        'Ihr Dienst berührt die Finanzberichterstattung des Kunden, und seine Prüfer oder sein Rechnungswesen fragen: Das ist SOC 1.',
      'soc2-later':
        'Rechnen Sie damit, dass Sicherheitsteams später SOC 2 verlangen; dieselbe Wirtschaftsprüfungsgesellschaft kann ihn ergänzen.',
      'security-waits-on-soc2':
        'Das Sicherheitsteam, das jetzt fragt, wartet auf SOC 2: Beginnen Sie damit, denn daran hängt Umsatz.',
      'auditors-will-ask-soc1':
        'Weil Sie die Finanzberichterstattung Ihrer Kunden berühren, werden deren Prüfer auch SOC 1 verlangen.',
      'one-firm-one-window':
        'Eine Wirtschaftsprüfungsgesellschaft, eine Prüfungsphase, gemeinsame Nachweise.',
      'money-flow-needs-both':
        'Plattformen im Geldfluss (Zahlungen, Lohnabrechnung, Fakturierung) brauchen oft beide.',
      'one-firm-both':
        'Eine Wirtschaftsprüfungsgesellschaft kann beide in einer Prüfungsphase mit gemeinsamen Nachweisen erstellen.',
      'ask-which-first':
        'Fragen Sie den Kunden, welchen er zuerst braucht, und beginnen Sie mit diesem.',
      'lead-with-revenue': 'Beginnen Sie mit dem Bericht, auf den Umsatz wartet.',
      'security-whatever-else':
        'Sicherheit, IT und Einkauf verlangen bei der Lieferantenprüfung SOC 2, was immer Sie sonst tun.',
      'add-soc1-later':
        'Sagt ein Kunde später, Ihr Dienst wirke sich auf seinen Jahresabschluss aus, nehmen Sie SOC 1 dann dazu.',
      'unsure-decides':
        'Sie sind nicht sicher, ob Sie die Finanzberichterstattung des Kunden berühren, und genau das entscheidet zwischen SOC 1 und SOC 2.',
      'ask-buyer-which':
        'Fragen Sie Sicherheit oder Einkauf des Kunden, welchen Bericht sie brauchen und warum.',
    },
    typeAdvice: {
      yes: 'Deals hängen jetzt fest: Lassen Sie schnell einen Typ-1-Bericht erstellen, um sie freizubekommen, und beginnen Sie zugleich den Zeitraum für Typ 2.',
      no: 'Kein Deal wartet: Gehen Sie direkt zu Typ 2, dem Bericht, den Kunden erwarten.',
    },
  },
};
