/**
 * The user's own wording per language: the stored shape (old profiles read unchanged), its
 * validation, which text an answer in a language uses, and how an organisation's policy sets it.
 */
import { describe, expect, test } from 'vitest';
import { answerIn, answerInLanguageOf } from '../../lib/rules/answer-languages';
import { answerFor } from '../../lib/rules/answers';
import {
  managedFieldPaths,
  mergeProfiles,
  ownPartOf,
  parseManagedProfile,
} from '../../lib/rules/managed-profile';
import {
  ownWordingFor,
  withOwnWording,
  wordingLanguagesOf,
  type OwnWording,
} from '../../lib/rules/own-wording';
import {
  emptyProfile,
  parseProfile,
  parseProfileJson,
  serializeProfile,
  type Profile,
} from '../../lib/rules/profile';
import type { Reading } from '../../lib/rules/types';

const TODAY = new Date('2026-11-26T12:00:00Z');
const SOC2: Reading = { report: 'soc2', type: 'type2', reasons: [] };
const GERMAN_QUESTION =
  'Verfügen Sie über einen aktuellen SOC 2 Typ 2 Bericht? Bitte laden Sie ihn hoch.';
const FRENCH_QUESTION = 'Disposez-vous d’un rapport SOC 2 de type 2 ? Veuillez le joindre.';

function profileWith(wording: OwnWording): Profile {
  return {
    ...emptyProfile(),
    company: 'Northwind Labs',
    soc2: {
      held: true,
      type: 'type2',
      periodStart: '2025-07-01',
      periodEnd: '2026-06-30',
      nextReportDate: '2027-01-15',
    },
    access: { trustCenterUrl: 'https://trust.northwind.example' },
    wording,
  };
}

/** A stored value or export file as written before wording had languages. */
const OLD_SHAPE = {
  ...emptyProfile(),
  company: 'Acme',
  wording: { soc2: 'Yes: {company} holds a {report}.', iso27001: 'Certified.' },
};

describe('the wording shape', () => {
  test('a profile written before languages reads unchanged: its texts are English', () => {
    const result = parseProfile(structuredClone(OLD_SHAPE));
    expect(result).toEqual({ ok: true, profile: OLD_SHAPE });
    if (!result.ok) return;
    expect(ownWordingFor(result.profile.wording, 'soc2', 'en')?.text).toBe(OLD_SHAPE.wording.soc2);
    // Written back the same way, so older versions of the extension still read it.
    expect(JSON.parse(serializeProfile(result.profile))).toEqual(OLD_SHAPE);
  });

  test('an old export file (text) imports with its wording as the English text', () => {
    const file = `${JSON.stringify(OLD_SHAPE, null, 2)}\n`;
    const result = parseProfileJson(file);
    expect(result.ok && result.profile.wording).toEqual(OLD_SHAPE.wording);
  });

  test('other languages sit under their code and survive a round trip', () => {
    const wording = {
      soc2: 'English',
      de: { soc2: 'Deutsch', iso27001: 'Zertifiziert.' },
      ja: { 'bridge-letter': 'ブリッジレター' },
    };
    const result = parseProfile({ ...emptyProfile(), wording });
    expect(result.ok && result.profile.wording).toEqual(wording);
    if (!result.ok) return;
    expect(parseProfileJson(serializeProfile(result.profile))).toEqual(result);
  });

  test('a language with no text is dropped', () => {
    const result = parseProfile({ ...emptyProfile(), wording: { soc2: 'x', fr: {} } });
    expect(result.ok && result.profile.wording).toEqual({ soc2: 'x' });
  });

  test.each([
    [
      'an unknown language',
      { xx: { soc2: 'a' } },
      'wording.xx',
      /a report \(soc2, .*\) or a language \(de, fr/,
    ],
    ['English under a code', { en: { soc2: 'a' } }, 'wording.en', /directly under wording/],
    ['an unknown report in a language', { de: { soc4: 'a' } }, 'wording.de.soc4', /not a report/],
    ['a language that is not an object', { de: 'Hallo' }, 'wording.de', /object of texts/],
    ['a text that is not a text', { fr: { soc2: 3 } }, 'wording.fr.soc2', /must be a text/],
    ['a too long text', { it: { soc1: 'x'.repeat(5001) } }, 'wording.it.soc1', /too long/],
  ])('refuses %s, naming the field', (_name, wording, path, message) => {
    const result = parseProfile({ ...emptyProfile(), wording });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]?.path).toBe(path);
    expect(result.errors[0]?.message).toMatch(message);
  });

  test('withOwnWording sets, replaces and removes a text, and drops an emptied language', () => {
    let wording: OwnWording = { soc2: 'English' };
    wording = withOwnWording(wording, 'soc2', 'de', 'Deutsch');
    expect(wording).toEqual({ soc2: 'English', de: { soc2: 'Deutsch' } });
    expect(wordingLanguagesOf(wording, 'soc2')).toEqual(['de']);
    wording = withOwnWording(wording, 'soc2', 'de', '  ');
    expect(wording).toEqual({ soc2: 'English' });
    wording = withOwnWording(wording, 'soc2', 'en', '');
    expect(wording).toEqual({});
  });
});

