/**
 * The background entrypoint, driven through its listeners with WXT's fake browser:
 * badge per tab, messages checked for shape and sender, context menu, shortcuts, and the
 * "Always scan" registrations kept in step with permissions.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { alwaysScanItem, requestAlwaysScan } from '../../lib/activation';
import { resetBadgeStateForTests } from '../../lib/background/badge';
import { createContextMenu, EXPLAIN_MENU_ID } from '../../lib/background/context-menu';
import { t } from '../../lib/i18n';
import { uiLanguageItem } from '../../lib/settings';
import { readTable } from '../../scripts/locales';
import { installExtensionFakes, type ExtensionFakes } from './fakes';

let fakes: ExtensionFakes;
const OWN_ID = 'test-extension-id';

beforeEach(() => {
  fakeBrowser.reset();
  resetBadgeStateForTests();
  fakes = installExtensionFakes();
  background.main();
});

const badge = (tabId: number) => fakeBrowser.action.getBadgeText({ tabId });

/** A sender as Chromium builds it for our content script in a tab's frame. */
function contentSender(tabId: number, frameId = 0, extra: Record<string, unknown> = {}) {
  return {
    id: OWN_ID,
    url: 'https://acme.my.onetrust.com/q',
    tab: { id: tabId },
    frameId,
    documentLifecycle: 'active',
    ...extra,
  };
}

function send(message: unknown, sender: unknown) {
  // runtime.onMessage listeners get (message, sender, sendResponse).
  return fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
}

describe('badge messages', () => {
  test('findings-changed from our content script sets that tab badge', async () => {
    await send({ type: 'which-soc/findings-changed', count: 3 }, contentSender(4));
    await vi.waitFor(async () => expect(await badge(4)).toBe('3'));
    expect(await badge(5)).toBe('');
  });

  test('frames of one tab add up', async () => {
    await send({ type: 'which-soc/findings-changed', count: 3 }, contentSender(4, 0));
    await send({ type: 'which-soc/findings-changed', count: 2 }, contentSender(4, 7));
    await vi.waitFor(async () => expect(await badge(4)).toBe('5'));
  });

  test('a navigation in the tab clears the badge', async () => {
    await send({ type: 'which-soc/findings-changed', count: 3 }, contentSender(4));
    await vi.waitFor(async () => expect(await badge(4)).toBe('3'));
    await fakeBrowser.tabs.onUpdated.trigger(4, { status: 'loading' }, { id: 4 } as never);
    await vi.waitFor(async () => expect(await badge(4)).toBe(''));
  });

  test('a real tabs.update navigation through the fake clears the badge too', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://a.test/' });
    await send({ type: 'which-soc/findings-changed', count: 3 }, contentSender(tab.id!));
    await vi.waitFor(async () => expect(await badge(tab.id!)).toBe('3'));
    await fakeBrowser.tabs.update(tab.id!, { status: 'loading' } as never);
    await vi.waitFor(async () => expect(await badge(tab.id!)).toBe(''));
  });
});

describe('messages that are ignored, without throwing', () => {
  test.each([
    [
      'another extension',
      { type: 'which-soc/findings-changed', count: 3 },
      { ...contentSender(4), id: 'evil-extension' },
    ],
    ['a sender without id', { type: 'which-soc/findings-changed', count: 3 }, { tab: { id: 4 } }],
    ['no sender at all', { type: 'which-soc/findings-changed', count: 3 }, undefined],
    ['a null sender', { type: 'which-soc/findings-changed', count: 3 }, null],
    ['a negative count', { type: 'which-soc/findings-changed', count: -1 }, contentSender(4)],
    ['a fractional count', { type: 'which-soc/findings-changed', count: 1.5 }, contentSender(4)],
    ['a string count', { type: 'which-soc/findings-changed', count: '3' }, contentSender(4)],
    ['an unknown type', { type: 'which-soc/format-disk' }, contentSender(4)],
    ['a message meant for the content script', { type: 'which-soc/findings' }, contentSender(4)],
    ['a string', 'which-soc/findings-changed', contentSender(4)],
    ['null', null, contentSender(4)],
    ['an array', [{ type: 'which-soc/findings-changed', count: 3 }], contentSender(4)],
    [
      'a prerendered page',
      { type: 'which-soc/findings-changed', count: 3 },
      contentSender(4, 0, { documentLifecycle: 'prerender' }),
    ],
  ])('from %s', async (_name, message, sender) => {
    const results = await send(message, sender);
    // Undefined: nothing is answered and the message channel closes at once.
    expect(results).toEqual([undefined]);
    await new Promise((done) => setTimeout(done, 10));
    expect(await badge(4)).toBe('');
    expect(fakes.openedOptions).toBe(0);
  });

  test('a hostile message object whose getters throw is ignored', async () => {
    const hostile = {
      get type(): string {
        throw new Error('gotcha');
      },
    };
    await expect(send(hostile, contentSender(4))).resolves.toEqual([undefined]);
  });
});

