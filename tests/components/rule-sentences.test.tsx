/** @vitest-environment happy-dom */
/**
 * The rules' sentences on the screens that show them: the card's "why" list follows the UI
 * language, and in the pseudo-language no English reason is left.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ReportCard, type ReportCardItem } from '../../components/report-card';
import { useMessageTable } from '../../lib/i18n';
import { analyze, REPORTS } from '../../lib/rules';
import { readTable } from '../../scripts/locales';
import { untranslatedText, usePseudoMessages } from '../i18n/pseudo';
import { mount, unmountAll } from './render';

afterEach(() => {
  unmountAll();
  useMessageTable(null, null);
});

const QUESTION = 'Please attach your SOC report covering controls relevant to financial reporting.';

/** The card's items as the content script builds them: the rules' own reading of the question. */
function items(): ReportCardItem[] {
  return analyze(QUESTION).map((request) => ({
    ...request,
    answer: { text: 'Yes.', advice: [] },
  }));
}

function card(): HTMLElement {
  return mount(
    <ReportCard
      phrase="SOC report"
      question={QUESTION}
      items={items()}
      pjBody="Hi PJ"
      onOpenCheatsheet={vi.fn()}
      onClose={vi.fn()}
    />,
  );
}

const why = (root: HTMLElement) =>
  Array.from(root.querySelectorAll('.which-soc-card-reasons li')).map((li) => li.textContent);

describe('the card’s reasons', () => {
  test('leave no English in the pseudo-language', () => {
    usePseudoMessages();
    const root = card();
    const list = root.querySelector('.which-soc-card-reasons');
    expect(why(root)).toHaveLength(3);
    expect(list?.textContent).toContain('⟦rulesWhyFinancialCue financial reporting⟧');
    expect(untranslatedText(list!)).toEqual([]);
    // The rest of the card: the page's text, the summary and the test's answer are data.
    expect(
      untranslatedText(root, [
        QUESTION,
        'SOC report',
        REPORTS.soc1.summary,
        'Yes.',
        /Copy answer|Advice/g,
      ]),
    ).toEqual([]);
  });

  test('read German in a German UI, the cue quoted', () => {
    useMessageTable('de', readTable('de'));
    expect(why(card())).toEqual([
      '„SOC report“: Ein SOC-Bericht ohne Nummer: SOC 2 bei einer Sicherheitsprüfung, SOC 1, wenn es um Finanzberichterstattung geht.',
      '„financial reporting“ deutet auf Finanzberichterstattung hin, die SOC 1 abdeckt.',
      'Der Text lässt den Typ offen (Typ 1 oder Typ 2).',
    ]);
  });

  test('read Japanese in a Japanese UI', () => {
    useMessageTable('ja', readTable('ja'));
    expect(why(card())[1]).toBe(
      '「financial reporting」は財務報告を示しており、これはSOC 1の対象です。',
    );
  });
});
