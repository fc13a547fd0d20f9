/**
 * `analyze(text, { context })`: every request for a SOC report, ISO/IEC 27001 certificate or
 * bridge letter in a text, which report is meant, which type, and why (docs/design.md
 * "Contracts"). The phrase rules are data in ./requests; this file is the engine that applies them:
 *
 * 1. One combined regular expression (`HINT_SOURCE`, ./hints) finds the places a request can hang
 *    on. Text without any gives `[]` after that single pass (the content script's fast path).
 * 2. Each sentence holding a hint (./sentences) is cleaned (./normalize, with an offset map) and
 *    every rule whose keywords it holds (./gates) runs over it. Sentence-level decisions: a numbered SOC makes standards in the same sentence
 *    qualifiers ("SOC 1 (SSAE 18, ISAE 3402)"); a Security Operations Center cue drops unnumbered
 *    "SOC" mentions; a question about the vendor's own suppliers drops everything.
 * 3. Type tokens attach to the nearest SOC mention; a sentence whose type tokens agree gives that
 *    type to its other SOC mentions ("SOC 1 and SOC 2 Type 2").
 * 4. Unnumbered requests resolve to a SOC number named elsewhere in the text, else SOC 1 on a
 *    financial-reporting cue in the text or context, else a SOC number named in the context, else SOC 2.
 *
 * Every quantifier in the rules is bounded and the engine is a constant number of passes per
 * sentence, so time is linear in the text; `analyze` never throws. ./warm-up pays the first-use
 * cost of the expressions ahead of time.
 *
 * Over 500 lines because the four steps above share the `Mention` records and their offsets;
 * what stands on its own (hints, sentence bounds, gates, warm-up) has its own module.
 */
import { BREAKERS, normalize, toOriginal, type Normalized } from './normalize';
import { PHRASE_HEAD, PHRASE_TAIL, RULES, SOC_LIST_CONTINUATION, type Rule } from './requests';
import { eachMatch, firstMatch, gateOpen, matchesAll, matchesAny } from './gates';
import { HINT_ALL } from './hints';
import { isTyped, reportName, TYPED_REPORTS } from './reports';
import { sentenceAround } from './sentences';
import type { AnalyzeOptions, ReportId, ReportRequest, ReportType, RuleSentence } from './types';
import { said } from './words';

/** What one rule found in one sentence. Spans index the normalised full text. */
interface Mention {
  rule: Rule;
  /** `null`: an unnumbered request (or SSAE 18), resolved after all sentences are read. */
  report: ReportId | null;
  start: number;
  end: number;
  /** The span in the cleaned sentence it was read from: widened to the whole phrase at the end. */
  local: [number, number];
  phrase: string;
  /** Types attached to this mention: bit 1 = Type 1, bit 2 = Type 2. */
  types: number;
  /** The token that gave the type, for the reason sentence. */
  typeToken?: TypeToken;
  /** The token describes the type by meaning ("operating effectiveness"), not by name. */
  typeByMeaning?: boolean;
}

const TYPE_BIT: Record<ReportType, number> = { type1: 1, type2: 2 };

interface TypeToken {
  rule: Rule;
  type: ReportType;
  start: number;
  end: number;
  phrase: string;
}

/** A request plus the ids of the rules that fired: used by the rule tests and `npm run eval`. */
export interface Explanation {
  requests: ReportRequest[];
  /** Ids of every rule that fired (mention rules only when their mention survived). */
  fired: string[];
}

const BY_KIND = (kind: Rule['kind']): Rule[] => RULES.filter((rule) => rule.kind === kind);
const REPORT_RULES = [...BY_KIND('report'), ...BY_KIND('standard'), ...BY_KIND('unnumbered')];
const TYPE_RULES = BY_KIND('type');
const VETO_SENTENCE = BY_KIND('veto-sentence');
const VETO_UNNUMBERED = BY_KIND('veto-unnumbered');
const FINANCIAL = BY_KIND('cue-financial');
const EXCLUSIONS = BY_KIND('exclusion');
const SOC_NUMBERED = RULES.find((rule) => rule.id === 'soc-numbered');

