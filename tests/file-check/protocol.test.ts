import { describe, expect, test } from 'vitest';
import {
  LIMITS,
  parseWorkerReply,
  parseWorkerRequest,
  type FileFinding,
  type FileReading,
  type SheetInfo,
} from '../../lib/file-check/protocol';
import { READING, SOC2_FINDING } from '../fixtures/file-check-state';
import { WORKER_PROBLEM_EXAMPLES } from '../fixtures/file-problems';

/** A deep copy with one change, so each case breaks exactly one thing. */
function readingWith(change: (reading: FileReading) => void): unknown {
  const copy = structuredClone(READING);
  change(copy);
  return { type: 'read', reading: copy };
}

describe('parseWorkerReply accepts', () => {
  test('a reading, unchanged', () => {
    expect(parseWorkerReply({ type: 'read', reading: READING })).toEqual({
      type: 'read',
      reading: READING,
    });
  });

  test('progress, a written copy and a failure', () => {
    expect(parseWorkerReply({ type: 'progress', done: 3, total: 10 })).toEqual({
      type: 'progress',
      done: 3,
      total: 10,
    });
    const bytes = new Uint8Array([1, 2, 3]).buffer;
    expect(parseWorkerReply({ type: 'filled', bytes })).toEqual({ type: 'filled', bytes });
    expect(parseWorkerReply({ type: 'failed', problem: { kind: 'old-xls' } })).toEqual({
      type: 'failed',
      problem: { kind: 'old-xls' },
    });
  });

  test.each(WORKER_PROBLEM_EXAMPLES.map((problem) => [problem.kind, problem] as const))(
    'a failure for %s, with exactly its parameters',
    (_kind, problem) => {
      const reply = { type: 'failed', problem: structuredClone(problem) };
      expect(parseWorkerReply(reply)).toEqual(reply);
    },
  );

  test('drops fields it does not know instead of passing them on', () => {
    const reply = parseWorkerReply(
      readingWith((reading) => {
        (reading.findings[0] as unknown as Record<string, unknown>).html = '<img onerror=x>';
      }),
    );
    expect(reply?.type).toBe('read');
    const finding = reply?.type === 'read' ? reply.reading.findings[0] : undefined;
    expect(finding).toEqual(SOC2_FINDING);
    expect(finding).not.toHaveProperty('html');
  });
});

