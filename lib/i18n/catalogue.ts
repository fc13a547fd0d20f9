/**
 * The extension's own words (not the answers, which live in lib/rules): one JSON file per area and
 * language under `locales/<language>/<area>.json`, in the browsers' `messages.json` format, merged
 * at build time into `_locales/<language>/messages.json` (see wxt.config.ts). Areas keep each
 * screen's words together, so a translator sees one screen at a time and two people adding words
 * to two screens never edit the same file.
 *
 * Pure: no browser APIs, so the build, the tests and every entrypoint share it.
 */
import { formatDateIn, LANGUAGES, isRecord, type Language, type RuleSentence } from '../rules';

/** The areas, one file each per language. A new area is added here and in `keys.ts`. */
export const AREAS = [
  'manifest',
  'common',
  'popup',
  'cheat-sheet',
  'card',
  'options',
  'profile',
  'files',
  'background',
  'rules',
] as const;
export type Area = (typeof AREAS)[number];

/** One message as `messages.json` writes it. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}

/** A language's messages: name → entry. */
export type Messages = Record<string, MessageEntry>;

/** A language's messages ready to use: name → message with `$1`…`$9` left for substitution. */
export type MessageTable = Record<string, string>;

/** What the browsers accept as a message name. */
export const MESSAGE_NAME = /^[A-Za-z0-9_@]+$/;

/**
 * Reads a parsed `messages.json` (or one area file), keeping only well-formed entries; `problems`
 * lists what was dropped, in words. Never throws.
 */
export function parseMessages(value: unknown): { messages: Messages; problems: string[] } {
  const messages: Messages = {};
  const problems: string[] = [];
  if (!isRecord(value)) return { messages, problems: ['not a JSON object'] };
  for (const [name, entry] of Object.entries(value)) {
    if (!MESSAGE_NAME.test(name)) {
      problems.push(`${name}: not a valid message name`);
      continue;
    }
    if (!isRecord(entry) || typeof entry.message !== 'string') {
      problems.push(`${name}: has no "message" text`);
      continue;
    }
    const parsed: MessageEntry = { message: entry.message };
    if (typeof entry.description === 'string') parsed.description = entry.description;
    if (isRecord(entry.placeholders)) {
      const placeholders: MessageEntry['placeholders'] = {};
      for (const [key, placeholder] of Object.entries(entry.placeholders)) {
        if (isRecord(placeholder) && typeof placeholder.content === 'string') {
          placeholders[key] = { content: placeholder.content };
        } else problems.push(`${name}: placeholder ${key} has no "content"`);
      }
      parsed.placeholders = placeholders;
    }
    messages[name] = parsed;
  }
  return { messages, problems };
}

/**
 * Merges a language's area files into one `messages.json` object. A name defined by two areas is
 * an error: the browsers would keep one silently.
 */
export function mergeAreas(areas: Partial<Record<Area, Messages>>): Messages {
  const merged: Messages = {};
  const from: Record<string, Area> = {};
  for (const area of AREAS) {
    for (const [name, entry] of Object.entries(areas[area] ?? {})) {
      const earlier = from[name];
      if (earlier) throw new Error(`Message "${name}" is defined in both ${earlier} and ${area}.`);
      from[name] = area;
      merged[name] = entry;
    }
  }
  return merged;
}

/**
 * A message with its named placeholders (`$count$`) replaced by their content (`$1`), as the
 * browsers do before substitution. Names are case-insensitive there, so here too.
 */
export function expandPlaceholders(entry: MessageEntry): string {
  const placeholders = entry.placeholders;
  if (!placeholders) return entry.message;
  const byName = new Map(
    Object.entries(placeholders).map(([name, p]) => [name.toLowerCase(), p.content]),
  );
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    return byName.get(name.toLowerCase()) ?? whole;
  });
}

/** A language's messages as a table: placeholders expanded, descriptions dropped. */
export function toTable(messages: Messages): MessageTable {
  const table: MessageTable = {};
  for (const [name, entry] of Object.entries(messages)) table[name] = expandPlaceholders(entry);
  return table;
}

/**
 * Fills `$1`…`$9` with `subs`, and `$$` with `$`, as `i18n.getMessage` does. A missing
 * substitution becomes '' (the browsers do the same).
 */
export function substitute(message: string, subs: readonly string[]): string {
  return message.replace(/\$(\$|[1-9])/g, (_whole, which: string) =>
    which === '$' ? '$' : (subs[Number(which) - 1] ?? ''),
  );
}

/**
 * The language of the extension's own words for a browser UI language tag (`de-AT`, `pt_BR`,
 * `ja`): ours when we have it, else English.
 */
export function languageOfLocale(locale: string | undefined): Language {
  const primary = (locale ?? '').toLowerCase().split(/[-_]/)[0];
  return (LANGUAGES as readonly string[]).includes(primary ?? '') ? (primary as Language) : 'en';
}

/** What fills a rules sentence's `$1`…: its texts as they are, its days as `language` writes dates. */
export function sentenceSubs(sentence: RuleSentence, language: Language): string[] {
  return sentence.subs.map((sub) =>
    typeof sub === 'string' ? sub : formatDateIn(language, sub.day),
  );
}