/** A repeated "SOC" at the end of a list continuation: "… and SOC 2". */
export const REPEATED_SOC = /\bS\.?O\.?C\.?\s{0,2}-?\s{0,2}(?:1|2|3|III|II)$/i;

/** Reads one sentence (already cleaned of invisible characters); returns its mentions. */
function readSentence(sentence: string, offset: number, fired: Set<string>): Mention[] {
  const local = normalize(sentence);
  const text = local.text;
  // Spans in `text` -> spans in the caller's text.
  const span = (start: number, end: number): [number, number] => {
    const [s, e] = toOriginal(local, start, end);
    return [s + offset, e + offset];
  };

  let vetoed: ReadonlySet<ReportId> | undefined;
  for (const rule of VETO_SENTENCE) {
    if (
      firstMatch(rule, text) &&
      matchesAll(rule.requires, text) &&
      !matchesAny(rule.unless, text)
    ) {
      fired.add(rule.id);
      if (!rule.reports || rule.reports.length === 0) return [];
      vetoed = new Set([...(vetoed ?? []), ...rule.reports]);
    }
  }

  let mentions: Mention[] = [];
  const add = (rule: Rule, report: ReportId | null, start: number, end: number): void => {
    const [s, e] = span(start, end);
    mentions.push({
      rule,
      report,
      start: s,
      end: e,
      local: [start, end],
      phrase: text.slice(start, end),
      types: 0,
    });
  };
  for (const rule of REPORT_RULES) {
    if (!gateOpen(rule, text)) continue;
    if (rule.requires && !matchesAll(rule.requires, text)) continue;
    eachMatch(rule, text, (match) => {
      if (rule.reportOf) {
        const report = rule.reportOf(match);
        if (report) add(rule, report, match.index, match.index + match[0].length);
        // "SOC 1, 2, and 3": more numbers of the same list.
        let at = match.index + match[0].length;
        for (let guard = 0; guard < 4; guard++) {
          SOC_LIST_CONTINUATION.lastIndex = at;
          const more = SOC_LIST_CONTINUATION.exec(text);
          if (!more) break;
          const next = rule.reportOf(more);
          const numberEnd = more.index + more[0].length;
          // The span starts at a repeated "SOC" ("SOC 1 and SOC 2"), else at the bare number.
          const named = REPEATED_SOC.exec(more[0]);
          const from = named ? more.index + named.index : numberEnd - (more[1]?.length ?? 0);
          if (next) add(rule, next, from, numberEnd);
          at = numberEnd;
        }
        const pattern = rule.patterns[0];
        if (pattern && at > pattern.lastIndex) pattern.lastIndex = at;
      } else if (rule.kind === 'unnumbered') {
        add(rule, null, match.index, match.index + match[0].length);
      } else {
        const reports = rule.reports ?? [];
        if (reports.length === 0) add(rule, null, match.index, match.index + match[0].length);
        for (const report of reports) add(rule, report, match.index, match.index + match[0].length);
      }
    });
  }
  if (vetoed) mentions = mentions.filter((m) => !m.report || !vetoed.has(m.report));
  if (mentions.length === 0) return [];

  // A numbered SOC in the sentence: standards only qualify it ("SOC 1 (SSAE18, ISAE 3402)").
  const hasNumbered = mentions.some((m) => m.rule === SOC_NUMBERED);
  if (hasNumbered) mentions = mentions.filter((m) => m.rule.kind !== 'standard');
  // Another SOC (operations center, chip, job code): unnumbered "SOC ..." is not a report.
  if (mentions.some((m) => m.rule.kind === 'unnumbered')) {
    for (const rule of VETO_UNNUMBERED) {
      if (firstMatch(rule, text)) {
        fired.add(rule.id);
        mentions = mentions.filter((m) => m.rule.kind !== 'unnumbered');
        break;
      }
    }
  }
  mentions = dropExcluded(text, mentions, fired);
  // The same text matched by two rules for the same report (e.g. "SOC 2" and a list): keep one.
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);

  attachTypes(text, mentions, span, fired);
  // Only now: type attachment measures distances from the bare name.
  for (const m of mentions) widenToPhrase(text, m, span);
  for (const m of mentions) fired.add(m.rule.id);
  return mentions;
}

