/**
 * @vitest-environment happy-dom
 *
 * The in-page card in the language chosen on the options page, not the browser's: the browser
 * speaks English here (tests/setup-i18n.ts), the stored choice is German, and the card's own words
 * come from the background's German table (its real message handler, reading the locale files),
 * as the card chunk asks for them before it renders.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReportCard, type ReportCardItem } from '../../components/report-card';
import { createUiLanguageFollower } from '../../entrypoints/questionnaire.content/ui-language';
import {
  handleBackgroundMessage,
  setUiTableLoaderForTests,
} from '../../lib/background/message-router';
import { useMessageTable } from '../../lib/i18n';
import { uiLanguageItem } from '../../lib/settings';
import { readTable } from '../../scripts/locales';
import { byText, mount, unmountAll } from '../components/render';

const german = readTable('de');
const english = readTable('en');

const ITEM: ReportCardItem = {
  report: 'soc2',
  type: 'type2',
  reasons: [{ key: 'rulesWhyTypeSaid', subs: ['2', 'Type II'] }],
  answer: { text: 'Yes. Our SOC 2 Type 2 report is attached.', advice: [] },
};

/** Sends as the content script does, to the background's own router, as our content script. */
const send = async (message: object): Promise<unknown> => {
  const sender = { id: fakeBrowser.runtime.id, url: 'https://acme.my.onetrust.com/q', tab: {} };
  const answer = handleBackgroundMessage(message, sender);
  if (!answer) throw new Error('The background did not answer.');
  return answer;
};

async function openCard(): Promise<HTMLElement> {
  await createUiLanguageFollower({ send })();
  return mount(
    <ReportCard
      phrase="SOC 2 Type 2"
      question="Please provide your SOC 2 Type 2 report."
      items={[ITEM]}
      pjBody="Hi PJ"
      onInsert={() => 'inserted'}
      onOpenCheatsheet={vi.fn()}
      onClose={vi.fn()}
    />,
  );
}

beforeEach(() => {
  fakeBrowser.reset();
  setUiTableLoaderForTests(async (language) => readTable(language));
});

afterEach(() => {
  unmountAll();
  useMessageTable(null, null);
});

describe('the card with a chosen language', () => {
  test('speaks German in an English browser when German is chosen', async () => {
    expect(fakeBrowser.i18n.getMessage('cardClose')).toBe(english.cardClose);
    await uiLanguageItem.setValue('de');
    const root = await openCard();
    const dialog = root.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe(german.cardDialogLabel);
    expect(dialog?.getAttribute('lang')).toBe('de');
    expect(root.textContent).toContain(german.cardPageAsks);
    expect(root.querySelector('.which-soc-close')?.getAttribute('aria-label')).toBe(
      german.cardClose,
    );
    for (const name of ['cardInsert', 'cardTextPj', 'cardOpenCheatsheet', 'commonCopyAnswer']) {
      expect(byText(root, 'button', german[name] ?? '?'), name).toBeDefined();
    }
    expect(byText(root, 'button', english.cardTextPj ?? '?')).toBeUndefined();
  });

  test('speaks the browser’s English when the stored choice is corrupt', async () => {
    await uiLanguageItem.setValue('../../_locales/de');
    const root = await openCard();
    const dialog = root.querySelector('[role="dialog"]');
    expect(dialog?.getAttribute('aria-label')).toBe(english.cardDialogLabel);
    expect(dialog?.getAttribute('lang')).toBe('en');
    expect(byText(root, 'button', english.cardTextPj ?? '?')).toBeDefined();
  });
});
