/**
 * In-memory stand-ins for the extension APIs WXT's fake browser leaves unimplemented
 * (scripting, permissions, contextMenus, commands, tabs.sendMessage, runtime.openOptionsPage).
 * They are installed with `vi.spyOn` on the fake's own objects, so `restoreMocks` undoes them,
 * and they behave like Chromium where it matters: registering an existing id fails, unregistering
 * an unknown id fails, messaging a tab without a listener fails.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

type Listener = (...args: never[]) => unknown;

/** An event with `addListener` and a `trigger` that calls every listener and awaits them. */
export interface FakeEvent<L extends Listener> {
  addListener(listener: L): void;
  removeListener(listener: L): void;
  hasListener(listener: L): boolean;
  hasListeners(): boolean;
  trigger(...args: Parameters<L>): Promise<unknown[]>;
}

export function fakeEvent<L extends Listener>(): FakeEvent<L> {
  const listeners: L[] = [];
  return {
    addListener: (listener) => void listeners.push(listener),
    removeListener: (listener) => {
      const at = listeners.indexOf(listener);
      if (at >= 0) listeners.splice(at, 1);
    },
    hasListener: (listener) => listeners.includes(listener),
    hasListeners: () => listeners.length > 0,
    trigger: (...args) => Promise.all(listeners.map((listener) => listener(...args))),
  };
}

export interface RegisteredScript {
  id: string;
  matches?: string[];
  js?: string[];
  css?: string[];
  allFrames?: boolean;
  matchOriginAsFallback?: boolean;
  runAt?: string;
  persistAcrossSessions?: boolean;
}

export interface SentMessage {
  tabId: number;
  message: unknown;
  frameId: number | undefined;
}

/** The state the fakes keep, for tests to arrange and inspect. */
export interface ExtensionFakes {
  /** Registered content scripts by id. */
  registered: Map<string, RegisteredScript>;
  /** Granted optional host permissions (match patterns). */
  granted: Set<string>;
  /** What `permissions.request` answers (the user's click in the prompt). */
  answerToRequest: boolean;
  /** Tabs where the content script listens. */
  running: Set<number>;
  /** Open tabs, as `tabs.query({ url })` sees them. */
  openTabs: { id: number; url: string; discarded?: boolean }[];
  /** Tabs where the browser refuses scripts (chrome:// pages, the web store). */
  forbidden: Set<number>;
  /** Tabs whose freshly injected script starts listening only after this many failed sends. */
  slowStart: Map<number, number>;
  executed: { tabId: number; allFrames: boolean | undefined; files: string[] }[];
  sent: SentMessage[];
  menus: { id: string; title: string; contexts: string[] }[];
  openedOptions: number;
  permissionsRequests: string[][];
  events: {
    contextMenuClicked: FakeEvent<
      (
        info: { menuItemId: string | number; selectionText?: string },
        tab?: { id?: number },
      ) => unknown
    >;
    command: FakeEvent<(command: string, tab?: { id?: number }) => unknown>;
    permissionsRemoved: FakeEvent<(permissions: { origins?: string[] }) => unknown>;
  };
}

function chromeError(message: string): Error {
  return new Error(message);
}

/**
 * A match pattern (`https://*.host/*`, `*://host/path*`) as a regular expression, enough for the
 * patterns we query with (developer.chrome.com "Match patterns"); ports match any port.
 */