/**
 * Drops a SOC report named only to be ruled out ("the full report, not the SOC 3"), when the
 * sentence still asks for another SOC report: a lone "not a SOC 2" is no request for anything else.
 * Only read when the sentence names two SOC reports, so most sentences never run these rules.
 */
function dropExcluded(text: string, mentions: Mention[], fired: Set<string>): Mention[] {
  const isSoc = (m: Mention): boolean =>
    m.report === 'soc1' || m.report === 'soc2' || m.report === 'soc3';
  const socs = new Set<ReportId | null>();
  for (const m of mentions) if (isSoc(m)) socs.add(m.report);
  if (socs.size < 2) return mentions;
  // By start, so each match looks only at the mentions inside it: linear on hostile text.
  const sorted = mentions.filter(isSoc).sort((a, b) => a.local[0] - b.local[0]);
  const excluded = new Set<Mention>();
  let by: Rule | undefined;
  for (const rule of EXCLUSIONS) {
    eachMatch(rule, text, (match) => {
      const from = match.index;
      const to = match.index + match[0].length;
      let lo = 0;
      let hi = sorted.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((sorted[mid]?.local[0] ?? 0) < from) lo = mid + 1;
        else hi = mid;
      }
      for (let i = lo; i < sorted.length; i++) {
        const m = sorted[i];
        if (!m || m.local[0] >= to) break;
        if (m.local[1] <= to) {
          excluded.add(m);
          by ??= rule;
        }
      }
    });
  }
  if (!by) return mentions;
  const kept = mentions.filter((m) => !excluded.has(m));
  // Another SOC report must remain, and none of the excluded one: else it is asked for after all.
  const keptSocs = new Set(kept.filter(isSoc).map((m) => m.report));
  if (keptSocs.size === 0 || [...excluded].some((m) => keptSocs.has(m.report))) return mentions;
  fired.add(by.id);
  return kept;
}

/**
 * Widens a SOC (or attestation-standard) mention to the whole phrase that carries the request,
 * when the words are adjacent: the type before or after it and a following report word ("Type 2
 * SOC 2", "SOC 2 Type II report", "SOC1 T2", "SOC 2-Bericht"). The highlight is what users read.
 */
function widenToPhrase(
  text: string,
  m: Mention,
  span: (start: number, end: number) => [number, number],
): void {
  if (m.rule.kind !== 'standard' && !m.rule.reportOf) return;
  // Both types offered ("SOC 2 Type I or Type II"): highlighting one of them would mislead.
  if (m.types === 3) return;
  let [start, end] = m.local;
  PHRASE_TAIL.lastIndex = end;
  const tail = PHRASE_TAIL.exec(text);
  PHRASE_TAIL.lastIndex = 0;
  if (tail && tail[0].length > 0) end += tail[0].trimEnd().length;
  const before = text.slice(Math.max(0, start - 12), start);
  const head = PHRASE_HEAD.exec(before);
  if (head) start -= head[0].length;
  if (start === m.local[0] && end === m.local[1]) return;
  [m.start, m.end] = span(start, end);
  m.local = [start, end];
}

/** Marks that belong to the name before them ("SOC 2®"): normalisation drops them. */
export const TRAILING_MARK = /^[\u00AE\u2122\u2120]/;

/**
 * The mentions around position `at` (sorted by start): the two before it and the two after it.
 * Keeps type attachment linear on texts with thousands of mentions.
 */
function nearby(sorted: readonly Mention[], at: number): [number, number] {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid]?.start ?? 0) < at) lo = mid + 1;
    else hi = mid;
  }
  return [Math.max(0, lo - 2), Math.min(sorted.length, lo + 2)];
}

