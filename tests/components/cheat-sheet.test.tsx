/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { CheatSheet } from '../../components/cheat-sheet';
import { ScenarioPicker } from '../../components/scenario-picker';
import {
  FAQ,
  LEGACY_NAMES,
  pickScenario,
  SOC1_VS_SOC2,
  type ScenarioAnswers,
} from '../../lib/rules';
import { useMessageTable } from '../../lib/i18n';
import { knowledgeIn } from '../../lib/rules/knowledge-languages';
import { untranslatedText, usePseudoMessages } from '../i18n/pseudo';
import { textsOf } from '../i18n/knowledge-texts';
import { byText, click, mount, unmountAll } from './render';

afterEach(unmountAll);

describe('CheatSheet', () => {
  test('has every section, each under its own heading', () => {
    const root = mount(<CheatSheet />);
    const headings = Array.from(root.querySelectorAll('h2')).map((h) => h.textContent);
    expect(headings).toEqual([
      'SOC 1 vs SOC 2',
      'Type 1 vs Type 2',
      'SOC 2 vs ISO 27001',
      'SOC 3 and bridge letters',
      'Old and international names',
      'Pick your scenario',
      'FAQ',
    ]);
  });

  test('shows the SOC 1 vs SOC 2 table with row headers and both columns', () => {
    const root = mount(<CheatSheet />);
    const table = root.querySelector('[data-testid="soc1-vs-soc2"]');
    const rowHeaders = Array.from(table?.querySelectorAll('tbody th[scope="row"]') ?? []).map(
      (th) => th.textContent,
    );
    expect(rowHeaders).toEqual(SOC1_VS_SOC2.rows.map((row) => row.aspect));
    const firstRow = table?.querySelectorAll('tbody tr')[0];
    expect(firstRow?.querySelectorAll('td')[0]?.textContent).toBe(SOC1_VS_SOC2.rows[0]?.cells[0]);
    expect(firstRow?.querySelectorAll('td')[1]?.textContent).toBe(SOC1_VS_SOC2.rows[0]?.cells[1]);
  });

  test('lists every legacy name and every FAQ question', () => {
    const root = mount(<CheatSheet />);
    for (const entry of LEGACY_NAMES) expect(root.textContent).toContain(entry.name);
    const summaries = Array.from(root.querySelectorAll('.faq summary')).map((s) => s.textContent);
    expect(summaries).toEqual(FAQ.map((entry) => entry.question));
  });

  test('Escape closes an open FAQ entry', () => {
    const root = mount(<CheatSheet />);
    const details = root.querySelector<HTMLDetailsElement>('.faq details');
    if (!details) throw new Error('no FAQ entry');
    details.open = true;
    details
      .querySelector('summary')
      ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(details.open).toBe(false);
  });
});

/** Ticks the radio of each answer, by its value, as a user would. */
async function answer(root: HTMLElement, answers: ScenarioAnswers): Promise<void> {
  for (const [question, value] of Object.entries(answers)) {
    const radio = root.querySelector<HTMLInputElement>(
      `input[name="scenario-${question}"][value="${value}"]`,
    );
    await click(radio);
  }
}

describe('ScenarioPicker', () => {
  test('asks three questions as radio groups and waits for all three', async () => {
    const root = mount(<ScenarioPicker />);
    expect(root.querySelectorAll('fieldset legend')).toHaveLength(3);
    await click(root.querySelector('input[name="scenario-financialReporting"][value="no"]'));
    expect(root.querySelector('[data-recommendation]')).toBeNull();
    expect(root.textContent).toContain('Answer the three questions');
  });

  test.each<[string, ScenarioAnswers, string]>([
    [
      'SOC 2 for a SaaS vendor asked by security',
      { financialReporting: 'no', asker: 'security', dealsStalled: 'no' },
      'soc2',
    ],
    [
      'SOC 1 for a payroll vendor asked by auditors',
      { financialReporting: 'yes', asker: 'finance', dealsStalled: 'no' },
      'soc1',
    ],
    [
      'both for a payments vendor asked by both',
      { financialReporting: 'yes', asker: 'both', dealsStalled: 'yes' },
      'both',
    ],
    [
      'ask the buyer when unsure and asked by auditors',
      { financialReporting: 'unsure', asker: 'finance', dealsStalled: 'no' },
      'ask-buyer',
    ],
  ])('recommends %s, with the reasoning', async (_name, answers, recommendation) => {
    const root = mount(<ScenarioPicker />);
    await answer(root, answers);
    const outcome = root.querySelector('[data-recommendation]');
    expect(outcome?.getAttribute('data-recommendation')).toBe(recommendation);
    const expected = pickScenario(answers);
    expect(outcome?.textContent).toContain(expected.headline);
    for (const reason of expected.reasons) expect(outcome?.textContent).toContain(reason);
    expect(outcome?.textContent).toContain(expected.typeAdvice);
  });

  test('"Start over" clears the answers', async () => {
    const root = mount(<ScenarioPicker />);
    await answer(root, { financialReporting: 'no', asker: 'security', dealsStalled: 'no' });
    await click(byText(root, 'button', 'Start over'));
    await act(async () => {});
    expect(root.querySelector('[data-recommendation]')).toBeNull();
    expect(root.querySelectorAll('input:checked')).toHaveLength(0);
  });
});

describe('CheatSheet in another language', () => {
  afterEach(() => useMessageTable(null, null));

  test('shows the language it loaded, and only words from the locale files around it', async () => {
    usePseudoMessages();
    const german = await knowledgeIn('de');
    const load = vi.fn(knowledgeIn);
    const root = mount(<CheatSheet language="de" load={load} />);
    await vi.waitFor(() => expect(root.querySelector('.cheat-sheet[lang]')).not.toBeNull());
    expect(load).toHaveBeenCalledWith('de');
    expect(root.querySelector('.cheat-sheet')?.getAttribute('lang')).toBe('de');
    expect(root.querySelector('h2')?.textContent).toBe(german.soc1VsSoc2.title);
    expect(root.querySelector('#extras-title')?.textContent).toBe('⟦cheatSheetExtrasTitle⟧');
    await answer(root, { financialReporting: 'no', asker: 'security', dealsStalled: 'no' });
    expect(root.querySelector('.outcome-headline')?.textContent).toBe(
      german.scenario.headlines.soc2,
    );
    expect(
      untranslatedText(
        root,
        textsOf(german).sort((a, b) => b.length - a.length),
      ),
    ).toEqual([]);
  });

  test('a language that fails to load shows English under a line that says so', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const root = mount(
      <CheatSheet language="fr" load={() => Promise.reject(new Error('chunk missing'))} />,
    );
    expect(root.querySelector('.cheat-sheet')?.getAttribute('aria-busy')).toBe('true');
    await vi.waitFor(() => expect(root.querySelector('[role="status"]')).not.toBeNull());
    expect(root.querySelector('[role="status"]')?.textContent).toBe(
      'The cheat-sheet could not load in your language; here it is in English.',
    );
    expect(root.querySelector('.cheat-sheet')?.getAttribute('lang')).toBe('en');
    expect(root.querySelector('h2')?.textContent).toBe(SOC1_VS_SOC2.title);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
