/**
 * Phrase rules: which words in a questionnaire ask for which report, and why.
 * Rules are data; their examples and sources sit in ./examples by rule id, out of the content
 * script's bundle. `tests/rules/requests.test.ts` runs every example, and
 * `tests/rules/catalogue.test.ts` checks the catalogue. A reported miss becomes an example first.
 *
 * Patterns are matched against text cleaned by `normalize` (no zero-width characters, plain
 * hyphens and quotes), case-insensitively. Every quantifier is bounded and no group nests an
 * unbounded repetition, so matching stays linear on hostile input.
 */
import type { ReportId, ReportType, RulesKey } from './types';

/**
 * How the engine uses a rule.
 * - `report`: a phrase naming a report ("SOC 2", "ISO/IEC 27001", "bridge letter").
 * - `standard`: an attestation standard that implies a report ("SSAE 16" -> SOC 1). Ignored in a
 *   sentence that already names a SOC number, where it only qualifies it ("SOC 1 (SSAE 18)").
 * - `unnumbered`: a SOC request without a number ("your SOC report"): SOC 2, or SOC 1 when the text
 *   or its context points at financial reporting.
 * - `type`: a Type 1 / Type 2 cue, by name or by meaning.
 * - `veto-unnumbered`: the sentence is about something else called SOC (Security Operations
 *   Center, System on Chip, occupational codes): unnumbered and standard mentions in it are dropped.
 * - `veto-sentence`: the sentence asks about something else, e.g. how the vendor reviews its own
 *   suppliers' reports: every mention in it is dropped (only those of `reports`, when given).
 * - `cue-financial`: words that point at financial reporting, deciding SOC 1 for unnumbered requests.
 * - `exclusion`: a SOC report named only to be ruled out ("the full report, not the SOC 3"): a
 *   SOC mention inside the match is dropped when another SOC report of the sentence remains.
 */
export type RuleKind =
  | 'report'
  | 'standard'
  | 'unnumbered'
  | 'type'
  | 'veto-unnumbered'
  | 'veto-sentence'
  | 'cue-financial'
  | 'exclusion';

/** One phrase rule. */
export interface Rule {
  /** Stable kebab-case id; never renamed once shipped. */
  id: string;
  kind: RuleKind;
  /** The report(s) a `report` or `standard` match asks for. Empty for SSAE 18 (decided like an unnumbered request). */
  reports?: readonly ReportId[];
  /** Picks the report from the match (numbered SOC rules read the number). */
  reportOf?: (match: RegExpExecArray) => ReportId | null;
  /**
   * For `type` rules: the type a match means, or a function reading it from the match (both
   * types when the match accepts either: "Type I / II").
   */
  type?: ReportType | ((match: RegExpExecArray) => ReportType | readonly ReportType[] | null);
  /** For `type` rules: only counts right next to a SOC mention ("SOC1 T2"). */
  adjacentOnly?: boolean;
  /**
   * A cheap necessary condition (speed): the rule can only fire on a sentence holding
   * one of these literals (case-insensitive) or matching `gate`. Each alternative of the patterns
   * (or, for a rule with `requires`, of one required expression) contains one of them, so the
   * engine skips the rule's patterns elsewhere (and V8 never compiles them on that page) without
   * changing a result; `tests/rules/gates.test.ts` checks this on every example and corpus text.
   * Neither given: the rule is always tried. Literals are lower case.
   */
  keywords?: readonly string[];
  /** With `keywords`: the one part of a necessary condition that is not a literal. */
  gate?: RegExp;
  /**
   * A second necessary condition, checked as well as `keywords`/`gate` (speed): every
   * alternative of every pattern matches it. For a rule whose keywords are needed by one pattern
   * and whose gate by another ("SOC" plus a noun, or "SOC" plus a letter), so that the noun alone
   * ("certificate") does not open it. Not global: it is only tested.
   */
  needs?: RegExp;
  /** Any pattern matching fires the rule; the match is the phrase highlighted. */
  patterns: readonly RegExp[];
  /** Every one of these must also match somewhere in the same sentence. */
  requires?: readonly RegExp[];
  /** For vetoes: the veto does not apply when one of these matches in the same sentence. */
  unless?: readonly RegExp[];
  /** One sentence: why this phrase means this report (in English, for whoever reads the rules). */
  why: string;
  /**
   * For rules whose matches become requests (report, standard, unnumbered): the message users
   * read as the reason, `“phrase”: why` in their language (`$1` is the phrase). The English
   * message is exactly that sentence (tests/rules/words.test.ts).
   */
  reason?: RulesKey;
  // The rule's source link and examples: ./examples (`RULE_EXAMPLES[id]`), test-only data.
}

/** "SOC", "S.O.C.", not the start of "social" or "socket". */
const SOC = String.raw`\bS\.?O\.?C(?![a-z])\.?`;
/**
 * A SOC number: 1, 2 or 3 in digits or Roman numerals, never in words ("our SOC two analysts" is
 * not a report), and not the start of a longer word or number ("SOC 2nd", "SOC 21", "SOC 2.5").
 */
const NUMBER = String.raw`(1|2|3|III|II|I)(?![a-z\d]|[.,]\d)`;
/** Type names in the languages we support. */
// Not after a letter, but after "_" too: file names such as "SOC2_Type2_2025.pdf" (holdout-242).
// "Tpye" is a typo seen in real questionnaires.
const TYPE_WORD = String.raw`(?:(?<![a-z])(?:type|typ|tipo|tipe|tpye)|タイプ)`;
const TYPE_NUMBER = String.raw`(1|2|II|I|one|two)(?![a-z\d])`;
/** Words that turn "SOC" into a report request when they follow it. */
const REPORT_WORD = [
  String.raw`(?:reports(?!\s{1,2}to\b)|report(?![a-z]))(?!\s{1,2}(?:incidents?|alerts?|events?|suspicious|threats?|findings|issues|directly|back|on\s{1,2}(?:incidents|alerts|threats|events))\b)`,
  String.raw`audit(?:s|ed)?(?!\s{0,2}(?:logs?|trails?|events?|records?)\b)`,
  String.raw`attestations?`,
  String.raw`examinations?`,
  String.raw`exams?\b`,
  String.raw`compliance`,
  String.raw`compliant`,
  String.raw`certifi[a-z]{0,7}(?![a-z])(?!\s{1,2}(?:to|against|under|by)\b)`,
  String.raw`documentation`,
  // German, Dutch, Japanese compounds: "SOC-Bericht", "SOC-Prüfbericht", "SOC-rapport", "SOC報告書".
  String.raw`(?:prüf)?bericht[a-z]{0,2}`,
  String.raw`prüfung(?:en)?`,
  String.raw`testat[a-z]{0,2}`,
  String.raw`bescheinigung(?:en)?`,
  String.raw`rapport(?:en|age|s)?`,
  String.raw`verklaring(?:en)?`,
  String.raw`報告書`,
  String.raw`レポート`,
  String.raw`監査`,
  String.raw`認証`,
].join('|');

const re = (source: string): RegExp => new RegExp(source, 'gi');
/** Gates are only tested, never iterated: not global, so they keep no `lastIndex` state. */
const gate = (source: string): RegExp => new RegExp(source, 'i');

