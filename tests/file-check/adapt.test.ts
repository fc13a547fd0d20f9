import { describe, expect, test } from 'vitest';
import { columnsOf, toReading } from '../../lib/file-check/adapt';
import { columnLetters, columnNumber } from '../../lib/files/grid';
import { LIMITS, parseWorkerReply } from '../../lib/file-check/protocol';
import { summaryOf } from '../../lib/files/suggest';
import type { QuestionnaireFile, QuestionnaireSheet } from '../../lib/files/types';

function sheet(extra: Partial<QuestionnaireSheet> = {}): QuestionnaireSheet {
  return {
    name: 'Assurance',
    questionColumn: 'C',
    answerColumn: 'E',
    rowCount: 40,
    headerRow: 2,
    numberColumn: 'B',
    choiceColumn: 'D',
    headers: { B: 'Ques Num', C: 'Question/Request', D: 'Response', E: 'Additional Information' },
    hidden: false,
    overridden: false,
    ...extra,
  };
}

describe('column letters', () => {
  test.each([
    ['A', 1],
    ['Z', 26],
    ['AA', 27],
    ['AZ', 52],
    ['ZZ', 702],
    ['XFD', 16_384],
  ])('%s is column %i, both ways', (letters, number) => {
    expect(columnNumber(letters)).toBe(number);
    expect(columnLetters(number)).toBe(letters);
  });
});

describe('columnsOf', () => {
  test('offers A to J at least, with each header', () => {
    const columns = columnsOf(sheet());
    expect(columns.map((column) => column.letter)).toEqual([
      'A',
      'B',
      'C',
      'D',
      'E',
      'F',
      'G',
      'H',
      'I',
      'J',
    ]);
    expect(columns[2]).toEqual({ letter: 'C', header: 'Question/Request' });
    expect(columns[0]).toEqual({ letter: 'A', header: '' });
  });

  test('reaches the last column with a header or a role', () => {
    const columns = columnsOf(sheet({ headers: { AB: 'Vendor Response' }, answerColumn: 'AB' }));
    expect(columns.at(-1)).toEqual({ letter: 'AB', header: 'Vendor Response' });
    expect(columns).toHaveLength(28);
  });

  test('stops at 200 columns on a very wide sheet', () => {
    expect(columnsOf(sheet({ headers: { XFD: 'Last' } }))).toHaveLength(200);
  });
});

describe('toReading', () => {
  const file: QuestionnaireFile = {
    sheets: [
      sheet(),
      sheet({ name: 'Lists', questionColumn: null, answerColumn: null, hidden: true, headers: {} }),
    ],
    findings: [
      {
        sheet: 'Assurance',
        cell: 'C4',
        question: 'Provide your SOC 2 Type 2 report.',
        context: 'Assurance · Third-party audits · Question/Request',
        requests: [
          {
            report: 'soc2',
            type: 'type2',
            start: 13,
            end: 26,
            reasons: [{ key: 'rulesWhyNames', subs: ['SOC 2', 'SOC 2'] }],
          },
        ],
        answerCell: 'E4',
        row: 4,
        number: null,
        section: 'Third-party audits',
        existingAnswer: '',
      },
    ],
    format: 'xlsx',
    answeredName: 'SIG (answered).xlsx',
  };

  test('gives a reading the page accepts, with the summary and the copy’s name', () => {
    const reading = toReading(file, summaryOf(file));
    expect(parseWorkerReply({ type: 'read', reading })).toEqual({ type: 'read', reading });
    expect(reading.summary).toEqual({
      asked: [{ report: 'soc2', type: 'type2', count: 1 }],
      rows: 80,
      sheets: 2,
    });
    expect(reading.answeredName).toBe('SIG (answered).xlsx');
    expect(reading.sheets.map((s) => [s.name, s.questionColumn, s.hidden])).toEqual([
      ['Assurance', 'C', false],
      ['Lists', null, true],
    ]);
    expect(reading.findings[0]).toMatchObject({
      number: '',
      cell: 'C4',
      answerCell: 'E4',
      existingAnswer: '',
    });
  });

  test('a header or number cell longer than the page accepts is cut, not a refused file', () => {
    const long = 'x'.repeat(5_000);
    const reading = toReading(
      {
        ...file,
        sheets: [sheet({ headers: { C: long } })],
        findings: [{ ...file.findings[0]!, number: long }],
      },
      summaryOf(file),
    );
    expect(parseWorkerReply({ type: 'read', reading })).toEqual({ type: 'read', reading });
    expect(reading.findings[0]?.number).toBe(long.slice(0, LIMITS.name));
    expect(reading.sheets[0]?.columns.find((c) => c.letter === 'C')?.header).toHaveLength(
      LIMITS.name,
    );
  });
});
