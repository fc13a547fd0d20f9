/**
 * Runs one job (read a file, or write the answered copy) in a fresh Web Worker and ends that
 * worker when the job is done, fails, is cancelled or runs past its time limit. A fresh worker
 * per job keeps nothing of a file in memory after the job, and ending a stuck job is simply
 * `terminate()`: a hostile workbook can hang the worker, never the page.
 */
import {
  parseWorkerReply,
  type FileReading,
  type WorkerProblem,
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

/**
 * Why a job gave no result, as data the page words in the user's language: the worker's own
 * reason when it failed, the job and its time limit when it ran too long.
 */
export type JobFailure =
  | { problem: 'failed'; reason: WorkerProblem }
  | { problem: 'timeout'; job: WorkerRequest['type']; timeLimitMs: number }
  | { problem: 'invalid' | 'crashed' | 'cancelled' };

export type JobResult<T> = { ok: true; value: T } | ({ ok: false } & JobFailure);

export interface JobOptions {
  /** The job is ended after this long. */
  timeLimitMs: number;
  /** Progress as the worker reports it (rows done of rows in all). */
  onProgress?: (done: number, total: number) => void;
  /** Aborting ends the worker at once. */
  signal?: AbortSignal;
}

const INVALID = { ok: false, problem: 'invalid' } as const;
const CANCELLED = { ok: false, problem: 'cancelled' } as const;

function run(
  create: () => WorkerLike,
  request: WorkerRequest,
  options: JobOptions,
): Promise<JobResult<WorkerReply>> {
  return new Promise((resolve) => {
    if (options.signal?.aborted) {
      resolve(CANCELLED);
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
    const onAbort = () => finish(CANCELLED);
    const timer = setTimeout(
      () =>
        finish({
          ok: false,
          problem: 'timeout',
          job: request.type,
          timeLimitMs: options.timeLimitMs,
        }),
      options.timeLimitMs,
    );
    options.signal?.addEventListener('abort', onAbort);

    worker.onmessage = (event) => {
      const reply = parseWorkerReply(event.data);
      if (!reply) {
        finish(INVALID);
      } else if (reply.type === 'progress') {
        options.onProgress?.(reply.done, reply.total);
      } else if (reply.type === 'failed') {
        finish({ ok: false, problem: 'failed', reason: reply.problem });
      } else {
        finish({ ok: true, value: reply });
      }
    };
    worker.onmessageerror = () => finish(INVALID);
    worker.onerror = (event) => {
      // Handled here: without preventDefault the error would also reach the console as uncaught.
      event.preventDefault();
      finish({ ok: false, problem: 'crashed' });
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
  return result.value.type === 'read' ? { ok: true, value: result.value.reading } : INVALID;
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
    : INVALID;
}
