/** @vitest-environment happy-dom */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, sectionFromHash } from '../../entrypoints/popup/app';
import { WATCH_DELAY_MS } from '../../entrypoints/popup/findings';
import { byText, click, mount, unmountAll } from '../components/render';
import { FINDINGS_RESPONSE, HOSTILE_FINDING, PAGE_URL } from '../fixtures/popup-state';

const activation = vi.hoisted(() => ({
  scanTab: vi.fn<(tabId: number) => Promise<boolean>>(),
  requestAlwaysScan: vi.fn<(origin: string) => Promise<boolean>>(),
}));
vi.mock('../../lib/activation', async (original) => ({
  ...(await original<typeof import('../../lib/activation')>()),
  scanTab: activation.scanTab,
  requestAlwaysScan: activation.requestAlwaysScan,
}));

/** Lets the popup's async loading settle. */
async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await act(() => new Promise((done) => setTimeout(done, 0)));
}

function tabsAnswer(answer: () => Promise<unknown>) {
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9, url: PAGE_URL }] as never);
  return vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation(answer as never);
}

beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/popup.html');
});
afterEach(unmountAll);

describe('sectionFromHash', () => {
  test.each([
    ['#cheatsheet', 'cheatsheet'],
    ['#textpj', 'textpj'],
    ['', 'page'],
    ['#nonsense', 'page'],
  ])('reads "%s" as the %s section', (hash, section) => {
    expect(sectionFromHash(hash)).toBe(section);
  });
});

/** The popup opened on a page with no findings yet; the tab's next answer holds three. */
async function openOnEmptyPageThatGainsFindings() {
  let response: unknown = { url: PAGE_URL, findings: [] };
  const send = tabsAnswer(() => Promise.resolve(response));
  const root = mount(<App />);
  await settle();
  expect(root.textContent).toContain('This page asks for no audit report.');
  response = FINDINGS_RESPONSE;
  return { send, root };
}

