/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/app';
import { answerFor, answerIn } from '../../lib/rules';
import { answerLanguageItem } from '../../lib/settings';
import { byText, click, mount, unmountAll } from '../components/render';
import { FINDINGS, FINDINGS_RESPONSE, PAGE_URL } from '../fixtures/popup-state';

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((done) => setTimeout(done, 0)));
}

function answerTexts(root: HTMLElement): string[] {
  return [...root.querySelectorAll('.which-soc-answer-text')].map((p) => p.textContent ?? '');
}

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/popup.html');
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9, url: PAGE_URL }] as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(FINDINGS_RESPONSE as never);
});
afterEach(unmountAll);

describe('the popup and the answer language setting', () => {
  test('answers in the question’s language when no answer language is fixed', async () => {
    const root = mount(<App />);
    await settle();
    // The fixture's questions are English: English answers, nothing to switch to.
    expect(answerTexts(root)).toEqual(FINDINGS.map((finding) => answerFor(finding).text));
    expect(root.querySelector('.which-soc-answer-language')).toBeNull();
  });

  test('answers every question in the fixed language, with a switch to English', async () => {
    await answerLanguageItem.setValue('de');
    const root = mount(<App />);
    await settle();
    const german = FINDINGS.map((finding) => answerIn('de', finding, undefined).text);
    expect(german.some((text, i) => text !== answerFor(FINDINGS[i]!).text)).toBe(true);
    expect(answerTexts(root)).toEqual(german);
    expect(root.querySelector('.which-soc-answer')?.getAttribute('lang')).toBe('de');
    await click(byText(root, 'button', 'Show in English'));
    expect(answerTexts(root)[0]).toBe(answerFor(FINDINGS[0]!).text);
  });

  test('a stored choice it does not know leaves the question’s language', async () => {
    await answerLanguageItem.setValue('klingon');
    const root = mount(<App />);
    await settle();
    expect(answerTexts(root)).toEqual(FINDINGS.map((finding) => answerFor(finding).text));
  });
});
