/** @vitest-environment happy-dom */
/**
 * The file page in the pseudo-language: every word the page itself writes comes from the locale
 * files. What stays is the file's own text (names, questions, headers), the reader's summary,
 * and the suggested answers, all data the test lists as allowed. The reasons are the rules'
 * sentences, translated like the page's own words.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { FileCheckView, type FileCheckViewProps } from '../../components/file-check-view';
import { findingKey, type Decision } from '../../lib/file-check/review';
import { emptyProfile } from '../../lib/rules';
import { suggestInLanguage } from '../../lib/file-check/review';
import type { FileFinding } from '../../lib/file-check/protocol';
import { byText, click, mount, unmountAll } from '../components/render';
import {
  FILE_NAME,
  ISO_FINDING,
  READING,
  SHEETS,
  SOC1_FINDING,
  SOC2_FINDING,
  SOC2_SECOND,
} from '../fixtures/file-check-state';
import { untranslatedText, usePseudoMessages } from '../i18n/pseudo';

afterEach(unmountAll);

const TODAY = new Date('2026-12-03T12:00:00Z');
const GERMAN_ROW: FileFinding = {
  ...SOC2_FINDING,
  question: 'Bitte stellen Sie Ihren aktuellen SOC 2 Typ 2 Bericht zur Verfügung.',
};
const FINDINGS = [GERMAN_ROW, ISO_FINDING, SOC2_SECOND, SOC1_FINDING];

function profile() {
  const p = emptyProfile();
  p.company = 'Acme Cloud';
  p.soc2 = {
    held: true,
    type: 'type2',
    periodStart: '2025-10-01',
    periodEnd: '2026-09-30',
    auditor: 'Example CPA LLP',
  };
  return p;
}

const suggestionOf = (finding: FileFinding) =>
  suggestInLanguage(finding.question, finding.requests, profile(), TODAY);

/** The file's own text and what the reader and the rules wrote: data, not the page's words. */
function data(): (string | RegExp)[] {
  const texts = new Set<string>([FILE_NAME, READING.summary]);
  for (const sheet of SHEETS) {
    texts.add(sheet.name);
    for (const column of sheet.columns) texts.add(column.header);
  }
  for (const finding of FINDINGS) {
    texts.add(finding.question);
    texts.add(finding.existingAnswer);
    const suggestion = suggestionOf(finding);
    for (const answer of [suggestion.answer, suggestion.english]) {
      if (!answer) continue;
      texts.add(answer.text);
      if (answer.attach) texts.add(answer.attach);
    }
  }
  // Longest first, so a text is not cut by a shorter one inside it.
  return [...texts].filter(Boolean).sort((a, b) => b.length - a.length);
}

/**
 * The shared answer box (Attach, Advice, Copy answer) is translated with the card and the
 * popup, which show it too; its words are listed here until then.
 */
const ANSWER_BOX = ['Attach:', 'Copy answer', 'Advice'];

describe('the file page in another language', () => {
  test('shows no English of its own, in every state', async () => {
    usePseudoMessages();
    const decisions = new Map<string, Decision>([
      [findingKey(SOC2_SECOND), { kind: 'accepted', text: 'Siehe Anlage.', replace: false }],
      [findingKey(SOC1_FINDING), { kind: 'skipped' }],
    ]);
    const props: FileCheckViewProps = {
      file: { name: FILE_NAME, reading: { ...READING, findings: FINDINGS } },
      busy: { label: 'x', showProgress: true, done: 5, total: 10 },
      error: 'e',
      notice: 'n',
      decisions,
      suggestionOf,
      inEnglish: new Set(),
      onEnglish: vi.fn(),
      answerCount: 1,
      hasProfile: true,
      dragging: false,
      accept: '.xlsx,.csv',
      onFile: vi.fn(),
      onCancel: vi.fn(),
      onColumns: vi.fn(),
      onDecide: vi.fn(),
      onAcceptGroup: vi.fn(),
      onDownload: vi.fn(),
      onOpenOptions: vi.fn(),
    };
    const root = mount(<FileCheckView {...props} />);
    const allowed = [...data(), 'Siehe Anlage.', ...ANSWER_BOX];
    expect(untranslatedText(root, allowed)).toEqual([]);
    // The switch and the editor are there, in the pseudo-language too.
    expect(root.textContent).toContain('⟦filesShowEnglish⟧');
    await click(byText(root.querySelector('[data-cell="Assurance!B4"]')!, 'button', /filesEdit⟧/));
    expect(root.querySelector('.file-editor')).not.toBeNull();
    expect(untranslatedText(root, allowed)).toEqual([]);

    const none = mount(
      <FileCheckView
        {...props}
        busy={undefined}
        answerCount={0}
        file={{ name: FILE_NAME, reading: { ...READING, findings: [] } }}
      />,
    );
    expect(none.textContent).toContain('⟦filesNoRequests⟧');
    expect(untranslatedText(none, allowed)).toEqual([]);
  });
});
