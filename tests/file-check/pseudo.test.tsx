/** @vitest-environment happy-dom */
/**
 * The file page in the pseudo-language: every word the page itself writes comes from the locale
 * files, the summary line and every problem the file reader reports included. What stays is the
 * file's own text (names, questions, headers) and the suggested answers, all data the test lists
 * as allowed. The reasons are the rules' sentences, translated like the page's own words.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/file-check/app';
import { FileCheckView, type FileCheckViewProps } from '../../components/file-check-view';
import { findingKey, type Decision } from '../../lib/file-check/review';
import { emptyProfile } from '../../lib/rules';
import { suggestInLanguage } from '../../lib/file-check/review';
import type { FileFinding, WorkerRequest } from '../../lib/file-check/protocol';
import type { WorkerLike } from '../../lib/file-check/run-job';
import { byText, click, mount, unmountAll } from '../components/render';
import {
  FILE_NAME,
  ISO_FINDING,
  READING,
  SHEETS,
  SOC1_FINDING,
  SOC2_FINDING,
  SOC2_SECOND,
} from '../fixtures/file-check-state';
import { WORKER_PROBLEM_EXAMPLES } from '../fixtures/file-problems';
import { untranslatedText, usePseudoMessages } from '../i18n/pseudo';

afterEach(unmountAll);

const TODAY = new Date('2026-12-03T12:00:00Z');
const GERMAN_ROW: FileFinding = {
  ...SOC2_FINDING,
  question: 'Bitte stellen Sie Ihren aktuellen SOC 2 Typ 2 Bericht zur Verfügung.',
};
/** A row whose answer cell holds a formula: it says why it cannot be answered. */
const FORMULA_ROW: FileFinding = {
  ...SOC1_FINDING,
  cell: 'B5',
  answerCell: 'C5',
  existingAnswer: '42',
  answerFormula: true,
};
const FINDINGS = [GERMAN_ROW, ISO_FINDING, SOC2_SECOND, SOC1_FINDING, FORMULA_ROW];

function profile() {
  const p = emptyProfile();
  p.company = 'Acme Cloud';
  p.soc2 = {
    held: true,
    type: 'type2',
    periodStart: '2025-10-01',
    periodEnd: '2026-09-30',
    auditor: 'Example CPA LLP',
  };
  return p;
}

const suggestionOf = (finding: FileFinding) =>
  suggestInLanguage(finding.question, finding.requests, profile(), TODAY);

/** The file's own text and what the reader and the rules wrote: data, not the page's words. */
function data(): (string | RegExp)[] {
  const texts = new Set<string>([FILE_NAME]);
  for (const sheet of SHEETS) {
    texts.add(sheet.name);
    for (const column of sheet.columns) texts.add(column.header);
  }
  for (const finding of FINDINGS) {
    texts.add(finding.question);
    texts.add(finding.existingAnswer);
    const suggestion = suggestionOf(finding);
    for (const answer of [suggestion.answer, suggestion.english]) {
      if (!answer) continue;
      texts.add(answer.text);
      if (answer.attach) texts.add(answer.attach);
    }
  }
  // Longest first, so a text is not cut by a shorter one inside it.
  return [...texts].filter(Boolean).sort((a, b) => b.length - a.length);
}

/**
 * The shared answer box (Attach, Advice, Copy answer) is translated with the card and the
 * popup, which show it too; its words are listed here until then.
 */
const ANSWER_BOX = ['Attach:', 'Copy answer', 'Advice'];

describe('the file page in another language', () => {
  test('shows no English of its own, in every state', async () => {
    usePseudoMessages();
    const decisions = new Map<string, Decision>([
      [findingKey(SOC2_SECOND), { kind: 'accepted', text: 'Siehe Anlage.', replace: false }],
      [findingKey(SOC1_FINDING), { kind: 'skipped' }],
    ]);
    const props: FileCheckViewProps = {
      file: { name: FILE_NAME, reading: { ...READING, findings: FINDINGS } },
      busy: { label: 'x', showProgress: true, done: 5, total: 10 },
      error: 'e',
      notice: 'n',
      decisions,
      suggestionOf,
      inEnglish: new Set(),
      onEnglish: vi.fn(),
      answerCount: 1,
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
    };
    const root = mount(<FileCheckView {...props} />);
    const allowed = [...data(), 'Siehe Anlage.', ...ANSWER_BOX];
    expect(untranslatedText(root, allowed)).toEqual([]);
    // The summary is the page's words around report names and counts, nothing else.
    expect(root.querySelector('[data-testid="summary"]')?.textContent).toBe(
      '⟦filesSummaryAsked ⟦filesSummaryItem SOC 2 Type 2 2⟧, ⟦filesSummaryItem ISO/IEC 27001 1⟧, ' +
        '⟦filesSummaryItem SOC 1 1⟧ ⟦filesSummaryRead ⟦filesSummaryRows_other 57⟧ ' +
        '⟦filesSummaryInSheets_other 3⟧⟧⟧',
    );
    // The switch and the editor are there, in the pseudo-language too.
    expect(root.textContent).toContain('⟦commonShowInEnglish⟧');
    expect(root.textContent).toContain('⟦filesFormulaCell Financial Controls!C5⟧');
    await click(byText(root.querySelector('[data-cell="Assurance!B4"]')!, 'button', /filesEdit⟧/));
    expect(root.querySelector('.file-editor')).not.toBeNull();
    expect(untranslatedText(root, allowed)).toEqual([]);

    const none = mount(
      <FileCheckView
        {...props}
        busy={undefined}
        answerCount={0}
        file={{ name: FILE_NAME, reading: { ...READING, findings: [] } }}
      />,
    );
    expect(none.textContent).toContain('⟦filesNoRequests⟧');
    expect(untranslatedText(none, allowed)).toEqual([]);
  });
});

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  request?: WorkerRequest;
  postMessage(message: unknown): void {
    this.request = message as WorkerRequest;
  }
  terminate(): void {}
  async reply(data: unknown): Promise<void> {
    await act(async () => {
      this.onmessage?.({ data } as MessageEvent);
      await new Promise((done) => setTimeout(done, 0));
    });
  }
  async crash(): Promise<void> {
    await act(async () => {
      this.onerror?.({ preventDefault: () => undefined } as unknown as ErrorEvent);
      await new Promise((done) => setTimeout(done, 0));
    });
  }
}

