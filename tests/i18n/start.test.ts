/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browserUiLanguage, startI18n, t, tn, uiLanguage, useMessageTable } from '../../lib/i18n';
import { substitute } from '../../lib/i18n/catalogue';
import { readTable } from '../../scripts/locales';

type I18n = {
  getMessage: (name: string, subs?: string[]) => string;
  getUILanguage: () => string;
};
const i18n = fakeBrowser.i18n as unknown as I18n;

/** The browser serves `served`'s messages and reports `reported` as its UI language. */
function browserServing(served: 'en' | 'de' | 'none', reported: string): void {
  const messages = served === 'none' ? {} : readTable(served);
  i18n.getMessage = (name, subs = []) => {
    const message = messages[name];
    return message === undefined ? '' : substitute(message, subs);
  };
  i18n.getUILanguage = () => reported;
}

afterEach(() => useMessageTable(null, null));

describe('the browser language', () => {
  test('is the language of the words the browser serves, whatever it reports', () => {
    // Chromium started with --lang=de does exactly this.
    browserServing('de', 'en-US');
    expect(browserUiLanguage()).toBe('de');
    expect(t('popupTabCheatSheet')).toBe('Spickzettel');
  });

  test('falls back to the reported UI language when no message answers', () => {
    browserServing('none', 'fr-CA');
    expect(browserUiLanguage()).toBe('fr');
    browserServing('none', 'sv-SE');
    expect(browserUiLanguage()).toBe('en');
  });
});

describe('startI18n', () => {
  test("the browser's language loads nothing", async () => {
    browserServing('en', 'en-US');
    const load = vi.fn();
    expect(await startI18n('browser', load)).toBe('en');
    expect(await startI18n('en', load)).toBe('en');
    expect(load).not.toHaveBeenCalled();
    expect(document.documentElement.lang).toBe('en');
  });

  test('a chosen language loads its table, words and plurals follow it', async () => {
    browserServing('en', 'en-US');
    const load = vi.fn(async () => readTable('fr'));
    expect(await startI18n('fr', load)).toBe('fr');
    expect(load).toHaveBeenCalledWith('fr');
    expect(uiLanguage()).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
    expect(t('popupTabCheatSheet')).toBe('Aide-mémoire');
    expect(tn('popupRequests', 1)).toBe(substitute(readTable('fr').popupRequests_one!, ['1']));
    expect(tn('popupRequests', 3)).toBe(substitute(readTable('fr').popupRequests_other!, ['3']));
  });

  test('a table that fails to load leaves the browser language, with a warning', async () => {
    browserServing('en', 'en-US');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(await startI18n('ja', () => Promise.reject(new Error('missing')))).toBe('en');
    expect(t('popupTabCheatSheet')).toBe('Cheat-sheet');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
