import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { WorkerRequest } from '../../lib/file-check/protocol';
import { fillInWorker, readInWorker, type WorkerLike } from '../../lib/file-check/run-job';
import { failureText } from '../../lib/file-check/texts';
import { READING } from '../fixtures/file-check-state';

/** A stand-in for the page's Worker: records what it got and lets the test answer. */
class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  onmessageerror: ((event: MessageEvent) => void) | null = null;
  posted: { message: unknown; transfer: Transferable[] }[] = [];
  terminated = false;

  postMessage(message: unknown, transfer: Transferable[]): void {
    this.posted.push({ message, transfer });
  }

  terminate(): void {
    this.terminated = true;
  }

  reply(data: unknown): void {
    this.onmessage?.({ data } as MessageEvent);
  }

  crash(): ErrorEvent {
    const event = { preventDefault: vi.fn(), message: 'boom' } as unknown as ErrorEvent;
    this.onerror?.(event);
    return event;
  }
}

const READ: Extract<WorkerRequest, { type: 'read' }> = {
  type: 'read',
  bytes: new ArrayBuffer(8),
  fileName: 'a.xlsx',
  columns: {},
};

let worker: FakeWorker;
const create = () => worker;

beforeEach(() => {
  worker = new FakeWorker();
  vi.useFakeTimers();
});

afterEach(() => {
  vi.useRealTimers();
});

describe('readInWorker', () => {
  test('posts the request with its bytes transferred, passes progress on, returns the reading and ends the worker', async () => {
    const progress = vi.fn();
    const result = readInWorker(
      create,
      { ...READ, bytes: new ArrayBuffer(8) },
      { timeLimitMs: 1_000, onProgress: progress },
    );
    expect(worker.posted).toHaveLength(1);
    expect(worker.posted[0]!.transfer).toEqual([
      (worker.posted[0]!.message as WorkerRequest).bytes,
    ]);
    worker.reply({ type: 'progress', done: 5, total: 10 });
    expect(worker.terminated).toBe(false);
    worker.reply({ type: 'read', reading: READING });
    expect(await result).toEqual({ ok: true, value: READING });
    expect(progress).toHaveBeenCalledWith(5, 10);
    expect(worker.terminated).toBe(true);
  });

  test('passes the core’s problem on, with its parameters', async () => {
    const result = readInWorker(create, READ, { timeLimitMs: 1_000 });
    worker.reply({ type: 'failed', problem: { kind: 'sheet-missing', sheet: 'Assurance' } });
    const failure = await result;
    expect(failure).toEqual({
      ok: false,
      problem: 'failed',
      reason: { kind: 'sheet-missing', sheet: 'Assurance' },
    });
    expect(failure.ok ? '' : failureText(failure)).toBe(
      'The file is damaged (the sheet "Assurance" is missing). Save it again from Excel and retry.',
    );
    expect(worker.terminated).toBe(true);
  });

  test('ends a worker that runs past the time limit, with a message saying so', async () => {
    const result = readInWorker(create, READ, { timeLimitMs: 5_000 });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(worker.terminated).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(worker.terminated).toBe(true);
    const failure = await result;
    expect(failure).toEqual({ ok: false, problem: 'timeout', job: 'read', timeLimitMs: 5_000 });
    expect(failure.ok ? '' : failureText(failure)).toMatch(
      /^Reading this file took longer than 5 seconds, so it was stopped\./,
    );
    // A late answer from the ended worker changes nothing.
    worker.reply({ type: 'read', reading: READING });
  });

  test('refuses a malformed reply and ends the worker', async () => {
    const result = readInWorker(create, READ, { timeLimitMs: 1_000 });
    worker.reply({ type: 'read', reading: { ...READING, findings: [{ sheet: 'Assurance' }] } });
    expect(await result).toEqual({ ok: false, problem: 'invalid' });
    expect(worker.terminated).toBe(true);
  });

  test('refuses a reply of the wrong kind (a written copy when a reading was asked for)', async () => {
    const result = readInWorker(create, READ, { timeLimitMs: 1_000 });
    worker.reply({ type: 'filled', bytes: new ArrayBuffer(1) });
    expect(await result).toMatchObject({ ok: false, problem: 'invalid' });
  });

  test('reports a crashed worker without an uncaught error', async () => {
    const result = readInWorker(create, READ, { timeLimitMs: 1_000 });
    const event = worker.crash();
    expect(await result).toEqual({ ok: false, problem: 'crashed' });
    expect(event.preventDefault).toHaveBeenCalled();
    expect(worker.terminated).toBe(true);
  });

  test('stops at once when aborted, and does not start when already aborted', async () => {
    const controller = new AbortController();
    const result = readInWorker(create, READ, { timeLimitMs: 1_000, signal: controller.signal });
    controller.abort();
    expect(await result).toEqual({ ok: false, problem: 'cancelled' });
    expect(worker.terminated).toBe(true);

    const spawn = vi.fn(create);
    expect(
      await readInWorker(spawn, READ, { timeLimitMs: 1_000, signal: controller.signal }),
    ).toMatchObject({ problem: 'cancelled' });
    expect(spawn).not.toHaveBeenCalled();
  });
});

describe('fillInWorker', () => {
  test('returns the written bytes', async () => {
    const result = fillInWorker(
      create,
      { type: 'fill', bytes: new ArrayBuffer(2), fileName: 'a.csv', answers: [] },
      { timeLimitMs: 1_000 },
    );
    worker.reply({ type: 'filled', bytes: new Uint8Array([80, 75]).buffer });
    expect(await result).toEqual({ ok: true, value: new Uint8Array([80, 75]) });
  });

  test('says which job ran past the limit', async () => {
    const result = fillInWorker(
      create,
      { type: 'fill', bytes: new ArrayBuffer(2), fileName: 'a.csv', answers: [] },
      { timeLimitMs: 2_000 },
    );
    await vi.advanceTimersByTimeAsync(2_000);
    const failure = await result;
    expect(failure).toMatchObject({ ok: false, problem: 'timeout', job: 'fill' });
    expect(failure.ok ? '' : failureText(failure)).toMatch(
      /^Writing the answered copy took longer than 2 seconds/,
    );
  });
});
