import { LANGUAGES, LANGUAGE_NAMES, type Language } from '../lib/rules';

export interface LanguageOptionsProps {
  /** The languages to offer, in order. @default every language we speak */
  languages?: readonly Language[];
}

/** One `<option>` per language, each named in its own language (and marked so for readers). */
export function LanguageOptions({ languages = LANGUAGES }: LanguageOptionsProps) {
  return (
    <>
      {languages.map((language) => (
        <option key={language} value={language} lang={language}>
          {LANGUAGE_NAMES[language]}
        </option>
      ))}
    </>
  );
}
