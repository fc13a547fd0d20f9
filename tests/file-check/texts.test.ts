/**
 * The page's words for what the worker reports as data: every problem the library can throw, the
 * worker's own failures and the summary line, in English word for word as the library says them,
 * and in every other language with their parameters in place.
 */
import { describe, expect, test } from 'vitest';
import {
  englishMessage,
  FILE_PROBLEMS,
  QuestionnaireFileError,
  summarize,
  summaryOf,
  type FileProblem,
  type QuestionnaireFile,
  type QuestionnaireFinding,
} from '../../lib/files';
import { failureText, problemText, summaryText } from '../../lib/file-check/texts';
import { useMessageTable } from '../../lib/i18n';
import { LANGUAGES } from '../../lib/rules';
import { readTable } from '../../scripts/locales';
import { FILE_PROBLEM_EXAMPLES, WORKER_PROBLEM_EXAMPLES } from '../fixtures/file-problems';

const EXAMPLES = Object.values(FILE_PROBLEM_EXAMPLES) as FileProblem[];

/** The parameters of a problem as they must show in its sentence. */
function paramTexts(problem: object): string[] {
  return Object.entries(problem)
    .filter(([name]) => name !== 'kind' && name !== 'job')
    .flatMap(([, value]) => (Array.isArray(value) ? value.map(String) : [String(value)]));
}

