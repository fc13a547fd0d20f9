/**
 * What the file page's worker does for each request, as plain functions over the file library,
 * so tests run them in Node on real workbooks (the worker entry only wires them to messages).
 */
import {
  fillQuestionnaire,
  isQuestionnaireFileError,
  readQuestionnaire,
  summaryOf,
  type ColumnChoice,
} from '../files';
import { toReading } from './adapt';
import type { FileReading, WorkerProblem, WorkerRequest } from './protocol';

type ReadRequest = Extract<WorkerRequest, { type: 'read' }>;
type FillRequest = Extract<WorkerRequest, { type: 'fill' }>;

/** Reads and analyses the file with the user's column choices; reports rows done of all. */
export async function readFile(
  request: ReadRequest,
  onProgress: (done: number, total: number) => void,
): Promise<FileReading> {
  const columns: Record<string, ColumnChoice> = {};
  for (const [sheet, choice] of Object.entries(request.columns)) {
    columns[sheet] = { questionColumn: choice.question, answerColumn: choice.answer };
  }
  const file = await readQuestionnaire(new Uint8Array(request.bytes), request.fileName, {
    columns,
    onProgress: (progress) => onProgress(progress.done, progress.total),
  });
  return toReading(file, summaryOf(file));
}

/** Writes the accepted answers into a copy of the file; returns the copy's bytes. */
export async function fillFile(request: FillRequest): Promise<ArrayBuffer> {
  const bytes = await fillQuestionnaire(
    new Uint8Array(request.bytes),
    request.fileName,
    request.answers.map(({ sheet, cell, text, overwrite }) => ({ sheet, cell, text, overwrite })),
  );
  // Exactly the copy's bytes (a view may sit inside a larger buffer), ready to transfer.
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);
}

/**
 * Why a job failed, for the page to word: the library's problem for bad input (it names the
 * problem and what to do), and 'unexpected' for anything else.
 */
export function adaptError(error: unknown, job: WorkerRequest['type']): WorkerProblem {
  if (isQuestionnaireFileError(error)) return error.problem;
  return { kind: 'unexpected', job };
}
