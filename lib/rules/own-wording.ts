/**
 * The user's own wording: per report, one text in English and optionally one in each other
 * answer language. Stored (and exported, and set by policy) as
 *
 *   wording: { soc2: 'English text', de: { soc2: 'Deutscher Text' }, fr: { … } }
 *
 * Report ids at the top are the English texts: exactly the shape from before languages, so a
 * stored profile, an export file or a policy written then reads unchanged, and an English-only
 * profile is still written the same way (older versions of the extension read it too). Other
 * languages sit under their code; report ids and language codes never collide. Not a text-or-map
 * per report: Chromium's policy schema cannot declare a value that is either (one `type` per
 * node), so such a policy could not be set at all.
 *
 * Pure: no DOM, no browser APIs (lib/rules).
 */
import { LANGUAGES, type Language } from './language';
import type { ReportId } from './types';

/** The languages own wording may be written in besides English (English sits at the top). */
export type WordingLanguage = Exclude<Language, 'en'>;

/** Every language but English, in the order of `LANGUAGES`. */
export const WORDING_LANGUAGES: readonly WordingLanguage[] = LANGUAGES.filter(
  (language): language is WordingLanguage => language !== 'en',
);

/** One text per report, in one language. */
export type ReportWording = Partial<Record<ReportId, string>>;

/**
 * The profile's own wording: English texts by report, other languages' texts under their code.
 * @example { soc2: 'Yes: {company} holds a {report}.', de: { soc2: 'Ja: {company} hat einen {report}.' } }
 */
export type OwnWording = ReportWording & Partial<Record<WordingLanguage, ReportWording>>;

/** The texts of one language (English: the top level), as stored. */
function textsIn(wording: OwnWording, language: Language): ReportWording | undefined {
  return language === 'en' ? wording : wording[language];
}

/** The text stored for `report` in `language`, exactly as written; undefined when none. */
export function ownWordingText(
  wording: OwnWording,
  report: ReportId,
  language: Language,
): string | undefined {
  return textsIn(wording, language)?.[report];
}

/**
 * `wording` with the text of `report` in `language` set to `text`; a blank text removes it, and
 * a language left with no text is removed too (so an emptied language leaves no trace).
 */
export function withOwnWording(
  wording: OwnWording,
  report: ReportId,
  language: Language,
  text: string,
): OwnWording {
  const blank = text.trim() === '';
  if (language === 'en') {
    const next: OwnWording = { ...wording };
    if (blank) delete next[report];
    else next[report] = text;
    return next;
  }
  const texts: ReportWording = { ...wording[language] };
  if (blank) delete texts[report];
  else texts[report] = text;
  const next: OwnWording = { ...wording, [language]: texts };
  if (Object.keys(texts).length === 0) delete next[language];
  return next;
}

/**
 * The own wording an answer in `language` uses for `report`: the text in that language, else
 * the English one (the user's own facts beat our generic sentences, even in another language),
 * with the language it is written in. Undefined when neither is set (blank counts as not set).
 */
export function ownWordingFor(
  wording: OwnWording,
  report: ReportId,
  language: Language,
): { language: Language; text: string } | undefined {
  for (const candidate of language === 'en' ? (['en'] as const) : [language, 'en' as const]) {
    const text = ownWordingText(wording, report, candidate)?.trim();
    if (text) return { language: candidate, text };
  }
  return undefined;
}

/** The languages other than English that have a text (even blank) for `report`. */
export function wordingLanguagesOf(wording: OwnWording, report: ReportId): WordingLanguage[] {
  return WORDING_LANGUAGES.filter((language) => wording[language]?.[report] !== undefined);
}

/** Every report that has a text (even blank) in any language. */
export function reportsIn(wording: OwnWording): ReportId[] {
  const reports = new Set<ReportId>();
  for (const language of LANGUAGES) {
    for (const key of Object.keys(textsIn(wording, language) ?? {})) {
      if (!(WORDING_LANGUAGES as readonly string[]).includes(key)) reports.add(key as ReportId);
    }
  }
  return [...reports];
}

/**
 * `target` with the texts of `reports`, in every language, replaced by those of `source`
 * (removed where `source` has none): a report's wording is one thing said in several languages,
 * so whoever sets it (the user or the organisation's policy) sets it in all of them.
 */
export function withReportsFrom(
  target: OwnWording,
  source: OwnWording,
  reports: readonly ReportId[],
): OwnWording {
  let next = target;
  for (const language of LANGUAGES) {
    for (const report of reports) {
      const text = ownWordingText(source, report, language);
      next = setExactly(next, report, language, text);
    }
  }
  return next;
}

/** Like `withOwnWording`, but keeps a blank text as given (policy values are taken as set). */
function setExactly(
  wording: OwnWording,
  report: ReportId,
  language: Language,
  text: string | undefined,
): OwnWording {
  if (text === undefined || text.trim() !== '')
    return withOwnWording(wording, report, language, text ?? '');
  if (language === 'en') return { ...wording, [report]: text };
  return { ...wording, [language]: { ...wording[language], [report]: text } };
}

/** Only the texts of `reports`, in every language. */
export function pickReports(wording: OwnWording, reports: readonly ReportId[]): OwnWording {
  return withReportsFrom({}, wording, reports);
}
