import { defineBackground } from '#imports';
import { browser } from 'wxt/browser';
import { syncAlwaysScan } from '../lib/activation';
import { resumeScanning } from '../lib/background/resume';
import { handleBackgroundMessage } from '../lib/background/message-router';
import { forgetTab, handleTabUpdated } from '../lib/background/badge';
import { handleCommand } from '../lib/background/commands';
import { createContextMenu, handleContextMenuClick } from '../lib/background/context-menu';
import { uiLanguageItem } from '../lib/settings';

/**
 * Listeners only; the logic is in lib/. Every listener is added synchronously at
 * the top level of main(): the MV3 service worker and the Firefox event page are woken by these
 * events and only see listeners added in the first turn.
 */
/** (Re)creates the context menu in the chosen language; a failure is logged, never thrown. */
function retitleMenu(): void {
  void createContextMenu().catch((error: unknown) => console.warn(error));
}

export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => {
    retitleMenu();
    void resumeScanning('installed');
  });
  browser.runtime.onStartup.addListener(() => {
    retitleMenu();
    void resumeScanning('startup');
  });
  // Revoked in the browser's own UI (chrome://extensions site access, about:addons): stop
  // registering the content script there.
  browser.permissions.onRemoved.addListener(() => {
    void syncAlwaysScan();
  });

  browser.runtime.onMessage.addListener(handleBackgroundMessage);

  browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
    void handleTabUpdated(tabId, changeInfo);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTab(tabId);
  });

  // The menu's title is in the UI language: a new choice on the options page retitles it.
  uiLanguageItem.watch(() => {
    retitleMenu();
  });

  browser.contextMenus.onClicked.addListener((info, tab) => {
    void handleContextMenuClick(info, tab);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    void handleCommand(command, tab);
  });
});
