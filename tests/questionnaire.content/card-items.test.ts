/**
 * The card's answers: the background's answer in the question's language where it came, the
 * card's own English answer (with the profile) where it did not.
 */
import { describe, expect, test } from 'vitest';
import { cardItems } from '../../entrypoints/questionnaire.content/card-ui';
import { answerFor, emptyProfile, type Reading } from '../../lib/rules';

const SOC2: Reading = {
  report: 'soc2',
  type: 'type2',
  reasons: [{ key: 'rulesWhyNames', subs: ['SOC 2', 'SOC 2'] }],
};
const ISO: Reading = { report: 'iso27001', type: null, reasons: [] };
const GERMAN = {
  language: 'de' as const,
  answer: { text: 'Ja. Unser Bericht liegt bei.', advice: [] },
  english: { text: 'Yes. Our report is attached.', advice: [] },
};

describe('cardItems', () => {
  test('takes the background’s answer, with the English one and its language', () => {
    expect(cardItems([SOC2], [GERMAN], undefined)).toEqual([
      { ...SOC2, answer: GERMAN.answer, english: GERMAN.english, language: 'de' },
    ]);
  });

  test('answers in English itself, with the profile, where the background gave nothing', () => {
    const profile = { ...emptyProfile(), company: 'Acme Payroll GmbH' };
    const [german, english] = cardItems([SOC2, ISO], [GERMAN, null], profile);
    expect(german?.language).toBe('de');
    expect(english).toEqual({ ...ISO, answer: answerFor(ISO, profile) });
    expect(english?.english).toBeUndefined();
    expect(english?.answer.text).toContain('Acme Payroll GmbH');
  });

  test('keeps only the reading’s fields of a request', () => {
    const request = { ...SOC2, start: 4, end: 9 };
    expect(Object.keys(cardItems([request], [null], undefined)[0] ?? {}).sort()).toEqual([
      'answer',
      'reasons',
      'report',
      'type',
    ]);
  });
});
