/**
 * The rules' sentences as messages: the list of names matches the English file, each rule users
 * read a reason from has one that says exactly its `why`, and a sentence read from outside is
 * checked against the list. In another UI language the same reasons and advice read in that
 * language, dates included; the answer itself keeps the question's language.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { say, useMessageTable } from '../../lib/i18n';
import { sayInEnglish } from '../../lib/i18n/english';
import { analyze } from '../../lib/rules/analyze';
import { answerInLanguageOf } from '../../lib/rules/answer-languages';
import { emptyProfile } from '../../lib/rules/profile';
import { RULES } from '../../lib/rules/requests';
import { isRulesKey, MAX_SUBS, readRuleSentence, RULE_WORDS } from '../../lib/rules/words';
import { readArea, readTable } from '../../scripts/locales';

afterEach(() => useMessageTable(null, null));

const ENGLISH = readArea('en', 'rules');

describe('the list of rules messages', () => {
  test('is exactly the English rules file, once each', () => {
    expect([...RULE_WORDS].sort()).toEqual(Object.keys(ENGLISH).sort());
    expect(new Set(RULE_WORDS).size).toBe(RULE_WORDS.length);
  });

  test('names messages the rules actually say, not only list', () => {
    const dir = join(process.cwd(), 'lib/rules');
    const code = readdirSync(dir)
      .filter((name) => name.endsWith('.ts') && name !== 'words.ts')
      .map((name) => readFileSync(join(dir, name), 'utf8'))
      .join('\n');
    expect(RULE_WORDS.filter((key) => !code.includes(`'${key}'`))).toEqual([]);
  });
});

describe('the reason of each rule', () => {
  const readable = RULES.filter(
    (rule) =>
      (rule.kind === 'report' || rule.kind === 'standard' || rule.kind === 'unnumbered') &&
      rule.id !== 'soc-numbered',
  );

  test.each(readable.map((rule) => [rule.id, rule] as const))(
    '%s has a reason that says its why, after the phrase',
    (_id, rule) => {
      expect(rule.reason).toBeDefined();
      expect(sayInEnglish({ key: rule.reason!, subs: ['the phrase'] })).toBe(
        `“the phrase”: ${rule.why}`,
      );
    },
  );

  test('only rules whose matches become requests have one (no other reason is ever shown)', () => {
    const others = RULES.filter((rule) => !readable.includes(rule) && rule.reason);
    expect(others.map((rule) => rule.id)).toEqual([]);
  });
});

describe('readRuleSentence (a sentence from another context)', () => {
  test('copies a well-formed sentence, and only its fields', () => {
    const sent = {
      key: 'rulesWhyNames',
      subs: ['SOC 2', { day: '2025-07-01', extra: 1 }],
      extra: '<b>',
    };
    expect(readRuleSentence(sent, 10)).toEqual({
      key: 'rulesWhyNames',
      subs: ['SOC 2', { day: '2025-07-01' }],
    });
  });

  test.each([
    ['a name of another area', { key: 'cardClose', subs: [] }],
    ['an unknown name', { key: 'rulesWhyEverything', subs: [] }],
    ['no subs', { key: 'rulesWhyTypeOpen' }],
    ['too many subs', { key: 'rulesWhyNames', subs: Array(MAX_SUBS + 1).fill('x') }],
    ['a sub over the limit', { key: 'rulesWhyNames', subs: ['x'.repeat(11)] }],
    ['a number sub', { key: 'rulesWhyNames', subs: [3] }],
    ['a day that is no day', { key: 'rulesWhyNames', subs: [{ day: '1 July 2025' }] }],
    ['a string', 'rulesWhyNames'],
    ['null', null],
  ])('refuses %s', (_name, value) => {
    expect(readRuleSentence(value, 10)).toBeNull();
  });

  test('knows only the listed names', () => {
    expect(isRulesKey('rulesWhyTypeOpen')).toBe(true);
    expect(isRulesKey('toString')).toBe(false);
    expect(isRulesKey(undefined)).toBe(false);
  });
});

describe('reasons in the UI language', () => {
  const CUE = 'Please attach your SOC report covering controls relevant to financial reporting.';
  const TYPED = 'Please provide your SOC 2 Type II report.';
  const reasons = (text: string) => analyze(text).flatMap((request) => request.reasons.map(say));

  test('English reads as the rules always said it', () => {
    expect(reasons(CUE)).toEqual([
      '“SOC report”: A SOC report without a number: SOC 2 in a security review, SOC 1 when financial reporting is in view.',
      '“financial reporting” points at financial reporting, which SOC 1 covers.',
      'The text leaves the type open (Type 1 or Type 2).',
    ]);
    expect(reasons(TYPED)).toEqual(['“SOC 2” names SOC 2.', 'Type 2: the text says “Type II”.']);
  });

  test('a German UI reads German reasons, the quoted cue in German quotes', () => {
    useMessageTable('de', readTable('de'));
    expect(reasons(CUE)).toEqual([
      '„SOC report“: Ein SOC-Bericht ohne Nummer: SOC 2 bei einer Sicherheitsprüfung, SOC 1, wenn es um Finanzberichterstattung geht.',
      '„financial reporting“ deutet auf Finanzberichterstattung hin, die SOC 1 abdeckt.',
      'Der Text lässt den Typ offen (Typ 1 oder Typ 2).',
    ]);
    expect(reasons(TYPED)).toEqual(['„SOC 2“ nennt SOC 2.', 'Typ 2: Der Text sagt „Type II“.']);
  });

  test('a Japanese UI reads Japanese reasons', () => {
    useMessageTable('ja', readTable('ja'));
    expect(reasons(CUE)).toEqual([
      '「SOC report」：番号のないSOC報告書：セキュリティ審査ではSOC 2、財務報告が関わる場合はSOC 1です。',
      '「financial reporting」は財務報告を示しており、これはSOC 1の対象です。',
      'テキストではタイプが指定されていません（Type 1またはType 2）。',
    ]);
    expect(reasons(TYPED)).toEqual([
      '「SOC 2」はSOC 2を指しています。',
      'Type 2：テキストに「Type II」とあります。',
    ]);
  });

  test.each(['de', 'fr', 'es', 'pt', 'nl', 'it', 'ja'] as const)(
    '%s says every reason in its own words, with the quoted phrase',
    (language) => {
      const table = readTable(language);
      useMessageTable(language, table);
      for (const key of RULE_WORDS) {
        const said = say({ key, subs: ['«PHRASE»', 'SOC 2'] });
        expect(said, `${language} ${key}`).not.toBe(
          sayInEnglish({ key, subs: ['«PHRASE»', 'SOC 2'] }),
        );
        if (ENGLISH[key]?.message.includes('$PHRASE$')) expect(said).toContain('«PHRASE»');
      }
    },
  );
});

describe('advice in the UI language', () => {
  // A SOC 2 Type 2 whose period ended four months before today: the bridge letter advice, with
  // two dates and the age in it.
  const profile = emptyProfile();
  profile.company = 'Acme';
  profile.soc2 = { held: true, type: 'type2', periodStart: '2025-07-01', periodEnd: '2026-06-30' };
  const TODAY = new Date('2026-11-15T00:00:00Z');
  const advice = (question: string) =>
    answerInLanguageOf(
      question,
      { report: 'soc2', type: 'type2', reasons: [] },
      profile,
      TODAY,
    ).answer.advice.map(say);

  test('English reads as the answers always said it, dates in English', () => {
    expect(advice('Please provide your SOC 2 report.')).toEqual([
      'Your SOC 2 Type 2 period ended 4 months ago (30 June 2026): buyers will ask what happened since. Have your management sign a bridge letter covering 1 July 2026 to today, and mark it available in your profile.',
    ]);
  });

  test('a German UI reads German advice with German dates, even for an English question', () => {
    useMessageTable('de', readTable('de'));
    expect(advice('Please provide your SOC 2 report.')).toEqual([
      'Der Zeitraum Ihres Berichts nach SOC 2 Type 2 endete vor 4 Monaten (30. Juni 2026): Käufer werden fragen, was seitdem geschah. Lassen Sie Ihre Geschäftsleitung einen Bridge Letter vom 1. Juli 2026 bis heute unterzeichnen, und markieren Sie ihn in Ihrem Profil als vorhanden.',
    ]);
  });

  test('a Japanese UI reads Japanese advice, even for a French question', () => {
    useMessageTable('ja', readTable('ja'));
    const french = 'Veuillez fournir votre rapport SOC 2 de type 2.';
    const answer = answerInLanguageOf(
      french,
      { report: 'soc2', type: 'type2', reasons: [] },
      profile,
      TODAY,
    );
    // The answer stays in the question's language; only the advice follows the UI.
    expect(answer.language).toBe('fr');
    expect(answer.answer.advice.map(say)).toEqual([
      'SOC 2 Type 2の対象期間は4か月前（2026年6月30日）に終了しています。購買側はその後の状況を尋ねてきます。2026年7月1日から現在までをカバーするブリッジレターに経営者の署名をもらい、プロフィールで「あり」にしてください。',
    ]);
  });

  test('without a profile, a French UI reads the generic advice in French', () => {
    useMessageTable('fr', readTable('fr'));
    const generic = answerInLanguageOf('Your SOC 2 report?', {
      report: 'soc2',
      type: null,
      reasons: [],
    }).answer.advice.map(say);
    expect(generic).toHaveLength(6);
    expect(generic[4]).toBe(
      'En cas de doute sur ce que veut l’acheteur, demandez à son équipe sécurité ou achats.',
    );
  });
});
