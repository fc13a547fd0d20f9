import { describe, expect, test } from 'vitest';
import { classifyHeader, detectColumns, isSectionRow } from '../../lib/files/columns';
import type { GridCell, GridSheet } from '../../lib/files/grid';
import { readQuestionnaire } from '../../lib/files/index';
import { buildWorkbook, REQUEST_QUESTIONS } from './fixtures';

/** A grid from rows of texts (column A first; '' leaves a cell out). */
function grid(rows: Array<Array<string | GridCell>>, extra: Partial<GridSheet> = {}): GridSheet {
  return {
    name: 'Sheet1',
    rows: rows.map((cells, i) => ({
      row: i + 1,
      cells: cells
        .map((cell, c) => (typeof cell === 'string' ? { col: c + 1, text: cell } : cell))
        .filter((cell) => cell.text !== ''),
    })),
    hidden: false,
    wideMerges: new Set(),
    listColumns: new Set(),
    ...extra,
  };
}

describe('classifyHeader', () => {
  test.each([
    ['Ques Num', 'number'],
    ['Question ID', 'number'],
    ['#', 'number'],
    ['Ref.', 'number'],
    ['Question/Request', 'question'],
    ['Consensus Assessment Questions', 'question'],
    ['Question', 'question'],
    ['Requirement', 'question'],
    ['Control', 'question'],
    ['Control Specification', 'question'],
    ['Response', 'answer'],
    ['Vendor Response', 'answer'],
    ['CSP CAIQ Answer', 'answer'],
    ['Consensus Assessment Answers (Yes / No / NA)', 'answer'],
    ['Vendor Answers', 'answer'],
    ['Comments', 'comment'],
    ['Additional Information', 'comment'],
    ['CSP Implementation Description (Optional/Recommended)', 'comment'],
    ['Notes', 'comment'],
  ])('"%s" names a %s column', (text, kind) => {
    expect(classifyHeader(text)?.kind).toBe(kind);
  });

  test.each([['SSRM Control Ownership'], ['Owner'], ['Date'], ['CSC Responsibilities'], ['']])(
    '"%s" names none of them',
    (text) => {
      expect(classifyHeader(text)).toBeUndefined();
    },
  );
});

describe('detectColumns', () => {
  test('a CAIQ v3 header: the question column beats the control specification', () => {
    const found = detectColumns(
      grid([
        [
          'Control Domain',
          'Control ID',
          'Question ID',
          'Control Specification',
          'Consensus Assessment Questions',
          'Consensus Assessment Answers',
          'Notes',
        ],
        [
          'Audit Assurance',
          'AAC-01',
          'AAC-01.1',
          'Audit plans are…',
          'Do you produce audit assertions?',
          'Yes',
          '',
        ],
      ]),
    );
    expect(found).toMatchObject({ headerRow: 1, question: 5, answer: 6, number: 3, choice: null });
  });

  test('a VSA-like header below a title and instructions', () => {
    const found = detectColumns(
      grid([
        ['Vendor Security Assessment'],
        ['Answer each question; add comments where useful.'],
        ['#', 'Question', 'Response', 'Comments/Notes'],
        ['1', 'Do you have a security team?', 'Yes', ''],
      ]),
    );
    expect(found).toMatchObject({ headerRow: 3, question: 2, answer: 3, number: 1 });
  });

  test('a header with a question column only: the answer is the next column', () => {
    const found = detectColumns(
      grid([
        ['Requirement', 'Owner'],
        ['Attach your SOC 2 report.', ''],
      ]),
    );
    expect(found).toMatchObject({ headerRow: 1, question: 1, answer: 2 });
  });

  test('a drop-down answer column with a comment column: the comment column takes the text', () => {
    const rows = [
      ['ID', 'Question', 'Answer', 'Additional Info'],
      ['1', 'Q?', '', ''],
    ];
    expect(detectColumns(grid(rows, { listColumns: new Set([3]) }))).toMatchObject({
      answer: 4,
      choice: 3,
    });
    expect(detectColumns(grid(rows))).toMatchObject({ answer: 3, choice: null });
  });

  test('no header: the column with the most long texts holds the questions', () => {
    const found = detectColumns(
      grid([
        ['1', 'Do you encrypt customer data at rest and in transit?', ''],
        ['2', 'Please attach your most recent SOC 2 Type II report.', ''],
        ['3', 'Who reviews administrator access each quarter?', 'Yes'],
      ]),
    );
    expect(found).toMatchObject({ headerRow: null, question: 2, answer: 3 });
  });
});

describe('isSectionRow', () => {
  const sheet = grid([], { wideMerges: new Set(['4:1']) });
  const row = (cells: GridCell[], r = 3) => ({ row: r, cells });

  test.each([
    ['a single cell outside the question column', row([{ col: 1, text: 'Access control' }])],
    [
      'a bold heading in the question column',
      row([{ col: 2, text: 'Access control', bold: true }]),
    ],
    [
      'a bold heading with its number',
      row([
        { col: 1, text: 'A.1' },
        { col: 2, text: 'Access control', bold: true },
      ]),
    ],
    ['a merged heading', row([{ col: 1, text: 'Access control' }], 4)],
  ])('%s is a section', (_name, r) => {
    expect(isSectionRow(r, sheet, 2, 3)).toBe(true);
  });

  test.each([
    [
      'a plain question without an answer yet',
      row([{ col: 2, text: 'Attach your SOC 2 report.' }]),
    ],
    [
      'a numbered question',
      row([
        { col: 1, text: '1' },
        { col: 2, text: 'Attach your SOC 2 report.' },
      ]),
    ],
    [
      'a bold question (question mark)',
      row([{ col: 2, text: 'Do you have a SOC 2 report?', bold: true }]),
    ],
    [
      'a row with an answer',
      row([
        { col: 2, text: 'Encryption', bold: true },
        { col: 3, text: 'Yes' },
      ]),
    ],
  ])('%s is not a section', (_name, r) => {
    expect(isSectionRow(r, sheet, 2, 3)).toBe(false);
  });
});

describe('column choices from the user', () => {
  const bytes = buildWorkbook([
    {
      name: 'Review',
      rows: [
        ['Area', 'Text', 'Reply', 'Owner'],
        ['Audit', REQUEST_QUESTIONS.soc2Type2, '', ''],
      ],
    },
  ]);

  test('without a choice, the columns are guessed from the long texts', async () => {
    const file = await readQuestionnaire(bytes, 'review.xlsx');
    expect(file.sheets[0]).toMatchObject({
      questionColumn: 'B',
      answerColumn: 'C',
      overridden: false,
    });
  });

  test('a choice per sheet replaces the detected columns and moves the answer cell', async () => {
    const file = await readQuestionnaire(bytes, 'review.xlsx', {
      columns: { Review: { questionColumn: 'b', answerColumn: 'D', headerRow: 1 } },
    });
    expect(file.sheets[0]).toMatchObject({
      questionColumn: 'B',
      answerColumn: 'D',
      headerRow: 1,
      overridden: true,
    });
    expect(file.findings.map((f) => [f.cell, f.answerCell, f.context])).toEqual([
      ['B2', 'D2', 'Review | Text'],
    ]);
  });

  test('a choice naming a column that holds no questions finds nothing', async () => {
    const file = await readQuestionnaire(bytes, 'review.xlsx', {
      columns: { Review: { questionColumn: 'A' } },
    });
    expect(file.findings).toEqual([]);
  });
});
