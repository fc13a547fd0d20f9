/**
 * `which-soc/answer`: the in-page card asks the background for the answer in the question's
 * language (the answer tables of every language live in the background, not in the content
 * script). The background answers with the stored profile merged with the policy and the
 * answer-language setting, only to our own extension.
 */
import { beforeEach, describe, expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { resetBadgeStateForTests } from '../../lib/background/badge';
import { parseAnswerResponse } from '../../lib/messages';
import { emptyProfile, type Profile, type Reading } from '../../lib/rules';
import { answerLanguageItem } from '../../lib/settings';
import { saveProfile } from '../../lib/storage';
import { installExtensionFakes } from './fakes';

const OWN_ID = 'test-extension-id';
const GERMAN = 'Bitte stellen Sie Ihren aktuellen SOC 2 Typ 2 Bericht zur Verfügung.';
const SOC2_TYPE2: Reading = {
  report: 'soc2',
  type: 'type2',
  reasons: [{ key: 'rulesWhyNames', subs: ['SOC 2', 'SOC 2'] }],
};

beforeEach(() => {
  fakeBrowser.reset();
  resetBadgeStateForTests();
  installExtensionFakes();
  background.main();
});

const contentSender = () => ({
  id: OWN_ID,
  url: 'https://acme.my.onetrust.com/q',
  tab: { id: 4 },
  frameId: 0,
});

/** Asks as the content script does; `from` replaces the sender (so `undefined` can be passed). */
async function ask(message: unknown, ...from: [unknown?]): Promise<unknown> {
  const sender = from.length > 0 ? from[0] : contentSender();
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(
    message,
    sender as never,
    () => undefined,
  );
  return answer;
}

const question = (text: string, reading: Reading = SOC2_TYPE2) => ({
  type: 'which-soc/answer',
  question: text,
  reading,
});

function acme(): Profile {
  const profile = emptyProfile();
  profile.company = 'Acme Payroll GmbH';
  profile.soc2 = {
    ...profile.soc2,
    held: true,
    type: 'type2',
    periodStart: '2025-01-01',
    periodEnd: '2025-12-31',
    auditor: 'Prüfwerk AG',
  };
  return profile;
}

describe('the answer in the question’s language', () => {
  test('answers a German question in German, with the English answer beside it', async () => {
    expect(await saveProfile(acme())).toEqual({ ok: true });
    const response = parseAnswerResponse(await ask(question(GERMAN)));
    expect(response?.language).toBe('de');
    // The profile's facts, in German: the company, and the period's end as German writes dates.
    expect(response?.answer.text).toContain('Acme Payroll GmbH');
    expect(response?.answer.text).toContain('31. Dezember 2025');
    expect(response?.english?.text).toContain('Acme Payroll GmbH');
    expect(response?.english?.text).not.toBe(response?.answer.text);
    expect(response?.english?.text).toMatch(/\bDecember 31, 2025\b|\b31 December 2025\b/);
  });

  test('answers an English question in English, without a second answer', async () => {
    const response = parseAnswerResponse(
      await ask(question('Please provide your current SOC 2 Type 2 report.')),
    );
    expect(response?.language).toBe('en');
    expect(response?.english).toBeUndefined();
    expect(response?.answer.text.length).toBeGreaterThan(0);
  });

  test('answers in the fixed answer language when the user chose one', async () => {
    await answerLanguageItem.setValue('fr');
    const response = parseAnswerResponse(await ask(question(GERMAN)));
    expect(response?.language).toBe('fr');
    expect(response?.english).toBeDefined();
  });

  test('a corrupt answer-language setting means the question’s language', async () => {
    await answerLanguageItem.setValue('klingon');
    const response = parseAnswerResponse(await ask(question(GERMAN)));
    expect(response?.language).toBe('de');
  });

  test('takes the policy’s company over the user’s own', async () => {
    await saveProfile(acme());
    await fakeBrowser.storage.managed.set({ profile: { company: 'Policy Co' } });
    const response = parseAnswerResponse(await ask(question(GERMAN)));
    expect(response?.answer.text).toContain('Policy Co');
    expect(response?.answer.text).not.toContain('Acme Payroll GmbH');
  });
});

describe('who gets an answer', () => {
  test('another extension gets none', async () => {
    expect(await ask(question(GERMAN), { ...contentSender(), id: 'other-extension' })).toBe(
      undefined,
    );
  });

  test('no sender gets none', async () => {
    expect(await ask(question(GERMAN), undefined)).toBeUndefined();
  });

  test.each([
    ['a question that is not text', { type: 'which-soc/answer', question: 7, reading: SOC2_TYPE2 }],
    ['no reading', { type: 'which-soc/answer', question: GERMAN }],
    ['an unknown report', question(GERMAN, { ...SOC2_TYPE2, report: 'soc9' as never })],
    ['a question over 10,000 characters', question('a'.repeat(10_001))],
  ])('a malformed request gets none: %s', async (_name, message) => {
    expect(await ask(message)).toBeUndefined();
  });
});
