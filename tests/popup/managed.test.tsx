/** @vitest-environment happy-dom */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/app';
import { mount, unmountAll } from '../components/render';
import { FINDINGS_RESPONSE, PAGE_URL } from '../fixtures/popup-state';

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((done) => setTimeout(done, 0)));
}

const policy = {
  company: 'Policy Co',
  soc2: { held: true, type: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30' },
  // The company name shows in answers through own wording ({company}).
  wording: { soc2: 'Yes: {company} holds a {report} report covering {period}.' },
};

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/popup.html');
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9, url: PAGE_URL }] as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(FINDINGS_RESPONSE as never);
});
afterEach(unmountAll);

describe('the popup with the organisation’s profile (browser policy)', () => {
  test('answers with the policy’s profile when the user has none of their own', async () => {
    await fakeBrowser.storage.managed.set({ profile: policy });
    const root = mount(<App />);
    await settle();
    const answers = root.querySelector('.which-soc-answer-text')?.textContent ?? '';
    expect(answers).toContain('Policy Co');
    expect(answers).toContain('30 June 2026');
    expect(root.textContent).not.toContain('These answers are generic.');
  });

  test('a policy that arrives after the popup opened is used at once', async () => {
    const root = mount(<App />);
    await settle();
    expect(root.textContent).toContain('These answers are generic.');
    await act(async () => {
      await fakeBrowser.storage.managed.set({ profile: policy });
    });
    await settle();
    expect(root.querySelector('.which-soc-answer-text')?.textContent).toContain('Policy Co');
  });

  test('a bad policy is ignored: answers stay the user’s (here: generic)', async () => {
    await fakeBrowser.storage.managed.set({ profile: { ...policy, company: 42 } });
    const root = mount(<App />);
    await settle();
    expect(root.textContent).toContain('These answers are generic.');
    expect(root.textContent).not.toContain('Policy Co');
  });
});
