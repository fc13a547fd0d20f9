/**
 * The worker's jobs on real workbooks built by the file library's fixtures: what the page gets
 * back passes the page's own validation, column choices reach the library, the fill writes the
 * accepted answers, and bad files come back as the library's own sentence.
 */
import { describe, expect, test } from 'vitest';
import { parseWorkerReply } from '../../lib/file-check/protocol';
import { adaptError, fillFile, readFile } from '../../lib/file-check/worker-jobs';
import { QuestionnaireFileError, readQuestionnaire, summarize, summaryOf } from '../../lib/files';
import { problemText, summaryText } from '../../lib/file-check/texts';
import { oleFile, sigWorkbook } from '../files/fixtures';

const NAME = 'SIG Lite.xlsx';

function readRequest(bytes: Uint8Array, columns = {}) {
  return { type: 'read' as const, bytes: bytes.slice().buffer, fileName: NAME, columns };
}

describe('readFile', () => {
  test('gives the library’s findings and summary in a shape the page accepts, with progress', async () => {
    const bytes = sigWorkbook();
    const progress: [number, number][] = [];
    const reading = await readFile(readRequest(bytes), (done, total) =>
      progress.push([done, total]),
    );
    const direct = await readQuestionnaire(bytes, NAME);

    expect(parseWorkerReply({ type: 'read', reading })).toEqual({ type: 'read', reading });
    expect(reading.summary).toEqual(summaryOf(direct));
    expect(summaryText(reading.summary)).toBe(summarize(direct));
    expect(reading.answeredName).toBe('SIG Lite (answered).xlsx');
    expect(reading.findings.map((f) => `${f.sheet}!${f.cell}>${f.answerCell}`)).toEqual(
      direct.findings.map((f) => `${f.sheet}!${f.cell}>${f.answerCell}`),
    );
    expect(reading.findings.find((f) => f.number === 'K.3.1')).toBeDefined();
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)![0]).toBe(progress.at(-1)![1]);
  });

  test('passes the user’s columns for a sheet to the library', async () => {
    const bytes = sigWorkbook();
    const reading = await readFile(
      readRequest(bytes, { 'Information Assurance': { question: 'B', answer: 'D' } }),
      () => undefined,
    );
    const sheet = reading.sheets.find((s) => s.name === 'Information Assurance');
    expect([sheet?.questionColumn, sheet?.answerColumn]).toEqual(['B', 'D']);
    for (const finding of reading.findings.filter((f) => f.sheet === 'Information Assurance')) {
      expect(finding.answerCell).toMatch(/^D\d+$/);
    }
  });
});

describe('fillFile', () => {
  test('writes the answers into a copy that reads back with them, the original untouched', async () => {
    const bytes = sigWorkbook();
    const before = await readQuestionnaire(bytes, NAME);
    const target = before.findings.find((f) => f.existingAnswer === '')!;
    const copy = await fillFile({
      type: 'fill',
      bytes: bytes.slice().buffer,
      fileName: NAME,
      answers: [
        { sheet: target.sheet, cell: target.answerCell, text: 'Attached.', overwrite: false },
      ],
    });
    expect(parseWorkerReply({ type: 'filled', bytes: copy })).not.toBeNull();
    const after = await readQuestionnaire(new Uint8Array(copy), NAME);
    expect(
      after.findings.find((f) => f.cell === target.cell && f.sheet === target.sheet)
        ?.existingAnswer,
    ).toBe('Attached.');
    expect(await readQuestionnaire(bytes, NAME)).toEqual(before);
  });
});

describe('adaptError', () => {
  test('gives the library’s own sentence for a bad file', async () => {
    const error = await readFile(
      {
        type: 'read',
        bytes: oleFile(['Workbook']).buffer as ArrayBuffer,
        fileName: 'old.xls',
        columns: {},
      },
      () => undefined,
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QuestionnaireFileError);
    expect(adaptError(error, 'read')).toEqual({ kind: 'old-xls' });
    expect(problemText(adaptError(error, 'read'))).toBe((error as Error).message);
    expect((error as Error).message).toMatch(/xlsx/);
  });

  test('gives a plain sentence for anything unexpected, without its internals', () => {
    expect(adaptError(new TypeError('x is undefined'), 'read')).toEqual({
      kind: 'unexpected',
      job: 'read',
    });
    expect(problemText(adaptError(new TypeError('x is undefined'), 'read'))).toMatch(
      /^Something unexpected went wrong while reading this file/,
    );
    expect(problemText(adaptError('boom', 'fill'))).toMatch(
      /^Something unexpected went wrong while writing the answered copy/,
    );
    // A look-alike without a problem is not taken for the library's error.
    expect(adaptError({ name: 'QuestionnaireFileError', code: 'corrupt' }, 'fill')).toEqual({
      kind: 'unexpected',
      job: 'fill',
    });
  });
});