/** Attaches Type 1 / Type 2 tokens of a sentence to its SOC mentions. */
function attachTypes(
  text: string,
  mentions: Mention[],
  span: (start: number, end: number) => [number, number],
  fired: Set<string>,
): void {
  const socMentions = mentions.filter((m) => m.report === null || isTyped(m.report));
  if (socMentions.length === 0) return;
  const named: TypeToken[] = [];
  const meant: TypeToken[] = [];
  for (const rule of TYPE_RULES) {
    eachMatch(rule, text, (match) => {
      const read = typeof rule.type === 'function' ? rule.type(match) : rule.type;
      if (!read) return;
      const [start, end] = span(match.index, match.index + match[0].length);
      if (rule.adjacentOnly) {
        const [from, to] = nearby(socMentions, start);
        let adjacent = false;
        for (let i = from; i < to; i++) {
          const m = socMentions[i];
          if (m && start >= m.end && start - m.end <= 3) adjacent = true;
        }
        if (!adjacent) return;
      }
      // "Type I / II" gives a token for each type: the mention then accepts either.
      for (const type of typeof read === 'string' ? [read] : read) {
        (typeof rule.type === 'function' ? named : meant).push({
          rule,
          type,
          start,
          end,
          phrase: match[0],
        });
      }
    });
  }
  if (named.length === 0 && meant.length === 0) return;

  // Each named token goes to its nearest SOC mention (ties: the one before it, "SOC 2 Type 2").
  for (const token of named) {
    let best: Mention | undefined;
    let bestDistance = Infinity;
    const [from, to] = nearby(socMentions, token.start);
    for (let i = from; i < to; i++) {
      const m = socMentions[i];
      if (!m) continue;
      const distance = token.start >= m.end ? token.start - m.end : m.start - token.end + 0.5;
      if (distance >= 0 && distance < bestDistance) {
        best = m;
        bestDistance = distance;
      }
    }
    if (best) {
      best.types |= TYPE_BIT[token.type];
      best.typeToken ??= token;
      fired.add(token.rule.id);
    }
  }
  // Mentions without their own type take the sentence's, when it is unanimous.
  const pool = named.length > 0 ? named : meant;
  const poolTypes = new Set(pool.map((token) => token.type));
  // Described, not named: design words beside period words ("suitability of design … over a
  // period of six months") describe a Type 2, which reports on both.
  const described: ReportType | undefined =
    pool === meant && poolTypes.size === 2 ? 'type2' : undefined;
  if (poolTypes.size !== 1 && !described) return;
  const [only] = described ? [described] : poolTypes;
  const first = pool.find((token) => !described || token.type === described);
  if (!only || !first) return;
  for (const m of socMentions) {
    if (m.types === 0) {
      m.types = TYPE_BIT[only];
      m.typeToken = first;
      m.typeByMeaning = pool === meant;
    }
  }
  fired.add(first.rule.id);
}

interface Resolution {
  report: ReportId;
  reason: RuleSentence;
}

const NUMBERED_IN = (text: string): Set<ReportId> => {
  const found = new Set<ReportId>();
  if (!SOC_NUMBERED?.reportOf) return found;
  const reportOf = SOC_NUMBERED.reportOf;
  eachMatch(SOC_NUMBERED, text, (match) => {
    const report = reportOf(match);
    if (report) found.add(report);
  });
  return found;
};

/** The first financial-reporting cue in `text` (its rule noted in `fired`), or undefined. */
function financialCue(text: string, fired: Set<string>): string | undefined {
  for (const rule of FINANCIAL) {
    const match = firstMatch(rule, text);
    if (match) {
      fired.add(rule.id);
      return match[0].trim();
    }
  }
  return undefined;
}

/**
 * Decides SOC 1 or SOC 2 for unnumbered requests, with the cue that decided. It reads the context
 * through `readContext`, and only when the text alone does not decide, so a caller knows whether
 * the result depended on it.
 */
