/** @vitest-environment happy-dom */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { FileCheckView, type FileCheckViewProps } from '../../components/file-check-view';
import { findingKey, type Decision } from '../../lib/file-check/review';
import { ANSWER } from '../fixtures/popup-state';
import {
  FILE_NAME,
  ISO_FINDING,
  READING,
  SOC2_FINDING,
  SOC2_SECOND,
} from '../fixtures/file-check-state';
import { byText, click, mount, unmountAll } from './render';

afterEach(unmountAll);

function props(extra: Partial<FileCheckViewProps> = {}): FileCheckViewProps {
  return {
    decisions: new Map(),
    suggestionOf: () => ({ language: 'en', answer: ANSWER }),
    answerCount: 0,
    hasProfile: true,
    dragging: false,
    accept: '.xlsx,.csv',
    onFile: vi.fn(),
    onCancel: vi.fn(),
    onColumns: vi.fn(),
    onDecide: vi.fn(),
    onAcceptGroup: vi.fn(),
    onDownload: vi.fn(),
    onOpenOptions: vi.fn(),
    ...extra,
  };
}

const READY = { file: { name: FILE_NAME, reading: READING } };

function item(root: HTMLElement, cell: string): HTMLElement {
  const found = root.querySelector<HTMLElement>(`[data-cell="${cell}"]`);
  if (!found) throw new Error(`no finding for ${cell}`);
  return found;
}

describe('FileCheckView before a file', () => {
  test('offers the picker for the accepted types and says the file stays in the browser', () => {
    const root = mount(<FileCheckView {...props()} />);
    expect(root.querySelector('h1')?.textContent).toBe('Check a questionnaire file');
    expect(root.textContent).toContain('not uploaded and not stored');
    const input = root.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input?.accept).toBe('.xlsx,.csv');
    expect(root.querySelector('[data-testid="summary"]')).toBeNull();
  });

  test('hands a picked file to onFile', async () => {
    const p = props();
    const root = mount(<FileCheckView {...p} />);
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File(['a,b'], 'q.csv', { type: 'text/csv' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
    expect(p.onFile).toHaveBeenCalledWith(file);
  });

  test('marks the whole page while a file is dragged over it', () => {
    const root = mount(<FileCheckView {...props({ dragging: true })} />);
    expect(root.querySelector('main')?.classList.contains('file-check-dragging')).toBe(true);
  });
});

describe('FileCheckView while working', () => {
  test('says what it does without a bar during the first 300 ms, and disables the picker', () => {
    const root = mount(
      <FileCheckView
        {...props({ busy: { label: 'Reading q.xlsx…', showProgress: false, done: 0, total: 0 } })}
      />,
    );
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Reading q.xlsx…');
    expect(root.querySelector('progress')).toBeNull();
    expect(root.querySelector<HTMLInputElement>('input[type="file"]')?.disabled).toBe(true);
  });

  test('shows the progress bar and a Stop button after that', async () => {
    const p = props({
      busy: { label: 'Reading q.xlsx…', showProgress: true, done: 250, total: 1000 },
    });
    const root = mount(<FileCheckView {...p} />);
    const bar = root.querySelector('progress');
    expect(bar?.getAttribute('value')).toBe('250');
    expect(bar?.getAttribute('max')).toBe('1000');
    expect(root.textContent).toContain('25%');
    await click(byText(root, 'button', 'Stop'));
    expect(p.onCancel).toHaveBeenCalledOnce();
  });
});

describe('FileCheckView with a problem', () => {
  test('shows the message as an alert, and keeps the file read before', () => {
    const root = mount(
      <FileCheckView
        {...props({ ...READY, error: 'old.xls: This is an old .xls file: save it as .xlsx.' })}
      />,
    );
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'old.xls: This is an old .xls file: save it as .xlsx.',
    );
    expect(root.querySelector('[data-testid="summary"]')?.textContent).toBe(
      'SOC 2 Type 2 x2, ISO/IEC 27001 x1, SOC 1 x1; 57 rows read in 3 sheets',
    );
  });
});

