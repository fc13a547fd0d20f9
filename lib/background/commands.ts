/**
 * Keyboard shortcuts, declared under `commands` in wxt.config.ts. Opening the popup is
 * the browser's own `_execute_action` and never reaches us; the others arrive here.
 */
import { browser } from 'wxt/browser';
import { deliverToTab } from './delivery';

/** Command name: jump to the next finding on the page and open its card. */
export const NEXT_FINDING_COMMAND = 'next-finding';

async function activeTabId(): Promise<number | null> {
  // Works without the `tabs` permission: the tab comes without url or title, but with its id.
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : null;
  } catch {
    return null;
  }
}

/**
 * `commands.onCommand` listener. The shortcut grants `activeTab`, so the content script is
 * injected first when the page is not a known host.
 *
 * @param tab The tab the browser passes (Chrome 86+, Firefox 126+); else the active tab.
 * @returns true when the content script received the command.
 */
export async function handleCommand(command: string, tab?: { id?: number }): Promise<boolean> {
  if (command !== NEXT_FINDING_COMMAND) return false;
  const tabId = typeof tab?.id === 'number' && tab.id >= 0 ? tab.id : await activeTabId();
  if (tabId === null) return false;
  return deliverToTab(tabId, { type: 'which-soc/next-finding' });
}
