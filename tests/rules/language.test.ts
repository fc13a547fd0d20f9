/**
 * Language detection on real questionnaire questions: every labelled item of the dev corpus
 * (whose `lang` field says the language it is written in) is a case, and the holdout set, which
 * the word lists were not tuned on, must stay above the accuracy we measured on it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { detectLanguage, isLanguage, LANGUAGES, type Language } from '../../lib/rules/language';

interface Item {
  id: string;
  text: string;
  lang?: string;
}

function load(path: string): Item[] {
  return readFileSync(new URL(path, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as Item);
}

const dev = load('../fixtures/corpus/dev.jsonl');
const holdout = load('../fixtures/holdout.jsonl');

describe('detectLanguage on the dev corpus', () => {
  test('the corpus labels every item with one of our languages, several besides English', () => {
    expect(dev.length).toBeGreaterThan(300);
    for (const item of dev) expect(isLanguage(item.lang), item.id).toBe(true);
    const seen = new Set(dev.map((item) => item.lang));
    for (const language of ['en', 'de', 'fr', 'es', 'pt', 'nl', 'ja']) {
      expect(seen.has(language), language).toBe(true);
    }
  });

  test.each(dev.map((item) => [item.id, item.lang, item] as const))(
    '%s is %s',
    (_id, lang, item) => {
      expect(detectLanguage(item.text)).toBe(lang);
    },
  );
});

describe('detectLanguage on the holdout set (not tuned on)', () => {
  test('at least 96% of the items, and at least 85% of the non-English ones', () => {
    const right = holdout.filter((item) => detectLanguage(item.text) === (item.lang ?? 'en'));
    const foreign = holdout.filter((item) => item.lang && item.lang !== 'en');
    const foreignRight = foreign.filter((item) => detectLanguage(item.text) === item.lang);
    expect(holdout.length).toBeGreaterThan(300);
    expect(foreign.length).toBeGreaterThan(30);
    expect(right.length / holdout.length).toBeGreaterThanOrEqual(0.96);
    expect(foreignRight.length / foreign.length).toBeGreaterThanOrEqual(0.85);
  });
});

describe('detectLanguage, hand-written cases', () => {
  const cases: [string, Language][] = [
    // Italian: the corpus has no Italian question yet.
    ['Disponete di un report SOC 2 di Tipo 2 in corso di validità?', 'it'],
    ['Si prega di allegare il certificato ISO 27001 della vostra azienda.', 'it'],
    ['Verfügen Sie über einen aktuellen SOC 2 Typ 2 Bericht?', 'de'],
    ['Disposez-vous d’un rapport SOC 2 de type 2 ?', 'fr'],
    ['¿Cuenta con un informe SOC 2 Tipo 2 vigente?', 'es'],
    ['A empresa possui relatório SOC 2 Tipo 2?', 'pt'],
    ['Beschikt u over een SOC 2 Type 2-rapport?', 'nl'],
    ['SOC2 Type2報告書を提出してください。', 'ja'],
    // Chinese has no kana: not Japanese, and nothing else either.
    ['请提供贵公司的SOC 2报告', 'en'],
    ['SOC 2', 'en'],
    ['', 'en'],
    ['Do you have a SOC 2 Type 2 report?', 'en'],
  ];
  test.each(cases)('%s -> %s', (text, language) => {
    expect(detectLanguage(text)).toBe(language);
  });

  test('is total: any string gives one of our languages', () => {
    for (const text of ['\u0000', '¿¡', 'ß'.repeat(5000), '1234', 'ij ij', 'の']) {
      expect(LANGUAGES).toContain(detectLanguage(text));
    }
  });
});