function resolveUnnumbered(
  text: string,
  readContext: () => string,
  explicit: ReadonlySet<ReportId>,
  fired: Set<string>,
): Resolution | null {
  const named = TYPED_REPORTS.filter((r) => explicit.has(r));
  if (named.length === 2) return null;
  if (named.length === 1 && named[0]) {
    return { report: named[0], reason: said('rulesWhyNamedElsewhere', reportName(named[0])) };
  }
  const cue = financialCue(text, fired);
  if (cue) {
    return { report: 'soc1', reason: said('rulesWhyFinancialCue', cue) };
  }
  // From here on the answer depends on the context (an empty one included).
  const context = readContext();
  if (context) {
    const inContext = NUMBERED_IN(context);
    const socs = TYPED_REPORTS.filter((r) => inContext.has(r));
    if (socs.length === 1 && socs[0]) {
      return { report: socs[0], reason: said('rulesWhySectionAbout', reportName(socs[0])) };
    }
    const inSection = financialCue(context, fired);
    if (inSection) {
      return { report: 'soc1', reason: said('rulesWhySectionCue', inSection) };
    }
  }
  return { report: 'soc2', reason: said('rulesWhyNoFinancialCue') };
}

/**
 * Why a mention asks for `report`: the phrase and its rule's reason, or, for a numbered SOC
 * mention, that the phrase names it.
 */
function whyNamed(m: Mention, report: ReportId): RuleSentence {
  const phrase = m.phrase.trim();
  if (m.rule.id === 'soc-numbered' || !m.rule.reason) {
    return said('rulesWhyNames', phrase, reportName(report));
  }
  return said(m.rule.reason, phrase);
}

function mapToOriginal(norm: Normalized, m: Mention): [number, number] {
  return toOriginal(norm, m.start, m.end);
}

/** An explanation, plus whether the result depended on `options.context`. */
interface Run extends Explanation {
  contextUsed: boolean;
}

function run(text: string, options?: AnalyzeOptions): Run {
  const fired = new Set<string>();
  if (typeof text !== 'string' || text.length === 0) {
    return { requests: [], fired: [], contextUsed: false };
  }
  const norm: Normalized = BREAKERS.test(text) ? normalize(text) : { text, map: null };
  const body = norm.text;

  // 1. Sentences holding a hint.
  const mentions: Mention[] = [];
  HINT_ALL.lastIndex = 0;
  let doneUntil = -1;
  let hint: RegExpExecArray | null;
  while ((hint = HINT_ALL.exec(body)) !== null) {
    if (hint[0].length === 0) HINT_ALL.lastIndex++;
    if (hint.index < doneUntil) continue;
    const [start, end] = sentenceAround(body, hint.index);
    doneUntil = end;
    for (const m of readSentence(body.slice(start, end), start, fired)) mentions.push(m);
    if (HINT_ALL.lastIndex < end) HINT_ALL.lastIndex = end;
  }
  HINT_ALL.lastIndex = 0;
  if (mentions.length === 0) return { requests: [], fired: [...fired].sort(), contextUsed: false };

  // 2. Unnumbered requests: SOC 1 or SOC 2.
  const explicit = new Set<ReportId>();
  for (const m of mentions) if (m.report) explicit.add(m.report);
  let resolution: Resolution | null | undefined;
  let contextUsed = false;
  // The context only matters here: most blocks name their report, so it is cleaned lazily.
  const readContext = (): string => {
    contextUsed = true;
    return typeof options?.context === 'string'
      ? normalize(options.context.slice(0, 20_000)).text
      : '';
  };
  for (const m of mentions) {
    if (m.report !== null) continue;
    if (resolution === undefined)
      resolution = resolveUnnumbered(body, readContext, explicit, fired);
    if (resolution) m.report = resolution.report;
  }

  // 3. One request per report.
  const byReport = new Map<ReportId, { first: Mention; all: Mention[] }>();
  for (const m of mentions) {
    if (!m.report) continue;
    const entry = byReport.get(m.report);
    if (entry) entry.all.push(m);
    else byReport.set(m.report, { first: m, all: [m] });
  }
  const requests: ReportRequest[] = [];
  for (const [report, { first, all }] of byReport) {
    const [start, rawEnd] = mapToOriginal(norm, first);
    const end = TRAILING_MARK.test(text.slice(rawEnd, rawEnd + 1)) ? rawEnd + 1 : rawEnd;
    const reasons: RuleSentence[] = [];
    const resolved = all.find((m) => m.rule.kind === 'unnumbered' || m.rule.id === 'ssae-18');
    const named = all.find((m) => m.rule.kind !== 'unnumbered' && m.rule.id !== 'ssae-18');
    if (named) reasons.push(whyNamed(named, report));
    if (resolved && !named) {
      reasons.push(whyNamed(resolved, report));
      if (resolution) reasons.push(resolution.reason);
    }
    let type: ReportType | null = null;
    if (isTyped(report)) {
      let bits = 0;
      let source: Mention | undefined;
      for (const m of all) {
        bits |= m.types;
        if (!source && m.typeToken) source = m;
      }
      if (bits === 1 || bits === 2) {
        type = bits === 2 ? 'type2' : 'type1';
        // "Type 2" in the message itself, so each language writes its own type word.
        const number = type === 'type2' ? '2' : '1';
        const phrase = source?.typeToken?.phrase.trim() ?? `Type ${number}`;
        reasons.push(
          said(
            source?.typeByMeaning ? 'rulesWhyTypeDescribed' : 'rulesWhyTypeSaid',
            number,
            phrase,
          ),
        );
      } else if (bits === 3) {
        reasons.push(said('rulesWhyTypeEither'));
      } else {
        reasons.push(said('rulesWhyTypeOpen'));
      }
    }
    requests.push({ report, type, start, end, reasons });
  }
  requests.sort((a, b) => a.start - b.start || a.report.localeCompare(b.report));
  return { requests, fired: [...fired].sort(), contextUsed };
}

