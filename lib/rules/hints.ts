/**
 * The places a request can hang on, as one regular expression: the first pass of `analyze`, the
 * content script's fast path (text without a hint cannot hold a request) and the benchmark's
 * lower bound.
 */
import { BREAKERS, normalize } from './normalize';

/**
 * Source of one case-insensitive regular expression matching every phrase a request can hang on.
 * A superset: where it finds nothing, `analyze` returns `[]`. Used for the content script's fast
 * path, for mark.js, and as the benchmark's lower bound.
 */
export const HINT_SOURCE = [
  String.raw`\bs\.?o\.?c(?![a-z])`,
  String.raw`ssae`,
  String.raw`isae`,
  String.raw`\bsas\W{0,3}(?:no\W{0,3})?70`,
  String.raw`27001`,
  String.raw`bridg|gap\W{0,2}letter|coverage\W{0,2}letter|puente|ponte|carta\W{1,3}(?:de\W{1,3})?liga[cç]|\bpont\b|couverture|passerelle|brückenbrief|überbrück|brugbrief|overbrugg|collegamento|ブリッジ|ギャップ|브리지|桥接|橋接`,
  String.raw`trust\w{0,2}\W{0,2}services?|\btsc\b`,
  String.raw`organi[sz]ation\W{1,2}controls?|service\W{1,2}auditor`,
  String.raw`\bat\W{0,2}c\b|\bat\W{0,3}(?:section\W{0,3}|sec\W{0,3})?101\b`,
  String.raw`applicab|anwendbarkeit|aplicabilidad|toepasselijkheid|適用宣言`,
  String.raw`\bisms\b|information\W{1,2}security\W{1,2}management\W{1,2}system|情報セキュリティ\W{0,2}(?:マネジメント|管理)\W{0,2}システム`,
  String.raw`\bitgcs?\b|\bit\W{1,2}general\W{1,2}controls?`,
  String.raw`\b(?:type|typ|tipo|tpye)\W{0,3}(?:1|2|ii?|one|two)\W{1,4}(?:ssae|attest|report|audit|exam|assurance|bericht|prüf|rapport|informe|relat)`,
  String.raw`attestation\W{1,2}(?:reports?|engagements)|controls?\W{1,2}attestation`,
  String.raw`general\W{1,2}use`,
  String.raw`aucun\W{1,2}changement|keine\W{1,2}wesentlichen\W{1,2}änderung|nichts\W{1,2}wesentliches|ning[uú]n\W{1,2}cambio|nenhuma\W{1,2}(?:mudan|altera)|geen\W{1,2}(?:wezenlijke|materiële|significante)\W{1,2}wijziging|nessun\W{1,2}cambiamento`,
  String.raw`nothing\W{1,2}(?:material|significant)|(?:material|significant)\W{1,2}(?:changes?|modifications?)|unchanged|remain\W{1,2}in\W{1,2}place|not\W{1,2}(?:materially\W{1,2}|significantly\W{1,2})?changed`,
].join('|');

export const HINT_TEST = new RegExp(HINT_SOURCE, 'i');
export const HINT_ALL = new RegExp(HINT_SOURCE, 'gi');

/**
 * Cheap pre-check: `false` means `analyze(text)` surely returns `[]`. One regular-expression pass
 * (two when the text hides invisible characters inside words).
 */
export function mightRequest(text: string): boolean {
  try {
    if (typeof text !== 'string' || text.length === 0) return false;
    if (HINT_TEST.test(text)) return true;
    return BREAKERS.test(text) && HINT_TEST.test(normalize(text).text);
  } catch {
    return true;
  }
}
