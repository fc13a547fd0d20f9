/**
 * What the background does when the browser starts or the extension is installed or updated:
 * the content script is run again in the tabs already open where it belongs.
 */
import { browser } from 'wxt/browser';
import { originPattern, scanTab, syncAlwaysScan } from '../activation';
import { KNOWN_HOST_PATTERNS } from '../hosts';

/**
 * Runs the content script in the open tabs whose URL matches one of `patterns`, where it is not
 * running yet. The browser only injects content scripts into pages loaded after they were
 * declared or registered, so tabs already open miss them: tabs restored at browser start load
 * before the start-up sync registers "Always scan" sites again (seen in Chromium with an
 * unpacked build, tests/e2e/activation-restart.spec.ts), and tabs open while the extension is
 * installed or updated never get the manifest's script. Never throws.
 *
 * `tabs.query` matches URLs only for sites the extension holds a host permission for (no `tabs`
 * permission), which is exactly the set where injection is allowed.
 *
 * @returns the ids of the tabs where the content script now runs.
 */
export async function scanOpenTabs(patterns: readonly string[]): Promise<number[]> {
  if (patterns.length === 0) return [];
  let tabs: { id?: number; discarded?: boolean }[];
  try {
    tabs = await browser.tabs.query({ url: [...patterns] });
  } catch (error) {
    console.warn('Which SOC?: could not list the open tabs to scan', error);
    return [];
  }
  const scanned: number[] = [];
  for (const tab of tabs) {
    // A discarded tab has no document: the browser loads it again, with our scripts, when shown.
    if (tab.id === undefined || tab.discarded) continue;
    if (await scanTab(tab.id)) scanned.push(tab.id);
  }
  return scanned;
}

/**
 * What the background does when the browser starts or the extension is installed or updated:
 * syncs the "Always scan" sites, then scans the tabs already open on them; after an install or
 * update, the tabs open on known hosts too. Never throws.
 *
 * @returns the ids of the tabs where the content script now runs.
 */
export async function resumeScanning(reason: 'startup' | 'installed'): Promise<number[]> {
  const origins = await syncAlwaysScan();
  const patterns = origins.flatMap((origin) => originPattern(origin) ?? []);
  // At start-up the browser itself injects the manifest's script into restored tabs on known hosts.
  if (reason === 'installed') patterns.push(...KNOWN_HOST_PATTERNS);
  return scanOpenTabs([...new Set(patterns)]);
}
