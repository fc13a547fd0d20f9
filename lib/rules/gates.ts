/**
 * Which rules can fire on a text, decided cheaply before their patterns run: each rule's
 * keywords (one scan for all rules), its gate and its `needs` (./requests, `Rule`); then running
 * a rule's patterns once (`firstMatch`) or over every match (`eachMatch`).
 */
import { RULES, type Rule } from './requests';

/** Does `pattern` match `text`? From the start, whatever its `lastIndex`, which it leaves at 0. */
function matches(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}

/** Does every pattern match `text`? (No patterns: yes.) */
export function matchesAll(patterns: readonly RegExp[] | undefined, text: string): boolean {
  return !patterns || patterns.every((pattern) => matches(pattern, text));
}

/** Does any pattern match `text`? (No patterns: no.) */
export function matchesAny(patterns: readonly RegExp[] | undefined, text: string): boolean {
  return !!patterns && patterns.some((pattern) => matches(pattern, text));
}

/**
 * The keywords of every rule (./requests, `Rule.keywords`) in one expression, longest first: at
 * a position where several match, the one found is the longest, and every other is a prefix of
 * it. So one scan (restarted one character after each find) tells which rules' keywords a text
 * holds, instead of one expression per rule (speed).
 */
const KEYWORDS = [...new Set(RULES.flatMap((rule) => rule.keywords ?? []))].sort(
  (a, b) => b.length - a.length || (a < b ? -1 : 1),
);
const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
export const KEYWORD_SCAN = new RegExp(KEYWORDS.map(escapeRegExp).join('|'), 'gi');
/** Rule index by position in RULES. */
const RULE_INDEX = new Map<Rule, number>(RULES.map((rule, i) => [rule, i]));

/**
 * For a keyword found (lower case): the rules opened by it or by any keyword it starts with.
 * Built on first use, so loading the module stays cheap.
 */
let opens: Map<string, number[]> | undefined;

export function opensByKeyword(): Map<string, number[]> {
  if (opens) return opens;
  const own = new Map<string, number[]>();
  RULES.forEach((rule, i) => {
    for (const keyword of rule.keywords ?? []) own.set(keyword, [...(own.get(keyword) ?? []), i]);
  });
  // Keywords are lower case (tests/rules/gates.test.ts), so a prefix is a plain string prefix.
  opens = new Map();
  for (const found of KEYWORDS) {
    const rules = new Set<number>();
    for (let length = 1; length <= found.length; length++) {
      for (const i of own.get(found.slice(0, length)) ?? []) rules.add(i);
    }
    opens.set(found, [...rules]);
  }
  return opens;
}

/** The last text scanned for keywords and the rules it opens (1 = open), by RULES index. */
let scannedText: string | undefined;
let scannedOpen = new Uint8Array(RULES.length);

/** Marks the rules whose keywords `text` holds. */
function scanKeywords(text: string): Uint8Array {
  if (text === scannedText) return scannedOpen;
  const open = new Uint8Array(RULES.length);
  const opensFor = opensByKeyword();
  KEYWORD_SCAN.lastIndex = 0;
  let found: RegExpExecArray | null;
  while ((found = KEYWORD_SCAN.exec(text)) !== null) {
    const rules = opensFor.get(found[0].toLowerCase());
    // An unexpected case mapping: open everything rather than risk a miss.
    if (rules) for (const i of rules) open[i] = 1;
    else open.fill(1);
    KEYWORD_SCAN.lastIndex = found.index + 1;
  }
  KEYWORD_SCAN.lastIndex = 0;
  scannedText = text;
  scannedOpen = open;
  return open;
}

/**
 * Can `rule` fire on `text` at all? Its keywords and gate, and its `needs`, are a cheap necessary
 * condition (./requests); rules without any are always tried.
 */
export function gateOpen(rule: Rule, text: string): boolean {
  if (rule.needs && !rule.needs.test(text)) return false;
  if (!rule.keywords && !rule.gate) return true;
  if (rule.keywords && scanKeywords(text)[RULE_INDEX.get(rule) ?? -1] === 1) return true;
  return rule.gate !== undefined && rule.gate.test(text);
}

/** First match of any of the rule's patterns, or null. */
export function firstMatch(rule: Rule, text: string): RegExpExecArray | null {
  if (!gateOpen(rule, text)) return null;
  for (const pattern of rule.patterns) {
    pattern.lastIndex = 0;
    const match = pattern.exec(text);
    pattern.lastIndex = 0;
    if (match) return match;
  }
  return null;
}

/** Calls `visit` for every match of every pattern of `rule` in `text`. */
export function eachMatch(rule: Rule, text: string, visit: (match: RegExpExecArray) => void): void {
  if (!gateOpen(rule, text)) return;
  for (const pattern of rule.patterns) {
    pattern.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = pattern.exec(text)) !== null) {
      if (match[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      visit(match);
    }
    pattern.lastIndex = 0;
  }
}
