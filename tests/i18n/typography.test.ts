/**
 * Typography the locale tests cannot see: French puts a no-break space (U+00A0) before : ; ? !
 * and inside « », so a colon never starts a line.
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
  const withoutName = text.replaceAll('Which SOC?', '').replaceAll(/\w+:\/\/\S+/g, '');
  for (const match of withoutName.matchAll(/[^\s\u00a0][:;?!»]|«[^\s\u00a0]/g)) {
    problems.push(`no space in "${match[0]}"`);
  }
  if (/\p{L}'\p{L}/u.test(text)) problems.push('straight apostrophe');
  return problems;
}

/** Every message of a language that has problems, as `name: problem`. */
function faults(language: 'fr', check: (text: string) => string[]): string[] {
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