describe('parseWorkerReply refuses', () => {
  test.each<[string, unknown]>([
    ['nothing', undefined],
    ['a string', 'read'],
    ['an unknown type', { type: 'eval', code: '1' }],
    ['progress past its total', { type: 'progress', done: 11, total: 10 }],
    ['negative progress', { type: 'progress', done: -1, total: 10 }],
    ['a copy that is not bytes', { type: 'filled', bytes: 'PK…' }],
    ['a failure as a sentence (the page words it)', { type: 'failed', message: 'Bad file.' }],
    ['a failure of an unknown kind', { type: 'failed', problem: { kind: 'eval' } }],
    ['a failure of an inherited kind', { type: 'failed', problem: { kind: 'toString' } }],
    ['a failure without its parameter', { type: 'failed', problem: { kind: 'unknown-sheet' } }],
    [
      'a failure with a parameter its kind does not have',
      { type: 'failed', problem: { kind: 'empty', sheet: 'S' } },
    ],
    [
      'a failure with an extra parameter',
      { type: 'failed', problem: { kind: 'unknown-sheet', sheet: 'S', html: '<b>' } },
    ],
    [
      'a sheet name past the limit',
      { type: 'failed', problem: { kind: 'unknown-sheet', sheet: 's'.repeat(256) } },
    ],
    ['a blank sheet name', { type: 'failed', problem: { kind: 'sheet-missing', sheet: ' ' } }],
    [
      'a size that is not a whole number',
      { type: 'failed', problem: { kind: 'csv-too-large', megabytes: 1.5 } },
    ],
    ['a negative count', { type: 'failed', problem: { kind: 'too-many-parts', count: -1 } }],
    ['row 0', { type: 'failed', problem: { kind: 'row-past-end', row: 0 } }],
    ['an unknown extension', { type: 'failed', problem: { kind: 'misnamed', extension: 'exe' } }],
    [
      'a "character" that is a sentence',
      { type: 'failed', problem: { kind: 'unencodable', characters: ['Click here'] } },
    ],
    [
      'too many characters',
      { type: 'failed', problem: { kind: 'unencodable', characters: Array(21).fill('€') } },
    ],
    ['no characters', { type: 'failed', problem: { kind: 'unencodable', characters: [] } }],
    ['an unexpected failure of no job', { type: 'failed', problem: { kind: 'unexpected' } }],
    [
      'an unexpected failure of another job',
      { type: 'failed', problem: { kind: 'unexpected', job: 'eval' } },
    ],
    [
      'a summary as a sentence',
      readingWith((r) => ((r as { summary: unknown }).summary = 'SOC 2 x1; 4 rows read')),
    ],
    ['a summary count of zero', readingWith((r) => (r.summary.asked[0]!.count = 0))],
    [
      'a summary of an unknown report',
      readingWith((r) => ((r.summary.asked[0] as { report: string }).report = 'soc4')),
    ],
    ['a summary with a negative row count', readingWith((r) => (r.summary.rows = -1))],
    ['a reading without sheets', readingWith((r) => delete (r as Partial<FileReading>).sheets)],
    ['a reading without a summary', readingWith((r) => delete (r as Partial<FileReading>).summary)],
    ['a reading without a name for the copy', readingWith((r) => (r.answeredName = ''))],
    [
      'a sheet without its hidden flag',
      readingWith((r) => delete (r.sheets[0] as Partial<SheetInfo>).hidden),
    ],
    [
      'a finding on a sheet the reading does not list',
      readingWith((r) => (r.findings[0]!.sheet = 'Elsewhere')),
    ],
    ['a cell that is not an A1 reference', readingWith((r) => (r.findings[0]!.cell = 'R4C2'))],
    ['an answer cell of row 0', readingWith((r) => (r.findings[0]!.answerCell = 'C0'))],
    ['a finding without requests', readingWith((r) => (r.findings[0]!.requests = []))],
    [
      'a finding without its formula flag',
      readingWith((r) => delete (r.findings[0] as Partial<FileFinding>).answerFormula),
    ],
    [
      'a formula flag that is not a boolean',
      readingWith((r) => ((r.findings[0] as { answerFormula: unknown }).answerFormula = 'yes')),
    ],
    [
      'a request for an unknown report',
      readingWith((r) => ((r.findings[0]!.requests[0] as { report: string }).report = 'soc4')),
    ],
    [
      'a request with an unknown type',
      readingWith((r) => ((r.findings[0]!.requests[0] as { type: unknown }).type = 'type3')),
    ],
    [
      'a request whose end comes before its start',
      readingWith((r) => (r.findings[0]!.requests[0]!.end = 0)),
    ],
    [
      'a reason that is not a sentence of the rules',
      readingWith((r) => ((r.findings[0]!.requests[0]!.reasons as unknown[]) = [42])),
    ],
    [
      'a reason in plain text',
      readingWith((r) => ((r.findings[0]!.requests[0]!.reasons as unknown[]) = ['SOC 2.'])),
    ],
    [
      'a reason naming a message that is not the rules’',
      readingWith(
        (r) =>
          ((r.findings[0]!.requests[0]!.reasons as unknown[]) = [{ key: 'cardClose', subs: [] }]),
      ),
    ],
    [
      'a reason quoting more than a name may hold',
      readingWith(
        (r) =>
          ((r.findings[0]!.requests[0]!.reasons as unknown[]) = [
            { key: 'rulesWhyNames', subs: ['x'.repeat(LIMITS.name + 1), 'SOC 2'] },
          ]),
      ),
    ],
    [
      'a question past the text limit',
      readingWith((r) => (r.findings[0]!.question = 'q'.repeat(LIMITS.text + 1))),
    ],
    ['a column that is not a letter', readingWith((r) => (r.sheets[0]!.questionColumn = '2'))],
    ['a fractional row count', readingWith((r) => (r.sheets[0]!.rowCount = 1.5))],
    [
      'a column list entry without a header',
      readingWith((r) => ((r.sheets[0]!.columns[0] as { header?: string }).header = undefined)),
    ],
  ])('%s', (_name, data) => {
    expect(parseWorkerReply(data)).toBeNull();
  });
});

describe('parseWorkerRequest', () => {
  const bytes = new ArrayBuffer(4);

  test('accepts a read with column choices and a fill with answers', () => {
    const read = {
      type: 'read',
      bytes,
      fileName: 'a.xlsx',
      columns: { S: { question: 'B', answer: 'C' } },
    };
    expect(parseWorkerRequest(read)).toEqual(read);
    const fill = {
      type: 'fill',
      bytes,
      fileName: 'a.csv',
      answers: [{ sheet: 'a', cell: 'C4', text: 'Yes.', overwrite: false }],
    };
    expect(parseWorkerRequest(fill)).toEqual(fill);
  });

  test.each<[string, unknown]>([
    ['no bytes', { type: 'read', fileName: 'a.xlsx', columns: {} }],
    ['an unknown type', { type: 'delete', bytes, fileName: 'a.xlsx' }],
    [
      'a bad column choice',
      { type: 'read', bytes, fileName: 'a.xlsx', columns: { S: { question: 'b', answer: 'C' } } },
    ],
    [
      'an answer into a bad cell',
      { type: 'fill', bytes, fileName: 'a.xlsx', answers: [{ sheet: 'S', cell: 'C', text: 'x' }] },
    ],
    [
      'an answer without its overwrite choice',
      { type: 'fill', bytes, fileName: 'a.xlsx', answers: [{ sheet: 'S', cell: 'C4', text: 'x' }] },
    ],
    ['answers that are not a list', { type: 'fill', bytes, fileName: 'a.xlsx', answers: {} }],
  ])('refuses %s', (_name, data) => {
    expect(parseWorkerRequest(data)).toBeNull();
  });
});
