import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { KNOWN_HOST_PATTERNS } from '../../lib/hosts';
import { isOwnSender, parseContentMessage } from '../../lib/messages';
import { PageController } from '../../lib/page/controller';
import { rulesDetector } from '../../lib/page/detector';
import { pageHighlightEnv } from '../../lib/page/highlights';
import { loadProfile } from '../../lib/storage';
import { createCardUi, type CardUi } from './card-ui';
import './style.css';

/** Global flag in the isolated world: a second injection (scripting.executeScript) must not scan twice. */
const INSTANCE_KEY = '__whichSocContentScript';

export default defineContentScript({
  matches: [...KNOWN_HOST_PATTERNS],
  allFrames: true,
  matchAboutBlank: true,
  runAt: 'document_idle',
  // The page gets the highlight rules (style.css) from the manifest, before it is parsed; the
  // card's styles go into its own shadow root (card-ui.tsx) and never touch the page.
  cssInjectionMode: 'manifest',
  main(ctx) {
    // A User Timing mark the page (and our hostile-page tests) can see: it separates the task in
    // which the browser loads and starts this script from the scan's own slices (issue 8).
    try {
      performance.mark('which-soc:start');
    } catch {
      // A page that broke its Performance object only loses the mark.
    }
    // WXT starts a new context on every injection and invalidates the older one; the scan state
    // lives on in the isolated world, so a second injection re-binds listeners without rescanning.
    const global = window as unknown as Record<string, Instance | undefined>;
    const previous = global[INSTANCE_KEY];
    const instance = previous && isRuntimeAlive() ? previous : createInstance();
    global[INSTANCE_KEY] = instance;
    const { controller } = instance;
    const isTop = window === window.top;

    instance.card = createCardUi(ctx, {
      loadProfile: async () => (await loadProfile()).profile,
      insert: (request, text, overwrite) =>
        request.finding ? controller.insertAnswer(request.finding, text, overwrite) : 'no-field',
      openCheatsheet: () => send({ type: 'which-soc/open-cheatsheet' }),
      onClosed: () => controller.cardClosed(),
    });

    const onMessage = (message: unknown, sender: { id?: string } | undefined) => {
      if (!isOwnSender(sender, browser.runtime.id)) return undefined;
      const parsed = parseContentMessage(message);
      if (!parsed) return undefined;
      // Sub-frames stay silent unless they hold findings, so the top frame's answer wins.
      if (
        !isTop &&
        (parsed.type === 'which-soc/explain-text' || controller.scanner.store.size === 0)
      ) {
        return undefined;
      }
      const result = controller.handleMessage(parsed, location.href);
      return typeof result === 'object' ? Promise.resolve(result) : undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      instance.card?.close();
      // Extension unloaded or updated: this world's scan stops. Replaced by a newer injection
      // of the same extension: the scan carries on under the new context.
      if (!isRuntimeAlive()) controller.stop();
    });
    // Our listeners only read events (the page's postMessage is never listened to).
    // Only the user's own input counts: the page can dispatch synthetic clicks and keys
    // (isTrusted false) to open our card or walk its findings (issue 8, tests/e2e/messages.spec.ts).
    ctx.addEventListener(document, 'click', (event) => {
      if (event.isTrusted) controller.onClick(event as MouseEvent);
    });
    ctx.addEventListener(
      window,
      'keydown',
      (event) => {
        if (event.isTrusted) controller.onKeyDown(event as KeyboardEvent);
      },
      { capture: true },
    );
    ctx.addEventListener(window, 'wxt:locationchange', () => void controller.scanner.rescanAll());
    // The page can delete our highlights from the shared registry: put them back.
    ctx.setInterval(() => controller.highlighter?.ensureRegistered(), 1000);
    if (instance !== previous) void controller.start();
  },
});

interface Instance {
  controller: PageController;
  card: CardUi | null;
}

/** False once the extension was unloaded or updated (this world is orphaned). */
function isRuntimeAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

function send(message: object): void {
  // The background may be asleep or gone (extension reloaded): never let that throw here.
  try {
    browser.runtime.sendMessage(message).catch(() => undefined);
  } catch {
    // Orphaned context: nobody to tell.
  }
}

function createInstance(): Instance {
  const instance: Instance = {
    card: null,
    controller: new PageController(document, {
      detector: rulesDetector,
      highlightEnv: pageHighlightEnv(),
      openCard: (request) => void instance.card?.open(request),
      closeCard: () => instance.card?.close(),
      isCardOpen: () => instance.card?.isOpen() ?? false,
      cardHost: () => instance.card?.host() ?? null,
      onCount: (count) => send({ type: 'which-soc/findings-changed', count }),
    }),
  };
  return instance;
}

/*
 * Test pages (tests/e2e/pages and demo/), each checked in real Chromium by tests/e2e/content-*.spec.ts:
 * - demo/questionnaire.html: the demo questionnaire, with traps (Security Operations Center).
 * - content-late.html: rows that render late and re-render.
 * - content-shadow-frame.html: an open shadow root and a same-origin iframe.
 * - content-controlled.html: a framework-controlled textarea (Insert), and a main-world
 *   MutationObserver proving the page's nodes are never mutated.
 */
