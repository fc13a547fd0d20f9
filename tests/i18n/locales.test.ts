/**
 * The locale files are complete and consistent: every language has every English message and no
 * other, with the same placeholders; every message is used somewhere in the sources; names are
 * valid for the browsers; no message is empty.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AREAS, expandPlaceholders, substitute } from '../../lib/i18n/catalogue';
import { LANGUAGES } from '../../lib/rules';
import { readArea, readMessages } from '../../scripts/locales';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every source file the extension is built from that may name a message. */
function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sources(path, out);
    else if (/\.(ts|tsx)$/.test(name)) out.push(path);
  }
  return out;
}

const english = readMessages('en');

/** The `$1`… a message takes once its placeholders are expanded. */
function substitutions(message: string): string[] {
  return [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();
}

describe('every language', () => {
  test.each(LANGUAGES.filter((l) => l !== 'en'))(
    '%s has exactly the English messages, area by area, with the same substitutions',
    (language) => {
      for (const area of AREAS) {
        const theirs = readArea(language, area);
        const ours = readArea('en', area);
        expect(Object.keys(theirs).sort(), `${language}/${area}`).toEqual(Object.keys(ours).sort());
        for (const [name, entry] of Object.entries(ours)) {
          const translated = theirs[name]!;
          expect(substitutions(expandPlaceholders(translated)), `${language} ${name}`).toEqual(
            substitutions(expandPlaceholders(entry)),
          );
        }
      }
    },
  );

  test.each(LANGUAGES)('%s has no empty message and merges without clashes', (language) => {
    const messages = readMessages(language);
    for (const [name, entry] of Object.entries(messages)) {
      expect(entry.message.trim().length, `${language} ${name}`).toBeGreaterThan(0);
    }
  });
});

describe('the English messages', () => {
  const code = [
    ...sources(join(ROOT, 'components')),
    ...sources(join(ROOT, 'entrypoints')),
    ...sources(join(ROOT, 'lib')),
    readFileSync(join(ROOT, 'wxt.config.ts'), 'utf8'),
  ]
    .map((file) => (file.includes('\n') ? file : readFileSync(file, 'utf8')))
    .join('\n');

  test('are each used by the code, by their literal name', () => {
    // A counted message (`x_one`, `x_other`) is used through `tn('x', n)`.
    const unused = Object.keys(english).filter((name) => {
      const base = name.replace(/_(one|other)$/, '');
      return !code.includes(`'${base}'`) && !code.includes(`__MSG_${name}__`);
    });
    expect(unused).toEqual([]);
  });

  test('come in pairs when counted', () => {
    for (const name of Object.keys(english)) {
      const plural = /^(.*)_(one|other)$/.exec(name);
      if (!plural) continue;
      expect(english[`${plural[1]}_one`], name).toBeDefined();
      expect(english[`${plural[1]}_other`], name).toBeDefined();
    }
  });
});

describe('substitution', () => {
  test('fills named placeholders as the browsers do', () => {
    const entry = {
      message: 'Found $COUNT$ in $where$ ($$5)',
      placeholders: { count: { content: '$1' }, where: { content: '$2' } },
    };
    expect(substitute(expandPlaceholders(entry), ['3', 'Sheet1'])).toBe('Found 3 in Sheet1 ($5)');
  });
});
