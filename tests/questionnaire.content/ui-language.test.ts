/**
 * The card's own words follow the language chosen on the options page: the content script asks
 * the background for the table (a message the background accepts), keeps it per language, and
 * stays in the browser's language whenever the table cannot be had or the choice is corrupt.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  createUiLanguageFollower,
  requestUiMessages,
  UI_MESSAGES_TIMEOUT_MS,
  type SendMessage,
} from '../../entrypoints/questionnaire.content/ui-language';
import { t, uiLanguage } from '../../lib/i18n';
import { parseBackgroundMessage } from '../../lib/messages';
import type { Language } from '../../lib/rules';
import { uiLanguageItem } from '../../lib/settings';
import { readTable } from '../../scripts/locales';

/** Answers as the background does, from the locale files, and records what was asked. */
function background(): { send: SendMessage; asked: unknown[] } {
  const asked: unknown[] = [];
  const send: SendMessage = async (message) => {
    asked.push(message);
    const parsed = parseBackgroundMessage(message);
    if (parsed?.type !== 'which-soc/ui-messages') throw new Error('not answered');
    return { language: parsed.language, messages: readTable(parsed.language) };
  };
  return { send, asked };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

afterEach(() => {
  vi.useRealTimers();
});

describe('requestUiMessages', () => {
  test('sends a message the background accepts, and returns the checked table', async () => {
    const { send, asked } = background();
    expect(await requestUiMessages(send, 'ja')).toEqual(readTable('ja'));
    expect(asked).toEqual([{ type: 'which-soc/ui-messages', language: 'ja' }]);
    expect(parseBackgroundMessage(asked[0])).toEqual(asked[0]);
  });

  test.each([
    ['a malformed table', { language: 'de', messages: { cardClose: 1 } }],
    ['another language’s table', { language: 'fr', messages: readTable('fr') }],
    ['no answer at all', undefined],
  ])('rejects %s', async (_name, response) => {
    await expect(requestUiMessages(async () => response, 'de')).rejects.toThrow(
      'No valid messages for de.',
    );
  });

  test('rejects when sending fails or throws (extension reloaded)', async () => {
    await expect(
      requestUiMessages(() => Promise.reject(new Error('gone')), 'de'),
    ).rejects.toThrow();
    await expect(
      requestUiMessages(() => {
        throw new Error('Extension context invalidated.');
      }, 'de'),
    ).rejects.toThrow();
  });

  test('gives up after the timeout when the background never answers', async () => {
    vi.useFakeTimers();
    const pending = requestUiMessages(() => new Promise(() => undefined), 'de');
    const outcome = expect(pending).rejects.toThrow('No answer from the background.');
    await vi.advanceTimersByTimeAsync(UI_MESSAGES_TIMEOUT_MS);
    await outcome;
  });
});

describe('createUiLanguageFollower', () => {
  test('speaks the stored choice, not the browser’s English', async () => {
    await uiLanguageItem.setValue('de');
    const { send } = background();
    expect(await createUiLanguageFollower({ send })()).toBe('de');
    expect(uiLanguage()).toBe('de');
    expect(t('cardClose')).toBe(readTable('de').cardClose);
  });

  test('asks for a language once, and follows a new choice at the next call', async () => {
    const { send, asked } = background();
    const follow = createUiLanguageFollower({ send });
    await uiLanguageItem.setValue('de');
    await follow();
    await follow();
    expect(asked).toHaveLength(1);
    await uiLanguageItem.setValue('fr');
    expect(await follow()).toBe('fr');
    expect(t('cardTextPj')).toBe(readTable('fr').cardTextPj);
    await uiLanguageItem.setValue('browser');
    expect(await follow()).toBe('en');
    expect(t('cardTextPj')).toBe(readTable('en').cardTextPj);
    // Back to German: the table kept from before, no new request.
    await uiLanguageItem.setValue('de');
    expect(await follow()).toBe('de');
    expect(asked.map((m) => (m as { language: Language }).language)).toEqual(['de', 'fr']);
  });

  test.each([['klingon'], [42], [{ language: 'de' }]])(
    'keeps the browser’s language for a corrupt choice (%j), asking nothing',
    async (corrupt) => {
      await uiLanguageItem.setValue(corrupt);
      const { send, asked } = background();
      expect(await createUiLanguageFollower({ send })()).toBe('en');
      expect(t('cardClose')).toBe('Close');
      expect(asked).toEqual([]);
    },
  );

  test('keeps the browser’s language when the table cannot be had, and asks again later', async () => {
    await uiLanguageItem.setValue('de');
    let answer: unknown = { language: 'de', messages: { cardClose: ['not text'] } };
    const send: SendMessage = async () => answer;
    const follow = createUiLanguageFollower({ send });
    expect(await follow()).toBe('en');
    expect(t('cardClose')).toBe('Close');
    answer = { language: 'de', messages: readTable('de') };
    expect(await follow()).toBe('de');
    expect(t('cardClose')).toBe('Schließen');
  });

  test('keeps the browser’s language when the setting cannot be read', async () => {
    const { send, asked } = background();
    const follow = createUiLanguageFollower({
      send,
      readChoice: () => Promise.reject(new Error('storage gone')),
    });
    expect(await follow()).toBe('en');
    expect(asked).toEqual([]);
  });
});
