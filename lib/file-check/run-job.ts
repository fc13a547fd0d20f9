/**
 * Runs one job (read a file, or write the answered copy) in a fresh Web Worker and ends that
 * worker when the job is done, fails, is cancelled or runs past its time limit. A fresh worker
 * per job keeps nothing of a file in memory after the job, and ending a stuck job is simply
 * `terminate()`: a hostile workbook can hang the worker, never the page.
 */
import {
  parseWorkerReply,
  type FileReading,
  type WorkerReply,
  type WorkerRequest,
} from './protocol';

/** The part of `Worker` a job uses (a fake one stands in for it in unit tests). */
export interface WorkerLike {
  postMessage(message: unknown, transfer: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/** Why a job gave no result. */
export type JobProblem = 'failed' | 'timeout' | 'invalid' | 'crashed' | 'cancelled';

export type JobResult<T> =
  { ok: true; value: T } | { ok: false; problem: JobProblem; message: string };

export interface JobOptions {
  /** The job is ended after this long. */
  timeLimitMs: number;
  /** Progress as the worker reports it (rows done of rows in all). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting ends the worker at once. */
  signal?: AbortSignal;
}

/** Seconds, as people say them: "60 seconds", "1.5 seconds". */
function seconds(ms: number): string {
  const value = Math.round(ms / 100) / 10;
  return `${value} second${value === 1 ? '' : 's'}`;
}

export const MESSAGES = {
  timeout: (ms: number, job: WorkerRequest['type']) =>
    `${job === 'read' ? 'Reading this file' : 'Writing the answered copy'} took longer than ` +
    `${seconds(ms)}, so it was stopped. Nothing was changed. If the file is very large, save ` +
    'only the sheets with questions and try again.',
  invalid:
    'The file reader sent back something this page does not understand, so the result was ' +
    'thrown away. Nothing was changed.',
  crashed:
    'The file reader stopped unexpectedly (the file may be too large for this browser). ' +
    'Nothing was changed.',
  cancelled: 'Stopped. Nothing was changed.',
} as const;

function run(
  create: () => WorkerLike,
  request: WorkerRequest,
  options: JobOptions,
): Promise<JobResult<WorkerReply>> {
  return new Promise((resolve) => {
    if (options.signal?.aborted) {
      resolve({ ok: false, problem: 'cancelled', message: MESSAGES.cancelled });
      return;
    }
    const worker = create();
    let settled = false;
    const finish = (result: JobResult<WorkerReply>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      worker.onmessage = null;
      worker.onerror = null;
      worker.onmessageerror = null;
      worker.terminate();
      resolve(result);
    };
    const onAbort = () => finish({ ok: false, problem: 'cancelled', message: MESSAGES.cancelled });
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          problem: 'timeout',
          message: MESSAGES.timeout(options.timeLimitMs, request.type),
        }),
      options.timeLimitMs,
    );
    options.signal?.addEventListener('abort', onAbort);

    worker.onmessage = (event) => {
      const reply = parseWorkerReply(event.data);
      if (!reply) {
        finish({ ok: false, problem: 'invalid', message: MESSAGES.invalid });
      } else if (reply.type === 'progress') {
        options.onProgress?.(reply.done, reply.total);
      } else if (reply.type === 'failed') {
        finish({ ok: false, problem: 'failed', message: reply.message });
      } else {
        finish({ ok: true, value: reply });
      }
    };
    worker.onmessageerror = () =>
      finish({ ok: false, problem: 'invalid', message: MESSAGES.invalid });
    worker.onerror = (event) => {
      // Handled here: without preventDefault the error would also reach the console as uncaught.
      event.preventDefault();
      finish({ ok: false, problem: 'crashed', message: MESSAGES.crashed });
    };
    worker.postMessage(request, [request.bytes]);
  });
}

/** Reads a questionnaire file in a worker. `request.bytes` is transferred: pass a copy. */
export async function readInWorker(
  create: () => WorkerLike,
  request: Extract<WorkerRequest, { type: 'read' }>,
  options: JobOptions,
): Promise<JobResult<FileReading>> {
  const result = await run(create, request, options);
  if (!result.ok) return result;
  return result.value.type === 'read'
    ? { ok: true, value: result.value.reading }
    : { ok: false, problem: 'invalid', message: MESSAGES.invalid };
}

/** Writes the answered copy in a worker. `request.bytes` is transferred: pass a copy. */
export async function fillInWorker(
  create: () => WorkerLike,
  request: Extract<WorkerRequest, { type: 'fill' }>,
  options: JobOptions,
): Promise<JobResult<Uint8Array>> {
  const result = await run(create, request, options);
  if (!result.ok) return result;
  return result.value.type === 'filled'
    ? { ok: true, value: new Uint8Array(result.value.bytes) }
    : { ok: false, problem: 'invalid', message: MESSAGES.invalid };
}
