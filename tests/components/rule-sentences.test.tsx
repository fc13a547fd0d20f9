/** @vitest-environment happy-dom */
/**
 * The rules' sentences on the screens that show them: the card's "why" list and the answer box's
 * advice follow the UI language, and in the pseudo-language no English reason or advice is left.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AnswerBox } from '../../components/answer-box';
import { ReportCard, type ReportCardItem } from '../../components/report-card';
import { useMessageTable } from '../../lib/i18n';
import { analyze, answerInLanguageOf, emptyProfile, type Reading } from '../../lib/rules';
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
    // The rest of the card: the page's text and the test's answer are data.
    expect(untranslatedText(root, [QUESTION, 'SOC report', 'Yes.', /Copy answer|Advice/g])).toEqual(
      [],
    );
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

describe('the answer box’s advice', () => {
  const READING: Reading = { report: 'soc2', type: 'type2', reasons: [] };
  const TODAY = new Date('2026-11-15T00:00:00Z');
  const stale = () => {
    const profile = emptyProfile();
    profile.company = 'Acme';
    profile.soc2 = { held: true, type: 'type2', periodEnd: '2025-06-30' };
    return answerInLanguageOf('Bitte SOC 2 Bericht bereitstellen.', READING, profile, TODAY);
  };
  const adviceOf = (root: HTMLElement) => root.querySelector('.which-soc-answer-advice');

  test.each([
    ['without a profile', () => answerInLanguageOf('Please attach your SOC 2 report.', READING)],
    ['with a stale report and its dates', stale],
  ])('leaves no English in the pseudo-language, %s', (_name, make) => {
    usePseudoMessages();
    const { answer, english, language } = make();
    const root = mount(<AnswerBox answer={answer} english={english} language={language} />);
    expect(adviceOf(root)?.querySelectorAll('li').length).toBeGreaterThan(0);
    expect(untranslatedText(adviceOf(root)!)).toEqual([]);
    const data = [answer.text, ...(answer.attach ? [answer.attach] : [])];
    expect(untranslatedText(root, data)).toEqual([]);
  });

  test('speaks the UI language with its dates, beside an answer in the question’s', () => {
    useMessageTable('ja', readTable('ja'));
    const { answer, english, language } = stale();
    const root = mount(<AnswerBox answer={answer} english={english} language={language} />);
    expect(root.querySelector('.which-soc-answer')?.getAttribute('lang')).toBe('de');
    expect(adviceOf(root)?.getAttribute('lang')).toBe('ja');
    expect(adviceOf(root)?.textContent).toContain('2025年6月30日');
    expect(adviceOf(root)?.textContent).toContain('監査法人と次回の検証を計画してください');
  });
});
