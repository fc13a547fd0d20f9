/** @vitest-environment happy-dom */
/**
 * The file page's state, end to end inside the page: a picked file goes to a worker (a fake one
 * here, driven by the test), the reading shows, decisions become the answers of the fill job, and
 * the copy is saved. The real worker and a real workbook are covered in real Chromium
 * (tests/e2e/file-check.spec.ts).
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App, PROGRESS_DELAY_MS } from '../../entrypoints/file-check/app';
import type { WorkerRequest } from '../../lib/file-check/protocol';
import type { WorkerLike } from '../../lib/file-check/run-job';
import { useMessageTable } from '../../lib/i18n';
import { emptyProfile } from '../../lib/rules';
import { answerLanguageItem } from '../../lib/settings';
import { profileItem } from '../../lib/storage';
import { readTable } from '../../scripts/locales';
import { byText, click, mount, unmountAll } from '../components/render';
import { FILE_NAME, READING, SOC2_FINDING, SOC2_SECOND } from '../fixtures/file-check-state';

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  request?: WorkerRequest;
  terminated = false;
  postMessage(message: unknown): void {
    this.request = message as WorkerRequest;
  }
  terminate(): void {
    this.terminated = true;
  }
  async reply(data: unknown): Promise<void> {
    await act(async () => {
      this.onmessage?.({ data } as MessageEvent);
      await new Promise((done) => setTimeout(done, 0));
    });
  }
}

let workers: FakeWorker[];
const createWorker = () => {
  const worker = new FakeWorker();
  workers.push(worker);
  return worker;
};

async function settle(ms = 0): Promise<void> {
  await act(() => new Promise((done) => setTimeout(done, ms)));
}

async function pick(root: HTMLElement, file: File): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change'));
  });
  // file.arrayBuffer() resolves outside act: wait until the worker got the job.
  await vi.waitFor(() => expect(workers.at(-1)?.request).toBeDefined());
}

const BYTES = new Uint8Array([80, 75, 3, 4, 9, 9]);

beforeEach(() => {
  fakeBrowser.reset();
  workers = [];
});

afterEach(unmountAll);

describe('the file page', () => {
  test('reads a picked file in a worker, shows the findings, and saves the answered copy', async () => {
    const save = vi.fn();
    const root = mount(<App createWorker={createWorker} save={save} timeLimitMs={10_000} />);
    await pick(root, new File([BYTES], FILE_NAME));

    const read = workers[0]!.request!;
    expect(read).toMatchObject({ type: 'read', fileName: FILE_NAME, columns: {} });
    expect(new Uint8Array(read.bytes)).toEqual(BYTES);
    await workers[0]!.reply({ type: 'read', reading: READING });
    expect(workers[0]!.terminated).toBe(true);
    expect(root.querySelector('[data-testid="summary"]')?.textContent).toBe(
      'SOC 2 Type 2 x2, ISO/IEC 27001 x1, SOC 1 x1; 57 rows read in 3 sheets',
    );

    await click(byText(root, 'button', 'Accept all SOC 2 Type 2 (2)'));
    await click(root.querySelector('[aria-label="Accept the answer for Financial Controls!B3"]'));
    // Assurance!C9 already holds an answer: accepted, but kept until the user ticks "Replace".
    expect(root.querySelector('.file-download')?.textContent).toContain(
      '2 answers will be written',
    );

    await click(byText(root, 'button', 'Download answered copy'));
    const fill = workers[1]!.request!;
    expect(fill.type).toBe('fill');
    expect(new Uint8Array(fill.bytes)).toEqual(BYTES);
    expect(fill.type === 'fill' ? fill.answers.map((a) => `${a.sheet}!${a.cell}`) : []).toEqual([
      'Assurance!C4',
      'Financial Controls!C3',
    ]);
    await workers[1]!.reply({ type: 'filled', bytes: new Uint8Array([1, 2, 3]).buffer });
    expect(save).toHaveBeenCalledWith(
      new Uint8Array([1, 2, 3]),
      'Acme vendor assessment (answered).xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(root.querySelector('.file-notice')?.textContent).toBe(
      'Saved Acme vendor assessment (answered).xlsx with 2 answers. The file you picked is unchanged.',
    );
  });

  test('suggests the answer tailored by the stored profile', async () => {
    const profile = emptyProfile();
    profile.company = 'Acme Cloud';
    profile.soc2 = {
      held: true,
      type: 'type2',
      periodStart: '2025-10-01',
      periodEnd: '2026-09-30',
      auditor: 'Example CPA LLP',
    };
    await profileItem.setValue(profile);
    const root = mount(<App createWorker={createWorker} save={vi.fn()} />);
    await settle();
    await pick(root, new File([BYTES], FILE_NAME));
    await workers[0]!.reply({ type: 'read', reading: READING });
    expect(root.querySelector('[data-cell="Assurance!B4"]')?.textContent).toContain(
      'Example CPA LLP',
    );
    expect(root.textContent).not.toContain('These answers are generic.');
  });

  test.each([
    ['en', 'huge.xlsx is 150.5 MB; the largest file this page reads is 100 MB.'],
    ['de', 'huge.xlsx'],
  ] as const)(
    'refuses a file past the limit at once, sizes written as %s writes them',
    async (lang, expected) => {
      if (lang !== 'en') useMessageTable(lang, readTable(lang));
      const root = mount(<App createWorker={createWorker} save={vi.fn()} />);
      const file = new File([BYTES], 'huge.xlsx');
      Object.defineProperty(file, 'size', { value: 150.5 * 1024 * 1024 });
      const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
      Object.defineProperty(input, 'files', { value: [file], configurable: true });
      await act(async () => {
        input.dispatchEvent(new Event('change'));
      });
      const alert = root.querySelector('[role="alert"]')?.textContent ?? '';
      useMessageTable(null, null);
      expect(workers).toEqual([]);
      expect(alert).toContain(expected);
      if (lang === 'de') expect(alert).toContain('150,5 MB');
    },
  );

  test('shows the bar only after 300 ms, and Stop ends the worker', async () => {
    const root = mount(<App createWorker={createWorker} save={vi.fn()} />);
    await pick(root, new File([BYTES], 'big.xlsx'));
    await workers[0]!.reply({ type: 'progress', done: 10, total: 100 });
    expect(root.querySelector('progress')).toBeNull();
    expect(root.querySelector('.file-busy')?.textContent).toBe('Reading big.xlsx…');
    await settle(PROGRESS_DELAY_MS + 20);
    expect(root.querySelector('progress')?.getAttribute('value')).toBe('10');
    await click(byText(root, 'button', 'Stop'));
    await settle();
    expect(workers[0]!.terminated).toBe(true);
    expect(root.querySelector('progress')).toBeNull();
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'big.xlsx: Stopped. Nothing was changed.',
    );
  });

  test('ends a worker past the time limit with a clear message', async () => {
    const root = mount(<App createWorker={createWorker} save={vi.fn()} timeLimitMs={50} />);
    await pick(root, new File([BYTES], 'slow.xlsx'));
    await settle(80);
    expect(workers[0]!.terminated).toBe(true);
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(
      /^slow\.xlsx: Reading this file took longer than 0\.1 seconds, so it was stopped\. Nothing was changed\./,
    );
  });

  test('a bad file shows the reader’s message and keeps the file read before, with its choices', async () => {
    const root = mount(<App createWorker={createWorker} save={vi.fn()} />);
    await pick(root, new File([BYTES], FILE_NAME));
    await workers[0]!.reply({ type: 'read', reading: READING });
    await click(root.querySelector('[aria-label="Skip Assurance!B6"]'));

    await pick(root, new File([new Uint8Array([0xd0, 0xcf])], 'old.xls'));
    await workers[1]!.reply({ type: 'failed', problem: { kind: 'old-xls' } });
    expect(root.querySelector('[role="alert"]')?.textContent).toBe(
      'old.xls: This is an Excel 97-2003 workbook (.xls). Open it in Excel and save it as .xlsx (Excel Workbook), then open the .xlsx here.',
    );
    expect(root.querySelector('h2')?.textContent).toBe(FILE_NAME);
    expect(root.querySelector('[data-cell="Assurance!B6"] .file-status')?.textContent).toBe(
      'Skipped',
    );
  });

  test('a malformed reply from the worker is refused with a message', async () => {
    const root = mount(<App createWorker={createWorker} save={vi.fn()} />);
    await pick(root, new File([BYTES], 'q.csv'));
    await workers[0]!.reply({ type: 'read', reading: { sheets: 'all of them' } });
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(
      /^q\.csv: The file reader sent back something this page does not understand/,
    );
    expect(root.querySelector('[data-testid="summary"]')).toBeNull();
  });

  test('a new column choice reads the file again with it, keeping choices on other sheets', async () => {
    const root = mount(<App createWorker={createWorker} save={vi.fn()} />);
    await pick(root, new File([BYTES], FILE_NAME));
    await workers[0]!.reply({ type: 'read', reading: READING });
    await click(root.querySelector('[aria-label="Skip Assurance!B6"]'));
    await click(root.querySelector('[aria-label="Skip Financial Controls!B3"]'));

    const select = root.querySelector<HTMLSelectElement>(
      'select[aria-label="Question column of Assurance"]',
    )!;
    select.value = 'D';
    await act(async () => {
      select.dispatchEvent(new Event('change'));
    });
    expect(workers[1]!.request).toMatchObject({
      type: 'read',
      columns: { Assurance: { question: 'D', answer: 'C' } },
    });
    await workers[1]!.reply({ type: 'read', reading: READING });
    expect(root.querySelector('[data-cell="Assurance!B6"] .file-status')?.textContent).toBe('Open');
    expect(
      root.querySelector('[data-cell="Financial Controls!B3"] .file-status')?.textContent,
    ).toBe('Skipped');
  });

  test('a file dropped anywhere on the page is read', async () => {
    mount(<App createWorker={createWorker} save={vi.fn()} />);
    const file = new File([BYTES], 'dropped.csv');
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    Object.defineProperty(drop, 'dataTransfer', { value: { types: ['Files'], files: [file] } });
    await act(async () => {
      document.body.dispatchEvent(drop);
    });
    expect(drop.defaultPrevented).toBe(true);
    await vi.waitFor(() =>
      expect(workers[0]?.request).toMatchObject({ type: 'read', fileName: 'dropped.csv' }),
    );
  });
});

describe('answers in the language of each question', () => {
  const TODAY = new Date('2026-12-03T12:00:00Z');
  /** The fixture's two SOC 2 rows, one asked in German and one in French, both empty. */
  const MIXED = {
    ...READING,
    findings: [
      {
        ...SOC2_FINDING,
        question: 'Bitte stellen Sie Ihren aktuellen SOC 2 Typ 2 Bericht zur Verfügung.',
      },
      {
        ...SOC2_SECOND,
        question: 'Veuillez fournir votre dernier rapport SOC 2 de type 2.',
        existingAnswer: '',
      },
    ],
  };
  const row = (root: HTMLElement, cell: string) =>
    root.querySelector<HTMLElement>(`[data-cell="${cell}"]`)!;
  const shownText = (root: HTMLElement, cell: string) =>
    row(root, cell).querySelector('.which-soc-answer-text')?.textContent ?? '';

  async function openMixed(): Promise<HTMLElement> {
    const profile = emptyProfile();
    profile.company = 'Acme Cloud';
    profile.soc2 = {
      held: true,
      type: 'type2',
      periodStart: '2025-10-01',
      periodEnd: '2026-09-30',
      auditor: 'Example CPA LLP',
    };
    await profileItem.setValue(profile);
    const root = mount(<App createWorker={createWorker} save={vi.fn()} today={TODAY} />);
    await settle();
    await pick(root, new File([BYTES], FILE_NAME));
    await workers[0]!.reply({ type: 'read', reading: MIXED });
    return root;
  }

  test('a German row gets a German answer and a French row a French one, with the profile', async () => {
    const root = await openMixed();
    const german = shownText(root, 'Assurance!B4');
    expect(german).toMatch(/^Ja\. Acme Cloud/);
    expect(german).toContain('1. Oktober 2025');
    expect(german).toContain('Example CPA LLP');
    expect(row(root, 'Assurance!B4').querySelector('.file-suggestion')?.getAttribute('lang')).toBe(
      'de',
    );
    const french = shownText(root, 'Assurance!B9');
    expect(french).toMatch(/^Oui\. Acme Cloud/);
    expect(french).toContain('1er octobre 2025');
    expect(row(root, 'Assurance!B9').querySelector('.file-suggestion')?.getAttribute('lang')).toBe(
      'fr',
    );
  });

  test('the switch shows English and back; Accept all and the copy write what each row shows', async () => {
    const root = await openMixed();
    const german = shownText(root, 'Assurance!B4');
    const french = shownText(root, 'Assurance!B9');
    await click(byText(row(root, 'Assurance!B4'), 'button', 'Show in English'));
    const english = shownText(root, 'Assurance!B4');
    expect(english).toMatch(/^Yes\. Acme Cloud's SOC 2 Type 2 report covers 1 October 2025/);
    expect(row(root, 'Assurance!B4').querySelector('.file-suggestion')?.getAttribute('lang')).toBe(
      'en',
    );
    await click(byText(row(root, 'Assurance!B4'), 'button', 'Show in Deutsch'));
    expect(shownText(root, 'Assurance!B4')).toBe(german);
    await click(byText(row(root, 'Assurance!B4'), 'button', 'Show in English'));
    // The French row was not switched: it stays French.
    expect(shownText(root, 'Assurance!B9')).toBe(french);

    await click(byText(root, 'button', 'Accept all SOC 2 Type 2 (2)'));
    await click(byText(root, 'button', 'Download answered copy'));
    const fill = workers[1]!.request!;
    expect(fill.type === 'fill' ? fill.answers.map((a) => [a.cell, a.text]) : []).toEqual([
      ['C4', english],
      ['C9', french],
    ]);
  });

  test('Accept on one row writes the answer in the language on show', async () => {
    const root = await openMixed();
    const french = shownText(root, 'Assurance!B9');
    await click(root.querySelector('[aria-label="Accept the answer for Assurance!B9"]'));
    expect(row(root, 'Assurance!B9').querySelector('.file-accepted')?.textContent).toContain(
      french,
    );
    await click(byText(root, 'button', 'Download answered copy'));
    const fill = workers[1]!.request!;
    expect(fill.type === 'fill' ? fill.answers.map((a) => a.text) : []).toEqual([french]);
  });

  test('an answer language fixed in the options answers every row in it', async () => {
    await answerLanguageItem.setValue('es');
    const root = await openMixed();
    for (const cell of ['Assurance!B4', 'Assurance!B9']) {
      expect(row(root, cell).querySelector('.file-suggestion')?.getAttribute('lang')).toBe('es');
      expect(shownText(root, cell)).toMatch(/^Sí\./);
    }
  });
});