describe('open-options and open-cheatsheet', () => {
  test('open-options from one of our pages opens the options page', async () => {
    await send(
      { type: 'which-soc/open-options' },
      { id: OWN_ID, url: `chrome-extension://${OWN_ID}/popup.html` },
    );
    await vi.waitFor(() => expect(fakes.openedOptions).toBe(1));
  });

  test('open-cheatsheet opens the popup page on its cheat-sheet in a tab', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await send({ type: 'which-soc/open-cheatsheet' }, contentSender(4));
    await vi.waitFor(() =>
      expect(created).toHaveBeenCalledWith({
        url: `chrome-extension://${OWN_ID}/popup.html#cheatsheet`,
      }),
    );
  });

  test('open-options from another extension does nothing', async () => {
    await send(
      { type: 'which-soc/open-options' },
      { id: 'other', url: 'chrome-extension://other/x.html' },
    );
    await new Promise((done) => setTimeout(done, 10));
    expect(fakes.openedOptions).toBe(0);
  });
});

describe('context menu', () => {
  test('install creates one "explain this" item for selections', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() =>
      expect(fakes.menus).toEqual([
        { id: EXPLAIN_MENU_ID, title: 'Which SOC? — explain this', contexts: ['selection'] },
      ]),
    );
  });

  test('the item is titled in the UI language chosen in the options', async () => {
    await uiLanguageItem.setValue('de');
    await createContextMenu(async (language) => readTable(language));
    expect(fakes.menus).toEqual([
      { id: EXPLAIN_MENU_ID, title: 'Which SOC? – das erklären', contexts: ['selection'] },
    ]);
    expect(t('backgroundExplainMenu')).toBe('Which SOC? – das erklären');
  });

  test('install then browser start does not fail on a duplicate item', async () => {
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await vi.waitFor(() => expect(fakes.menus).toHaveLength(1));
    await fakeBrowser.runtime.onStartup.trigger();
    await new Promise((done) => setTimeout(done, 10));
    expect(fakes.menus).toHaveLength(1);
  });

  test('a click injects the content script and sends it the selected text', async () => {
    await fakes.events.contextMenuClicked.trigger(
      { menuItemId: EXPLAIN_MENU_ID, selectionText: '  Please attach your SOC report  ' },
      { id: 6 },
    );
    await vi.waitFor(() =>
      expect(fakes.sent).toContainEqual({
        tabId: 6,
        message: { type: 'which-soc/explain-text', text: 'Please attach your SOC report' },
        frameId: 0,
      }),
    );
    expect(fakes.executed.map((run) => run.tabId)).toEqual([6]);
  });

  test('on a known host where the script runs, nothing is injected again', async () => {
    fakes.running.add(6);
    await fakes.events.contextMenuClicked.trigger(
      { menuItemId: EXPLAIN_MENU_ID, selectionText: 'SOC 1 Type 2' },
      { id: 6 },
    );
    await vi.waitFor(() =>
      expect(fakes.sent.at(-1)?.message).toEqual({
        type: 'which-soc/explain-text',
        text: 'SOC 1 Type 2',
      }),
    );
    expect(fakes.executed).toEqual([]);
  });

  test('a very long selection is cut to what the content script accepts', async () => {
    await fakes.events.contextMenuClicked.trigger(
      { menuItemId: EXPLAIN_MENU_ID, selectionText: 'SOC 2 '.repeat(5000) },
      { id: 6 },
    );
    await vi.waitFor(() => {
      const last = fakes.sent.at(-1)?.message as { type: string; text: string } | undefined;
      expect(last?.type).toBe('which-soc/explain-text');
      expect(last?.text.length).toBeLessThanOrEqual(10_000);
    });
  });

  test.each([
    ['another menu item', { menuItemId: 'other', selectionText: 'SOC 2' }, { id: 6 }],
    ['an empty selection', { menuItemId: EXPLAIN_MENU_ID, selectionText: '   ' }, { id: 6 }],
    ['no selection text (the browser gave none)', { menuItemId: EXPLAIN_MENU_ID }, { id: 6 }],
    ['no tab', { menuItemId: EXPLAIN_MENU_ID, selectionText: 'SOC 2' }, undefined],
    [
      'a click outside any tab (id -1)',
      { menuItemId: EXPLAIN_MENU_ID, selectionText: 'SOC 2' },
      { id: -1 },
    ],
  ])('does nothing for %s', async (_name, info, tab) => {
    await fakes.events.contextMenuClicked.trigger(info, tab);
    await new Promise((done) => setTimeout(done, 10));
    expect(fakes.sent).toEqual([]);
    expect(fakes.executed).toEqual([]);
  });
});

