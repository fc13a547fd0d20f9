import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  alwaysScanItem,
  CONTENT_SCRIPT_FILE,
  listAlwaysScan,
  originOf,
  originPattern,
  registrationId,
  removeAlwaysScan,
  requestAlwaysScan,
  scanTab,
  syncAlwaysScan,
} from '../lib/activation';
import { installExtensionFakes, type ExtensionFakes } from './background/fakes';

let fakes: ExtensionFakes;

beforeEach(() => {
  fakeBrowser.reset();
  fakes = installExtensionFakes();
});

describe('origins', () => {
  test.each([
    ['a page URL gives its origin', 'https://portal.acme.com/q/1?x=2#y', 'https://portal.acme.com'],
    ['an origin stays itself', 'https://portal.acme.com', 'https://portal.acme.com'],
    [
      'a port is kept in the origin',
      'https://portal.acme.com:8443/x',
      'https://portal.acme.com:8443',
    ],
    [
      'http is allowed (intranet portals)',
      'http://intranet.acme.local/form',
      'http://intranet.acme.local',
    ],
    ['credentials are dropped', 'https://user:pw@acme.com/', 'https://acme.com'],
    ['a browser page is refused', 'chrome://extensions', null],
    ['a file is refused', 'file:///etc/passwd', null],
    ['an extension page is refused', 'chrome-extension://abc/popup.html', null],
    ['garbage is refused', 'not a url', null],
    ['a data URL is refused', 'data:text/html,hi', null],
  ])('%s', (_name, input, expected) => {
    expect(originOf(input)).toBe(expected);
  });

  test.each([
    ['https://portal.acme.com', 'https://portal.acme.com/*'],
    ['https://portal.acme.com:8443', 'https://portal.acme.com/*'],
    ['http://intranet.acme.local', 'http://intranet.acme.local/*'],
  ])('the pattern of %s is %s (ports left out)', (origin, pattern) => {
    expect(originPattern(origin)).toBe(pattern);
  });

  test('registration ids are derived from scheme and host and differ per origin', () => {
    const a = registrationId('https://a.example.com');
    const b = registrationId('https://b.example.com');
    expect(a).toMatch(/^which-soc-always:https:\/\/a\.example\.com$/);
    expect(a).not.toBe(b);
    expect(a?.startsWith('_')).toBe(false);
    expect(registrationId('https://a.example.com:444/x')).toBe(a);
  });
});

describe('scanTab', () => {
  test('injects the content script into every frame of a tab where it is not running', async () => {
    await expect(scanTab(7)).resolves.toBe(true);
    expect(fakes.executed).toEqual([{ tabId: 7, allFrames: true, files: [CONTENT_SCRIPT_FILE] }]);
  });

  test('does not inject a second copy where the content script already answers', async () => {
    fakes.running.add(7);
    await expect(scanTab(7)).resolves.toBe(true);
    expect(fakes.executed).toEqual([]);
  });

  test('says false, without throwing, where the browser refuses scripts', async () => {
    fakes.forbidden.add(3);
    await expect(scanTab(3)).resolves.toBe(false);
  });

  test.each([
    [
      'inserts the manifest CSS into every frame before the script',
      ['content-scripts/questionnaire.css'],
      true,
    ],
    ['inserts no CSS when the manifest has none', [], false],
  ])('%s', async (_name, css, expectInsert) => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Which SOC?',
      version: '0.1.0',
      content_scripts: [{ matches: ['https://*.onetrust.com/*'], js: [CONTENT_SCRIPT_FILE], css }],
    } as never);
    const order: string[] = [];
    const insertCss = vi
      .spyOn(fakeBrowser.scripting, 'insertCSS')
      .mockImplementation(async () => void order.push(`css:${fakes.executed.length}`));
    await expect(scanTab(7)).resolves.toBe(true);
    if (expectInsert) {
      expect(insertCss).toHaveBeenCalledWith({ target: { tabId: 7, allFrames: true }, files: css });
      // Before the script: the script reads the custom property the CSS sets, once, at its start.
      expect(order).toEqual(['css:0']);
    } else {
      expect(insertCss).not.toHaveBeenCalled();
    }
    expect(fakes.executed).toHaveLength(1);
  });

  test('still injects the script when the CSS cannot be inserted', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Which SOC?',
      version: '0.1.0',
      content_scripts: [
        { matches: ['https://*.onetrust.com/*'], js: [CONTENT_SCRIPT_FILE], css: ['x.css'] },
      ],
    } as never);
    vi.spyOn(fakeBrowser.scripting, 'insertCSS').mockRejectedValue(new Error('no access'));
    await expect(scanTab(7)).resolves.toBe(true);
    expect(fakes.executed).toHaveLength(1);
  });
});

