/** @vitest-environment happy-dom */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/popup/app';
import { byText, click, mount, unmountAll } from '../components/render';
import { PAGE_URL } from '../fixtures/popup-state';

vi.mock('../../lib/activation', async (original) => ({
  ...(await original<typeof import('../../lib/activation')>()),
  scanTab: vi.fn(),
  requestAlwaysScan: vi.fn(),
}));

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((done) => setTimeout(done, 0)));
}

/** The popup for a tab at `url` where no content script answers (not a known portal). */
async function openFor(url: string): Promise<HTMLElement> {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9, url }] as never);
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
  const root = mount(<App />);
  await settle();
  return root;
}

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/popup.html');
});
afterEach(unmountAll);

describe('the popup’s way to the file page', () => {
  test('on a Google Sheets tab it comes first, and opens the file page in a new tab', async () => {
    const create = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    const close = vi.spyOn(window, 'close').mockImplementation(() => undefined);
    const root = await openFor('https://docs.google.com/spreadsheets/d/1AbC/edit#gid=0');
    const main = root.querySelector('main')!;
    expect(main.firstElementChild?.getAttribute('data-testid')).toBe('file-check-hint');
    expect(main.firstElementChild?.textContent).toContain(
      'Google Sheets draws its cells on a canvas',
    );
    await click(byText(main, 'button', 'Check a questionnaire file'));
    await settle();
    expect(create).toHaveBeenCalledWith({ url: fakeBrowser.runtime.getURL('/file-check.html') });
    expect(close).toHaveBeenCalledOnce();
  });

  test('on any other page it is one quiet line after the page’s own panel', async () => {
    const root = await openFor(PAGE_URL);
    const main = root.querySelector('main')!;
    expect(root.querySelector('[data-testid="file-check-hint"]')).toBeNull();
    expect(main.lastElementChild?.textContent).toBe(
      'Questionnaire in a spreadsheet? Check a questionnaire file',
    );
  });
});
