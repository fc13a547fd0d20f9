/** @vitest-environment happy-dom */
/**
 * The content script's real entry (entrypoints/questionnaire.content/index.ts) runs on a
 * happy-dom document without throwing, and answers the `which-soc/findings` message of
 * the documented contract (docs/design.md). It drives the entry only through its public surface (the
 * definition's `main(ctx)` and runtime messages), so it survives changes inside lib/page.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FindingsResponse } from '../../lib/messages';

const QUESTIONNAIRE = `
  <h1>Vendor security review</h1>
  <h2>Information security</h2>
  <ol>
    <li>Please upload your most recent SOC 2 Type II report.<textarea></textarea></li>
    <li>Do you operate a 24x7 SOC that monitors alerts?<textarea></textarea></li>
  </ol>`;
const NOTHING = '<h1>Release notes</h1><p>Version 4.2 adds dark mode.</p>';

let ctx: ContentScriptContext | undefined;
/** Answers go through the listener's returned promise (webextension-polyfill style). */
const noResponse = () => undefined;

/** Imports the entry fresh and runs its `main` with a real WXT context, as the browser would. */
async function runEntry(): Promise<ContentScriptContext> {
  const { default: definition } = await import('../../entrypoints/questionnaire.content/index');
  ctx = new ContentScriptContext('questionnaire', definition);
  await definition.main(ctx);
  return ctx;
}

/** Sends a message as our own extension would, and returns the content script's answer. */
async function ask(message: unknown): Promise<unknown> {
  const answers = await fakeBrowser.runtime.onMessage.trigger(
    message,
    { id: fakeBrowser.runtime.id },
    noResponse,
  );
  return answers.find((answer) => answer !== undefined);
}

/** Asks for findings until the (asynchronous, chunked) first scan has settled. */
async function findingsWhenSettled(): Promise<FindingsResponse> {
  let response: FindingsResponse | undefined;
  await vi.waitFor(
    async () => {
      response = (await ask({ type: 'which-soc/findings' })) as FindingsResponse | undefined;
      expect(response?.findings.length ?? -1).toBeGreaterThanOrEqual(0);
    },
    { timeout: 5_000, interval: 50 },
  );
  return response!;
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.resetModules();
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
});

afterEach(() => {
  ctx?.abort();
  ctx = undefined;
  document.body.replaceChildren();
});

describe('the content script entry', () => {
  test.each([
    ['a questionnaire', QUESTIONNAIRE],
    ['a page with nothing to find', NOTHING],
    ['an empty page', ''],
  ])('runs on %s without throwing', async (_name, html) => {
    document.body.innerHTML = html;
    await expect(runEntry()).resolves.toBeInstanceOf(ContentScriptContext);
    await expect(findingsWhenSettled()).resolves.toMatchObject({ url: location.href });
  });

  test('reports the SOC 2 request and not the Security Operations Center', async () => {
    document.body.innerHTML = QUESTIONNAIRE;
    await runEntry();
    await vi.waitFor(
      async () => {
        const response = (await ask({ type: 'which-soc/findings' })) as FindingsResponse;
        expect(response.findings.map(({ report, type }) => ({ report, type }))).toEqual([
          { report: 'soc2', type: 'type2' },
        ]);
      },
      { timeout: 5_000, interval: 50 },
    );
  });

  test('leaves the rules and the scan to a later task than the one that loads it', async () => {
    // A fresh isolated world: no instance left by an earlier injection (an earlier test).
    const world = window as unknown as Record<string, { controller: unknown } | undefined>;
    const current = () => world.__whichSocContentScript;
    (current()?.controller as { stop(): void } | null | undefined)?.stop();
    delete world.__whichSocContentScript;
    document.body.innerHTML = QUESTIONNAIRE;
    const { default: definition } = await import('../../entrypoints/questionnaire.content/index');
    ctx = new ContentScriptContext('questionnaire', definition);
    void definition.main(ctx);
    // The load task stays small: main() only sets up listeners; the controller (and the rules it needs) come later.
    expect(current()).toBeDefined();
    expect(current()?.controller).toBeNull();
    // A popup asking right away still gets the findings, once the first scan has run.
    await vi.waitFor(
      async () => {
        const response = (await ask({ type: 'which-soc/findings' })) as FindingsResponse;
        expect(response.findings.map(({ report }) => report)).toEqual(['soc2']);
      },
      { timeout: 5_000, interval: 50 },
    );
    expect(current()?.controller).not.toBeNull();
  });

  test('ignores messages from other extensions and malformed messages', async () => {
    document.body.innerHTML = QUESTIONNAIRE;
    await runEntry();
    await findingsWhenSettled();
    const foreign = await fakeBrowser.runtime.onMessage.trigger(
      { type: 'which-soc/findings' },
      { id: 'another-extension' },
      noResponse,
    );
    expect(foreign.filter((answer) => answer !== undefined)).toEqual([]);
    expect(await ask({ type: 'which-soc/nonsense' })).toBeUndefined();
    expect(await ask('which-soc/findings')).toBeUndefined();
  });
});
