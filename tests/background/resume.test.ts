import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { requestAlwaysScan } from '../../lib/activation';
import { resumeScanning, scanOpenTabs } from '../../lib/background/resume';
import { installExtensionFakes, type ExtensionFakes } from './fakes';

let fakes: ExtensionFakes;

beforeEach(() => {
  fakeBrowser.reset();
  fakes = installExtensionFakes();
});

describe('tabs already open', () => {
  const tabs = [
    { id: 11, url: 'https://portal.acme.com/questionnaire/7' },
    { id: 12, url: 'https://portal.acme.com:8443/other' },
    { id: 13, url: 'https://elsewhere.example.com/q' },
    { id: 14, url: 'https://acme.my.onetrust.com/assessment' },
    { id: 15, url: 'https://portal.acme.com/sleeping', discarded: true },
  ];

  beforeEach(() => {
    fakes.openTabs.push(...tabs);
  });

  test('scanOpenTabs injects into the matching tabs where the content script is not running', async () => {
    fakes.running.add(12);
    await expect(scanOpenTabs(['https://portal.acme.com/*'])).resolves.toEqual([11, 12]);
    expect(fakes.executed.map((entry) => entry.tabId)).toEqual([11]);
  });

  test('scanOpenTabs leaves discarded tabs and tabs it may not script, and never throws', async () => {
    fakes.forbidden.add(11);
    await expect(scanOpenTabs(['https://portal.acme.com/*'])).resolves.toEqual([12]);
    vi.mocked(fakeBrowser.tabs.query).mockRejectedValueOnce(new Error('boom'));
    await expect(scanOpenTabs(['https://portal.acme.com/*'])).resolves.toEqual([]);
    await expect(scanOpenTabs([])).resolves.toEqual([]);
  });

  test.each([
    ['browser start: the "Always scan" sites only', 'startup', [11, 12]],
    ['install or update: the known hosts too', 'installed', [11, 12, 14]],
  ] as const)('%s', async (_name, reason, expected) => {
    await requestAlwaysScan('https://portal.acme.com');
    fakes.registered.clear(); // what Chromium does to an unpacked build's registrations on restart
    await expect(resumeScanning(reason)).resolves.toEqual(expected);
    expect([...fakes.registered.keys()]).toEqual(['which-soc-always:https://portal.acme.com']);
    expect(fakes.running.has(13)).toBe(false);
  });

  test('a site whose permission was revoked is neither registered again nor scanned', async () => {
    await requestAlwaysScan('https://portal.acme.com');
    fakes.granted.delete('https://portal.acme.com/*');
    await expect(resumeScanning('startup')).resolves.toEqual([]);
    expect(fakes.executed).toEqual([]);
  });
});
