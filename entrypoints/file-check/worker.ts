/**
 * The file page's worker: reads a questionnaire file (unpack, parse, analyse) or writes its
 * answered copy, off the page's main thread, so the page stays responsive and a stuck job can be
 * ended with `terminate()`. One job per worker: the page makes a fresh one each time.
 *
 * Only the page that created a dedicated worker can post to it; every request is still parsed
 * before use, as every reply is on the page's side.
 */
import { adaptError, fillFile, readFile } from '../../lib/file-check/worker-jobs';
import { parseWorkerRequest, type WorkerReply } from '../../lib/file-check/protocol';

/** Progress is sent at most this often: enough for a smooth bar, few messages on big files. */
const PROGRESS_EVERY_MS = 50;

const scope = self as unknown as {
  onmessage: ((event: MessageEvent) => void) | null;
  postMessage(message: WorkerReply, transfer?: Transferable[]): void;
};

scope.onmessage = (event: MessageEvent) => {
  const request = parseWorkerRequest(event.data);
  if (!request) {
    scope.postMessage({ type: 'failed', problem: { kind: 'bad-request' } });
    return;
  }
  let last = 0;
  const onProgress = (done: number, total: number) => {
    const now = Date.now();
    if (now - last < PROGRESS_EVERY_MS && done < total) return;
    last = now;
    scope.postMessage({ type: 'progress', done: Math.min(done, total), total });
  };
  const job =
    request.type === 'read'
      ? readFile(request, onProgress).then((reading): WorkerReply => ({ type: 'read', reading }))
      : fillFile(request).then((bytes): WorkerReply => ({ type: 'filled', bytes }));
  void job.then(
    (reply) => scope.postMessage(reply, reply.type === 'filled' ? [reply.bytes] : []),
    (error: unknown) =>
      scope.postMessage({ type: 'failed', problem: adaptError(error, request.type) }),
  );
};