describe('file problems in English', () => {
  test.each(EXAMPLES.map((problem) => [problem.kind, problem] as const))(
    '%s: the page says what the library says',
    (_kind, problem) => {
      const error = new QuestionnaireFileError(problem);
      expect(error.code).toBe(FILE_PROBLEMS[problem.kind].code);
      expect(error.message).toBe(englishMessage(problem));
      expect(problemText(problem)).toBe(error.message);
      for (const param of paramTexts(problem)) expect(error.message).toContain(param);
    },
  );

  test('the wording of a few, exactly', () => {
    expect(problemText({ kind: 'unknown-sheet', sheet: 'Lists' })).toBe(
      'The file has no sheet named "Lists".',
    );
    expect(problemText({ kind: 'unencodable', characters: ['€', '✓'] })).toBe(
      'This CSV is saved as Windows-1252, which cannot hold "€", "✓". Edit those characters out of the answers, or save the CSV as UTF-8.',
    );
    expect(problemText({ kind: 'part-method', part: 'xl/styles.xml', method: 14 })).toBe(
      'The file is damaged (the part xl/styles.xml uses compression method 14). Save it again from Excel and retry.',
    );
    expect(problemText({ kind: 'unexpected', job: 'read' })).toMatch(
      /^Something unexpected went wrong while reading this file, so nothing was changed\./,
    );
    expect(problemText({ kind: 'bad-request' })).toBe('The page asked for something unknown.');
  });

  test('an unforeseen error is "unreadable" for the user, and keeps its cause for developers', async () => {
    const { typedErrors } = await import('../../lib/files/errors');
    const cause = new RangeError('Invalid array length');
    const error = await typedErrors(() => Promise.reject(cause)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(QuestionnaireFileError);
    expect((error as QuestionnaireFileError).problem).toEqual({ kind: 'unreadable' });
    expect((error as QuestionnaireFileError).cause).toBe(cause);
    expect(problemText((error as QuestionnaireFileError).problem)).not.toContain('Invalid');
  });
});

describe('job failures', () => {
  test('each has its sentence, and a time limit is said in seconds', () => {
    expect(failureText({ problem: 'timeout', job: 'read', timeLimitMs: 60_000 })).toMatch(
      /^Reading this file took longer than 60 seconds, so it was stopped\./,
    );
    expect(failureText({ problem: 'timeout', job: 'fill', timeLimitMs: 1_000 })).toMatch(
      /^Writing the answered copy took longer than 1 second, so/,
    );
    expect(failureText({ problem: 'invalid' })).toMatch(/^The file reader sent back something/);
    expect(failureText({ problem: 'crashed' })).toMatch(/^The file reader stopped unexpectedly/);
    expect(failureText({ problem: 'cancelled' })).toBe('Stopped. Nothing was changed.');
    expect(failureText({ problem: 'failed', reason: { kind: 'empty' } })).toBe(
      'The file is empty.',
    );
  });
});

describe('in every language', () => {
  test.each(LANGUAGES.filter((language) => language !== 'en'))(
    '%s: each problem has its own sentence, with its parameters in it',
    (language) => {
      const english = WORKER_PROBLEM_EXAMPLES.map((problem) => problemText(problem));
      useMessageTable(language, readTable(language));
      const texts = WORKER_PROBLEM_EXAMPLES.map((problem) => problemText(problem));
      WORKER_PROBLEM_EXAMPLES.forEach((problem, index) => {
        const text = texts[index]!;
        expect(text, problem.kind).not.toBe(english[index]);
        expect(text, problem.kind).not.toMatch(/\$\d|files[A-Z]/);
        for (const param of paramTexts(problem)) expect(text, problem.kind).toContain(param);
      });
      // No two problems share a sentence: each says what is wrong with this file.
      expect(new Set(texts).size).toBe(texts.length);
      for (const failure of [
        { problem: 'timeout', job: 'read', timeLimitMs: 60_000 },
        { problem: 'timeout', job: 'fill', timeLimitMs: 60_000 },
      ] as const) {
        expect(failureText(failure)).toContain('60');
      }
    },
  );
});

describe('the summary line', () => {
  const finding = (requests: Array<[string, string | null]>): QuestionnaireFinding =>
    ({
      requests: requests.map(([report, type]) => ({ report, type, start: 0, end: 1, reasons: [] })),
    }) as unknown as QuestionnaireFinding;
  const file = {
    sheets: Array.from({ length: 14 }, (_, i) => ({ rowCount: i === 0 ? 60 : 42 })),
    findings: [
      ...Array.from({ length: 5 }, () => finding([['soc2', 'type2']])),
      finding([['iso27001', null]]),
      finding([
        ['iso27001', 'type2'],
        ['bridge-letter', null],
      ]),
    ],
  } as unknown as QuestionnaireFile;

  test('counts each report once per finding, an untyped report whatever type it was given', () => {
    expect(summaryOf(file)).toEqual({
      asked: [
        { report: 'soc2', type: 'type2', count: 5 },
        { report: 'iso27001', type: null, count: 2 },
        { report: 'bridge-letter', type: null, count: 1 },
      ],
      rows: 606,
      sheets: 14,
    });
  });

  test('in English, the page says what the library says', () => {
    expect(summaryText(summaryOf(file))).toBe(summarize(file));
    expect(summaryText(summaryOf(file))).toBe(
      'SOC 2 Type 2 x5, ISO/IEC 27001 x2, bridge letter x1; 606 rows read in 14 sheets',
    );
    const one = { sheets: [{ rowCount: 1 }], findings: [] } as unknown as QuestionnaireFile;
    expect(summaryText(summaryOf(one))).toBe('No report requests; 1 row read in 1 sheet');
    expect(summaryText(summaryOf(one))).toBe(summarize(one));
  });

  test('in German, with its plural forms and the report names kept', () => {
    useMessageTable('de', readTable('de'));
    expect(summaryText(summaryOf(file))).toBe(
      'SOC 2 Type 2 ×5, ISO/IEC 27001 ×2, Bridge Letter ×1; 606 Zeilen in 14 Blättern gelesen',
    );
    const one = { sheets: [{ rowCount: 1 }], findings: [] } as unknown as QuestionnaireFile;
    expect(summaryText(summaryOf(one))).toBe(
      'Keine Anfragen nach Berichten; 1 Zeile in 1 Blatt gelesen',
    );
  });
});
