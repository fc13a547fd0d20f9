import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  fileErrorData,
  fillQuestionnaire,
  isQuestionnaireFileError,
  QuestionnaireFileError,
  readQuestionnaire,
} from '../../lib/files/index';
import { customWorkbook, sigWorkbook } from './fixtures';

/** Either a result or the typed error: anything else would crash the page's worker. */
async function outcome(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
    return 'read';
  } catch (error) {
    if (isQuestionnaireFileError(error)) return error.code;
    throw error;
  }
}

describe('damaged files never throw anything but the typed error', () => {
  const workbooks = [sigWorkbook(), customWorkbook()];

  test('random bytes changed anywhere in a workbook', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: workbooks.length - 1 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
          minLength: 1,
          maxLength: 8,
        }),
        async (which, changes) => {
          const bytes = (workbooks[which] as Uint8Array).slice();
          for (const [at, value] of changes) bytes[at % bytes.length] = value;
          const read = await outcome(() => readQuestionnaire(bytes, 'q.xlsx'));
          const fill = await outcome(() =>
            fillQuestionnaire(bytes, 'q.xlsx', [{ sheet: 'Security', cell: 'C3', text: 'Yes' }]),
          );
          expect(typeof read).toBe('string');
          expect(typeof fill).toBe('string');
        },
      ),
      { numRuns: 120, seed: 12 },
    );
  });

  test('a workbook cut anywhere', async () => {
    const bytes = customWorkbook();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length - 1 }), async (length) => {
        expect(
          await outcome(() => readQuestionnaire(bytes.subarray(0, length), 'q.xlsx')),
        ).not.toBe('read');
      }),
      { numRuns: 60, seed: 7 },
    );
  });

  test('arbitrary text as a CSV', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 400 }), async (text) => {
        const bytes = new TextEncoder().encode(text);
        expect(typeof (await outcome(() => readQuestionnaire(bytes, 'q.csv')))).toBe('string');
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});

describe('a shared-string table that never closes an item', () => {
  /** The workbook with `tail` appended to its shared-string table, inside `<sst>`. */
  function withStringsTail(bytes: Uint8Array, tail: string): Uint8Array {
    const parts = unzipSync(bytes);
    const strings = strFromU8(parts['xl/sharedStrings.xml']!);
    parts['xl/sharedStrings.xml'] = strToU8(strings.replace('</sst>', `${tail}</sst>`));
    return zipSync(parts);
  }

  test('reads every item before the open one, and the same questions as without it', async () => {
    const plain = await readQuestionnaire(sigWorkbook(), 'q.xlsx');
    // Sixty thousand items that open and never close (half a megabyte): one expression over the
    // whole table searched to its end once per item, which does not finish in a test's time.
    const hostile = withStringsTail(sigWorkbook(), '<si><t>x'.repeat(60_000));
    const file = await readQuestionnaire(hostile, 'q.xlsx');
    expect(file.findings.map((f) => [f.sheet, f.row, f.question])).toEqual(
      plain.findings.map((f) => [f.sheet, f.row, f.question]),
    );
    expect(file.findings.length).toBeGreaterThan(0);
  });
});

test('the typed error crosses a worker boundary as plain data', () => {
  const data = structuredClone(
    fileErrorData(new QuestionnaireFileError({ kind: 'unknown-sheet', sheet: 'Lists' })),
  );
  expect(isQuestionnaireFileError(data)).toBe(true);
  expect(data).toEqual({
    name: 'QuestionnaireFileError',
    code: 'unknown-sheet',
    problem: { kind: 'unknown-sheet', sheet: 'Lists' },
    message: 'The file has no sheet named "Lists".',
  });
  expect(isQuestionnaireFileError(new Error('x'))).toBe(false);
  // Named like ours, without the problem the page words: not ours.
  expect(isQuestionnaireFileError({ name: 'QuestionnaireFileError', code: 'corrupt' })).toBe(false);
});