describe('Always scan this site', () => {
  test('asks for exactly that origin and registers a persistent content script in all frames', async () => {
    await expect(requestAlwaysScan('https://portal.acme.com/q/1')).resolves.toBe(true);
    expect(fakes.permissionsRequests).toEqual([['https://portal.acme.com/*']]);
    expect([...fakes.registered.values()]).toEqual([
      {
        id: 'which-soc-always:https://portal.acme.com',
        matches: ['https://portal.acme.com/*'],
        js: [CONTENT_SCRIPT_FILE],
        allFrames: true,
        matchOriginAsFallback: true,
        runAt: 'document_idle',
        persistAcrossSessions: true,
      },
    ]);
    await expect(listAlwaysScan()).resolves.toEqual(['https://portal.acme.com']);
    await expect(alwaysScanItem.getValue()).resolves.toEqual(['https://portal.acme.com']);
  });

  test('calls permissions.request before any await, so the click still counts as a gesture', () => {
    void requestAlwaysScan('https://portal.acme.com');
    // Synchronously after the call: Firefox drops the user gesture at the first await.
    expect(fakes.permissionsRequests).toEqual([['https://portal.acme.com/*']]);
  });

  test('registers nothing when the user says no', async () => {
    fakes.answerToRequest = false;
    await expect(requestAlwaysScan('https://portal.acme.com')).resolves.toBe(false);
    expect(fakes.registered.size).toBe(0);
    await expect(listAlwaysScan()).resolves.toEqual([]);
  });

  test('never asks for a page that is not http(s)', async () => {
    await expect(requestAlwaysScan('chrome://settings')).resolves.toBe(false);
    expect(fakes.permissionsRequests).toEqual([]);
  });

  test('asking twice for the same origin keeps one registration', async () => {
    await requestAlwaysScan('https://portal.acme.com/a');
    await expect(requestAlwaysScan('https://portal.acme.com/b')).resolves.toBe(true);
    expect(fakes.registered.size).toBe(1);
    await expect(alwaysScanItem.getValue()).resolves.toEqual(['https://portal.acme.com']);
  });

  test('lists origins sorted and ignores content scripts that are not ours', async () => {
    fakes.registered.set('someone-else', { id: 'someone-else', matches: ['https://x.test/*'] });
    await requestAlwaysScan('https://zeta.example.com');
    await requestAlwaysScan('https://alpha.example.com');
    await expect(listAlwaysScan()).resolves.toEqual([
      'https://alpha.example.com',
      'https://zeta.example.com',
    ]);
  });

  test('remove unregisters the script, forgets the origin and gives the permission back', async () => {
    await requestAlwaysScan('https://portal.acme.com');
    await requestAlwaysScan('https://other.example.com');
    await expect(removeAlwaysScan('https://portal.acme.com')).resolves.toBe(true);
    expect([...fakes.registered.keys()]).toEqual(['which-soc-always:https://other.example.com']);
    expect([...fakes.granted]).toEqual(['https://other.example.com/*']);
    await expect(listAlwaysScan()).resolves.toEqual(['https://other.example.com']);
    await expect(alwaysScanItem.getValue()).resolves.toEqual(['https://other.example.com']);
  });

  test('removing an origin that was never added does not throw', async () => {
    await expect(removeAlwaysScan('https://never.example.com')).resolves.toBe(true);
  });
});

