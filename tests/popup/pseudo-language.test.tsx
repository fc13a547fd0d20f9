/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/app';
import type { Finding } from '../../lib/messages';
import { answerInLanguageOf, reportName } from '../../lib/rules';
import { byText, click, mount, unmountAll } from '../components/render';
import { FINDINGS, FINDINGS_RESPONSE, PAGE_URL } from '../fixtures/popup-state';
import { untranslatedText, usePseudoMessages } from '../i18n/pseudo';

const activation = vi.hoisted(() => ({
  scanTab: vi.fn<(tabId: number) => Promise<boolean>>(),
  requestAlwaysScan: vi.fn<(origin: string) => Promise<boolean>>(),
}));
vi.mock('../../lib/activation', async (original) => ({
  ...(await original<typeof import('../../lib/activation')>()),
  scanTab: activation.scanTab,
  requestAlwaysScan: activation.requestAlwaysScan,
}));

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((done) => setTimeout(done, 0)));
}

function tabsAnswer(answer: () => Promise<unknown>) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9, url: PAGE_URL }] as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer as never);
}

/**
 * What the popup shows that is not its own words: the page's text, the report names (the same in
 * every language), and the answers, which follow the question's language.
 */
function pageData(findings: readonly Finding[]): string[] {
  const allowed: string[] = [];
  for (const finding of findings) {
    allowed.push(finding.text, finding.question);
    allowed.push(reportName(finding.report, finding.type, 'short'));
    const { answer } = answerInLanguageOf(finding.question || finding.text, finding, undefined);
    allowed.push(answer.text, ...(answer.attach ? [answer.attach] : []));
  }
  // The profile notice is shared with the file page and translated with it, not here.
  allowed.push(
    'These answers are generic.',
    'Fill in your reports',
    'to get answers that name yours.',
  );
  // Longest first: a phrase removed from inside its question would leave the question unmatched.
  return allowed.sort((a, b) => b.length - a.length);
}

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/popup.html');
  usePseudoMessages();
});
afterEach(unmountAll);

describe('the popup in another UI language', () => {
  test('"This page" with findings shows no English of its own', async () => {
    tabsAnswer(() => Promise.resolve(FINDINGS_RESPONSE));
    const root = mount(<App />);
    await settle();
    expect(root.querySelectorAll('li.finding')).toHaveLength(3);
    expect(root.querySelector('[role="tablist"]')?.textContent).toContain('⟦popupTabThisPage⟧');
    expect(untranslatedText(root, pageData(FINDINGS))).toEqual([]);
  });

  test('the not-scanned and cannot-scan states show no English', async () => {
    tabsAnswer(() => Promise.reject(new Error('no receiver')));
    activation.scanTab.mockResolvedValue(false);
    activation.requestAlwaysScan.mockResolvedValue(true);
    const root = mount(<App />);
    await settle();
    expect(root.textContent).toContain('⟦popupNotScanned⟧');
    expect(untranslatedText(root, pageData([]))).toEqual([]);
    await click(byText(root, 'button', '⟦popupAlwaysScan⟧'));
    await settle();
    // Granted, the popup scans at once; this scan fails, so it says the page cannot be scanned.
    expect(activation.requestAlwaysScan).toHaveBeenCalledWith('https://acme.my.onetrust.com');
    expect(root.querySelector('[role="alert"]')?.textContent).toBe('⟦popupCannotScan⟧');
    expect(untranslatedText(root, pageData([]))).toEqual([]);
  });

  test('Text PJ is in the UI language, says PJ answers in English, and keeps the SMS English', async () => {
    tabsAnswer(() => Promise.resolve(FINDINGS_RESPONSE));
    const root = mount(<App />);
    await settle();
    await click(root.querySelectorAll('button[aria-label^="⟦popupAskPjLabel"]')[1]);
    expect(root.querySelector('[role="tabpanel"]')?.id).toBe('panel-textpj');
    expect(root.querySelector('[data-testid="text-pj-english"]')?.textContent).toBe(
      '⟦commonTextPjEnglish⟧',
    );
    expect(untranslatedText(root, pageData(FINDINGS))).toEqual([]);
    // The prefilled message goes to PJ, who reads English: none of the UI's words are in it.
    const body = root.querySelector('textarea')?.value ?? '';
    expect(body).toContain('ISO 27001 certificate');
    expect(body).not.toContain('⟦');
    const href = root.querySelector('[data-testid="text-pj-link"]')?.getAttribute('href') ?? '';
    expect(decodeURIComponent(href)).not.toContain('⟦');
  });
});
