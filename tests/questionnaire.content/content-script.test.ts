/**
 * @vitest-environment happy-dom
 *
 * The content script's entry point with WXT's fake browser: injected twice it scans once, it
 * answers only its own extension with well-formed messages, and it tells the background when
 * the number of findings changes.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import definition from '../../entrypoints/questionnaire.content/index';

const OWN = { id: fakeBrowser.runtime.id };
let contexts: ContentScriptContext[] = [];

function inject(): ContentScriptContext {
  const ctx = new ContentScriptContext('questionnaire');
  contexts.push(ctx);
  void definition.main(ctx);
  return ctx;
}

async function ask(message: unknown, sender: unknown): Promise<unknown[]> {
  return fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined);
}

async function settle() {
  // The scan runs in slices (after the rules' warm-up steps): wait until it is done.
  await new Promise((resolve) => setTimeout(resolve, 5));
  // The controller comes in the task after the one that loaded the script: wait for it.
  const instance = (window as unknown as Record<string, unknown>).__whichSocContentScript as
    { ready: Promise<{ scanner: { settled(): Promise<void> } }> } | undefined;
  const controller = await instance?.ready;
  await controller?.scanner.settled();
}

beforeEach(() => {
  fakeBrowser.reset();
  document.title = 'Vendor assessment';
  document.body.innerHTML =
    '<table><tr><td>Please attach your most recent SOC 2 Type II report.</td><td><textarea></textarea></td></tr></table>';
});

afterEach(() => {
  for (const ctx of contexts) ctx.abort();
  contexts = [];
  delete (window as unknown as Record<string, unknown>).__whichSocContentScript;
  document.body.replaceChildren();
});

describe('the content script', () => {
  test('injected twice, scans and answers once', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    inject();
    inject();
    await settle();
    const responses = (await ask({ type: 'which-soc/findings' }, OWN)).filter(Boolean);
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ findings: [{ report: 'soc2', type: 'type2' }] });
    expect(
      sent.mock.calls.filter(
        ([m]) => (m as unknown as { type: string }).type === 'which-soc/findings-changed',
      ),
    ).toEqual([[{ type: 'which-soc/findings-changed', count: 1 }]]);
  });

  test('re-injected after the scan, keeps its findings without scanning again', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    inject();
    await settle();
    // WXT invalidates the older context when a newer injection starts.
    inject();
    await settle();
    expect((await ask({ type: 'which-soc/findings' }, OWN)).filter(Boolean)).toHaveLength(1);
    expect(sent).toHaveBeenCalledTimes(1);
    expect(contexts[0]?.isValid).toBe(false);
  });

  test.each([
    ['another extension', { type: 'which-soc/findings' }, { id: 'someone-else' }],
    ['no sender', { type: 'which-soc/findings' }, undefined],
    ['an unknown message type', { type: 'which-soc/delete-everything' }, OWN],
    ['a malformed show-finding', { type: 'which-soc/show-finding', index: -1 }, OWN],
    ['a string', 'which-soc/findings', OWN],
  ])('ignores %s', async (_name, message, sender) => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    inject();
    await settle();
    expect((await ask(message, sender)).filter(Boolean)).toEqual([]);
  });

  test('keeps working when the background is gone (sendMessage rejects)', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(
      new Error('Receiving end does not exist.'),
    );
    inject();
    await settle();
    expect((await ask({ type: 'which-soc/findings' }, OWN)).filter(Boolean)).toHaveLength(1);
  });

  test('ignores the page’s postMessage', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    inject();
    await settle();
    const calls = sent.mock.calls.length;
    window.postMessage({ type: 'which-soc/next-finding' }, '*');
    window.postMessage({ type: 'which-soc/open-cheatsheet' }, '*');
    await settle();
    expect(sent.mock.calls.length).toBe(calls);
    expect(document.querySelector('which-soc-card')).toBeNull();
  });
});
