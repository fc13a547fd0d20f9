import { describe, expect, test } from 'vitest';
import {
  acceptGroup,
  answersToWrite,
  findingKey,
  groupByReport,
  mediaTypeOf,
  shownAnswer,
  suggestInLanguage,
  type Decision,
} from '../../lib/file-check/review';
import { answerFor, emptyProfile, type Profile } from '../../lib/rules';
import {
  READING,
  SOC1_FINDING,
  SOC2_FINDING,
  SOC2_SECOND,
  ISO_FINDING,
} from '../fixtures/file-check-state';

const TODAY = new Date('2026-12-03T12:00:00Z');

function profileWithSoc2(): Profile {
  const profile = emptyProfile();
  profile.company = 'Acme Cloud';
  profile.soc2 = {
    held: true,
    type: 'type2',
    periodStart: '2025-10-01',
    periodEnd: '2026-09-30',
    auditor: 'Example CPA LLP',
  };
  return profile;
}

/** A cell's answer to an English question, as suggestInLanguage gives it. */
function englishCell(requests: Parameters<typeof suggestInLanguage>[1], profile?: Profile) {
  const suggestion = suggestInLanguage(SOC2_FINDING.question, requests, profile, TODAY);
  expect(suggestion.language).toBe('en');
  expect(suggestion.english).toBeUndefined();
  return suggestion.answer;
}

describe('the answer to an English question', () => {
  test('is exactly the popup’s answer for a one-report question, tailored by the profile', () => {
    const profile = profileWithSoc2();
    const request = SOC2_FINDING.requests[0]!;
    expect(englishCell([request], profile)).toEqual(answerFor(request, profile, TODAY));
    expect(englishCell([request], profile).text).toContain('Example CPA LLP');
  });

  test('puts both answers in one cell for "SOC 1 or SOC 2", each attachment and advice once', () => {
    const requests = [SOC1_FINDING.requests[0]!, SOC2_FINDING.requests[0]!];
    const both = englishCell(requests);
    const [first, second] = requests.map((request) => answerFor(request, undefined, TODAY));
    expect(both.text).toBe(`${first!.text} ${second!.text}`);
    const keys = both.advice.map((line) => JSON.stringify(line));
    expect(new Set(keys).size).toBe(keys.length);
    for (const line of [...first!.advice, ...second!.advice])
      expect(both.advice).toContainEqual(line);
  });
});

const GERMAN = 'Bitte stellen Sie Ihren aktuellen SOC 2 Typ 2 Bericht zur Verfügung.';
const FRENCH = 'Veuillez fournir votre dernier rapport SOC 2 de type 2.';

describe('suggestInLanguage', () => {
  const request = SOC2_FINDING.requests[0]!;

  test('answers a German question in German, with the profile’s facts and German dates', () => {
    const suggestion = suggestInLanguage(GERMAN, [request], profileWithSoc2(), TODAY);
    expect(suggestion.language).toBe('de');
    expect(suggestion.answer.text).toMatch(/^Ja\. /);
    expect(suggestion.answer.text).toContain('Acme Cloud');
    expect(suggestion.answer.text).toContain('Example CPA LLP');
    expect(suggestion.answer.text).toContain('1. Oktober 2025');
    expect(suggestion.answer.text).toContain('30. September 2026');
    expect(suggestion.english).toEqual(answerFor(request, profileWithSoc2(), TODAY));
  });

  test('answers a French question in French, with French dates', () => {
    const suggestion = suggestInLanguage(FRENCH, [request], profileWithSoc2(), TODAY);
    expect(suggestion.language).toBe('fr');
    expect(suggestion.answer.text).toMatch(/^Oui\. /);
    expect(suggestion.answer.text).toContain('1er octobre 2025');
    expect(suggestion.answer.text).toContain('Example CPA LLP');
    expect(suggestion.english?.text).toContain('1 October 2025');
  });

  test('an English question gets exactly the popup’s answer and no switch', () => {
    const suggestion = suggestInLanguage(
      SOC2_FINDING.question,
      [request],
      profileWithSoc2(),
      TODAY,
    );
    expect(suggestion).toEqual({
      language: 'en',
      answer: answerFor(request, profileWithSoc2(), TODAY),
    });
  });

  test('own wording: German text for a German question; only English: the cell is English', () => {
    const profile = profileWithSoc2();
    profile.wording = { soc2: 'Own: {company}, {period}.', de: { soc2: 'Eigen: {period}.' } };
    const german = suggestInLanguage(GERMAN, [request], profile, TODAY);
    expect(german.language).toBe('de');
    expect(german.answer.text).toBe('Eigen: 1. Oktober 2025 bis 30. September 2026.');
    expect(german.english?.text).toBe('Own: Acme Cloud, 1 October 2025 to 30 September 2026.');

    profile.wording = { soc2: 'Own: {company}, {period}.' };
    const requests = [SOC1_FINDING.requests[0]!, request];
    const mixed = suggestInLanguage(GERMAN, requests, profile, TODAY);
    // One report had English own wording: the whole cell is English, not half German.
    expect(mixed.language).toBe('en');
    expect(mixed.english).toBeUndefined();
    expect(mixed.answer.text).toBe(
      requests.map((one) => answerFor(one, profile, TODAY).text.trim()).join(' '),
    );
    expect(mixed.answer.text).toContain('Own: Acme Cloud, 1 October 2025 to 30 September 2026.');
  });

  test('the answer language the user fixed wins over the question’s', () => {
    const suggestion = suggestInLanguage(GERMAN, [request], profileWithSoc2(), TODAY, 'fr');
    expect(suggestion.language).toBe('fr');
    expect(suggestion.answer.text).toContain('1er octobre 2025');
  });

  test('"SOC 1 or SOC 2" in German combines both German answers, and both English ones', () => {
    const requests = [SOC1_FINDING.requests[0]!, request];
    const suggestion = suggestInLanguage(GERMAN, requests, profileWithSoc2(), TODAY);
    const english = englishCell(requests, profileWithSoc2());
    expect(suggestion.english).toEqual(english);
    expect(suggestion.answer.text).not.toBe(english.text);
    expect(suggestion.answer.text).toContain('1. Oktober 2025');
  });

  test('shownAnswer gives the English answer only when switched and there is one', () => {
    const german = suggestInLanguage(GERMAN, [request], profileWithSoc2(), TODAY);
    expect(shownAnswer(german, false)).toBe(german.answer);
    expect(shownAnswer(german, true)).toBe(german.english);
    const english = suggestInLanguage(SOC2_FINDING.question, [request], undefined, TODAY);
    expect(shownAnswer(english, true)).toBe(english.answer);
  });
});