describe('keyboard commands', () => {
  test('next-finding goes to the tab the browser passes, injecting first', async () => {
    await fakes.events.command.trigger('next-finding', { id: 8 });
    await vi.waitFor(() =>
      expect(fakes.sent).toContainEqual({
        tabId: 8,
        message: { type: 'which-soc/next-finding' },
        frameId: 0,
      }),
    );
    expect(fakes.executed.map((run) => run.tabId)).toEqual([8]);
  });

  test('next-finding without a tab goes to the active tab', async () => {
    // The fake's tabs.query needs a focused window, which it cannot create: answer for it.
    const query = vi
      .spyOn(fakeBrowser.tabs, 'query')
      .mockResolvedValue([{ id: 11, active: true }] as never);
    await fakes.events.command.trigger('next-finding');
    await vi.waitFor(() =>
      expect(fakes.sent).toContainEqual({
        tabId: 11,
        message: { type: 'which-soc/next-finding' },
        frameId: 0,
      }),
    );
    expect(query).toHaveBeenCalledWith({ active: true, currentWindow: true });
  });

  test('an unknown command does nothing', async () => {
    await fakes.events.command.trigger('format-disk', { id: 8 });
    await new Promise((done) => setTimeout(done, 10));
    expect(fakes.sent).toEqual([]);
  });
});

describe('Always scan registrations', () => {
  test('a permission revoked in the browser unregisters the site', async () => {
    await requestAlwaysScan('https://portal.acme.com');
    fakes.granted.delete('https://portal.acme.com/*');
    await fakes.events.permissionsRemoved.trigger({ origins: ['https://portal.acme.com/*'] });
    await vi.waitFor(() => expect(fakes.registered.size).toBe(0));
    await expect(alwaysScanItem.getValue()).resolves.toEqual([]);
  });

  test('browser start registers again a chosen site whose registration was lost', async () => {
    await requestAlwaysScan('https://portal.acme.com');
    fakes.registered.clear();
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() =>
      expect([...fakes.registered.keys()]).toEqual(['which-soc-always:https://portal.acme.com']),
    );
  });

  test('browser start scans a restored tab of a chosen site that loaded before the sync', async () => {
    await requestAlwaysScan('https://portal.acme.com');
    fakes.registered.clear();
    fakes.openTabs.push({ id: 21, url: 'https://portal.acme.com/q' });
    await fakeBrowser.runtime.onStartup.trigger();
    await vi.waitFor(() => expect(fakes.executed.map((entry) => entry.tabId)).toEqual([21]));
  });

  test('an install scans the questionnaire tabs already open on known hosts', async () => {
    fakes.openTabs.push(
      { id: 31, url: 'https://acme.my.onetrust.com/q' },
      { id: 32, url: 'https://news.example.com/' },
    );
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' } as never);
    await vi.waitFor(() => expect(fakes.executed.map((entry) => entry.tabId)).toEqual([31]));
  });

  test('an extension update keeps registrations whose permission is still granted', async () => {
    await requestAlwaysScan('https://portal.acme.com');
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update' } as never);
    await new Promise((done) => setTimeout(done, 20));
    expect([...fakes.registered.keys()]).toEqual(['which-soc-always:https://portal.acme.com']);
  });
});
