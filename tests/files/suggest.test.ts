import { describe, expect, test } from 'vitest';
import { answerText, readQuestionnaire, suggestAnswers, summarize } from '../../lib/files/index';
import type { QuestionnaireFile, QuestionnaireFinding } from '../../lib/files/index';
import { answerFor, emptyProfile } from '../../lib/rules';
import { caiqWorkbook, sigWorkbook } from './fixtures';

const TODAY = new Date('2026-12-03T12:00:00Z');

function acme() {
  const p = emptyProfile();
  p.company = 'Acme';
  p.access = { trustCenterUrl: 'https://trust.acme.example' };
  p.soc2 = {
    held: true,
    type: 'type2',
    periodStart: '2025-11-01',
    periodEnd: '2026-10-31',
    auditor: 'A CPA firm',
  };
  return p;
}

describe('suggested answers', () => {
  test('each request gets the answer the popup gives: the same answerFor, with the profile', async () => {
    const file = await readQuestionnaire(sigWorkbook(), 'sig.xlsx');
    const finding = file.findings[0] as QuestionnaireFinding;
    const suggested = suggestAnswers(finding, acme(), TODAY);
    expect(suggested).toHaveLength(1);
    expect(suggested[0]?.label).toBe('SOC 2 Type 2');
    expect(suggested[0]?.answer).toEqual(answerFor(finding.requests[0]!, acme(), TODAY));
    expect(suggested[0]?.answer.text).toContain('1 November 2025 to 31 October 2026');
    expect(answerText(finding, acme(), TODAY)).toBe(suggested[0]?.answer.text);
  });

  test('"SOC 1 or SOC 2" gives both answers, each sentence once', async () => {
    const file = await readQuestionnaire(caiqWorkbook(), 'caiq.xlsx');
    const finding = file.findings[0] as QuestionnaireFinding;
    const [soc1, soc2] = finding.requests.map((r) => answerFor(r, acme(), TODAY).text);
    expect(answerText(finding, acme(), TODAY)).toBe(`${soc1} ${soc2}`);
  });
});

describe('suggested answers in the question’s language', () => {
  async function germanFinding(): Promise<QuestionnaireFinding> {
    const file = await readQuestionnaire(sigWorkbook(), 'sig.xlsx');
    return {
      ...(file.findings[0] as QuestionnaireFinding),
      question: 'Bitte stellen Sie Ihren aktuellen SOC 2 Typ 2 Bericht zur Verfügung.',
    };
  }

  test('a German question gets the German answer with German dates, and the English beside it', async () => {
    const finding = await germanFinding();
    const [suggested] = suggestAnswers(finding, acme(), TODAY);
    expect(suggested?.language).toBe('de');
    expect(suggested?.answer.text).toContain('1. November 2025');
    expect(suggested?.answer.text).toContain('Acme');
    expect(suggested?.english).toEqual(answerFor(finding.requests[0]!, acme(), TODAY));
    expect(answerText(finding, acme(), TODAY)).toBe(suggested?.answer.text);
  });

  test('a fixed answer language answers every question in it', async () => {
    const finding = await germanFinding();
    expect(answerText(finding, acme(), TODAY, 'fr')).toContain('1er novembre 2025');
    expect(answerText(finding, acme(), TODAY, 'en')).toBe(
      answerFor(finding.requests[0]!, acme(), TODAY).text,
    );
  });
});

describe('summarize', () => {
  const finding = (requests: Array<[string, string | null]>): QuestionnaireFinding =>
    ({
      requests: requests.map(([report, type]) => ({ report, type, start: 0, end: 1, reasons: [] })),
    }) as unknown as QuestionnaireFinding;

  test('most asked first, then rows and sheets', () => {
    const file = {
      sheets: Array.from({ length: 14 }, (_, i) => ({ rowCount: i === 0 ? 60 : 42 })),
      findings: [
        ...Array.from({ length: 5 }, () => finding([['soc2', 'type2']])),
        finding([['iso27001', null]]),
        finding([
          ['iso27001', null],
          ['bridge-letter', null],
        ]),
      ],
    } as unknown as QuestionnaireFile;
    expect(summarize(file)).toBe(
      'SOC 2 Type 2 x5, ISO/IEC 27001 x2, bridge letter x1; 606 rows read in 14 sheets',
    );
  });

  test('a file without requests says so', () => {
    const file = { sheets: [{ rowCount: 1 }], findings: [] } as unknown as QuestionnaireFile;
    expect(summarize(file)).toBe('No report requests; 1 row read in 1 sheet');
  });
});