describe('groupByReport', () => {
  test('groups findings by report and type, most-asked first', () => {
    const groups = groupByReport(READING.findings);
    expect(groups.map((group) => [group.title, group.findings.length])).toEqual([
      ['SOC 2 Type 2', 2],
      ['ISO 27001', 1],
      ['SOC 1', 1],
    ]);
  });
});

describe('acceptGroup', () => {
  test('accepts the open findings of one report with their suggestions, and leaves decided ones', () => {
    const [soc2] = groupByReport(READING.findings);
    const before = new Map<string, Decision>([[findingKey(SOC2_SECOND), { kind: 'skipped' }]]);
    const after = acceptGroup(before, soc2!, (finding) => `answer for ${finding.cell}`);
    expect(after.get(findingKey(SOC2_FINDING))).toEqual({
      kind: 'accepted',
      text: 'answer for B4',
      replace: false,
    });
    expect(after.get(findingKey(SOC2_SECOND))).toEqual({ kind: 'skipped' });
    expect(after.has(findingKey(ISO_FINDING))).toBe(false);
    expect(before.has(findingKey(SOC2_FINDING))).toBe(false);
  });
});

describe('answersToWrite', () => {
  test('writes accepted answers into empty answer cells only', () => {
    const decisions = new Map<string, Decision>([
      [findingKey(SOC2_FINDING), { kind: 'accepted', text: 'Yes, attached.', replace: false }],
      [findingKey(SOC2_SECOND), { kind: 'accepted', text: 'Yes.', replace: false }],
      [findingKey(ISO_FINDING), { kind: 'skipped' }],
    ]);
    expect(answersToWrite(READING.findings, decisions)).toEqual([
      { sheet: 'Assurance', cell: 'C4', text: 'Yes, attached.', overwrite: false },
    ]);
  });

  test('replaces a filled answer cell only after the explicit per-cell choice', () => {
    const decisions = new Map<string, Decision>([
      [findingKey(SOC2_SECOND), { kind: 'accepted', text: 'Yes.', replace: true }],
    ]);
    expect(answersToWrite(READING.findings, decisions)).toEqual([
      { sheet: 'Assurance', cell: 'C9', text: 'Yes.', overwrite: true },
    ]);
  });

  test('writes nothing for open findings or an emptied edit', () => {
    const decisions = new Map<string, Decision>([
      [findingKey(SOC1_FINDING), { kind: 'accepted', text: '  ', replace: false }],
    ]);
    expect(answersToWrite(READING.findings, decisions)).toEqual([]);
  });

  test('writes one answer per cell when two findings share an answer cell', () => {
    const twin = { ...SOC2_FINDING, cell: 'A4' };
    const decisions = new Map<string, Decision>([
      [findingKey(SOC2_FINDING), { kind: 'accepted', text: 'first', replace: false }],
      [findingKey(twin), { kind: 'accepted', text: 'second', replace: false }],
    ]);
    expect(answersToWrite([SOC2_FINDING, twin], decisions)).toEqual([
      { sheet: 'Assurance', cell: 'C4', text: 'first', overwrite: false },
    ]);
  });
});

describe('mediaTypeOf', () => {
  test.each([
    [
      'SIG Lite (answered).xlsx',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    ],
    ['macros (answered).XLSM', 'application/vnd.ms-excel.sheet.macroEnabled.12'],
    ['caiq (answered).csv', 'text/csv'],
    ['export (answered).tsv', 'text/tab-separated-values'],
    ['no extension', 'application/octet-stream'],
  ])('%s is saved as %s', (name, type) => {
    expect(mediaTypeOf(name)).toBe(type);
  });
});
