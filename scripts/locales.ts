/**
 * Reads `locales/<language>/<area>.json` from disk and merges them into each language's
 * `messages.json`: used by the build (wxt.config.ts writes `_locales`) and by the tests.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  AREAS,
  mergeAreas,
  parseMessages,
  toTable,
  type Area,
  type Messages,
  type MessageTable,
} from '../lib/i18n/catalogue';
import { LANGUAGES, type Language } from '../lib/rules';

// From the working directory, the repository's root for every npm script, the build and the
// tests: in the tests' browser-like environments `import.meta.url` is not a file URL.
const ROOT = join(process.cwd(), 'locales');

/** One area file of one language, parsed; throws with the file's name when it is malformed. */
export function readArea(language: Language, area: Area): Messages {
  const file = join(ROOT, language, `${area}.json`);
  const { messages, problems } = parseMessages(JSON.parse(readFileSync(file, 'utf8')));
  if (problems.length > 0) throw new Error(`${file}: ${problems.join('; ')}`);
  return messages;
}

/** A language's whole `messages.json`. */
export function readMessages(language: Language): Messages {
  return mergeAreas(Object.fromEntries(AREAS.map((area) => [area, readArea(language, area)])));
}

/** A language's table, as `t` uses it. */
export function readTable(language: Language): MessageTable {
  return toTable(readMessages(language));
}

/** Every language's `messages.json`, as the build writes them. */
export function localeFiles(): { relativeDest: string; contents: string }[] {
  return LANGUAGES.map((language) => ({
    relativeDest: `_locales/${language}/messages.json`,
    contents: `${JSON.stringify(readMessages(language), null, 2)}\n`,
  }));
}
