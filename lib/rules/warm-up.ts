/**
 * Paying the first-use cost of `analyze` ahead of time. V8 compiles each regular expression
 * lazily on its first use (to bytecode, then to machine code on its second), per string encoding;
 * on a cold page those compilations made the first `analyze` call one long task of 80–160 ms.
 * `warmUpSteps` runs every expression the engine has, `warmUpFor(text)` only those `text` needs,
 * each as small steps a caller spreads over idle time. Running them never changes a result.
 */
import { explain, MENTION_KINDS, REPEATED_SOC, TRAILING_MARK } from './analyze';
import { firstMatch, gateOpen, KEYWORD_SCAN, opensByKeyword } from './gates';
import { HINT_ALL, HINT_TEST } from './hints';
import { BREAKERS, normalize } from './normalize';
import { isTyped } from './reports';
import { PHRASE_HEAD, PHRASE_TAIL, RULES, SOC_LIST_CONTINUATION, type Rule } from './requests';

/** Every regular expression `analyze` may run, each once: what `warmUpSteps` exercises. */
function allExpressions(): RegExp[] {
  const all: RegExp[] = [HINT_TEST, HINT_ALL, BREAKERS, REPEATED_SOC, TRAILING_MARK];
  all.push(PHRASE_TAIL, PHRASE_HEAD, SOC_LIST_CONTINUATION);
  all.push(KEYWORD_SCAN);
  for (const rule of RULES) {
    if (rule.gate) all.push(rule.gate);
    if (rule.needs) all.push(rule.needs);
    all.push(...rule.patterns, ...(rule.requires ?? []), ...(rule.unless ?? []));
  }
  return [...new Set(all)];
}

/**
 * Texts for the warm-up. V8 compiles a regular expression separately for one-byte (Latin-1) and
 * two-byte subject strings, so there is one of each; the two-byte one holds what real pages hold
 * (curly quotes, NBSP, Japanese) so `normalize` takes its slow path too. Each is over 1,000
 * characters: on a subject that long V8 compiles straight to machine code instead of first to
 * bytecode and again on the second use, which halves the warm-up's work.
 */
const WARM_TEXTS = [
  'Please attach your most recent SOC 2 Type II report, or a bridge letter. ',
  'Please attach your SOC\u00A02 Type\u00A0II report \u2019ISO/IEC 27001\u2019 ブリッジ レター. ',
].map((text) => text.repeat(Math.ceil(1001 / text.length)));

/** Requests that walk the engine's branches, for the last warm-up steps (JIT of the JS code). */
const WARM_REQUESTS = [
  'Please attach your most recent SOC 2 Type II report covering the last 12 months.',
  'Do you have a current SOC report? If yes, attach it.',
  'Provide a copy of your ISO/IEC 27001 certificate and a bridge letter.',
  'Upload your SOC\u00A01 Type 2 report covering controls relevant to financial reporting.',
  'Veuillez fournir votre rapport SOC 2 de type II \u2019 et la lettre de pont.',
];

/** Rounds of sample requests at the end of the warm-up. */
const WARM_ROUNDS = 8;

/** Runs `pattern` once over `text` without disturbing its `lastIndex`. */
function exercise(pattern: RegExp, text: string): void {
  const saved = pattern.lastIndex;
  pattern.lastIndex = 0;
  pattern.exec(text);
  pattern.lastIndex = saved;
}

/**
 * Small steps that, run in order, pay the first-use cost of `analyze` ahead of time: V8 compiles
 * each regular expression lazily on its first use (to bytecode, then to machine code on its
 * second), per string encoding, and on a cold page those compilations made the first `analyze`
 * call one long task of 80–160 ms. Each step runs one expression once over a sample
 * text (or, at the end, one short `analyze` call, so the engine's own code gets compiled), so
 * the content script can spread the steps over idle callbacks and stop whenever its deadline is
 * near: the one-byte (most common) compilations come first. Running them never changes a result.
 *
 * @example
 * const steps = warmUpSteps()[Symbol.iterator]();
 * requestIdleCallback(function slice(deadline) {
 *   while (deadline.timeRemaining() > 5) if (steps.next().done) return;
 *   requestIdleCallback(slice);
 * });
 */
