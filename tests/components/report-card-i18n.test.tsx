/**
 * @vitest-environment happy-dom
 *
 * The in-page card's own words come from the locale files: rendered in the pseudo-language, no
 * English of the card is left (every state: readings, none, the replace confirmation, a status);
 * rendered in German, it reads German.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ReportCard, type InsertOutcome, type ReportCardItem } from '../../components/report-card';
import { useMessageTable } from '../../lib/i18n';
import type { RuleSentence } from '../../lib/rules';
import { readTable } from '../../scripts/locales';
import { untranslatedText, usePseudoMessages } from '../i18n/pseudo';
import { byText, click, mount, unmountAll } from './render';

afterEach(() => {
  unmountAll();
  useMessageTable(null, null);
});

const QUESTION = 'Bitte stellen Sie Ihren aktuellen SOC 2 Typ 2 Bericht zur Verfügung.';
const REASON: RuleSentence = { key: 'rulesWhyNames', subs: ['SOC 2 Typ 2', 'SOC 2'] };
const ITEM: ReportCardItem = {
  report: 'soc2',
  type: 'type2',
  reasons: [REASON],
  language: 'de',
  answer: { text: 'Ja. Unser Bericht liegt bei.', advice: [] },
  english: { text: 'Yes. Our report is attached.', advice: [] },
};

/**
 * Data the test puts in, and what other parts write: the answer box's labels (a component shared
 * with the popup, translated with it).
 */
const NOT_THE_CARDS: (string | RegExp)[] = [
  QUESTION,
  'SOC 2 Typ 2',
  ITEM.answer.text,
  /Copy answer|Copied!?|Show in English|Advice|Attach:/g,
];

function card(items: ReportCardItem[], onInsert?: () => InsertOutcome) {
  return mount(
    <ReportCard
      phrase="SOC 2 Typ 2"
      question={QUESTION}
      items={items}
      pjBody="Hi PJ"
      onInsert={onInsert}
      onOpenCheatsheet={vi.fn()}
      onClose={vi.fn()}
    />,
  );
}

describe('the card in the pseudo-language', () => {
  test('leaves no English of its own with a reading', () => {
    usePseudoMessages();
    const root = card([ITEM], () => 'inserted');
    expect(root.textContent).toContain('⟦cardPageAsks⟧');
    expect(untranslatedText(root, NOT_THE_CARDS)).toEqual([]);
  });

  test('leaves no English of its own when the text asks for no report', () => {
    usePseudoMessages();
    const root = card([]);
    expect(root.textContent).toContain('⟦cardNoRequest⟧');
    expect(untranslatedText(root, NOT_THE_CARDS)).toEqual([]);
  });

  test('leaves no English in the replace confirmation and the status', async () => {
    usePseudoMessages();
    const outcomes: InsertOutcome[] = ['needs-confirm', 'failed'];
    const root = card([ITEM], () => outcomes.shift() ?? 'inserted');
    await click(byText(root, 'button', '⟦cardInsert⟧'));
    expect(root.querySelector('[role="alertdialog"]')).not.toBeNull();
    expect(untranslatedText(root, NOT_THE_CARDS)).toEqual([]);
    await click(byText(root, 'button', '⟦cardReplace⟧'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe('⟦cardInsertFailed⟧');
    expect(untranslatedText(root, NOT_THE_CARDS)).toEqual([]);
  });
});

describe('the card in German', () => {
  test('reads German', async () => {
    useMessageTable('de', readTable('de'));
    const root = card([ITEM], () => 'no-field');
    expect(root.textContent).toContain('Die Seite fragt:');
    expect(root.querySelector('[role="dialog"]')?.getAttribute('aria-label')).toBe(
      'Which SOC? – Berichtsanfrage',
    );
    await click(byText(root, 'button', 'In das Antwortfeld einfügen'));
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'Kein Antwortfeld zu dieser Frage gefunden. Kopieren Sie stattdessen die Antwort.',
    );
  });
});