describe('App', () => {
  test('lists the findings of the active tab with the verdict', async () => {
    const send = tabsAnswer(() => Promise.resolve(FINDINGS_RESPONSE));
    const root = mount(<App />);
    await settle();
    expect(send).toHaveBeenCalledWith(9, { type: 'which-soc/findings' }, { frameId: 0 });
    expect(root.querySelector('[data-testid="verdict"]')?.textContent).toBe(
      'This questionnaire asks for SOC 2 Type 2, ISO 27001 and a bridge letter.',
    );
    expect(root.querySelectorAll('li.finding')).toHaveLength(3);
    // No profile is saved in the fake storage: answers are generic, with a way to fix that.
    expect(root.textContent).toContain('These answers are generic.');
  });

  test('sends show-finding with the finding index', async () => {
    const send = tabsAnswer(() => Promise.resolve(FINDINGS_RESPONSE));
    const root = mount(<App />);
    await settle();
    await click(root.querySelector('button[aria-label^="Show"]'));
    expect(send).toHaveBeenLastCalledWith(
      9,
      { type: 'which-soc/show-finding', index: 0 },
      { frameId: 0 },
    );
  });

  test('sends show-finding to the frame of a finding in a sub-frame, with its index there', async () => {
    const [top, framed] = FINDINGS_RESPONSE.findings;
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
      _tabId: number,
      message: { type: string },
      options?: { frameId?: number },
    ) => {
      if (message.type !== 'which-soc/findings') return undefined;
      return options?.frameId === 7
        ? { url: 'about:srcdoc', findings: [{ ...framed, index: 0 }] }
        : { url: PAGE_URL, findings: [top] };
    }) as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 9, url: PAGE_URL }] as never);
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ frameIds: [0, 7] } as never);
    const root = mount(<App />);
    await settle();
    const buttons = root.querySelectorAll('button[aria-label^="Show"]');
    expect(buttons).toHaveLength(2);
    await click(buttons[1] ?? null);
    expect(send).toHaveBeenLastCalledWith(
      9,
      { type: 'which-soc/show-finding', index: 0 },
      { frameId: 7 },
    );
    await click(buttons[0] ?? null);
    expect(send).toHaveBeenLastCalledWith(
      9,
      { type: 'which-soc/show-finding', index: 0 },
      { frameId: 0 },
    );
  });

  test('shows hostile page text as text', async () => {
    tabsAnswer(() => Promise.resolve({ url: PAGE_URL, findings: [HOSTILE_FINDING] }));
    const root = mount(<App />);
    await settle();
    expect(root.querySelector('main img, main script')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  test('offers a scan when no content script answers, then lists what the scan found', async () => {
    let injected = false;
    tabsAnswer(() =>
      injected ? Promise.resolve(FINDINGS_RESPONSE) : Promise.reject(new Error('no receiver')),
    );
    activation.scanTab.mockImplementation(async () => {
      injected = true;
      return true;
    });
    const root = mount(<App />);
    await settle();
    await click(byText(root, 'button', 'Scan this page'));
    await settle();
    expect(activation.scanTab).toHaveBeenCalledWith(9);
    expect(root.querySelectorAll('li.finding')).toHaveLength(3);
  });

  test('asks for the site in the click itself, before any await', async () => {
    tabsAnswer(() => Promise.reject(new Error('no receiver')));
    activation.requestAlwaysScan.mockResolvedValue(false);
    const root = mount(<App />);
    await settle();
    const button = byText<HTMLButtonElement>(root, 'button', 'Always scan this site');
    button?.click(); // no act(): the request must already have happened synchronously
    expect(activation.requestAlwaysScan).toHaveBeenCalledWith('https://acme.my.onetrust.com');
    await settle();
    expect(root.textContent).toContain('scanned only when you ask');
  });

  test('says so when the page cannot be scanned', async () => {
    tabsAnswer(() => Promise.reject(new Error('no receiver')));
    activation.scanTab.mockResolvedValue(false);
    const root = mount(<App />);
    await settle();
    await click(byText(root, 'button', 'Scan this page'));
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/cannot be scanned/);
  });

  test('opens on the cheat-sheet for #cheatsheet, and the tabs switch sections', async () => {
    history.replaceState(null, '', '/popup.html#cheatsheet');
    tabsAnswer(() => Promise.resolve(FINDINGS_RESPONSE));
    const root = mount(<App />);
    await settle();
    expect(root.querySelector('[role="tabpanel"]')?.id).toBe('panel-cheatsheet');
    expect(root.textContent).toContain('Pick your scenario');
    await click(byText(root, '[role="tab"]', 'Text PJ'));
    expect(root.querySelector('[role="tabpanel"]')?.id).toBe('panel-textpj');
    expect(location.hash).toBe('#textpj');
    const href = root.querySelector('[data-testid="text-pj-link"]')?.getAttribute('href');
    expect(href).toMatch(/^sms:\+18584618054\?&body=/);
    expect(decodeURIComponent(href ?? '')).toContain('SOC 2 Type II report');
  });

  test('"Ask PJ" on a finding opens Text PJ about that finding only', async () => {
    tabsAnswer(() => Promise.resolve(FINDINGS_RESPONSE));
    const root = mount(<App />);
    await settle();
    const asks = root.querySelectorAll('button[aria-label^="Ask PJ"]');
    expect(asks).toHaveLength(3);
    await click(asks[1]);
    expect(root.querySelector('[role="tabpanel"]')?.id).toBe('panel-textpj');
    const body = decodeURIComponent(
      root.querySelector('[data-testid="text-pj-link"]')?.getAttribute('href') ?? '',
    );
    expect(body).toContain('"ISO 27001 certificate"');
    expect(body).not.toContain('SOC 2 Type II report');
    await click(byText(root, 'button', 'Ask about all 3 requests'));
    expect(
      decodeURIComponent(
        root.querySelector('[data-testid="text-pj-link"]')?.getAttribute('href') ?? '',
      ),
    ).toContain('SOC 2 Type II report');
  });

  test('"Refresh" asks the content script again', async () => {
    const { send, root } = await openOnEmptyPageThatGainsFindings();
    await click(byText(root, 'button', 'Refresh'));
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
    expect(root.querySelectorAll('li.finding')).toHaveLength(3);
  });

  test('findings reported by the tab after opening show up without Refresh', async () => {
    const { send, root } = await openOnEmptyPageThatGainsFindings();
    const change = { type: 'which-soc/findings-changed', count: 3 };
    const contentScript = { id: fakeBrowser.runtime.id, tab: { id: 9 }, frameId: 2 };
    const hear = (message: unknown, sender: object) =>
      fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
    // Not from the popup's tab, not ours, not this kind: nothing happens.
    await hear(change, { ...contentScript, tab: { id: 4 } });
    await hear(change, { ...contentScript, id: 'other' });
    await hear({ type: 'which-soc/open-options' }, contentScript);
    await act(() => new Promise((done) => setTimeout(done, WATCH_DELAY_MS + 50)));
    expect(send).toHaveBeenCalledTimes(1);
    // A burst from the tab: read once, after the quiet time.
    await hear(change, contentScript);
    await hear({ ...change, count: 4 }, contentScript);
    await act(() => new Promise((done) => setTimeout(done, WATCH_DELAY_MS + 50)));
    await settle();
    expect(send).toHaveBeenCalledTimes(2);
    expect(root.querySelectorAll('li.finding')).toHaveLength(3);
  });

  test('opened in a tab of its own, it says to open it from a questionnaire instead', async () => {
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([
      { id: 4, url: fakeBrowser.runtime.getURL('/popup.html') },
    ] as never);
    const root = mount(<App />);
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/questionnaire tab/);
    expect(send).not.toHaveBeenCalled();
  });
});