function matchPattern(pattern: string): RegExp {
  const parts = /^(\*|https?):\/\/(\*|(?:\*\.)?[^/*]+)(\/.*)$/.exec(pattern);
  if (!parts) throw chromeError(`Invalid url pattern '${pattern}'`);
  const [, scheme = '', host = '', path = ''] = parts;
  const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemeSource = scheme === '*' ? 'https?' : scheme;
  const hostSource =
    host === '*'
      ? '[^/:]+'
      : host.startsWith('*.')
        ? `(?:[^/:]+\\.)?${escape(host.slice(2))}`
        : escape(host);
  const pathSource = path.split('*').map(escape).join('.*');
  return new RegExp(`^${schemeSource}://${hostSource}(?::\\d+)?${pathSource}$`);
}

/** Installs the fakes; call after `fakeBrowser.reset()` in `beforeEach`. */
export function installExtensionFakes(): ExtensionFakes {
  const state: ExtensionFakes = {
    registered: new Map(),
    granted: new Set(),
    answerToRequest: true,
    running: new Set(),
    openTabs: [],
    forbidden: new Set(),
    slowStart: new Map(),
    executed: [],
    sent: [],
    menus: [],
    openedOptions: 0,
    permissionsRequests: [],
    events: {
      contextMenuClicked: fakeEvent(),
      command: fakeEvent(),
      permissionsRemoved: fakeEvent(),
    },
  };
  const browser = fakeBrowser as unknown as Record<string, Record<string, unknown>>;
  const spy = (api: string, method: string, implementation: (...args: never[]) => unknown) =>
    vi
      .spyOn(browser[api] as Record<string, (...args: never[]) => unknown>, method)
      .mockImplementation(implementation);

  spy('scripting', 'registerContentScripts', async (scripts: RegisteredScript[]) => {
    for (const script of scripts) {
      if (state.registered.has(script.id)) throw chromeError(`Duplicate script ID '${script.id}'`);
    }
    for (const script of scripts) state.registered.set(script.id, structuredClone(script));
  });
  spy('scripting', 'getRegisteredContentScripts', async (filter?: { ids?: string[] }) =>
    [...state.registered.values()]
      .filter((script) => !filter?.ids || filter.ids.includes(script.id))
      .map((script) => structuredClone(script)),
  );
  spy('scripting', 'unregisterContentScripts', async (filter?: { ids?: string[] }) => {
    const ids = filter?.ids ?? [...state.registered.keys()];
    for (const id of ids) {
      if (!state.registered.has(id)) throw chromeError(`Nonexistent script ID '${id}'`);
    }
    for (const id of ids) state.registered.delete(id);
  });
  spy(
    'scripting',
    'executeScript',
    async (injection: { target: { tabId: number; allFrames?: boolean }; files: string[] }) => {
      const { tabId, allFrames } = injection.target;
      if (state.forbidden.has(tabId)) throw chromeError('Cannot access contents of the page.');
      state.executed.push({ tabId, allFrames, files: injection.files });
      state.running.add(tabId);
      return [{ frameId: 0, result: undefined }];
    },
  );

  spy('permissions', 'request', async (request: { origins?: string[] }) => {
    state.permissionsRequests.push(request.origins ?? []);
    if (!state.answerToRequest) return false;
    for (const origin of request.origins ?? []) state.granted.add(origin);
    return true;
  });
  spy('permissions', 'contains', async (request: { origins?: string[] }) =>
    (request.origins ?? []).every((origin) => state.granted.has(origin)),
  );
  spy('permissions', 'remove', async (request: { origins?: string[] }) => {
    for (const origin of request.origins ?? []) state.granted.delete(origin);
    return true;
  });
  spy('permissions', 'getAll', async () => ({ origins: [...state.granted], permissions: [] }));

  spy(
    'tabs',
    'sendMessage',
    async (tabId: number, message: unknown, options?: { frameId?: number }) => {
      state.sent.push({ tabId, message, frameId: options?.frameId });
      const waits = state.slowStart.get(tabId) ?? 0;
      if (waits > 0 && state.running.has(tabId)) {
        state.slowStart.set(tabId, waits - 1);
        throw chromeError('Could not establish connection. Receiving end does not exist.');
      }
      if (!state.running.has(tabId)) {
        throw chromeError('Could not establish connection. Receiving end does not exist.');
      }
      const type = (message as { type?: unknown }).type;
      if (type === 'which-soc/findings') return { url: 'https://x.test/', findings: [] };
      // A content script with findings moves to the next one and says so.
      return type === 'which-soc/next-finding' ? true : undefined;
    },
  );

  spy('tabs', 'query', async (query: { url?: string | string[] }) => {
    const patterns = query.url === undefined ? null : [query.url].flat().map(matchPattern);
    return state.openTabs
      .filter((tab) => patterns === null || patterns.some((pattern) => pattern.test(tab.url)))
      .map((tab) => ({ ...tab }));
  });

  spy('contextMenus', 'removeAll', async () => {
    state.menus.length = 0;
  });
  spy('contextMenus', 'create', (properties: { id: string; title: string; contexts: string[] }) => {
    if (state.menus.some((menu) => menu.id === properties.id)) {
      throw chromeError(`Cannot create item with duplicate id ${properties.id}`);
    }
    state.menus.push({ ...properties });
    return properties.id;
  });
  spy('runtime', 'openOptionsPage', async () => {
    state.openedOptions += 1;
  });

  // Plain properties on the fake, not functions: replaced outright. Every test installs new
  // ones, and each test file gets its own module graph, so nothing leaks.
  Object.assign(fakeBrowser.contextMenus, { onClicked: state.events.contextMenuClicked });
  Object.assign(fakeBrowser.commands, { onCommand: state.events.command });
  Object.assign(fakeBrowser.permissions, { onRemoved: state.events.permissionsRemoved });
  return state;
}
