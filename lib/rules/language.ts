/**
 * Which language a question is written in, from its own text: the page's `lang` attribute is
 * often wrong or missing on questionnaire portals (one English shell around questions pasted in
 * German or French), so we read the words. Cheap and deterministic: Japanese by its script, the
 * others by counting common function words (articles, pronouns, auxiliaries) that a question in
 * that language can hardly avoid. Anything we cannot tell is English, the language the rest of
 * the extension speaks.
 */

/** The languages answers are written in. */
export type Language = 'en' | 'de' | 'fr' | 'es' | 'pt' | 'nl' | 'it' | 'ja';

/** Every answer language, English first (the fallback). */
export const LANGUAGES: readonly Language[] = ['en', 'de', 'fr', 'es', 'pt', 'nl', 'it', 'ja'];

/** Each language's name in itself, for a switch the user reads ("Deutsch", "Français"). */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  es: 'Español',
  pt: 'Português',
  nl: 'Nederlands',
  it: 'Italiano',
  ja: '日本語',
};

/** Is `value` one of our answer languages? */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * Function words per language. Words two languages share ("de", "la", "que") count for both;
 * the words only one language uses decide. Lists kept short: a longer list mostly adds words
 * that also occur in English questions (names of products, loanwords).
 */
const STOP_WORDS: Record<Exclude<Language, 'ja'>, string> = {
  en: 'a the and of to is are do does you your have has with for that this an or please provide any which what how been will',
  de: 'der die das und ist sind sie ihr ihre ihren haben hat mit für von werden wird nicht ein eine einen einer oder zu den dem des auf bei bitte wie welche über liegt vor wir unser unsere auch aus nach',
  fr: 'le la les de en et est sont vous votre vos avez des du pour avec une un dans sur par au aux qui que ou pas fournir disposez nous notre êtes été ces cette',
  es: 'el de la los las y es son usted su sus tiene tienen con para por una un del en que o se cuenta proporcione ha han sido este esta cuál cómo',
  pt: 'o a de os as e é são você seu sua seus tem com para por uma um do da dos das em no na que ou não possui foi este esta qual como forneça',
  nl: 'de het een en is zijn u uw heeft hebt met voor van worden wordt niet of op bij dat die er aan te ook welke hoe wij onze naar',
  it: 'il di lo la gli le e è sono voi vostro vostra ha avete con per una un del della dei delle in che o non nel nella alla sul fornire è stato questo questa quale come',
};

/** Letters only one or two of the languages use: a tie-breaker worth one word each. */
const LETTERS: readonly [RegExp, Exclude<Language, 'ja'>][] = [
  [/[äöüß]/g, 'de'],
  [/[éèêëàâîôûœç]/g, 'fr'],
  [/[ñ¿¡]/g, 'es'],
  [/[ãõ]/g, 'pt'],
  [/ij/g, 'nl'],
  [/[òù]/g, 'it'],
];

/**
 * The word lists as sets, made on the first call: module-level code that calls functions would
 * stay in every bundle that imports the rules (the bundler cannot tell it is pure), including the
 * content script that never detects a language.
 */
let wordSets: Record<Exclude<Language, 'ja'>, ReadonlySet<string>> | undefined;

function words(): Record<Exclude<Language, 'ja'>, ReadonlySet<string>> {
  wordSets ??= Object.fromEntries(
    Object.entries(STOP_WORDS).map(([language, list]) => [language, new Set(list.split(' '))]),
  ) as unknown as Record<Exclude<Language, 'ja'>, ReadonlySet<string>>;
  return wordSets;
}

/** Hiragana, katakana and the CJK ideographs Japanese writes with. */
const KANA = /[\u3040-\u30ff]/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/g;

/** Past this many characters the rest of the text changes no verdict; bounds the work. */
const MAX_CHARS = 2000;

/**
 * The language `text` is written in, or English when it cannot tell.
 *
 * @example detectLanguage('Verfügen Sie über einen SOC 2 Typ 2 Bericht?') // 'de'
 * @example detectLanguage('SOC2 Type2報告書を提出してください。') // 'ja'
 * @example detectLanguage('SOC 2') // 'en'
 */
export function detectLanguage(text: string): Language {
  const sample = String(text ?? '')
    .slice(0, MAX_CHARS)
    .toLowerCase();
  // Kana is Japanese only; ideographs alone could be Chinese, so they count only beside kana.
  if (KANA.test(sample) && (sample.match(JAPANESE)?.length ?? 0) >= 2) return 'ja';
  const scores: Record<Exclude<Language, 'ja'>, number> = {
    en: 0,
    de: 0,
    fr: 0,
    es: 0,
    pt: 0,
    nl: 0,
    it: 0,
  };
  const sets = words();
  for (const word of sample.split(/[^\p{L}]+/u)) {
    if (!word) continue;
    for (const language of Object.keys(scores) as (keyof typeof scores)[]) {
      if (sets[language].has(word)) scores[language] += 1;
    }
  }
  for (const [pattern, language] of LETTERS) {
    scores[language] += sample.match(pattern)?.length ?? 0;
  }
  let best: Language = 'en';
  let top = scores.en;
  for (const language of Object.keys(scores) as (keyof typeof scores)[]) {
    // Strictly more than English (and than any earlier language): a tie stays English.
    if (scores[language] > top) {
      best = language;
      top = scores[language];
    }
  }
  return best;
}