describe('FileCheckView with a file read', () => {
  test('shows the summary line, each sheet with its columns, and every finding with its cell and number', () => {
    const root = mount(<FileCheckView {...props(READY)} />);
    expect(root.querySelector('h2')?.textContent).toBe(FILE_NAME);
    expect(root.querySelector('[data-testid="summary"]')?.textContent).toBe(
      'SOC 2 Type 2 x2, ISO/IEC 27001 x1, SOC 1 x1; 57 rows read in 3 sheets',
    );
    const rows = Array.from(root.querySelectorAll('.file-sheets tbody tr'));
    expect(rows.map((row) => row.querySelector('th')?.textContent)).toEqual([
      'Assurance',
      'Financial Controls',
      'Lists (hidden: not read)',
    ]);
    const question = root.querySelector<HTMLSelectElement>(
      'select[aria-label="Question column of Assurance"]',
    );
    expect(question?.value).toBe('B');
    expect(Array.from(question!.options).map((option) => option.textContent)).toEqual([
      'A: Ref',
      'B: Question',
      'C: Response',
      'D: Comments',
    ]);
    const missing = root.querySelector<HTMLSelectElement>(
      'select[aria-label="Answer column of Lists"]',
    );
    expect(missing?.options[0]?.textContent).toBe('Not found: choose');
    expect(missing?.disabled).toBe(true);

    const soc2 = item(root, 'Assurance!B4');
    expect(soc2.querySelector('.finding-report')?.textContent).toBe('SOC 2 Type 2');
    expect(soc2.querySelector('.finding-question')?.textContent).toBe(
      `A.4 ${SOC2_FINDING.question}`,
    );
    expect(soc2.querySelector('.file-reasons')?.textContent).toContain(
      'SOC 2 Type 2: “SOC 2” names SOC 2. Type 2: the text says “Type II”.',
    );
    expect(soc2.textContent).toContain(ANSWER.text);
  });

  test('changing a column asks for that sheet to be read again with both columns', async () => {
    const p = props(READY);
    const root = mount(<FileCheckView {...p} />);
    const answer = root.querySelector<HTMLSelectElement>(
      'select[aria-label="Answer column of Assurance"]',
    )!;
    answer.value = 'D';
    await act(async () => {
      answer.dispatchEvent(new Event('change'));
    });
    expect(p.onColumns).toHaveBeenCalledWith('Assurance', 'B', 'D');
  });

  test('accept and skip hand the decision up with the suggested text', async () => {
    const p = props(READY);
    const root = mount(<FileCheckView {...p} />);
    await click(byText(item(root, 'Assurance!B4'), 'button', 'Accept'));
    expect(p.onDecide).toHaveBeenCalledWith(SOC2_FINDING, {
      kind: 'accepted',
      text: ANSWER.text,
      replace: false,
    });
    await click(byText(item(root, 'Assurance!B6'), 'button', 'Skip'));
    expect(p.onDecide).toHaveBeenCalledWith(ISO_FINDING, { kind: 'skipped' });
  });

  test('edit opens the suggestion in a text box and saves the user’s words', async () => {
    const p = props(READY);
    const root = mount(<FileCheckView {...p} />);
    const soc2 = item(root, 'Assurance!B4');
    await click(byText(soc2, 'button', 'Edit'));
    const box = soc2.querySelector('textarea')!;
    expect(box.value).toBe(ANSWER.text);
    await act(async () => {
      box.value = 'Yes: our SOC 2 Type 2 is attached.';
      box.dispatchEvent(new Event('input'));
    });
    await click(byText(soc2, 'button', 'Save answer'));
    expect(p.onDecide).toHaveBeenCalledWith(SOC2_FINDING, {
      kind: 'accepted',
      text: 'Yes: our SOC 2 Type 2 is attached.',
      replace: false,
    });
    expect(soc2.querySelector('textarea')).toBeNull();
  });

  test('an accepted answer shows where it goes, and Undo reopens it', async () => {
    const decisions = new Map<string, Decision>([
      [findingKey(SOC2_FINDING), { kind: 'accepted', text: 'Attached.', replace: false }],
    ]);
    const p = props({ ...READY, decisions, answerCount: 1 });
    const root = mount(<FileCheckView {...p} />);
    const soc2 = item(root, 'Assurance!B4');
    expect(soc2.querySelector('.file-status')?.textContent).toBe('Accepted');
    expect(soc2.querySelector('.file-accepted')?.textContent).toBe(
      'Goes into Assurance!C4: Attached.',
    );
    expect(byText(soc2, 'button', 'Accept')).toBeUndefined();
    await click(byText(soc2, 'button', 'Undo'));
    expect(p.onDecide).toHaveBeenCalledWith(SOC2_FINDING, { kind: 'open' });
  });

  test('a filled answer cell shows what it holds and is replaced only when the user ticks it', async () => {
    const decisions = new Map<string, Decision>([
      [findingKey(SOC2_SECOND), { kind: 'accepted', text: 'Yes.', replace: false }],
    ]);
    const p = props({ ...READY, decisions });
    const root = mount(<FileCheckView {...p} />);
    const filled = item(root, 'Assurance!B9');
    expect(filled.querySelector('.file-existing')?.textContent).toBe(
      'Assurance!C9 already says: “See attached.”',
    );
    expect(filled.querySelector('.file-status')?.textContent).toBe('Accepted, cell kept');
    const box = filled.querySelector<HTMLInputElement>('.file-replace input')!;
    expect(box.checked).toBe(false);
    await click(box);
    expect(p.onDecide).toHaveBeenCalledWith(SOC2_SECOND, {
      kind: 'accepted',
      text: 'Yes.',
      replace: true,
    });
  });

  test('offers "Accept all" per report with the count still open', async () => {
    const decisions = new Map<string, Decision>([[findingKey(SOC2_FINDING), { kind: 'skipped' }]]);
    const p = props({ ...READY, decisions });
    const root = mount(<FileCheckView {...p} />);
    const labels = Array.from(root.querySelectorAll('.file-groups button')).map(
      (b) => b.textContent,
    );
    expect(labels).toEqual([
      'Accept all SOC 2 Type 2 (1)',
      'Accept all ISO 27001 (1)',
      'Accept all SOC 1 (1)',
    ]);
    await click(byText(root, 'button', 'Accept all ISO 27001 (1)'));
    expect(p.onAcceptGroup).toHaveBeenCalledWith(
      expect.objectContaining({ title: 'ISO 27001', findings: [ISO_FINDING] }),
    );
  });

  test('download waits for an accepted answer, then says how many will be written', async () => {
    const none = mount(<FileCheckView {...props(READY)} />);
    expect(byText<HTMLButtonElement>(none, 'button', 'Download answered copy')?.disabled).toBe(
      true,
    );
    unmountAll();
    const p = props({ ...READY, answerCount: 3 });
    const root = mount(<FileCheckView {...p} />);
    expect(root.querySelector('.file-download')?.textContent).toContain(
      '3 answers will be written',
    );
    await click(byText(root, 'button', 'Download answered copy'));
    expect(p.onDownload).toHaveBeenCalledOnce();
  });

  test('says the answers are generic without a profile, and links to the options', async () => {
    const p = props({ ...READY, hasProfile: false });
    const root = mount(<FileCheckView {...p} />);
    expect(root.textContent).toContain('These answers are generic.');
    await click(byText(root, 'button', 'Fill in your reports'));
    expect(p.onOpenOptions).toHaveBeenCalledOnce();
  });

  test('disables every finding’s controls while a job runs', () => {
    const root = mount(
      <FileCheckView
        {...props({
          ...READY,
          busy: { label: 'Writing…', showProgress: false, done: 0, total: 0 },
        })}
      />,
    );
    expect(root.querySelector<HTMLFieldSetElement>('fieldset.file-findings-set')?.disabled).toBe(
      true,
    );
    expect(byText<HTMLButtonElement>(root, 'button', 'Download answered copy')?.disabled).toBe(
      true,
    );
  });

  test('lists a long file 200 findings at a time', async () => {
    const many = Array.from({ length: 450 }, (_, i) => ({ ...SOC2_FINDING, cell: `B${i + 2}` }));
    const root = mount(
      <FileCheckView
        {...props({ file: { name: 'big.xlsx', reading: { ...READING, findings: many } } })}
      />,
    );
    expect(root.querySelectorAll('li.file-finding')).toHaveLength(200);
    expect(byText(root, 'button', 'Accept all SOC 2 Type 2 (450)')).toBeDefined();
    await click(byText(root, 'button', 'Show 200 more (250 not shown)'));
    expect(root.querySelectorAll('li.file-finding')).toHaveLength(400);
    await click(byText(root, 'button', 'Show 50 more (50 not shown)'));
    expect(root.querySelectorAll('li.file-finding')).toHaveLength(450);
    expect(byText(root, 'button', /^Show \d+ more/)).toBeUndefined();
  });

  test('says so when no question asks for a report', () => {
    const root = mount(
      <FileCheckView
        {...props({ file: { name: 'x.csv', reading: { ...READING, findings: [] } } })}
      />,
    );
    expect(root.textContent).toContain('No question in this file asks for a SOC report');
    expect(root.querySelector('.file-findings')).toBeNull();
  });

  test('shows file text as text, never as markup', () => {
    const hostile = { ...SOC2_FINDING, question: '<img src=x onerror="alert(1)"> SOC 2 report?' };
    const root = mount(
      <FileCheckView
        {...props({
          file: { name: '<b>x</b>.xlsx', reading: { ...READING, findings: [hostile] } },
        })}
      />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('h2 b')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror="alert(1)"> SOC 2 report?');
  });
});
