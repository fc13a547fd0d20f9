/**
 * "Which SOC? — explain this" on selected text. Works on any page the browser lets us
 * script after the click (the click grants `activeTab`), including pages drawn on a canvas: the
 * browser hands us `selectionText`, so the content script needs no text of its own to explain it.
 */
import { browser } from 'wxt/browser';
import { deliverToTab } from './delivery';
import { fetchMessages, t, type TableLoader } from '../i18n';
import { startChosenLanguage } from '../settings';

/** The menu item's id; stable, other code matches clicks on it. */
export const EXPLAIN_MENU_ID = 'which-soc-explain';

/** Longest selection we pass on: the content script's parser refuses longer texts (lib/messages.ts). */
export const MAX_SELECTION = 10_000;

/**
 * (Re)creates the menu item, titled in the UI language the user chose (the browser's by default).
 * Menu items persist in both browsers, and creating an existing id fails, so existing items are
 * removed first; run on install/update, on browser start and when the UI language changes.
 */
export async function createContextMenu(load: TableLoader = fetchMessages): Promise<void> {
  await startChosenLanguage(load);
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({
    id: EXPLAIN_MENU_ID,
    title: t('backgroundExplainMenu'),
    contexts: ['selection'],
  });
}

/** The parts of `contextMenus.OnClickData` and `tabs.Tab` the handler reads. */
export interface MenuClick {
  menuItemId: string | number;
  selectionText?: string;
}

/**
 * `contextMenus.onClicked` listener: sends the selected text to the tab's content script
 * (injected first when the page is not a known host) as `which-soc/explain-text`, which opens a
 * card with our reading and the answer to give.
 *
 * @returns true when the content script received the text.
 */
export async function handleContextMenuClick(
  info: MenuClick,
  tab: { id?: number } | undefined,
): Promise<boolean> {
  if (info.menuItemId !== EXPLAIN_MENU_ID) return false;
  const tabId = tab?.id;
  // tab.id is TAB_ID_NONE (-1) for clicks outside a tab (devtools, side panels).
  if (typeof tabId !== 'number' || tabId < 0) return false;
  const text = (info.selectionText ?? '').trim().slice(0, MAX_SELECTION);
  if (text === '') return false;
  return deliverToTab(tabId, { type: 'which-soc/explain-text', text });
}