/**
 * Every report requested in `text`: one entry per report, with the type asked for, the span of the
 * phrase in `text` (original offsets, even when the text hides invisible characters) and the
 * reasons. `options.context` (section heading, question label, page title) only decides SOC 1
 * versus SOC 2 for unnumbered requests; it never adds a request. Never throws: on an internal
 * error it returns `[]`.
 *
 * @example analyze('Please provide your SOC 2 Type II report.')
 * // [{ report: 'soc2', type: 'type2', start: 20, end: 25, reasons: [...] }]
 */
export function analyze(text: string, options?: AnalyzeOptions): ReportRequest[] {
  try {
    return run(text, options).requests;
  } catch {
    return [];
  }
}

/**
 * `analyze`, plus whether its result depended on `options.context` at all: only unnumbered
 * requests read it. A caller may then reuse the result for the same text under any other context
 * (the content script does, for rows a page re-renders or repeats, for speed). Never throws.
 *
 * @example analyzeWithContextUse('Attach your SOC 2 report.', { context: 'Finance' })
 * // { requests: [{ report: 'soc2', ... }], contextUsed: false }
 */
export function analyzeWithContextUse(
  text: string,
  options?: AnalyzeOptions,
): { requests: ReportRequest[]; contextUsed: boolean } {
  try {
    const { requests, contextUsed } = run(text, options);
    return { requests, contextUsed };
  } catch {
    // Nothing is known about the context then: a caller must not reuse this under another one.
    return { requests: [], contextUsed: true };
  }
}

/** `analyze` plus the ids of the rules that fired (tests, `npm run eval`). Never throws. */
export function explain(text: string, options?: AnalyzeOptions): Explanation {
  try {
    const { requests, fired } = run(text, options);
    return { requests, fired };
  } catch {
    return { requests: [], fired: [] };
  }
}

/** Kinds of rule `readSentence` runs on every sentence it reads. */
export const MENTION_KINDS: ReadonlySet<Rule['kind']> = new Set<Rule['kind']>([
  'veto-sentence',
  'report',
  'standard',
  'unnumbered',
]);
