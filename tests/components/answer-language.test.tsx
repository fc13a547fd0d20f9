/**
 * @vitest-environment happy-dom
 *
 * The answer in the question's language, in the real components: a German question gets the
 * German answer in the card and in the popup's findings, one click shows the English one, and
 * Copy and Insert take whichever is on show.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { AnswerBox } from '../../components/answer-box';
import { FindingsList } from '../../components/findings-list';
import { ReportCard, type InsertOutcome } from '../../components/report-card';
import type { Finding } from '../../lib/messages';
import { answerInLanguageOf, emptyProfile, type Profile, type Reading } from '../../lib/rules';
import { byText, click, mount, unmountAll } from './render';

afterEach(unmountAll);

const TODAY = new Date('2026-11-26T12:00:00Z');
const GERMAN =
  'Bitte laden Sie Ihren aktuellen SOC 2 Typ 2 Bericht hoch. Liegt ein Bridge Letter vor?';
const ENGLISH = 'Please upload your most recent SOC 2 Type II report.';
const REQUEST: Reading = {
  report: 'soc2',
  type: 'type2',
  reasons: [{ key: 'rulesWhyTypeSaid', subs: ['2', 'Type II'] }],
};

function acme(): Profile {
  const profile = emptyProfile();
  profile.company = 'Acme GmbH';
  profile.soc2 = { held: true, type: 'type2', periodStart: '2025-10-01', periodEnd: '2026-09-30' };
  profile.access = { trustCenterUrl: 'https://trust.acme.example' };
  return profile;
}

const GERMAN_START = 'Ja. Acme GmbH verfügt über einen Bericht nach SOC 2 Typ 2';
const ENGLISH_START = "Yes. Acme GmbH's SOC 2 Type 2 report covers 1 October 2025";

function answerText(root: HTMLElement): string {
  return root.querySelector('.which-soc-answer-text')?.textContent ?? '';
}

describe('AnswerBox in the question’s language', () => {
  test('shows German, switches to English and back; Copy and Insert take the shown one', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const onInsert = vi.fn();
    const localized = answerInLanguageOf(GERMAN, REQUEST, acme(), TODAY);
    expect(localized.language).toBe('de');
    const root = mount(<AnswerBox {...localized} onInsert={onInsert} />);

    expect(answerText(root)).toMatch(new RegExp(`^${GERMAN_START}`));
    expect(answerText(root)).toContain('1. Oktober 2025');
    expect(root.querySelector('.which-soc-answer')?.getAttribute('lang')).toBe('de');
    expect(root.textContent).toContain('Attach: Bericht nach SOC 2 Typ 2');

    await click(byText(root, 'button', 'Show in English'));
    expect(answerText(root)).toMatch(new RegExp(`^${ENGLISH_START}`));
    expect(root.querySelector('.which-soc-answer')?.getAttribute('lang')).toBe('en');
    await click(byText(root, 'button', 'Copy answer'));
    expect(writeText).toHaveBeenLastCalledWith(answerText(root));
    await click(byText(root, 'button', 'Insert'));
    expect(onInsert).toHaveBeenLastCalledWith(answerText(root));
    expect(onInsert.mock.lastCall?.[0]).toMatch(/^Yes\./);

    await click(byText(root, 'button', 'Show in Deutsch'));
    expect(answerText(root)).toMatch(new RegExp(`^${GERMAN_START}`));
    await click(byText(root, 'button', 'Insert'));
    expect(onInsert.mock.lastCall?.[0]).toMatch(/^Ja\./);
  });

  test('an English question has no switch', () => {
    const localized = answerInLanguageOf(ENGLISH, REQUEST, acme(), TODAY);
    expect(localized).toEqual({ language: 'en', answer: expect.any(Object) });
    const root = mount(<AnswerBox {...localized} />);
    expect(answerText(root)).toMatch(new RegExp(`^${ENGLISH_START}`));
    expect(byText(root, 'button', /Show in/)).toBeUndefined();
  });
});

describe('the card', () => {
  test('shows the German answer for a German question and inserts English after the switch', async () => {
    const onInsert = vi.fn((_text: string, _overwrite: boolean): InsertOutcome => 'inserted');
    const root = mount(
      <ReportCard
        phrase="SOC 2 Typ 2 Bericht"
        question={GERMAN}
        items={[{ ...REQUEST, ...answerInLanguageOf(GERMAN, REQUEST, acme(), TODAY) }]}
        pjBody="Hi PJ"
        onInsert={onInsert}
        onOpenCheatsheet={vi.fn()}
        onClose={vi.fn()}
      />,
    );
    expect(answerText(root)).toMatch(new RegExp(`^${GERMAN_START}`));
    await click(byText(root, 'button', 'Insert into the answer field'));
    expect(onInsert).toHaveBeenLastCalledWith(expect.stringMatching(/^Ja\. /), false);

    await click(byText(root, 'button', 'Show in English'));
    expect(answerText(root)).toMatch(new RegExp(`^${ENGLISH_START}`));
    await click(byText(root, 'button', 'Insert into the answer field'));
    expect(onInsert).toHaveBeenLastCalledWith(expect.stringMatching(/^Yes\. /), false);
  });
});

describe('the popup’s findings', () => {
  test('each finding answers in its own question’s language', async () => {
    const findings: Finding[] = [
      { ...REQUEST, index: 0, text: 'SOC 2 Typ 2', question: GERMAN, context: '' },
      { ...REQUEST, index: 1, text: 'SOC 2 Type II', question: ENGLISH, context: '' },
    ];
    const root = mount(
      <FindingsList
        findings={findings}
        answerOf={(finding) => answerInLanguageOf(finding.question, finding, acme(), TODAY)}
        onShow={vi.fn()}
      />,
    );
    const texts = Array.from(root.querySelectorAll('.which-soc-answer-text')).map(
      (p) => p.textContent ?? '',
    );
    expect(texts[0]).toMatch(new RegExp(`^${GERMAN_START}`));
    expect(texts[1]).toMatch(new RegExp(`^${ENGLISH_START}`));
    const switches = Array.from(root.querySelectorAll('button')).filter(
      (button) => button.textContent === 'Show in English',
    );
    expect(switches).toHaveLength(1);
    await click(switches[0]);
    expect(root.querySelector('.which-soc-answer-text')?.textContent).toMatch(
      new RegExp(`^${ENGLISH_START}`),
    );
  });
});
