/**
 * @vitest-environment happy-dom
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ReportCard, type InsertOutcome, type ReportCardItem } from '../../components/report-card';
import { byText, click, mount, unmountAll } from './render';

afterEach(unmountAll);

const SOC2: ReportCardItem = {
  report: 'soc2',
  type: 'type2',
  reasons: [
    { key: 'rulesWhySocUnnumbered', subs: ['SOC report'] },
    { key: 'rulesWhyTypeSaid', subs: ['2', 'Type II'] },
  ],
  answer: {
    text: 'Yes. Our SOC 2 Type 2 report is attached.',
    attach: 'SOC 2 Type 2 report',
    advice: [],
  },
};

function card(overrides: Partial<Parameters<typeof ReportCard>[0]> = {}) {
  const props = {
    phrase: 'SOC 2 Type II',
    question: 'Please attach your most recent SOC 2 Type II report.',
    items: [SOC2],
    pjBody: 'Hi PJ',
    onInsert: vi.fn((): InsertOutcome => 'inserted'),
    onOpenCheatsheet: vi.fn(),
    onClose: vi.fn(),
    ...overrides,
  };
  return { props, root: mount(<ReportCard {...props} />) };
}

describe('the report card', () => {
  test('names the report and type, says why, and gives the answer', () => {
    const { root } = card();
    expect(root.querySelector('h2')?.textContent).toBe('SOC 2 Type 2');
    expect(root.querySelector('[aria-label="Why"]')?.textContent).toContain(
      '“SOC report”: A SOC report without a number: SOC 2 in a security review',
    );
    expect(root.textContent).toContain('Our SOC 2 Type 2 report is attached.');
    expect(byText(root, 'button', 'Copy answer')).toBeDefined();
  });

  test('shows page text as text, never as markup', () => {
    const { root } = card({ phrase: '<img src=x onerror="alert(1)">', question: '<b>bold</b>' });
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)">');
  });

  test('says so when the text asks for no report', () => {
    const { root } = card({ items: [] });
    expect(root.textContent).toContain('does not ask for a SOC report');
  });

  test('inserts into an empty field and reports it', async () => {
    const { root, props } = card();
    await click(byText(root, 'button', 'Insert into the answer field'));
    expect(props.onInsert).toHaveBeenCalledWith(SOC2.answer.text, false);
    expect(root.querySelector('[role=status]')?.textContent).toContain('Inserted');
  });

  test('asks before replacing a filled field, and replaces only when told', async () => {
    const onInsert = vi.fn((_text: string, overwrite: boolean): InsertOutcome =>
      overwrite ? 'inserted' : 'needs-confirm',
    );
    const { root } = card({ onInsert });
    await click(byText(root, 'button', 'Insert into the answer field'));
    expect(root.textContent).toContain('already holds text');
    await click(byText(root, 'button', 'Keep mine'));
    expect(onInsert).toHaveBeenCalledTimes(1);
    await click(byText(root, 'button', 'Insert into the answer field'));
    await click(byText(root, 'button', 'Replace'));
    expect(onInsert).toHaveBeenLastCalledWith(SOC2.answer.text, true);
    expect(root.querySelector('[role=status]')?.textContent).toContain('Inserted');
  });

  test('has no Insert button without a question field', () => {
    const { root } = card({ onInsert: undefined });
    expect(byText(root, 'button', 'Insert into the answer field')).toBeUndefined();
  });

  test('opens Text PJ, the cheat-sheet, and closes', async () => {
    const { root, props } = card();
    await click(byText(root, 'button', 'Text PJ'));
    expect(root.querySelector('[data-testid=text-pj-link]')?.getAttribute('href')).toMatch(/^sms:/);
    await click(byText(root, 'button', 'Open cheat-sheet'));
    expect(props.onOpenCheatsheet).toHaveBeenCalledTimes(1);
    await click(root.querySelector('[aria-label=Close]'));
    expect(props.onClose).toHaveBeenCalledTimes(1);
  });
});
