import { describe, expect, test } from 'vitest';
import { KNOWLEDGE_EN, LANGUAGES, pickScenario } from '../../lib/rules';
import { knowledgeIn } from '../../lib/rules/knowledge-languages';
import { shapeOf, textsOf } from '../i18n/knowledge-texts';

const OTHERS = LANGUAGES.filter((language) => language !== 'en');

/**
 * The numbers a sentence states, ordered: years, periods, section and report numbers. A Japanese
 * month ("5月") is a name in the other languages ("May"), so it does not count.
 */
function numbersIn(text: string): string[] {
  return (text.replace(/\d+月/g, '').match(/\d+/g) ?? []).sort();
}

describe('the cheat-sheet in every language', () => {
  test('English is what knowledgeIn gives for English', async () => {
    expect(await knowledgeIn('en')).toBe(KNOWLEDGE_EN);
  });

  test.each(OTHERS)('%s has the same rows, topics, names, questions and options', async (lang) => {
    expect(shapeOf(await knowledgeIn(lang))).toEqual(shapeOf(KNOWLEDGE_EN));
  });

  test.each(OTHERS)('%s states the same numbers, sentence by sentence', async (lang) => {
    const english = textsOf(KNOWLEDGE_EN);
    const theirs = textsOf(await knowledgeIn(lang));
    expect(theirs).toHaveLength(english.length);
    const differing = english
      .map((text, i) => ({ english: text, theirs: theirs[i] ?? '' }))
      .filter((pair) => numbersIn(pair.english).join() !== numbersIn(pair.theirs).join());
    expect(differing).toEqual([]);
  });

  test.each(OTHERS)('%s has no empty text', async (lang) => {
    expect(textsOf(await knowledgeIn(lang)).filter((text) => text.trim() === '')).toEqual([]);
  });

  test.each(OTHERS)(
    '%s is worded in its own language: no sentence of four words or more left in English',
    async (lang) => {
      const english = textsOf(KNOWLEDGE_EN);
      const theirs = textsOf(await knowledgeIn(lang));
      const untranslated = english.filter(
        (text, i) => text.split(/\s+/).length >= 4 && theirs[i] === text,
      );
      expect(untranslated).toEqual([]);
    },
  );

  test.each(OTHERS)('the scenario picker decides the same in %s, in its words', async (lang) => {
    const { scenario } = await knowledgeIn(lang);
    const answers = { financialReporting: 'yes', asker: 'security', dealsStalled: 'yes' } as const;
    const english = pickScenario(answers);
    const theirs = pickScenario(answers, scenario);
    expect(theirs.recommendation).toBe(english.recommendation);
    expect(theirs.headline).toBe(scenario.headlines.both);
    expect(theirs.reasons).toEqual([
      scenario.reasons['security-waits-on-soc2'],
      scenario.reasons['auditors-will-ask-soc1'],
      scenario.reasons['one-firm-one-window'],
    ]);
    expect(theirs.typeAdvice).toBe(scenario.typeAdvice.yes);
  });
});
