/**
 * Typography the locale tests cannot see: French puts a no-break space (U+00A0) before : ; ? !
 * and inside « », so a colon never starts a line; Japanese uses one spelling of ブラウザー, one
 * word for a report (報告書, as the answers and the cheat-sheet say), full-width ？ ： （ ）
 * after Japanese text, and no space between Japanese and a Latin word ("SOC 2報告書").
 */
import { describe, expect, test } from 'vitest';
import { readMessages } from '../../scripts/locales';

/** What is wrong with a French text's punctuation, one line per fault. */
function frenchProblems(text: string): string[] {
  const problems: string[] = [];
  // A plain space lets the line break before the sign; a narrow one would differ from the rest.
  for (const match of text.matchAll(/[ \u202f][:;?!»]|«[ \u202f]/g)) {
    problems.push(`plain space in "${match[0]}"`);
  }
  // The product's name keeps its own question mark, and a URL its colon.
  // The product's name, addresses and cell references ("$1!$2", Sheet!B4) keep their own signs.
  const withoutName = text
    .replaceAll('Which SOC?', '')
    .replaceAll(/\w+:\/\/\S+/g, '')
    .replaceAll(/\$\d!\$\d/g, '');
  for (const match of withoutName.matchAll(/[^\s\u00a0][:;?!»]|«[^\s\u00a0]/g)) {
    problems.push(`no space in "${match[0]}"`);
  }
  if (/\p{L}'\p{L}/u.test(text)) problems.push('straight apostrophe');
  return problems;
}

const JAPANESE = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}ー、。「」（）]`;
const HALF_WIDTH_AFTER_JAPANESE = new RegExp(`${JAPANESE}\\s*[?:()]|[()]\\s*${JAPANESE}`, 'u');
const SPACE_BETWEEN_SCRIPTS = new RegExp(`${JAPANESE} [A-Za-z]|[A-Za-z] ${JAPANESE}`, 'u');

/** What is wrong with a Japanese text, one line per fault. */
function japaneseProblems(text: string): string[] {
  const problems: string[] = [];
  if (/ブラウザ(?!ー)/.test(text)) problems.push('ブラウザ without ー');
  if (text.includes('レポート')) problems.push('レポート instead of 報告書');
  if (HALF_WIDTH_AFTER_JAPANESE.test(text)) problems.push('half-width ? : ( ) by Japanese text');
  // The product's name is written apart, as a name: "このページで Which SOC? を開く".
  if (SPACE_BETWEEN_SCRIPTS.test(text.replaceAll(/ ?Which SOC\? ?/g, '_'))) {
    problems.push('space between Japanese and a Latin word');
  }
  return problems;
}

/** Every message of a language that has problems, as `name: problem`. */
function faults(language: 'fr' | 'ja', check: (text: string) => string[]): string[] {
  return Object.entries(readMessages(language)).flatMap(([name, { message }]) =>
    check(message).map((problem) => `${name}: ${problem}`),
  );
}

describe('French typography', () => {
  test('the rule finds plain spaces, missing spaces and straight apostrophes', () => {
    expect(frenchProblems('Question :')).toEqual(['plain space in " :"']);
    expect(frenchProblems('Un doute\u202f?')).toEqual(['plain space in "\u202f?"']);
    expect(frenchProblems('« $1 »')).toHaveLength(2);
    expect(frenchProblems('Joindre:')).toEqual(['no space in "e:"']);
    expect(frenchProblems("l'accès")).toEqual(['straight apostrophe']);
    expect(
      frenchProblems('Ouvrez Which SOC? : «\u00a0$1\u00a0» l’accès\u00a0; oui\u00a0!'),
    ).toEqual(['plain space in " :"']);
  });

  test('no French message has a plain space before : ; ? ! or inside « »', () => {
    expect(faults('fr', frenchProblems)).toEqual([]);
  });
});

describe('Japanese consistency', () => {
  test('the rule finds each fault', () => {
    expect(japaneseProblems('ブラウザの言語')).toEqual(['ブラウザ without ー']);
    expect(japaneseProblems('SOCレポート')).toEqual(['レポート instead of 報告書']);
    expect(japaneseProblems('質問票がスプレッドシート?')).toHaveLength(1);
    expect(japaneseProblems('ページの質問: $1')).toHaveLength(1);
    expect(japaneseProblems('承認済み (セルは保持)')).toHaveLength(1);
    expect(japaneseProblems('PJ に SMS')).toEqual(['space between Japanese and a Latin word']);
    expect(japaneseProblems('このページで Which SOC? を開く。ブラウザーでSOC 2報告書')).toEqual([]);
  });

  test('no Japanese message mixes spellings, says レポート or uses half-width ? : ( )', () => {
    expect(faults('ja', japaneseProblems)).toEqual([]);
  });
});

describe.each(['fr', 'ja'] as const)('%s titles', (language) => {
  test('one dash between the product name and what follows', () => {
    const dashes = Object.values(readMessages(language)).flatMap(
      ({ message }) => /^Which SOC\? ([–—-]) /.exec(message)?.[1] ?? [],
    );
    // At least the menu item, the card's label and the options title, all with the same dash.
    expect(dashes.length).toBeGreaterThanOrEqual(3);
    expect(new Set(dashes)).toEqual(new Set(['–']));
  });
});

describe('French terms', () => {
  test('a bridge letter is a lettre de transition, as in the answers and the cheat-sheet', () => {
    const messages = Object.values(readMessages('fr')).map(({ message }) => message);
    expect(messages.some((message) => message.includes('lettre de transition'))).toBe(true);
    // The other names it has gone by; "lettre de la direction" is a letter, not a name.
    const others = messages.filter((message) =>
      /lettres? de (couverture|liaison|pont|passerelle|confort)/i.test(message),
    );
    expect(others).toEqual([]);
  });
});
