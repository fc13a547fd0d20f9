import { defineContentScript } from '#imports';
import { browser } from 'wxt/browser';
import { KNOWN_HOST_PATTERNS } from '../../lib/hosts';
import { isOwnSender, parseContentMessage } from '../../lib/messages';
import { PageController } from '../../lib/page/controller';
import { pageHighlightEnv } from '../../lib/page/highlights';
import type { CardUi } from './card-ui';
import { createLazyCard } from './lazy-card';
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
    // which the browser loads and starts this script from the scan's own slices.
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
    const isTop = window === window.top;

    // The card's code starts on its first open (lazy-card.ts): not in this task.
    instance.card = createLazyCard(
      async () => {
        const [
          { createCardUi },
          { loadProfileForAnswers },
          { requestAnswer },
          { createUiLanguageFollower },
        ] = await Promise.all([
          import('./card-ui'),
          // The user's own profile merged with the organisation's (browser policy).
          import('../../lib/managed'),
          import('./answer-request'),
          import('./ui-language'),
        ]);
        return createCardUi(ctx, {
          followLanguage: createUiLanguageFollower({
            send: (message) => browser.runtime.sendMessage(message),
          }),
          loadProfile: () => loadProfileForAnswers(),
          askAnswer: (question, reading) =>
            requestAnswer((message) => browser.runtime.sendMessage(message), question, reading),
          insert: (request, text, overwrite) =>
            request.finding && instance.controller
              ? instance.controller.insertAnswer(request.finding, text, overwrite)
              : 'no-field',
          openCheatsheet: () => send({ type: 'which-soc/open-cheatsheet' }),
          onClosed: () => instance.controller?.cardClosed(),
        });
      },
      // Only a broken build gets here (the card is part of this file): say so where a
      // developer looks, and let the next click try again.
      (error) => console.warn('Which SOC?: the card could not be loaded', error),
    );

    const onMessage = (message: unknown, sender: { id?: string } | undefined) => {
      if (!isOwnSender(sender, browser.runtime.id)) return undefined;
      const parsed = parseContentMessage(message);
      if (!parsed) return undefined;
      // Sub-frames stay silent unless they hold findings, so the top frame's answer wins.
      if (
        !isTop &&
        (parsed.type === 'which-soc/explain-text' ||
          (instance.controller?.scanner.store.size ?? 0) === 0)
      ) {
        return undefined;
      }
      // Before the first scan starts (the task after this one) the controller is not there yet:
      // answer once it is, as the first scan's findings were not in yet either.
      const handle = (controller: PageController) =>
        controller.handleMessage(parsed, location.href);
      // Answered: the findings, and whether next-finding moved (the background walks frames).
      const answers =
        parsed.type === 'which-soc/findings' || parsed.type === 'which-soc/next-finding';
      if (!instance.controller) {
        const answer = instance.ready.then(handle);
        return answers ? answer : undefined;
      }
      const result = handle(instance.controller);
      return answers ? Promise.resolve(result) : undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      instance.card?.close();
      // Extension unloaded or updated: this world's scan stops. Replaced by a newer injection
      // of the same extension: the scan carries on under the new context.
      if (!isRuntimeAlive()) instance.controller?.stop();
    });
    // Our listeners only read events (the page's postMessage is never listened to).
    // Only the user's own input counts: the page can dispatch synthetic clicks and keys
    // (isTrusted false) to open our card or walk its findings (tests/e2e/messages.spec.ts).
    ctx.addEventListener(document, 'click', (event) => {
      if (event.isTrusted) instance.controller?.onClick(event as MouseEvent);
    });
    ctx.addEventListener(
      window,
      'keydown',
      (event) => {
        if (event.isTrusted) instance.controller?.onKeyDown(event as KeyboardEvent);
      },
      { capture: true },
    );
    // SPA navigations rescan. WXT's location watcher starts with this listener (a few ms):
    // in the next task, with the scan, not in this one.
    ctx.setTimeout(() => {
      ctx.addEventListener(
        window,
        'wxt:locationchange',
        () => void instance.controller?.scanner.rescanAll(),
      );
    }, 0);
    // The page can delete our highlights from the shared registry: put them back.
    ctx.setInterval(() => instance.controller?.highlighter?.ensureRegistered(), 1000);
    // Idempotent: a second injection finds the scan started (or about to start) already.
    instance.startScan();
  },
});

interface Instance {
  /** null until the rules are loaded, in the task after the one that loaded this script. */
  controller: PageController | null;
  /** Resolves with the controller once it exists. */
  ready: Promise<PageController>;
  card: CardUi | null;
  /** Loads the rules, makes the controller and starts the first scan: once, after this task. */
  startScan: () => void;
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
  let scheduled = false;
  let resolveReady: (controller: PageController) => void = () => undefined;
  const instance: Instance = {
    controller: null,
    ready: new Promise((resolve) => (resolveReady = resolve)),
    card: null,
    startScan() {
      if (scheduled) return;
      scheduled = true;
      // The task that loads this script holds its compilation and main(). The rules' set-up
      // (their tables and regular expressions: lazily initialised modules behind a dynamic
      // import, 5-15 ms) and the controller come in the next task, and the first scan starts
      // from there, in slices: no task of ours over 50 ms. A plain timer, not ctx's:
      // a newer injection invalidates this ctx and must not cancel the start.
      setTimeout(() => {
        if (!isRuntimeAlive()) return;
        void import('../../lib/page/detector').then(({ rulesDetector }) => {
          const controller = createController(instance, rulesDetector);
          instance.controller = controller;
          resolveReady(controller);
          void controller.start();
        });
      }, 0);
    },
  };
  return instance;
}

function createController(
  instance: Instance,
  detector: ConstructorParameters<typeof PageController>[1]['detector'],
): PageController {
  return new PageController(document, {
    detector,
    highlightEnv: pageHighlightEnv(),
    openCard: (request) => void instance.card?.open(request),
    closeCard: () => instance.card?.close(),
    isCardOpen: () => instance.card?.isOpen() ?? false,
    cardHost: () => instance.card?.host() ?? null,
    onCount: (count) => send({ type: 'which-soc/findings-changed', count }),
  });
}

/*
 * Test pages (tests/e2e/pages and demo/), each checked in real Chromium by tests/e2e/content-*.spec.ts:
 * - demo/questionnaire.html: the demo questionnaire, with traps (Security Operations Center).
 * - content-late.html: rows that render late and re-render.
 * - content-shadow-frame.html: an open shadow root and a same-origin iframe.
 * - content-controlled.html: a framework-controlled textarea (Insert), and a main-world
 *   MutationObserver proving the page's nodes are never mutated.
 */