describe('answers with own wording', () => {
  const GERMAN =
    'Ja: {company} hat einen {report} für {period}; der nächste kommt am {next}. {access}';

  test('a German question gets the German own wording, its values in German', () => {
    const profile = profileWith({ soc2: 'English: {period}', de: { soc2: GERMAN } });
    const result = answerInLanguageOf(GERMAN_QUESTION, SOC2, profile, TODAY);
    expect(result.language).toBe('de');
    expect(result.answer.text).toMatch(
      /^Ja: Northwind Labs hat einen SOC 2 Typ 2 für 1\. Juli 2025 bis 30\. Juni 2026; der nächste kommt am 15\. Januar 2027\. /,
    );
    expect(result.answer.text).toContain('https://trust.northwind.example');
    expect(result.answer.text).not.toMatch(/July|January| to /);
    // The switch shows the user's English wording, filled in English.
    expect(result.english?.text).toBe('English: 1 July 2025 to 30 June 2026');
  });

  test('a German question with only English own wording is answered in English, marked so', () => {
    const profile = profileWith({ soc2: '{company} holds a {report} for {period}.' });
    const result = answerInLanguageOf(GERMAN_QUESTION, SOC2, profile, TODAY);
    expect(result).toEqual({
      language: 'en',
      answer: answerFor(SOC2, profile, TODAY),
    });
    expect(result.answer.text).toBe(
      'Northwind Labs holds a SOC 2 Type 2 for 1 July 2025 to 30 June 2026.',
    );
  });

  test('the English fallback holds for a fixed answer language too', () => {
    const profile = profileWith({ soc2: 'Own English.' });
    const result = answerInLanguageOf('Do you have a SOC 2?', SOC2, profile, TODAY, 'fr');
    expect(result.language).toBe('en');
    expect(result.answer.text).toBe('Own English.');
  });

  test('a French question with no own wording at all gets our French answer', () => {
    const profile = profileWith({});
    const result = answerInLanguageOf(FRENCH_QUESTION, SOC2, profile, TODAY);
    expect(result.language).toBe('fr');
    expect(result.answer).toEqual(answerIn('fr', SOC2, profile, TODAY));
    expect(result.answer.text).toMatch(/^Oui\. Northwind Labs dispose d’un rapport SOC 2 type 2/);
    expect(result.answer.text).toContain('1er juillet 2025');
    expect(result.english?.text).toMatch(/^Yes\./);
  });

  test('wording in another language does not leak into French', () => {
    const profile = profileWith({ de: { soc2: 'Nur Deutsch.' } });
    const result = answerInLanguageOf(FRENCH_QUESTION, SOC2, profile, TODAY);
    expect(result.language).toBe('fr');
    expect(result.answer.text).toMatch(/^Oui\./);
    expect(result.english?.text).toMatch(/^Yes\./);
  });

  test('a blank text in a language counts as none: the English wording stands in', () => {
    const profile = profileWith({ soc2: 'Own English.', de: { soc2: '   ' } });
    expect(answerInLanguageOf(GERMAN_QUESTION, SOC2, profile, TODAY).language).toBe('en');
  });

  test('placeholders follow each language: dates, type word and "our company"', () => {
    const profile = { ...profileWith({}), company: '' };
    profile.wording = {
      fr: { soc2: '{company} : {report}, {period}.' },
      ja: { soc2: '{report}：{period}' },
    };
    expect(answerIn('fr', SOC2, profile, TODAY).text).toBe(
      'notre entreprise : SOC 2 type 2, du 1er juillet 2025 au 30 juin 2026.',
    );
    expect(answerIn('ja', SOC2, profile, TODAY).text).toContain('2025年7月1日');
  });
});

describe('wording set by policy', () => {
  const user = profileWith({
    soc2: 'User English',
    iso27001: 'User ISO',
    de: { soc2: 'User Deutsch', iso27001: 'User ISO Deutsch' },
  });

  test('accepts the per-language shape and takes a report whole, in every language', () => {
    const parsed = parseManagedProfile({ wording: { soc2: 'Policy English' } });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const merged = mergeProfiles(user, parsed.managed);
    // The user's German SOC 2 text goes: the policy's English speaks for the report everywhere.
    expect(merged.wording).toEqual({
      soc2: 'Policy English',
      iso27001: 'User ISO',
      de: { iso27001: 'User ISO Deutsch' },
    });
    expect(managedFieldPaths(parsed.managed)).toEqual(new Set(['wording.soc2']));
  });

  test('a policy with only a German text locks the report and keeps the user’s other reports', () => {
    const parsed = parseManagedProfile({ wording: { de: { soc2: 'Richtlinie' } } });
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.managed.wording).toEqual({ de: { soc2: 'Richtlinie' } });
    const merged = mergeProfiles(user, parsed.managed);
    expect(merged.wording).toEqual({
      iso27001: 'User ISO',
      de: { soc2: 'Richtlinie', iso27001: 'User ISO Deutsch' },
    });
    expect(managedFieldPaths(parsed.managed)).toEqual(new Set(['wording.soc2']));
    // Saving the merged form keeps the user's own texts under the policy's report.
    const edited = {
      ...merged,
      wording: withOwnWording(merged.wording, 'iso27001', 'fr', 'ISO FR'),
    };
    expect(ownPartOf(edited, user, parsed.managed).wording).toEqual({
      ...user.wording,
      fr: { iso27001: 'ISO FR' },
    });
  });

  test('refuses a bad language key in a policy, naming it', () => {
    const parsed = parseManagedProfile({ wording: { klingon: { soc2: 'x' } } });
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((e) => e.path)).toEqual(['wording.klingon']);
  });
});
