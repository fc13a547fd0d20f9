/**
 * `which-soc/ui-messages {language}`: the in-page card asks the background for the table of the
 * language chosen on the options page (a content script cannot read the package's `_locales`).
 * Only our own extension gets an answer; a malformed request gets none; a table is read once per
 * language, and a failed read is tried again.
 */
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { resetBadgeStateForTests } from '../../lib/background/badge';
import { setUiTableLoaderForTests } from '../../lib/background/message-router';
import type { TableLoader } from '../../lib/i18n';
import { parseUiMessagesResponse } from '../../lib/messages';
import type { Language } from '../../lib/rules';
import { readTable } from '../../scripts/locales';
import { installExtensionFakes } from './fakes';

const OWN_ID = 'test-extension-id';

let reads: Language[];

beforeEach(() => {
  fakeBrowser.reset();
  resetBadgeStateForTests();
  installExtensionFakes();
  reads = [];
  setUiTableLoaderForTests(async (language) => {
    reads.push(language);
    return readTable(language);
  });
  background.main();
});

const contentSender = () => ({
  id: OWN_ID,
  url: 'https://acme.my.onetrust.com/q',
  tab: { id: 4 },
  frameId: 0,
});

async function ask(message: unknown, sender: unknown = contentSender()): Promise<unknown> {
  const [answer] = await fakeBrowser.runtime.onMessage.trigger(
    message,
    sender as never,
    () => undefined,
  );
  return answer;
}

describe('which-soc/ui-messages', () => {
  test('answers our content script with the language’s table, which the card accepts', async () => {
    const answer = await ask({ type: 'which-soc/ui-messages', language: 'de' });
    const table = parseUiMessagesResponse(answer, 'de');
    expect(table).toEqual(readTable('de'));
    expect(table?.cardClose).toBe('Schließen');
  });

  test('reads each language once', async () => {
    await ask({ type: 'which-soc/ui-messages', language: 'de' });
    await ask({ type: 'which-soc/ui-messages', language: 'de' });
    await ask({ type: 'which-soc/ui-messages', language: 'ja' });
    expect(reads).toEqual(['de', 'ja']);
  });

  test.each([
    ['another extension', { id: 'other-extension', url: 'https://acme.my.onetrust.com/q' }],
    ['a sender without id', { url: 'https://acme.my.onetrust.com/q' }],
    ['no sender', null],
  ])('does not answer %s', async (_name, sender) => {
    expect(await ask({ type: 'which-soc/ui-messages', language: 'de' }, sender)).toBeUndefined();
    expect(reads).toEqual([]);
  });

  test.each([
    ['a language we do not speak', { type: 'which-soc/ui-messages', language: 'sv' }],
    ['the browser choice', { type: 'which-soc/ui-messages', language: 'browser' }],
    ['a path', { type: 'which-soc/ui-messages', language: '../manifest' }],
    ['no language', { type: 'which-soc/ui-messages' }],
  ])('does not answer %s', async (_name, message) => {
    expect(await ask(message)).toBeUndefined();
    expect(reads).toEqual([]);
  });

  test('a failed read fails that request only: the next one reads again', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    let fail = true;
    const load: TableLoader = async (language) => {
      reads.push(language);
      if (fail) throw new Error('No messages for fr (404).');
      return readTable(language);
    };
    setUiTableLoaderForTests(load);
    await expect(ask({ type: 'which-soc/ui-messages', language: 'fr' })).rejects.toThrow('404');
    fail = false;
    const answer = await ask({ type: 'which-soc/ui-messages', language: 'fr' });
    expect(parseUiMessagesResponse(answer, 'fr')).toEqual(readTable('fr'));
    expect(reads).toEqual(['fr', 'fr']);
  });
});