describe('syncAlwaysScan', () => {
  test('unregisters and forgets an origin whose permission the user revoked in the browser', async () => {
    await requestAlwaysScan('https://portal.acme.com');
    await requestAlwaysScan('https://kept.example.com');
    fakes.granted.delete('https://portal.acme.com/*');
    await expect(syncAlwaysScan()).resolves.toEqual(['https://kept.example.com']);
    expect([...fakes.registered.keys()]).toEqual(['which-soc-always:https://kept.example.com']);
    await expect(alwaysScanItem.getValue()).resolves.toEqual(['https://kept.example.com']);
  });

  test('registers again a chosen origin that lost its registration but keeps its permission', async () => {
    await requestAlwaysScan('https://portal.acme.com');
    fakes.registered.clear(); // e.g. the browser dropped dynamic scripts on an update
    await expect(syncAlwaysScan()).resolves.toEqual(['https://portal.acme.com']);
    expect([...fakes.registered.keys()]).toEqual(['which-soc-always:https://portal.acme.com']);
  });

  test('does not register origins granted elsewhere that the user never chose here', async () => {
    fakes.granted.add('https://granted-in-browser-menu.example.com/*');
    await expect(syncAlwaysScan()).resolves.toEqual([]);
    expect(fakes.registered.size).toBe(0);
  });

  test('ignores corrupt stored values', async () => {
    await fakeBrowser.storage.local.set({
      'always-scan-origins': ['https://ok.example.com', 42, 'javascript:alert(1)', null],
    });
    fakes.granted.add('https://ok.example.com/*');
    await expect(syncAlwaysScan()).resolves.toEqual(['https://ok.example.com']);
  });

  test('never throws, even when the scripting API fails', async () => {
    fakes.registered.set('which-soc-always:https://a.example.com', {
      id: 'which-soc-always:https://a.example.com',
    });
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockRejectedValue(
      new Error('boom'),
    );
    await expect(syncAlwaysScan()).resolves.toEqual([]);
  });
});

describe('older browsers', () => {
  test('Chrome before 119 gets the registration without matchOriginAsFallback', async () => {
    const register = vi.mocked(fakeBrowser.scripting.registerContentScripts);
    const fake = register.getMockImplementation();
    register.mockImplementationOnce(async () => {
      throw new Error(
        "Error at parameter 'scripts': Error at index 0: Unexpected property: 'matchOriginAsFallback'.",
      );
    });
    expect(fake).toBeDefined();
    await expect(requestAlwaysScan('https://old.example.com')).resolves.toBe(true);
    expect(register).toHaveBeenCalledTimes(2);
    const script = fakes.registered.get('which-soc-always:https://old.example.com');
    expect(script?.matches).toEqual(['https://old.example.com/*']);
    expect(script).not.toHaveProperty('matchOriginAsFallback');
    expect(script?.persistAcrossSessions).toBe(true);
  });

  test('other registration errors are not retried, and come back as false', async () => {
    const register = vi.mocked(fakeBrowser.scripting.registerContentScripts);
    register.mockImplementationOnce(async () => {
      throw new Error('Some other failure');
    });
    await expect(requestAlwaysScan('https://old.example.com')).resolves.toBe(false);
    expect(register).toHaveBeenCalledTimes(1);
    await expect(listAlwaysScan()).resolves.toEqual([]);
  });
});

describe('concurrent syncs', () => {
  test('two syncs at once (browser start: onStartup and onInstalled) both succeed', async () => {
    await requestAlwaysScan('https://portal.acme.com');
    fakes.registered.clear();
    const [first, second] = await Promise.all([syncAlwaysScan(), syncAlwaysScan()]);
    expect(first).toEqual(['https://portal.acme.com']);
    expect(second).toEqual(['https://portal.acme.com']);
    expect([...fakes.registered.keys()]).toEqual(['which-soc-always:https://portal.acme.com']);
  });
});

describe('content script CSS', () => {
  test('a registration carries the CSS the manifest injects with the content script', async () => {
    vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Which SOC?',
      version: '0.1.0',
      content_scripts: [
        {
          matches: ['https://*.onetrust.com/*'],
          js: ['content-scripts/questionnaire.js'],
          css: ['content-scripts/questionnaire.css'],
        },
      ],
    } as never);
    await requestAlwaysScan('https://portal.acme.com');
    const script = fakes.registered.get('which-soc-always:https://portal.acme.com');
    expect(script?.css).toEqual(['content-scripts/questionnaire.css']);
    expect(script?.js).toEqual([CONTENT_SCRIPT_FILE]);
  });

  test('without manifest CSS the registration has no css key', async () => {
    await requestAlwaysScan('https://portal.acme.com');
    const script = fakes.registered.get('which-soc-always:https://portal.acme.com');
    expect(script).not.toHaveProperty('css');
  });
});
