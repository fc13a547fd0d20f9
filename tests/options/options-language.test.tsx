/** @vitest-environment happy-dom */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/options/app';
import { listAlwaysScan } from '../../lib/activation';
import { uiLanguage, useMessageTable, type TableLoader } from '../../lib/i18n';
import type { Language } from '../../lib/rules';
import {
  ANSWER_LANGUAGE_KEY,
  loadAnswerLanguageChoice,
  loadFixedAnswerLanguage,
  loadUiLanguageChoice,
  UI_LANGUAGE_KEY,
} from '../../lib/settings';
import { readTable } from '../../scripts/locales';
import { mount, unmountAll } from '../components/render';

// The activation helper talks to chrome.scripting and permissions, which the fake browser lacks.
vi.mock('../../lib/activation', () => ({
  listAlwaysScan: vi.fn(),
  removeAlwaysScan: vi.fn(),
}));

/** Reads the tables from locales/, as the packaged messages.json would give them. */
const loadFromDisk: TableLoader = async (language: Language) => readTable(language);

/** The storage keys without WXT's `local:` area prefix, as the fake browser holds them. */
const UI_KEY = UI_LANGUAGE_KEY.replace(/^local:/, '');
const ANSWER_KEY = ANSWER_LANGUAGE_KEY.replace(/^local:/, '');

beforeEach(() => {
  fakeBrowser.reset();
  vi.mocked(listAlwaysScan).mockResolvedValue([]);
});

afterEach(() => {
  unmountAll();
  useMessageTable(null, null);
});

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

async function openPage(): Promise<HTMLElement> {
  const root = mount(<App loadMessages={loadFromDisk} />);
  await vi.waitFor(() => expect(root.querySelector('#ui-language')).not.toBeNull());
  await settle();
  return root;
}

async function choose(select: HTMLSelectElement, value: string): Promise<void> {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle();
}

function select(root: HTMLElement, id: string): HTMLSelectElement {
  const element = root.querySelector<HTMLSelectElement>(`#${id}`);
  if (!element) throw new Error(`no select #${id}`);
  return element;
}

describe('language settings on the options page', () => {
  test('offers the browser language and every language, by its own name, for both choices', async () => {
    const root = await openPage();
    const ui = select(root, 'ui-language');
    expect(Array.from(ui.options).map((option) => option.textContent)).toEqual([
      "Browser's language (English)",
      'English',
      'Deutsch',
      'Français',
      'Español',
      'Português',
      'Nederlands',
      'Italiano',
      '日本語',
    ]);
    const answers = select(root, 'answer-language');
    expect(answers.options[0]?.textContent).toBe("The question's language");
    expect(Array.from(answers.options).map((option) => option.value)).toEqual([
      'question',
      'en',
      'de',
      'fr',
      'es',
      'pt',
      'nl',
      'it',
      'ja',
    ]);
    expect(root.querySelector('label[for=ui-language]')?.textContent).toBe(
      'Language of Which SOC?',
    );
    expect(root.querySelector('label[for=answer-language]')?.textContent).toBe(
      'Language of suggested answers',
    );
  });

  test('stores each choice, and shows the stored choices when opened again', async () => {
    const root = await openPage();
    await choose(select(root, 'answer-language'), 'fr');
    await choose(select(root, 'ui-language'), 'it');
    expect(await fakeBrowser.storage.local.get([UI_KEY, ANSWER_KEY])).toEqual({
      [UI_KEY]: 'it',
      [ANSWER_KEY]: 'fr',
    });
    expect(await loadUiLanguageChoice()).toBe('it');
    expect(await loadAnswerLanguageChoice()).toBe('fr');
    expect(await loadFixedAnswerLanguage()).toBe('fr');
    unmountAll();
    const again = await openPage();
    expect(select(again, 'ui-language').value).toBe('it');
    expect(select(again, 'answer-language').value).toBe('fr');
  });

  test('corrupt stored values show the defaults', async () => {
    await fakeBrowser.storage.local.set({ [UI_KEY]: 'klingon', [ANSWER_KEY]: { lang: 'de' } });
    const root = await openPage();
    expect(select(root, 'ui-language').value).toBe('browser');
    expect(select(root, 'answer-language').value).toBe('question');
    expect(await loadFixedAnswerLanguage()).toBeUndefined();
  });

  test('choosing Deutsch re-renders the page in German, and the browser language brings English back', async () => {
    const root = await openPage();
    const german = readTable('de');
    await choose(select(root, 'ui-language'), 'de');
    expect(uiLanguage()).toBe('de');
    expect(document.documentElement.lang).toBe('de');
    expect(root.querySelector('#language-title')?.textContent).toBe(german.optionsLanguageTitle);
    expect(root.querySelector('label[for=ui-language]')?.textContent).toBe(
      'Sprache von Which SOC?',
    );
    expect(root.querySelector('label[for=answer-language]')?.textContent).toBe(
      german.optionsLanguageAnswers,
    );
    // The stored choice is kept after the re-render.
    expect(select(root, 'ui-language').value).toBe('de');

    // The browser's own language comes from i18n.getMessage, which the fake browser lacks.
    const english = readTable('en');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(
      (name: string) => english[name] ?? '',
    );
    await choose(select(root, 'ui-language'), 'browser');
    expect(uiLanguage()).toBe('en');
    expect(root.querySelector('#language-title')?.textContent).toBe('Language');
  });

  test('a failing write is shown, and the page keeps working', async () => {
    const root = await openPage();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('quota exceeded'));
    await choose(select(root, 'answer-language'), 'ja');
    expect(root.querySelector('.language [role=alert]')?.textContent).toBe(
      'The language could not be saved. Please try again.',
    );
  });
});
