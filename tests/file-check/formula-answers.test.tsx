/** @vitest-environment happy-dom */
/**
 * The file page with a real workbook whose answer column holds formulas on some rows, read and
 * written by the real worker jobs (run in-process here; the page cannot tell): those rows say why
 * they cannot be answered and cannot be accepted, "Accept all" says how many it left, and the
 * downloaded copy has every other answer, the formulas untouched.
 */
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '../../entrypoints/file-check/app';
import type { WorkerReply, WorkerRequest } from '../../lib/file-check/protocol';
import type { WorkerLike } from '../../lib/file-check/run-job';
import { adaptError, fillFile, readFile } from '../../lib/file-check/worker-jobs';
import { readQuestionnaire } from '../../lib/files';
import { byText, click, mount, unmountAll } from '../components/render';
import { FORMULA_FILE, formulaWorkbook } from '../fixtures/formula-workbook';
import { untranslatedText, usePseudoMessages } from '../i18n/pseudo';

/** The worker entry's wiring, without a thread: the same jobs, the same replies. */
class InProcessWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  done?: Promise<void>;
  postMessage(message: unknown): void {
    const request = message as WorkerRequest;
    const job: Promise<WorkerReply> =
      request.type === 'read'
        ? readFile(request, () => undefined).then((reading) => ({ type: 'read', reading }))
        : fillFile(request).then((bytes) => ({ type: 'filled', bytes }));
    this.done = job
      .catch((error: unknown): WorkerReply => ({
        type: 'failed',
        problem: adaptError(error, request.type),
      }))
      // A structured clone, as postMessage makes: the page gets data, not the worker's objects.
      .then((reply) => this.onmessage?.({ data: structuredClone(reply) } as MessageEvent));
  }
  terminate(): void {}
}

let workers: InProcessWorker[];
const createWorker = () => {
  const worker = new InProcessWorker();
  workers.push(worker);
  return worker;
};

/** Waits in act() for the last job to answer and the page to render it. */
async function finishJob(): Promise<void> {
  await vi.waitFor(() => expect(workers.at(-1)?.done).toBeDefined());
  await act(async () => {
    await workers.at(-1)!.done;
    await new Promise((done) => setTimeout(done, 0));
  });
}

async function open(root: HTMLElement): Promise<void> {
  const input = root.querySelector<HTMLInputElement>('input[type="file"]')!;
  const file = new File([formulaWorkbook() as Uint8Array<ArrayBuffer>], FORMULA_FILE);
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change'));
  });
  await finishJob();
}

beforeEach(() => {
  fakeBrowser.reset();
  workers = [];
});

afterEach(unmountAll);

describe('a questionnaire whose answer cells hold formulas', () => {
  test('those rows cannot be accepted, and the copy gets every other answer', async () => {
    const save = vi.fn();
    const root = mount(<App createWorker={createWorker} save={save} />);
    await open(root);

    const formula = root.querySelector('[data-cell="Assurance!A3"]')!;
    expect(formula.querySelector('.file-formula')?.textContent).toBe(
      'Assurance!B3 holds a formula, so no answer is written there. Answer this question in the file itself.',
    );
    expect(formula.querySelector('.file-status')?.textContent).toBe('Formula: not written');
    expect(
      formula.querySelector<HTMLButtonElement>('[aria-label="Accept the answer for Assurance!A3"]')
        ?.disabled,
    ).toBe(true);
    expect(
      formula.querySelector<HTMLButtonElement>('[aria-label="Edit the answer for Assurance!A3"]')
        ?.disabled,
    ).toBe(true);
    const empty = root.querySelector('[data-cell="Assurance!A2"]')!;
    expect(empty.querySelector('.file-formula')).toBeNull();
    expect(
      empty.querySelector<HTMLButtonElement>('[aria-label="Accept the answer for Assurance!A2"]')
        ?.disabled,
    ).toBe(false);

    // Two SOC 2 rows, one with a formula: "Accept all" takes one and says it left the other.
    await click(byText(root, 'button', 'Accept all SOC 2 Type 2 (1)'));
    expect(root.querySelector('.file-notice')?.textContent).toBe(
      '1 question was left open: its answer cell holds a formula.',
    );
    expect(root.querySelector('[data-cell="Assurance!A4"] .file-status')?.textContent).toBe(
      'Formula: not written',
    );
    expect(byText<HTMLButtonElement>(root, 'button', /^Accept all ISO/)?.disabled).toBe(true);

    await click(byText(root, 'button', 'Download answered copy'));
    await finishJob();
    expect(root.querySelector('[role="alert"]')).toBeNull();
    expect(save).toHaveBeenCalledTimes(1);
    const copy = save.mock.calls[0]![0] as Uint8Array;
    const again = await readQuestionnaire(copy, FORMULA_FILE);
    expect(again.findings.map((f) => [f.answerCell, f.answerFormula, f.existingAnswer])).toEqual([
      ['B2', false, expect.stringContaining('SOC 2')],
      ['B3', true, 'Yes'],
      ['B4', true, ''],
    ]);
  });

  test('the reason and the count are in the UI language', async () => {
    usePseudoMessages();
    const root = mount(<App createWorker={createWorker} save={vi.fn()} />);
    await open(root);
    expect(root.querySelector('[data-cell="Assurance!A3"] .file-formula')?.textContent).toBe(
      '⟦filesFormulaCell Assurance!B3⟧',
    );
    await click(byText(root, 'button', /^⟦filesAcceptAll SOC 2 Type 2 1⟧$/));
    expect(root.querySelector('.file-notice')?.textContent).toBe('⟦filesFormulaSkipped_one 1⟧');
    expect(root.querySelector('[data-cell="Assurance!A3"] .file-status')?.textContent).toBe(
      '⟦filesStatusFormula⟧',
    );
    // What this case adds to the page (the rest is held by the page's own pseudo-language test).
    for (const element of root.querySelectorAll('.file-formula, .file-status, .file-notice')) {
      expect(untranslatedText(element)).toEqual([]);
    }
  });
});