/** Every supplier noun the two "suppliers' reports" vetoes hang on, in the languages we support. */
const SUPPLIER_KEYWORDS: readonly string[] = [
  'vendor',
  'supplier',
  'processor',
  'organisation',
  'organization',
  'contractor',
  'provider',
  'party',
  'parties',
  'partner',
  'outsourc',
  'unterauftrag',
  'lieferant',
  'dienstleister',
  'subunternehmer',
  'auftragsverarbeiter',
  'zulieferer',
  'sous-traitant',
  'fournisseur',
  'presta',
  'sous-processeur',
  'proveedor',
  'subcontrat',
  'encargado',
  'fornece',
  'suboperador',
  'leverancier',
  'onderaannemer',
  'subverwerker',
  'fornitor',
  'sub-responsabil',
  'subappalt',
  '再委託先',
];
/** The type words of `TYPE_WORD`. */
const TYPE_KEYWORDS: readonly string[] = ['typ', 'tipo', 'tipe', 'tpye', 'タイプ'];

function socNumber(value: string | undefined): ReportId | null {
  switch ((value ?? '').toLowerCase()) {
    case '1':
    case 'i':
    case 'one':
      return 'soc1';
    case '2':
    case 'ii':
    case 'two':
      return 'soc2';
    case '3':
    case 'iii':
    case 'three':
      return 'soc3';
    default:
      return null;
  }
}

/**
 * The type of a "Type N" match, or both types for "Type I / II", "Type 1 or 2" (either is
 * accepted). The second number must be written like the first, so "Type 2 or I" (the pronoun)
 * stays Type 2.
 */
function typeOrEither(match: RegExpExecArray): ReportType | readonly ReportType[] | null {
  const first = typeNumber(match[1]);
  const second = typeNumber(match[2]);
  const roman = (value: string | undefined): boolean => /^i{1,2}$/i.test(value ?? '');
  if (first && second && first !== second && roman(match[1]) === roman(match[2])) {
    return [first, second];
  }
  return first;
}

function typeNumber(value: string | undefined): ReportType | null {
  switch ((value ?? '').toLowerCase()) {
    case '1':
    case 'i':
    case 'one':
      return 'type1';
    case '2':
    case 'ii':
    case 'two':
      return 'type2';
    default:
      return null;
  }
}

/**
 * After a numbered SOC mention, more numbers of a list: "SOC 1, 2, and 3", "SOC 1/2",
 * "SOC 1 and SOC 2" (the repeated "SOC" is matched by the main rule anyway). Sticky: applied at
 * the end of each match. A lone "I" is not taken ("SOC 2 and I").
 */
export const SOC_LIST_CONTINUATION = new RegExp(
  String.raw`(?:\s{0,3}(?:,|/|&|\+|and|or|und|oder|et|ou|y|o|e|en|および|及び|と|、)\s{0,3}){1,2}(?:${SOC}\s{0,2}-?\s{0,2})?(1|2|3|III|II)(?![a-z\d]|[.,]\d)(?!\s{0,2}(?:years?|months?|days?|weeks?|hours?|times?|%))`,
  'iy',
);

/**
 * What may follow a report's name inside the phrase that carries the request, so the highlight
 * covers "SOC 2 Type II report", "SOC1 T2", "SOC 2-Bericht", "SOC 2 (Type 2) audit report" and not
 * only "SOC 2" (the user reads the highlight). Sticky: tried at the end of a mention. Group 1, when
 * present, is the type; the report word is optional. Bounded, so it stays linear.
 */
export const PHRASE_TAIL = new RegExp(
  String.raw`(?:[\s_-]{0,3}(?:de\s{1,2})?(?:\(\s{0,2}(?:${TYPE_WORD}\s{0,2}[-_]?\s{0,2}${TYPE_NUMBER}|\bT\s?-?(?:1|2|II|I)(?![a-z\d]))\s{0,2}\)|${TYPE_WORD}\s{0,2}[-_]?\s{0,2}${TYPE_NUMBER}|\bT\s?-?(?:1|2|II|I)(?![a-z\d])))?(?:[\s_-]{0,3}(?:(?:audit|attestation|examination|assurance|auditor's)\s{1,2}reports?(?![a-z])|(?:reports?|audits?|attestations?|examinations?)(?![a-z])(?!\s{1,2}(?:logs?|trails?|incidents?|alerts?)\b)|(?:prüf)?bericht[a-z]{0,2}|prüfung(?:en)?|testat[a-z]{0,2}|rapport(?:en)?(?![a-z])|verklaring(?:en)?|informes?(?![a-z])|relat[oó]rios?(?![a-z])|relazion[ei](?![a-z])|(?:監査)?報告書|レポート))?`,
  'iy',
);

/** Right before a report's name: "Type 2 SOC 2", "Typ II SOC-2". Tried on the few characters before it. */
export const PHRASE_HEAD = new RegExp(
  String.raw`${TYPE_WORD}\s{0,2}[-_]?\s{0,2}${TYPE_NUMBER}[\s_-]{1,3}$`,
  'i',
);