export function* warmUpSteps(): Generator<() => void, void, undefined> {
  yield opensByKeyword;
  const expressions = allExpressions();
  // One run per expression and string encoding compiles it to machine code (long subjects).
  for (const text of WARM_TEXTS) {
    for (const pattern of expressions) yield () => exercise(pattern, text);
  }
  for (const text of WARM_TEXTS) yield () => normalize(text);
  // The engine's own JavaScript is compiled (and optimised) by how often it runs: a few rounds
  // over the sample requests, one call per step, each well under a millisecond once warm.
  for (let round = 0; round < WARM_ROUNDS; round++) {
    for (const text of WARM_REQUESTS) {
      yield () => {
        explain(text, { context: 'Section 1: Assurance | Vendor assessment' });
      };
    }
  }
}

/**
 * Subject length from which V8 compiles a regular expression straight to machine code on its
 * first run (V8's `JSRegExp::kTierUpForSubjectLengthValue`, 1,000), plus one.
 */
const LONG_SUBJECT = 1001;

/** Expressions a `warmUpFor` step has run already (in this realm). */
const warmed = new WeakSet<RegExp>();

/**
 * Steps that pay, ahead of `analyze(text)`, the first-use cost of the expressions it may run on
 * `text` and no earlier step ran: the engine's own, and those of each rule whose keywords or gate
 * `text` opens. Each step runs one expression once over `text` repeated past 1,000 characters:
 * on a subject that long V8 compiles the expression straight to machine code, skipping the
 * bytecode it compiles first (and throws away on the second run) on a short one. Measured in a
 * fresh Node process on the benchmark's request blocks: 20 ms for two runs of the largest
 * expression over a block, 7.5 ms for one run over the long sample. A caller can
 * spread the compilations over its slices instead of paying them all inside the first `analyze`
 * (measured in Chromium on a loaded machine: 10-60 ms for the first call of a page). Unlike
 * `warmUpSteps`, a page pays only for the rules its text opens: a page without a request
 * never gets here. Running the steps never changes a result.
 *
 * @example for (const step of warmUpFor(runText)) { step(); await maybeYield(); }
 */
export function* warmUpFor(text: string): Generator<() => void, void, undefined> {
  const sample = normalize(text.slice(0, 2000)).text;
  // Repeating keeps the sample's string encoding (one- or two-byte), which V8 compiles for.
  const long = sample.length > 0 ? sample.repeat(Math.ceil(LONG_SUBJECT / sample.length)) : '';
  const run = (pattern: RegExp) => () => {
    warmed.add(pattern);
    exercise(pattern, long);
  };
  for (const pattern of [HINT_ALL, BREAKERS, REPEATED_SOC, TRAILING_MARK, KEYWORD_SCAN]) {
    if (!warmed.has(pattern)) yield run(pattern);
  }
  for (const pattern of [PHRASE_TAIL, PHRASE_HEAD, SOC_LIST_CONTINUATION]) {
    if (!warmed.has(pattern)) yield run(pattern);
  }
  // What `readSentence` runs on every sentence with a hint: sentence vetoes and mention rules.
  const open = RULES.filter((rule) => gateOpen(rule, sample));
  const expressionsOf = (rule: Rule): RegExp[] => [
    ...rule.patterns,
    ...(rule.requires ?? []),
    ...(rule.unless ?? []),
  ];
  const mentionRules = open.filter((rule) => MENTION_KINDS.has(rule.kind));
  for (const rule of mentionRules) {
    for (const pattern of expressionsOf(rule)) if (!warmed.has(pattern)) yield run(pattern);
  }
  // The rest runs only after a mention: type rules beside a SOC mention, the other-SOC vetoes and
  // financial cues for an unnumbered one. Compiling them for a text without such a mention was
  // wasted (on the benchmark's page: 5 of 27 ms). The mention rules ran on `long` just above, so
  // trying them here is cheap; the test is per text, not per sentence: a superset.
  let soc = false;
  let unnumbered = false;
  let named = false;
  for (const rule of mentionRules) {
    const match = firstMatch(rule, sample);
    if (!match) continue;
    const report = rule.reportOf ? rule.reportOf(match) : undefined;
    const isUnnumbered = rule.kind === 'unnumbered' || rule.reports?.length === 0;
    const isNamed = report ? isTyped(report) : rule.reports?.some(isTyped) === true;
    unnumbered ||= isUnnumbered;
    named ||= isNamed;
    soc ||= isUnnumbered || isNamed;
  }
  for (const rule of open) {
    const needed =
      (rule.kind === 'type' && soc) ||
      (rule.kind === 'veto-unnumbered' && unnumbered) ||
      (rule.kind === 'exclusion' && named) ||
      // A SOC number named in the text decides an unnumbered request before the cues are read.
      (rule.kind === 'cue-financial' && unnumbered && !named);
    if (!needed) continue;
    for (const pattern of expressionsOf(rule)) if (!warmed.has(pattern)) yield run(pattern);
  }
}
