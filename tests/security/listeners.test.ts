/** @vitest-environment happy-dom */
/**
 * The background's and the content script's `runtime.onMessage` listeners, driven with WXT's
 * fake browser and random messages (fast-check): a message from another extension id (or with
 * no sender id) is ignored whatever it says, even a perfectly well-formed one, and a malformed
 * message from our own id is ignored too; nothing throws, nothing is answered, nothing happens
 * (docs/design.md, "Reliability
 * and security"). tests/e2e/messages.spec.ts covers the page's side in real Chromium.
 */
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import background from '../../entrypoints/background';
import { resetBadgeStateForTests } from '../../lib/background/badge';
import { parseBackgroundMessage, parseContentMessage } from '../../lib/messages';
import { installExtensionFakes, type ExtensionFakes } from '../background/fakes';

const RUNS = 150;

/** Well-formed messages of both directions: the most tempting thing another extension can send. */
const wellFormed = fc.oneof(
  fc.constant({ type: 'which-soc/findings' }),
  fc.nat({ max: 5 }).map((index) => ({ type: 'which-soc/show-finding', index })),
  fc.constant({ type: 'which-soc/next-finding' }),
  fc.string().map((text) => ({ type: 'which-soc/explain-text', text: `SOC 2 ${text}` })),
  fc.nat({ max: 50 }).map((count) => ({ type: 'which-soc/findings-changed', count })),
  fc.constant({ type: 'which-soc/open-cheatsheet' }),
  fc.constant({ type: 'which-soc/open-options' }),
  fc.nat({ max: 50 }).map((tabId) => ({ type: 'which-soc/list-frames', tabId })),
);
const anyMessage = fc.oneof(wellFormed, fc.anything({ withNullPrototype: true }));

/** Senders that are not our extension: another id, an id-less page-like sender, none at all. */
function foreignSender(ownId: string) {
  return fc.oneof(
    fc
      .string({ minLength: 1 })
      .filter((id) => id !== ownId)
      .map((id) => ({ id, url: `chrome-extension://${id}/x.html`, tab: { id: 4 }, frameId: 0 })),
    fc.constant({ url: 'https://evil.example/', tab: { id: 4 }, frameId: 0 }),
    fc.constant({ id: `${ownId}x`, tab: { id: 4 }, frameId: 0 }),
    fc.constant(undefined),
  );
}

function trigger(message: unknown, sender: unknown): Promise<unknown[]> {
  return fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
}

describe('the background listener', () => {
  let fakes: ExtensionFakes;

  beforeEach(() => {
    fakeBrowser.reset();
    resetBadgeStateForTests();
    fakes = installExtensionFakes();
    background.main();
  });

  test('ignores every message from another extension or an id-less sender', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await fc.assert(
      fc.asyncProperty(
        anyMessage,
        foreignSender(fakeBrowser.runtime.id),
        async (message, sender) => {
          expect(await trigger(message, sender)).toEqual([undefined]);
        },
      ),
      { numRuns: RUNS },
    );
    await new Promise((done) => setTimeout(done, 10));
    expect(created).not.toHaveBeenCalled();
    expect(fakes.openedOptions).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 4 })).toBe('');
  });

  test('ignores malformed messages from our own id', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    const own = { id: fakeBrowser.runtime.id, tab: { id: 4 }, frameId: 0, url: 'https://a.b/' };
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withNullPrototype: true }).filter((m) => parseBackgroundMessage(m) === null),
        async (message) => {
          expect(await trigger(message, own)).toEqual([undefined]);
        },
      ),
      { numRuns: RUNS },
    );
    expect(created).not.toHaveBeenCalled();
    expect(fakes.openedOptions).toBe(0);
  });

  test('acts on the same message from our own id (so the checks above can fail)', async () => {
    await trigger({ type: 'which-soc/open-options' }, { id: fakeBrowser.runtime.id });
    await new Promise((done) => setTimeout(done, 10));
    expect(fakes.openedOptions).toBe(1);
  });
});

describe('the content script listener', () => {
  let ctx: ContentScriptContext | undefined;

  beforeEach(async () => {
    fakeBrowser.reset();
    vi.resetModules();
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    document.title = 'Vendor assessment';
    document.body.replaceChildren();
    const cell = document.createElement('p');
    cell.textContent = 'Please attach your most recent SOC 2 Type II report.';
    document.body.append(cell);
    const { default: definition } = await import('../../entrypoints/questionnaire.content/index');
    ctx = new ContentScriptContext('questionnaire', definition);
    await definition.main(ctx);
    // The first scan runs in slices: wait until our own id gets the finding.
    await vi.waitFor(
      async () => {
        const answers = await trigger(
          { type: 'which-soc/findings' },
          { id: fakeBrowser.runtime.id },
        );
        expect(answers.find(Boolean)).toMatchObject({ findings: [{ report: 'soc2' }] });
      },
      { timeout: 5000, interval: 50 },
    );
  });

  afterEach(() => {
    ctx?.abort();
    ctx = undefined;
    delete (window as unknown as Record<string, unknown>).__whichSocContentScript;
    document.body.replaceChildren();
  });

  test('answers nothing and opens nothing for any message from another extension', async () => {
    await fc.assert(
      fc.asyncProperty(
        anyMessage,
        foreignSender(fakeBrowser.runtime.id),
        async (message, sender) => {
          const answers = await trigger(message, sender);
          expect(answers.filter((answer) => answer !== undefined)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
    await new Promise((done) => setTimeout(done, 20));
    expect(document.querySelector('which-soc-card')).toBeNull();
  });

  test('answers nothing for malformed messages from our own id', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.anything({ withNullPrototype: true }).filter((m) => parseContentMessage(m) === null),
        async (message) => {
          const answers = await trigger(message, { id: fakeBrowser.runtime.id });
          expect(answers.filter((answer) => answer !== undefined)).toEqual([]);
        },
      ),
      { numRuns: RUNS },
    );
    expect(document.querySelector('which-soc-card')).toBeNull();
  });
});