/** The catalogue, sorted by id. */
export const RULES: readonly Rule[] = [
  {
    id: 'at-c-105-205',
    kind: 'standard',
    keywords: ['at-c', 'atc'],
    reports: ['soc2'],
    patterns: [
      re(String.raw`\bAT-?C\s{0,2}(?:section\s{0,2}|sec\.\s{0,2}|§\s{0,2})?(?:105|205)\b`),
    ],
    why: 'AT-C sections 105 and 205 are the attestation standards a SOC 2 examination is performed under.',
    reason: 'rulesWhyAtC105205',
  },
  {
    id: 'at-c-320',
    kind: 'standard',
    keywords: ['at-c', 'atc'],
    reports: ['soc1'],
    patterns: [re(String.raw`\bAT-?C\s{0,2}(?:section\s{0,2}|sec\.\s{0,2}|§\s{0,2})?320\b`)],
    why: 'AT-C section 320 is the standard for reports on controls relevant to user entities’ financial reporting: SOC 1.',
    reason: 'rulesWhyAtC320',
  },
  {
    id: 'at-section-101',
    kind: 'standard',
    keywords: ['101'],
    reports: ['soc2'],
    patterns: [re(String.raw`\bAT\s{0,2}(?:section\s{0,2}|sec\.\s{0,2}|§\s{0,2})?101\b`)],
    why: 'AT section 101 was the attestation standard SOC 2 reports were issued under before AT-C.',
    reason: 'rulesWhyAtSection101',
  },
  {
    id: 'attestation-report-on-controls',
    kind: 'unnumbered',
    keywords: ['attestation'],
    patterns: [
      re(
        String.raw`\battestation\s{1,2}reports?\s{1,2}(?:on|over|of|covering|for|about)\s{1,2}(?:[a-z']{1,20}\s{1,2}){0,3}controls\b`,
      ),
      re(String.raw`\bcontrols?\s{1,2}attestation\s{1,2}reports?`),
      re(
        String.raw`\b(?:independent|third[\s-]party|external)\s{1,2}(?:controls?\s{1,2})?attestation\s{1,2}reports?`,
      ),
    ],
    why: 'An independent attestation report on your controls is a SOC report without a number.',
    reason: 'rulesWhyAttestationReport',
  },
  {
    id: 'bridge-letter',
    kind: 'report',
    keywords: [
      'bridg',
      'gap',
      'coverage',
      'carta',
      'lett',
      'brück',
      'brug',
      'ブリッジ',
      'ギャップ',
      '브리지',
      '桥接',
      '橋接',
    ],
    reports: ['bridge-letter'],
    patterns: [
      re(String.raw`\bbridg(?:e|ing)[\s-]{0,2}(?:letters?|statements?|memos?)`),
      re(String.raw`\bgap[\s-]{0,2}letters?`),
      // "Coverage letter" is the third English name for it (holdout-250).
      re(String.raw`\bcoverage[\s-]{0,2}letters?`),
      // Spanish / Portuguese "carta(s) puente", "carta ponte" (European Portuguese also "carta de
      // ligação"); French "lettre de pont / de couverture".
      re(String.raw`\bcartas?\s{1,2}(?:de\s{1,2})?(?:puente|ponte|liga[cç][aã]o)`),
      re(String.raw`\blettres?\s{1,2}(?:de\s{1,2})?(?:pont|couverture|passerelle)`),
      re(
        String.raw`\blettera\s{1,2}(?:di\s{1,2})?(?:ponte|copertura|collegamento)|\blettere\s{1,2}(?:di\s{1,2})?(?:ponte|collegamento)`,
      ),
      re(String.raw`brückenbrief[a-z]{0,2}|überbrückungs(?:schreiben|brief|erklärung)`),
      re(String.raw`\boverbrugging(?:sverklaring|sbrief)(?:en)?|\bbrugbrief(?:en)?`),
      // Japanese, Korean, Chinese: "ブリッジ レター", "브리지 레터", "桥接函".
      re(
        String.raw`ブリッジ\s{0,2}レター|ギャップ\s{0,2}レター|브리지\s{0,2}레터|桥接(?:函|信)|橋接(?:函|信)`,
      ),
    ],
    why: 'A bridge (gap) letter from management covers the time between the end of the last SOC report period and today.',
    reason: 'rulesWhyBridgeLetter',
  },
  {
    id: 'bridge-letter-described',
    kind: 'report',
    keywords: ['chang', 'modif', 'remain', 'änder', 'cambi', 'mudan', 'altera', 'wijziging'],
    reports: ['bridge-letter'],
    patterns: [
      re(
        String.raw`\b(?:letter|statement|confirmation|assertion)s?\b|\blettres?\b|\bdéclaration\b|\b(?:Erklärung|Schreiben|Bestätigung)\b|\bcartas?\b|\bdeclaraci[oó]n\b|\bdeclara[cç][aã]o\b|\b(?:verklaring|brief)\b|\b(?:lettera|dichiarazione)\b`,
      ),
    ],
    requires: [
      re(
        String.raw`\b(?:no|any)\s{1,2}(?:material|significant)\s{1,2}(?:changes?|modifications?)|\bnothing\s{1,2}(?:material|significant)(?:ly)?\s{1,2}(?:has\s{1,2}|had\s{1,2})?changed|\bunchanged\b|\bremain(?:s|ed)?\s{1,2}(?:in\s{1,2}place|effective|unchanged)|\b(?:have|has)\s{1,2}not\s{1,2}(?:materially\s{1,2}|significantly\s{1,2})?changed|\baucun\s{1,2}changement\s{1,2}(?:significatif|important|majeur|substantiel)|\bkeine\s{1,2}wesentlichen\s{1,2}Änderungen|\bnichts\s{1,2}Wesentliches\s{1,2}(?:ge)?änder|\bning[uú]n\s{1,2}cambio\s{1,2}(?:significativo|material|relevante)|\bnenhuma\s{1,2}(?:mudan[cç]a|altera[cç][aã]o)\s{1,2}(?:significativa|material|relevante)|\bgeen\s{1,2}(?:wezenlijke|materiële|significante)\s{1,2}wijzigingen|\bnessun\s{1,2}cambiamento\s{1,2}(?:significativo|rilevante|sostanziale)`,
      ),
      re(
        String.raw`\b(?:since|after|following|subsequent\s{1,2}to)\s{1,2}(?:[a-z0-9'-]{1,12}\s{1,2}){0,6}(?:(?:audit|examination|review|observation|reporting|report|attestation|assurance|testing|SOC(?:\s{0,2}[123])?)\s{1,2}period|end\s{1,2}date|(?:SOC(?:\s{0,2}[123])?|audit|attestation|assurance|examination|ISAE\s{0,2}\d{4}|SSAE\s{0,2}\d{2})\s{1,2}reports?)|\bdepuis\s{1,2}(?:la\s{1,2}fin\s{1,2}de\s{1,2})?(?:la\s{1,2})?période\s{1,2}(?:d'audit|d'observation|d'examen|couverte)|\bseit\s{1,2}(?:dem\s{1,2})?Ende\s{1,2}des\s{1,2}(?:Prüfungs|Berichts|Beobachtungs)zeitraums|\bdesde\s{1,2}(?:el\s{1,2}|o\s{1,2})?(?:final|fin|fim|cierre)\s{1,2}(?:del|do)\s{1,2}per[ií]odo\s{1,2}(?:de\s{1,2})?(?:auditor[ií]a|observaci[oó]n|observa[cç][aã]o|examen)|\bsinds\s{1,2}(?:het\s{1,2})?einde\s{1,2}van\s{1,2}de\s{1,2}(?:audit|controle|observatie|rapportage)periode|\bdalla\s{1,2}fine\s{1,2}del\s{1,2}periodo\s{1,2}di\s{1,2}(?:audit|osservazione|revisione)`,
      ),
    ],
    why: 'A letter from management that nothing material changed since the report period ended is a bridge letter.',
    reason: 'rulesWhyBridgeLetterDescribed',
  },
  {
    id: 'financial-reporting-cue',
    kind: 'cue-financial',
    keywords: [
      'icfr',
      'financ',
      'sox',
      'sarbanes',
      'auditor',
      'controller',
      'cfo',
      'accounting',
      'year',
      'payroll',
      'billing',
      'payment',
      'loan',
      'claims',
      'fund',
      'ledger',
      'revenue',
      'finanz',
      'jahresabschl',
      'jaarrekening',
      'bilancio',
      // Brazilian accounting standards (CPC) say "demonstrações contábeis" for financial statements.
      'contáb',
      'contab',
      'general',
      'itgc',
      '財務',
      '内部統制',
    ],
    patterns: [
      re(
        String.raw`\bICFR\b|\binternal\s{1,2}controls?\s{1,2}over\s{1,2}financial\s{1,2}reporting|\bfinancial\s{1,2}(?:reporting|statements?|reports?|audits?|auditors?|controls?\b)|\bIT\s{1,2}general\s{1,2}controls?\b|\bITGCs?\b|\bJ-?SOX\b|\bSOX\b|\bSarbanes|\bexternal\s{1,2}auditors?|\b(?:customer|client|user\s{1,2}entit(?:y|ies))(?:'s|s')?\s{1,2}(?:external\s{1,2}|financial\s{1,2})?(?:auditors?|controllers?)|\b(?:financial|corporate)\s{1,2}controllers?|\bcontroller's\s{1,2}office|\bCFO\b|\bchief\s{1,2}financial\s{1,2}officer|\b(?:accounting|finance)\s{1,2}(?:team|department|function)|\byear[\s-]end\s{1,2}close|\bpayroll|\bbilling\s{1,2}(?:services?|platform|system|processing|provider)|\bpayments?\s{1,2}process(?:ing|or)|\bprocess(?:es|ing)?\s{1,2}(?:customer\s{1,2})?payments|\bloan\s{1,2}servic|\bclaims\s{1,2}(?:processing|administration|adjudication)|\bfund\s{1,2}administrat|\bgeneral\s{1,2}ledger|\brevenue\s{1,2}recognition|\brapports?\s{1,2}financiers|\bétats\s{1,2}financiers|\binformaci[oó]n\s{1,2}financiera|\bestados\s{1,2}financieros|\bdemonstra[cç][oõ]es\s{1,2}(?:financeiras|cont[aá]beis)|\brelat[oó]rios\s{1,2}financeiros|\brelato\s{1,2}financeiro|\bbalan[cç]os\s{1,2}financeiros|Finanzberichterstattung|Jahresabschl[uü]ss|\bfinanciële\s{1,2}verslaggeving|\bjaarrekening|\bbilancio|\binformativa\s{1,2}finanziaria|\bcontrôles?\s{1,2}financiers|Finanzkontroll|\bcontroles\s{1,2}financ(?:ieros|eiros)|\bfinanciële\s{1,2}(?:controles|beheersing)|\bcontrolli\s{1,2}finanziari|財務報告|財務諸表|財務統制|内部統制`,
      ),
    ],
    why: 'Financial reporting is what a SOC 1 report is for.',
  },
  {
    id: 'general-use-report',
    kind: 'report',
    keywords: ['general'],
    reports: ['soc3'],
    patterns: [
      re(
        String.raw`\bgeneral[\s-]{1,2}use\s{1,2}(?:public\s{1,2})?(?:reports?|summary|summaries|version)`,
      ),
    ],
    why: 'The general-use public summary of a SOC 2 examination is the SOC 3 report.',
    reason: 'rulesWhyGeneralUse',
  },
  {
    id: 'isae-3000',
    kind: 'standard',
    keywords: ['isae'],
    reports: ['soc2'],
    patterns: [re(String.raw`\bISAE[\s-]{0,2}(?:no\.?\s{0,2})?3000\b`)],
    why: 'ISAE 3000 is the international assurance standard often used like SOC 2 for security and privacy controls.',
    reason: 'rulesWhyIsae3000',
  },
  {
    id: 'isae-3402',
    kind: 'standard',
    keywords: ['isae'],
    reports: ['soc1'],
    patterns: [re(String.raw`\bISAE[\s-]{0,2}(?:no\.?\s{0,2})?3402\b`)],
    why: 'ISAE 3402 is the international counterpart of SOC 1: controls relevant to customers’ financial reporting.',
    reason: 'rulesWhyIsae3402',
  },
  {
    id: 'iso-27001-certificate',
    kind: 'report',
    keywords: ['27001'],
    reports: ['iso27001'],
    patterns: [
      re(String.raw`\bISO(?:\s{0,2}[/-]\s{0,2}IEC)?[\s-]{0,2}27001(?![\d])`),
      re(String.raw`\bIEC[\s-]{0,2}27001(?![\d])`),
      re(
        String.raw`(?<![\d-])\b27001(?:\s{0,2}:\s{0,2}20\d\d)?\s{0,2}-?\s{0,2}(?:certif|cert\b|zertifi|audit|report|compliance|compliant)`,
      ),
    ],
    why: 'ISO/IEC 27001 is the certification of an information security management system.',
    reason: 'rulesWhyIso27001',
  },
  {
    id: 'iso-27001-isms-certification',
    kind: 'report',
    keywords: ['isms', 'management', '情報セキュリティ'],
    reports: ['iso27001'],
    patterns: [
      // Certified by a body, in a few words: "ISMS been certified", "ISMS durch eine akkreditierte
      // Zertifizierungsstelle zertifiziert", "ISMSは認証機関による認証".
      re(
        String.raw`\bISMS\s{1,2}(?:(?:has|have|is|was|been|currently|formally|externally|independently|already)\s{1,2}){1,3}certified|\bISMS\s{1,2}(?:[a-zäöü]{1,24}\s{1,2}){0,4}zertifiziert|ISMS[^。？?\n]{0,20}認証|情報セキュリティ\s{0,2}(?:マネジメント|管理)\s{0,2}システム[^。？?\n]{0,20}認証`,
      ),
      re(
        String.raw`\bISMS\s{0,2}-?\s{0,2}(?:certifi[a-z]{0,7}|certificaci[oó]n|certifica[cç][aã]o|certificering|certificazione|zertifi[a-z]{0,8}|認証)`,
      ),
      re(
        String.raw`\binformation\s{1,2}security\s{1,2}management\s{1,2}system\s{0,2}(?:\(ISMS\)\s{0,2})?(?:certification|certificate|certified)`,
      ),
      re(
        String.raw`\b(?:certification|certificate)\s{1,2}(?:of|for)\s{1,2}(?:your|the|an|its)\s{1,2}(?:ISMS|information\s{1,2}security\s{1,2}management\s{1,2}system)`,
      ),
    ],
    why: 'A certified information security management system (ISMS) means ISO/IEC 27001 certification.',
    reason: 'rulesWhyIsms',
  },
  {
    id: 'iso-27001-personal-credential',
    kind: 'veto-sentence',
    keywords: ['lead', 'internal', 'foundation', 'practitioner'],
    reports: ['iso27001'],
    patterns: [
      re(
        String.raw`\b(?:lead\s{1,2}(?:auditor|implementer)|internal\s{1,2}auditor\s{1,2}(?:course|training|certificat)|foundation\s{1,2}(?:course|certificat)|practitioner\s{1,2}certificat)`,
      ),
    ],
    why: 'An ISO/IEC 27001 Lead Auditor or Lead Implementer is a person’s credential, not the company’s certification.',
  },
  {
    id: 'iso-27001-statement-of-applicability',
    kind: 'report',
    keywords: ['applicab', 'aplicab', 'anwendbarkeit', 'toepasselijkheid', '適用宣言書'],
    reports: ['iso27001'],
    patterns: [
      re(String.raw`\bstatements?\s{1,2}of\s{1,2}applicability`),
      re(String.raw`\bdéclarations?\s{1,2}d'applicabilité`),
      re(String.raw`erklärung\s{1,2}zur\s{1,2}anwendbarkeit`),
      re(
        String.raw`\bdeclaraci[oó]n\s{1,2}de\s{1,2}aplicabilidad|\bdeclara[cç][aã]o\s{1,2}de\s{1,2}aplicabilidade`,
      ),
      re(String.raw`\bverklaring\s{1,2}van\s{1,2}toepasselijkheid`),
      re(String.raw`\bdichiarazione\s{1,2}di\s{1,2}applicabilit`),
      re(String.raw`適用宣言書`),
    ],
    why: 'The Statement of Applicability is a required part of an ISO/IEC 27001 certification.',
    reason: 'rulesWhyStatementOfApplicability',
  },
  {
    id: 'it-general-controls-assurance',
    kind: 'unnumbered',
    keywords: ['general', 'itgc'],
    patterns: [re(String.raw`\bIT\s{1,2}general\s{1,2}controls?(?:\s{0,2}\(ITGCs?\))?|\bITGCs?\b`)],
    // Evidence or a report about them, not a question about the controls themselves.
    requires: [
      re(
        String.raw`\b(?:evidence|assurance|attestation|(?:independent|audit|auditor's|assurance|attestation|third[\s-]party)\s{1,2}reports?|reports?\s{1,2}(?:on|over|covering))\b`,
      ),
    ],
    why: 'Evidence that IT general controls (ITGCs) work is what a customer’s SOX auditors take from a SOC 1 report.',
    reason: 'rulesWhyItgc',
  },
  {
    id: 'sas-70',
    kind: 'standard',
    keywords: ['sas'],
    reports: ['soc1'],
    patterns: [re(String.raw`\bSAS[\s-]{0,2}(?:no\.?\s{0,2})?70\b`)],
    why: 'SAS 70 was the service-auditor standard replaced in 2011 by SSAE 16 and SOC 1.',
    reason: 'rulesWhySas70',
  },
  {
    id: 'service-auditor-report',
    kind: 'unnumbered',
    keywords: ['auditor'],
    patterns: [
      re(String.raw`\bservice\s{1,2}auditor(?:'s|s'|s)?\s{1,2}(?:reports?|opinion)`),
      re(
        String.raw`\breports?\s{1,2}(?:of|from|by)\s{1,2}(?:the|an|your|a)\s{1,2}(?:independent\s{1,2})?service\s{1,2}auditors?`,
      ),
      re(String.raw`\bindependent\s{1,2}service\s{1,2}auditor`),
    ],
    why: 'A service auditor’s report is a SOC report without a number.',
    reason: 'rulesWhyServiceAuditor',
  },
  {
    id: 'service-organization-controls',
    kind: 'unnumbered',
    keywords: ['organisation', 'organization'],
    patterns: [
      re(String.raw`\bservice\s{1,2}organi[sz]ation\s{1,2}controls?\b`),
      re(String.raw`\bsystem\s{1,2}(?:and|&)\s{1,2}organi[sz]ation\s{1,2}controls?\b`),
      re(`${SOC}\\s{1,2}for\\s{1,2}service\\s{1,2}organi[sz]ations`),
    ],
    why: 'Service Organization Control (SOC) reports are what “SOC” stands for; here without a number.',
    reason: 'rulesWhyServiceOrganization',
  },
  {
    id: 'soc-excluded',
    kind: 'exclusion',
    keywords: [
      'no',
      'rather',
      'instead',
      'other',
      'exclud',
      'nicht',
      'statt',
      'pas',
      'lieu',
      'não',
      'vez',
      'lugar',
      'niet',
      'plaats',
      'invece',
      'ではなく',
      'でなく',
      '以外',
    ],
    patterns: [
      re(
        String.raw`(?:\bnot|\brather\s{1,2}than|\binstead\s{1,2}of|\bother\s{1,2}than|\bexcluding|\bnicht|\b(?:an)?statt|\bnon|\bpas|\bau\s{1,2}lieu\s{1,2}d[ue]|\bnão|\bem\s{1,2}vez\s{1,2}d[eo]|\ben\s{1,2}lugar\s{1,2}de|\bniet|\bin\s{1,2}plaats\s{1,2}van|\binvece\s{1,2}d[ei])\s{1,2}(?:(?:the|a|an|den|dem|einen|le|la|les|un|une|el|los|o|os|um|uma|het|de|een|il|lo|del|du|des)\s{1,2})?${SOC}[\s_-]{0,3}${NUMBER}`,
      ),
      // Spanish "no" is also the English determiner ("no SOC 2 report"): only with an article.
      re(String.raw`\bno\s{1,2}(?:el|la|los|un|una)\s{1,2}${SOC}[\s_-]{0,3}${NUMBER}`),
      re(
        String.raw`${SOC}[\s_-]{0,3}${NUMBER}\s{0,2}(?:報告書|レポート)?\s{0,2}(?:ではなく|でなく|以外)`,
      ),
    ],
    why: 'That SOC report is named only to be ruled out; the other one is asked for.',
  },
  {
    id: 'soc-numbered',
    kind: 'report',
    keywords: ['soc', 's.o', 'so.', 'organisation', 'organization'],
    reports: ['soc1', 'soc2', 'soc3'],
    reportOf: (match) => socNumber(match[1]),
    patterns: [
      re(
        `${SOC}(?:(?<=controls?\\s{0,2}\\(\\s{0,2}S\\.?O\\.?C\\.?)\\s{0,2}\\))?[\\s_-]{0,3}(?:no\\.?\\s{0,2})?${NUMBER}`,
      ),
      // "Service Organization Controls 2", "System and Organization Controls (SOC) 1".
      re(
        `\\b(?:service|system\\s{1,2}(?:and|&))\\s{1,2}organi[sz]ation\\s{1,2}controls?\\s{0,2}(?:\\(\\s{0,2}SOC\\s{0,2}\\)\\s{0,2})?[\\s_-]{0,3}${NUMBER}`,
      ),
    ],
    why: 'The phrase names the SOC report by its number.',
  },
  {
    id: 'soc-unnumbered',
    kind: 'unnumbered',
    // The nouns of the second pattern, or the first pattern's "SOC" followed by the first
    // character of a type or report word (never a digit, a space or a hyphen: "SOC 2" alone
    // cannot match).
    keywords: [
      'rapport',
      'audit',
      'attest',
      'atesta',
      'informe',
      'reporte',
      'certifica',
      'relat',
      'relaz',
    ],
    gate: gate(String.raw`${SOC}\s{0,2}-?\s{0,2}[^\s\d-]`),
    // Both patterns hang on "SOC": a noun without it ("ISO 27001 certificate") cannot match, and
    // their largest expression (1,180 characters, 7 ms to compile) then stays uncompiled.
    needs: gate(String.raw`S\.?O\.?C`),
    patterns: [
      re(
        `${SOC}\\s{0,2}-?\\s{0,2}(?:${TYPE_WORD}\\s{0,2}-?\\s{0,2}${TYPE_NUMBER}(?:\\s{0,2}-?\\s{0,2}(?:${REPORT_WORD}))?|(?:${REPORT_WORD}))`,
      ),
      // French, Spanish, Portuguese, Italian put the noun first: "rapport SOC", "informe de SOC",
      // "relatório do SOC", "documentation d'audit SOC", "auditoría de SOC".
      re(
        `\\b(?:rapports?|audits?|attestations?|informes?|reportes?|auditor[ií]as?|certificaci[oó]n|atestaci[oó]n|relat[oó]rios?|atestados?|certifica[cç][aã]o|rapport[oi]|relazion[ei]|attestazion[ei]|certificazion[ei])(?:\\s{1,2}d'audit)?\\s{1,2}(?:(?:de|do|da|di|des)\\s{1,2})?${SOC}(?![\\s-]{0,3}\\d)`,
      ),
    ],
    why: 'A SOC report without a number: SOC 2 in a security review, SOC 1 when financial reporting is in view.',
    reason: 'rulesWhySocUnnumbered',
  },
  {
    id: 'ssae-16',
    kind: 'standard',
    keywords: ['ssae', 'engagements'],
    reports: ['soc1'],
    patterns: [
      re(String.raw`\bSSAE[\s-]{0,2}(?:no\.?\s{0,2})?16\b`),
      re(
        String.raw`\bstatements?\s{1,2}on\s{1,2}standards\s{1,2}for\s{1,2}attestation\s{1,2}engagements\s{1,2}(?:\(SSAE\)\s{1,2})?(?:no\.?\s{0,2})?16\b`,
      ),
    ],
    why: 'SSAE 16 (2011-2017) was the standard for SOC 1 reports, before SSAE 18.',
    reason: 'rulesWhySsae16',
  },
  {
    id: 'ssae-18',
    kind: 'standard',
    keywords: ['ssae', 'engagements'],
    reports: [],
    patterns: [
      re(String.raw`\bSSAE[\s-]{0,2}(?:no\.?\s{0,2})?18\b`),
      re(
        String.raw`\bstatements?\s{1,2}on\s{1,2}standards\s{1,2}for\s{1,2}attestation\s{1,2}engagements\s{1,2}(?:\(SSAE\)\s{1,2})?(?:no\.?\s{0,2})?18\b`,
      ),
    ],
    why: 'Both SOC 1 and SOC 2 are issued under SSAE 18, so an “SSAE 18 report” is read like an unnumbered SOC report.',
    reason: 'rulesWhySsae18',
  },
  {
    id: 'suppliers-reports-held',
    kind: 'veto-sentence',
    keywords: SUPPLIER_KEYWORDS,
    patterns: [
      re(
        String.raw`\b(?:do|does|are|have|has|will)\s{1,2}(?:all\s{1,2})?(?:your|its|their)\s{1,2}(?:own\s{1,2})?(?:[a-z][a-z-]{1,19}\s{1,2}){0,2}(?:vendors|suppliers|sub-?processors|subcontractors|service\s{1,2}providers|third[\s-]parties|sub-?service\s{1,2}organi[sz]ations|providers|partners)\s{1,2}(?:(?:all|also|each|currently|already)\s{1,2})?(?:hold|have|maintain|possess|provide|undergo|complete|obtain|been|got|SOC|ISO|ISAE|SSAE|certified|audited)\b`,
      ),
      // Their reports by possessive: "your vendors' SOC 2 reports", "subprocessors' SOC reports",
      // "your cloud provider's ISO 27001 certificate" (holdout-412, holdout-414). A singular
      // "Vendor's SOC 2 report" without "your" is the respondent itself, so it needs the "your".
      re(
        String.raw`\b(?:vendors|suppliers|sub-?processors|subcontractors|providers|third[\s-]parties|fourth[\s-]parties|sub-?service\s{1,2}organi[sz]ations|partners)'\s{1,2}(?:(?:own|most\s{1,2}recent|latest|current|annual)\s{1,2})?(?:SOC|ISO|ISAE|SSAE|SAS|bridge|audit|attestation|assurance|certificat)`,
      ),
      re(
        String.raw`\b(?:your|its|their)\s{1,2}(?:[a-z][a-z-]{1,19}\s{1,2}){0,2}(?:vendor|supplier|sub-?processor|subcontractor|provider|third[\s-]party|fourth[\s-]party|sub-?service\s{1,2}organi[sz]ation|partner)'s\s{1,2}(?:(?:own|most\s{1,2}recent|latest|current|annual)\s{1,2})?(?:SOC|ISO|ISAE|SSAE|SAS|bridge|audit|attestation|assurance|certificat)`,
      ),
    ],
    why: 'The question asks what the vendor’s own suppliers hold, not for the vendor’s report.',
  },
  {
    id: 'suppliers-reports-process',
    kind: 'veto-sentence',
    keywords: SUPPLIER_KEYWORDS,
    patterns: [
      re(
        String.raw`\b(?:your|their|its)\s{1,2}(?:own\s{1,2})?(?:[a-z][a-z-]{1,19}\s{1,2}){0,2}(?:vendors?|suppliers?|sub-?processors?|sub-?service\s{1,2}organi[sz]ations?|subcontractors?|service\s{1,2}providers?|third[\s-]part(?:y|ies)|fourth[\s-]part(?:y|ies)|outsourc[a-z]{0,6}|providers?|contractors?|partners?)(?:'s|s')?`,
      ),
      re(
        String.raw`\bfrom\s{1,2}(?:(?:all|each|your|critical|key|its|their)\s{1,2}){0,2}(?:vendors|suppliers|sub-?processors|third[\s-]parties|service\s{1,2}providers|sub-?service\s{1,2}organi[sz]ations|subcontractors)`,
      ),
      re(
        String.raw`\b(?:vendors?|suppliers?|sub-?processors?|third[\s-]parties|fourth[\s-]parties|(?:service\s{1,2})?providers|sub-?service\s{1,2}organi[sz]ations|subcontractors)(?:\s{1,2}(?:that|who|which)(?:\s{1,2}[a-z']{1,20}){1,5}?)?\s{1,2}(?:to\s{1,2})?(?:provide|have|hold|maintain|submit|obtain|deliver)\b`,
      ),
      // The same question in the other languages we support (holdout-162, holdout-163):
      // "die SOC-2-Berichte Ihrer Unterauftragnehmer", "de vos sous-traitants", "de sus proveedores".
      re(
        String.raw`\b(?:Ihrer|Ihren|Ihre|seiner|seinen)\s{1,2}(?:[a-zäöü]{1,20}\s{1,2})?(?:Unterauftragnehmer|Lieferanten|Dienstleister|Subunternehmer|Unterauftragsverarbeiter|Auftragsverarbeiter|Zulieferer)|\b(?:vos|leurs|ses)\s{1,2}(?:propres\s{1,2})?(?:sous-traitants|fournisseurs|prestataires|sous-processeurs)|\b(?:sus|de\s{1,2}sus)\s{1,2}(?:propios\s{1,2})?(?:proveedores|subcontratistas|subencargados|encargados)|\b(?:seus|suas|dos\s{1,2}seus)\s{1,2}(?:próprios\s{1,2})?(?:fornecedores|subcontratados|suboperadores|prestadores)|\b(?:uw|hun)\s{1,2}(?:eigen\s{1,2})?(?:leveranciers|onderaannemers|subverwerkers|toeleveranciers)|\b(?:vostri|propri|suoi|loro)\s{1,2}(?:fornitori|subfornitori|sub-responsabili|subappaltatori)|再委託先`,
      ),
      re(
        String.raw`\b(?:for|of|across)\s{1,2}(?:(?:all|each|every|any|your|our|critical|key|new|its|their|the)\s{1,2}){1,3}(?:vendors|suppliers|third[\s-]parties|sub-?processors|service\s{1,2}providers|subcontractors|sub-?service\s{1,2}organi[sz]ations)\b`,
      ),
      re(
        String.raw`\b(?:assess|review|evaluat|monitor|vet|onboard|audit)[a-z]{0,4}\s{1,2}(?:(?:all|your|new|critical|key|its|their|the)\s{1,2}){0,2}(?:vendors|suppliers|third[\s-]parties|sub-?processors|service\s{1,2}providers|subcontractors|sub-?service\s{1,2}organi[sz]ations)`,
      ),
    ],
    requires: [
      re(
        String.raw`\b(?:review(?:s|ed|ing)?|obtain(?:s|ed|ing)?|collect(?:s|ed|ing)?|request(?:s|ed|ing)?|require(?:s|d)?|requiring|assess(?:es|ed|ing)?|evaluat(?:e|es|ed|ing)|monitor(?:s|ed|ing)?|analy[sz](?:e|es|ed|ing)|ensure(?:s|d)?|verif(?:y|ies|ied)|validat(?:e|es|ed|ing)|track(?:s|ed|ing)?|process(?:es)?\s{1,2}(?:for|to)|procedures?|how\s{1,2}(?:do|does|often)|oversee|oversight|flow(?:s|ed)?\s{1,2}down|pass(?:es)?\s{1,2}down|impose[sd]?)\b|(?<![a-zäöüéèêíóúáàç])(?:überprüf|prüf|vraag|verzamel|bewert|überwach|verlang|forder|einhol|exig|vérifi|évalu|contrôl|examin|obten|revo|surveill|revis|evalú|evalu|solicit|verific|supervis|requier|requer|avali|monitor|beoordeel|controleer|eist|eisen|toets|richied|esig|valut|controll|esamin|ottien)[a-zäöüéèêíóúáàç]{0,8}|確認|評価|要求|求めて`,
      ),
    ],
    unless: [
      // "Provide your SOC 2 report and a list of your subprocessors, and how you monitor them."
      re(
        String.raw`\b(?:provide|attach|upload|share|submit|send)\s{1,2}(?:us\s{1,2})?(?:(?:a|the|copy|copies|of)\s{1,2}){0,3}your\s{1,2}(?:own\s{1,2})?(?:(?:most\s{1,2}recent|latest|current)\s{1,2})?(?:SOC|ISO|ISAE|SSAE|SAS|bridge|type|report|certificat)`,
      ),
      // The vendor's own report is the object: "Our team will review your SOC 2 report and ask
      // about your subprocessors" (holdout-319).
      re(
        String.raw`\byour\s{1,2}(?:own\s{1,2})?(?:(?:most\s{1,2}recent|latest|current|last|annual)\s{1,2})?(?:SOC|ISAE|SSAE|ISO)[\s/-]{0,3}(?:IEC\s{0,2})?(?:1|2|3|II|III|I|27001|3402|3000|18|16)?[\s-]{0,3}(?:type[\s-]{0,2}(?:1|2|II|I)\s{0,2})?(?:reports?|audits?|attestations?|examinations?|certificat[a-z]{0,3})\b`,
      ),
      // The buyer speaking to the vendor, who is one of "all vendors": "We require all vendors to
      // provide a SOC 2 report", "A SOC 2 report is required from all vendors", "is acceptable for
      // new vendors" (holdout-025).
      re(
        String.raw`\b(?:we|our\s{1,2}(?:company|organi[sz]ation|firm|bank|policy|policies|procurement|standards?))\s{1,2}(?:(?:also|only|now|generally|will|do|does|must)\s{1,2}){0,2}(?:require|requires|expect|expects|ask|asks|mandate|mandates)\b|\b(?:is|are|will\s{1,2}be)\s{1,2}(?:(?:also|only|generally|now)\s{1,2})?(?:acceptable|accepted|required|mandatory|expected|requested)\s{1,2}(?:for|from|of)\s{1,2}(?:(?:all|each|every|any|new|our|the|prospective)\s{1,2}){0,2}(?:vendors|suppliers|third[\s-]parties|service\s{1,2}providers|bidders)\b`,
      ),
    ],
    why: 'The question asks how the vendor checks its own suppliers’ reports, not for the vendor’s report.',
  },
  {
    id: 'trust-services-criteria',
    kind: 'standard',
    keywords: ['trust', 'tsc'],
    reports: ['soc2'],
    patterns: [
      re(String.raw`\btrust(?:ed)?\s{0,2}services?\s{0,2}(?:criteria|principles?|categories)`),
      re(String.raw`\bTSC\s{0,2}(?:20(?:17|22))?\s{0,2}(?:criteria|categories|report)`),
    ],
    why: 'The AICPA Trust Services Criteria (security, availability, processing integrity, confidentiality, privacy) are what a SOC 2 reports on.',
    reason: 'rulesWhyTrustServices',
  },
  {
    id: 'type-abbreviated',
    kind: 'type',
    adjacentOnly: true,
    type: (match) => typeNumber(match[1]),
    patterns: [re(String.raw`\bT\s{0,1}-?(1|2|II|I)(?![a-z\d])`)],
    why: 'Right after a SOC name, “T1” / “T2” abbreviate Type 1 / Type 2.',
  },
  {
    id: 'type-named',
    kind: 'type',
    keywords: TYPE_KEYWORDS,
    type: typeOrEither,
    patterns: [
      re(
        `${TYPE_WORD}\\s{0,2}[-_]?\\s{0,2}${TYPE_NUMBER}(?:(?:\\s{0,2}/\\s{0,2}|\\s{1,2}(?:or|oder|ou|o|of)\\s{1,2})(1|2|II|I)(?![a-z\\d]))?`,
      ),
    ],
    why: 'The text names the report type.',
  },
  {
    id: 'type-report-unnumbered',
    kind: 'unnumbered',
    keywords: TYPE_KEYWORDS,
    patterns: [
      re(
        `${TYPE_WORD}\\s{0,2}-?\\s{0,2}${TYPE_NUMBER}\\s{1,3}(?:(?:SSAE\\s{0,2}-?\\s{0,2}18|attestation)\\s{1,2})?(?:reports?|audits?|attestations?|examinations?|assurance\\s{1,2}reports?|Bericht[a-z]{0,2}|Prüfbericht[a-z]{0,2}|rapport|informe|relatório)\\b`,
      ),
    ],
    why: 'A “Type 1/Type 2 report” without a name is a SOC report without a number.',
    reason: 'rulesWhyTypeReport',
  },
  {
    id: 'type1-by-meaning',
    kind: 'type',
    keywords: ['point', 'date', 'design', 'stichtag', 'momento'],
    type: 'type1',
    patterns: [
      re(
        String.raw`\bpoint[\s-]{1,2}in[\s-]{1,2}time\b|\bas\s{1,2}of\s{1,2}a\s{1,2}(?:specific|single|given|particular)\s{1,2}date|\bdesign[\s-]{1,2}only\b|\bonly\s{1,2}(?:the\s{1,2})?(?:suitability\s{1,2}of\s{1,2}(?:the\s{1,2})?)?design\b|\bsuitability\s{1,2}of\s{1,2}(?:the\s{1,2})?design(?!\s{1,2}(?:and|&)\s{1,2}operat)|\bStichtag|\bà\s{1,2}une\s{1,2}date\s{1,2}donnée|\ben\s{1,2}un\s{1,2}momento\s{1,2}(?:dado|espec[ií]fico|determinado)`,
      ),
    ],
    why: 'Design of controls at a point in time is what a Type 1 report covers.',
  },
  {
    id: 'type2-by-meaning',
    kind: 'type',
    keywords: [
      'operat',
      'period',
      'observation',
      'span',
      'month',
      'zeitraum',
      'meses',
      'monate',
      'mesi',
      'maanden',
      'mois',
      'か月',
      'ヶ月',
      'カ月',
      'efic',
      'effic',
      '運用',
    ],
    type: 'type2',
    patterns: [
      re(
        String.raw`\boperating\s{1,2}effectiveness|\boperated\s{1,2}effectively|\boperating\s{1,2}effectively|\bover\s{1,2}a\s{1,2}(?:period|span)\s{1,2}of|\bover\s{1,2}a\s{1,2}(?:review|observation|minimum)\s{1,2}period|\bcover(?:s|ing)?\s{1,2}(?:a|the)\s{1,2}(?:(?:last|past|previous|prior|preceding)\s{1,2})?(?:period\s{1,2}of\s{1,2}(?:at\s{1,2}least\s{1,2})?)?(?:\d{1,2}|three|six|nine|twelve)\s{1,2}months|\bperiod\s{1,2}of\s{1,2}(?:at\s{1,2}least\s{1,2})?(?:\d{1,2}|three|six|nine|twelve)\s{1,2}months|\b(?:last|past|previous|prior|preceding)(?<!\b(?:within|in|during|issued|dated|completed|performed|conducted|from)\s{1,2}(?:the\s{1,2})?[a-z]{4,9})\s{1,2}(?:\d{1,2}|three|six|nine|twelve)\s{1,2}months|\bcover(?:s|ing)?\s{1,2}(?:at\s{1,2}least|a\s{1,2}minimum\s{1,2}of|no\s{1,2}less\s{1,2}than)\s{1,2}(?:\d{1,2}|three|six|nine|twelve)\s{1,2}months|\bobservation\s{1,2}(?:window|period)\s{1,2}(?:of|was|is|lasted|covered|spanned)\b|\b(?:length|duration|how\s{1,2}long)\s{1,2}(?:of|was|is)\s{1,2}(?:the|your)\s{1,2}(?:[a-z0-9-]{1,12}\s{1,2})?observation\s{1,2}(?:window|period)|\b\d{1,2}[\s-]month\s{1,2}(?:observation|review|audit)\s{1,2}(?:period|window)|über\s{1,2}einen\s{1,2}Zeitraum|zeitraum\s{1,2}von\s{1,2}(?:mindestens\s{1,2})?(?:\d{1,2}|drei|sechs|neun|zwölf)\s{1,2}Monat|\bpériode\s{1,2}(?:d'observation\s{1,2})?(?:d'au\s{1,2}moins|de\s{1,2}(?:au\s{1,2}moins\s{1,2})?)\s{0,2}(?:\d{1,2}|trois|six|neuf|douze)\s{1,2}mois|\bper[ií]odo\s{1,2}(?:de\s{1,2}observa(?:ci[oó]n|[cç][aã]o)\s{1,2})?de\s{1,2}(?:(?:al|pelo)\s{1,2}menos\s{1,2}|no\s{1,2}m[ií]nimo\s{1,2})?(?:\d{1,2}|tres|tr[eê]s|seis|nueve|nove|doce|doze)\s{1,2}meses|\bperiode\s{1,2}van\s{1,2}(?:minimaal\s{1,2}|minstens\s{1,2}|ten\s{1,2}minste\s{1,2})?(?:\d{1,2}|drie|zes|negen|twaalf)\s{1,2}maanden|\bperiodo\s{1,2}(?:di\s{1,2}osservazione\s{1,2})?di\s{1,2}(?:almeno\s{1,2})?(?:\d{1,2}|tre|sei|nove|dodici)\s{1,2}mesi|(?<![a-zà-ÿ])(?:[uú]ltimos|letzten|ultimi|afgelopen)(?<!(?:\bin\s{1,2}den|\ben\s{1,2}los|\bnos|\bnegli|\bin\s{1,2}de|\bdurante\s{1,2}(?:los|os))\s{1,2}[a-zú]{5,9})\s{1,2}(?:\d{1,2}|doce|seis|zwölf|sechs|dodici|sei|twaalf|zes)\s{1,2}(?:meses|Monate[n]?|mesi|maanden)|\b(?:\d{1,2}|douze|six)\s{1,2}derniers(?<!(?:\bau\s{1,2}cours\s{1,2}des|\bdans\s{1,2}les|\bdurant\s{1,2}les|\bpendant\s{1,2}les)\s{1,2}[a-z\d]{1,5}\s{1,2}derniers)\s{1,2}mois|過去\s{0,2}\d{1,2}\s{0,2}(?:か月|ヶ月|カ月)(?!\s{0,2}以内)|\befficacité\s{1,2}opérationnelle|\beficacia\s{1,2}operativa|\befic[aá]cia\s{1,2}operacional|\befficacia\s{1,2}operativa|\boperationele\s{1,2}effectiviteit|運用状況の有効性`,
      ),
    ],
    why: 'Operating effectiveness over a period is what a Type 2 report covers.',
  },
  {
    id: 'veto-occupational-classification',
    kind: 'veto-unnumbered',
    keywords: ['occupation', 'job', 'bureau', 'o*net', 'code', 'classif', 'major'],
    patterns: [
      re(
        String.raw`\bstandard\s{1,2}occupational|\boccupation(?:al|s)?\b|\bjob\s{1,2}(?:codes?|titles?|classification)|\bbureau\s{1,2}of\s{1,2}labor|\bO\*NET\b|\bSOC\s{1,2}(?:codes?|classification|major\s{1,2}groups?)\b`,
      ),
    ],
    why: 'SOC here is the Standard Occupational Classification of jobs, not a report.',
  },
  {
    id: 'veto-security-operations-center',
    kind: 'veto-unnumbered',
    // One literal of each alternative of the pattern below or, for the "does your SOC audit …"
    // question, its fixed prefix.
    keywords: [
      'operat',
      'opération',
      'cyber',
      'sicherheits',
      'centro',
      'beveiligings',
      'セキュリティ',
      'service',
      'analy',
      'analist',
      'team',
      'manager',
      'lead',
      'engineer',
      'staff',
      'tier',
      'level',
      'l1',
      'l2',
      'l3',
      'monitor',
      'provider',
      'platform',
      'tool',
      'playbook',
      'runbook',
      'shift',
      '24',
      'daily',
      'weekly',
      'monthly',
      'round',
      'siem',
      'mdr',
      'soar',
      'threat',
      'csirt',
      'incident',
    ],
    gate: gate(
      String.raw`\b(?:does|do|did|will|can|would|should)\s{1,2}(?:your|the|our|their)\s{1,2}${SOC}`,
    ),
    patterns: [
      re(
        String.raw`\bsecurity\s{1,2}operations?\b|\boperations\s{1,2}cent(?:er|re)s?\b|\bcyber\s{0,2}defen[cs]e\s{1,2}cent(?:er|re)|\bopérations\s{1,2}de\s{1,2}sécurité|\bcentre\s{1,2}opérationnel\s{1,2}de\s{1,2}sécurité|sicherheits[a-zäöü]{0,14}zentr[a-z]{0,4}|\bcentro\s{1,2}de\s{1,2}opera(?:ciones|[cç][oõ]es)\s{1,2}de\s{1,2}seguran?[cçz]a|\bcentro\s{1,2}(?:operativo|operazioni|operativo\s{1,2}per\s{1,2}la)\s{1,2}(?:di\s{1,2})?sicurezza|\bbeveiligings(?:operatie)?centr[a-z]{0,3}|セキュリティ\s{0,2}オペレーション|${SOC}[\s-]{0,2}(?:as[\s-]{1,2}a[\s-]{1,2}service|analysts?|team|manager|lead|engineers?|staff|tiers?|level|L[123]\b|monitor|operat|service|provider|platform|tool|playbook|runbook|shift)|\b24\s{0,2}(?:x|×|/)\s{0,2}7\b|\b(?:daily|weekly|bi-?weekly|monthly|shift)\s{1,2}${SOC}\s{0,2}reports?|\b(?:does|do|did|will|can|would|should|how\s{1,2}often\s{1,2}does)\s{1,2}(?:your|the|our|their)\s{1,2}${SOC}\s{1,2}(?:audit|report)s?\s{1,2}(?!(?:cover|include|address|contain|list|show|reflect|mention|describe|state|identify|have|has|note|indicate|test|scope|exclude|carve|span|extend|apply|come|expire|meet|satisfy|match|need|require|use|rely|run|period|opinion|date|and|or|for|of|in|on|to|that|which|with)[a-z]{0,4}\b)|\bround[\s-]the[\s-]clock|\bSIEM\b|\bMDR\b|\bSOAR\b|\bthreat\s{1,2}(?:hunting|detection|intelligence)|\bCSIRT\b|\bincident\s{1,2}response\s{1,2}team|\banalysts?\b|\banalystes?\b|\banalistas?\b|\bAnalysten\b`,
      ),
    ],
    why: 'SOC here is a Security Operations Center, not a report.',
  },
  {
    id: 'veto-system-on-chip',
    kind: 'veto-unnumbered',
    keywords: ['chip', 'silicon', 'semicond', 'microcontroller', 'fpga', 'socs'],
    patterns: [
      re(
        String.raw`\bsystems?[\s-]{1,2}on[\s-]{1,2}(?:a[\s-]{1,2})?chips?\b|\bchips?(?:sets?)?\b|\bsilicon\b|\bsemiconductors?\b|\bmicrocontrollers?\b|\bFPGAs?\b|\bSoCs\b`,
      ),
    ],
    why: 'SOC here is a System on Chip, not a report.',
  },
];
