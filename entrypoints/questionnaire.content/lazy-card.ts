/**
 * The card, loaded on first use. The card UI (Preact, the components, QR codes,
 * answers, profile storage: about 75 kB of the 176 kB script) sits behind a dynamic `import()`,
 * which the content-script build inlines into the same file as a lazily initialised module: its
 * top-level code (Preact's set-up, storage item definitions, answer tables) only runs when the
 * first card opens, never in the task that loads the content script.
 *
 * Why not a second file the background injects (`scripting.executeScript` with `files`): on the
 * known hosts the extension holds no host permission, only the manifest's content-script matches,
 * and Chromium refuses that call there ("Cannot access contents of the page. Extension manifest
 * must request permission to access the respective host", Chromium 156, acme.my.onetrust.com).
 * It would take `host_permissions` for every known host, or a web-accessible file any page can
 * read. The file still holds the card's code, which V8 parses when the script loads: about 10 ms
 * of that task here (SECURITY.md, "Known limits").
 */
import type { CardRequest } from '../../lib/page/controller';
import type { CardUi } from './card-ui';

/** Loads the real card (a dynamic import, so its modules start only when first asked for). */
export type CardLoader = () => Promise<CardUi>;

/**
 * A `CardUi` that loads the real one on the first `open`. Open requests made while it loads are
 * queued, and only the last one is shown (two quick clicks open one card, the second phrase's);
 * `close` meanwhile cancels it. If loading fails, `onLoadFailed` is told and the next `open`
 * tries again.
 */
export function createLazyCard(load: CardLoader, onLoadFailed: (error: unknown) => void): CardUi {
  let card: CardUi | null = null;
  let loading: Promise<CardUi | null> | null = null;
  let pending: CardRequest | null = null;

  const ensure = (): Promise<CardUi | null> => {
    loading ??= load().then(
      (loaded) => (card = loaded),
      (error: unknown) => {
        loading = null;
        onLoadFailed(error);
        return null;
      },
    );
    return loading;
  };

  return {
    async open(request) {
      if (card) return card.open(request);
      pending = request;
      const loaded = await ensure();
      // Another open (or a close) came while this one waited: the newest request wins.
      if (!loaded || pending !== request) return;
      pending = null;
      await loaded.open(request);
    },
    close() {
      pending = null;
      card?.close();
    },
    isOpen: () => card?.isOpen() ?? false,
    host: () => card?.host() ?? null,
  };
}