describe('the file page’s problems in another language', () => {
  let workers: FakeWorker[];
  const createWorker = () => {
    const worker = new FakeWorker();
    workers.push(worker);
    return worker;
  };
  beforeEach(() => {
    fakeBrowser.reset();
    workers = [];
    usePseudoMessages();
  });

  async function pick(root: HTMLElement, name: string): Promise<void> {
    const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const file = new File([new Uint8Array([80, 75, 3, 4])], name);
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    const before = workers.length;
    await act(async () => {
      input.dispatchEvent(new Event('change'));
    });
    await vi.waitFor(() => expect(workers[before]?.request).toBeDefined());
  }

  const alertOf = (root: HTMLElement) => root.querySelector('[role="alert"]')?.textContent ?? '';

  /**
   * One message naming the file around exactly one other message with its parameters: English
   * made in code would show outside the inner brackets, and `untranslatedText` would not see it.
   */
  const ONE_PROBLEM = /^⟦filesProblemIn q\.xlsx ⟦files[A-Za-z0-9_]+( [^⟦⟧]+)?⟧⟧$/;

  test('every problem of a file, and every failed job, is worded in the UI language', async () => {
    const root = mount(<App createWorker={createWorker} save={vi.fn()} />);
    for (const problem of WORKER_PROBLEM_EXAMPLES) {
      await pick(root, 'q.xlsx');
      await workers.at(-1)!.reply({ type: 'failed', problem });
      expect(alertOf(root), problem.kind).toMatch(ONE_PROBLEM);
      expect(untranslatedText(root, [FILE_NAME]), problem.kind).toEqual([]);
    }
    await pick(root, 'q.xlsx');
    await workers.at(-1)!.reply({ type: 'read', reading: { sheets: 'all' } });
    expect(alertOf(root)).toBe('⟦filesProblemIn q.xlsx ⟦filesInvalidReply⟧⟧');
    await pick(root, 'q.xlsx');
    await workers.at(-1)!.crash();
    expect(alertOf(root)).toBe('⟦filesProblemIn q.xlsx ⟦filesCrashed⟧⟧');
    expect(untranslatedText(root)).toEqual([]);
  });

  test('a job past its time limit is worded in the UI language', async () => {
    const root = mount(<App createWorker={createWorker} save={vi.fn()} timeLimitMs={1_000} />);
    await pick(root, 'q.xlsx');
    await act(() => new Promise((done) => setTimeout(done, 1_100)));
    expect(alertOf(root)).toBe('⟦filesProblemIn q.xlsx ⟦filesTimeoutRead_one 1⟧⟧');
    expect(untranslatedText(root)).toEqual([]);
  });

  test('a failed answered copy, after a summary, in the UI language', async () => {
    const root = mount(<App createWorker={createWorker} save={vi.fn()} />);
    await pick(root, FILE_NAME);
    await workers[0]!.reply({ type: 'read', reading: READING });
    expect(root.querySelector('[data-testid="summary"]')?.textContent).toMatch(
      /^⟦filesSummaryAsked /,
    );
    await click(root.querySelector('[aria-label="⟦filesAcceptLabel Assurance!B4⟧"]'));
    await click(byText(root, 'button', '⟦filesDownload⟧'));
    await workers[1]!.reply({
      type: 'failed',
      problem: { kind: 'formula-cell', sheet: 'Assurance', cell: 'C4' },
    });
    expect(alertOf(root)).toBe('⟦filesWriteFailed ⟦filesErrorFormulaCell Assurance C4⟧⟧');
  });
});
