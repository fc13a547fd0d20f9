import { Component } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { FileFinding } from '../lib/file-check/protocol';
import {
  findingKey,
  hasExistingAnswer,
  isWritable,
  OPEN,
  shownAnswer,
  willWrite,
  type Decision,
  type Suggestion,
} from '../lib/file-check/review';
import { LANGUAGE_NAMES } from '../lib/rules';
import { say, t } from '../lib/i18n';
import { AnswerBox } from './answer-box';
import { reportTitle } from './report-title';

export interface FileFindingsProps {
  findings: readonly FileFinding[];
  decisions: ReadonlyMap<string, Decision>;
  /** The suggested answer in the question's language (with the stored profile). */
  suggestionOf: (finding: FileFinding) => Suggestion;
  /** Keys of the findings whose answer is switched to English. */
  inEnglish?: ReadonlySet<string>;
  /** Switches one finding's answer to English and back; without it there is no switch. */
  onEnglish?: (finding: FileFinding, english: boolean) => void;
  onDecide: (finding: FileFinding, decision: Decision) => void;
  disabled?: boolean;
}

/** "Sheet 1!B12": where a finding is, as a spreadsheet names a cell on another sheet. */
export function cellName(sheet: string, cell: string): string {
  return `${sheet}!${cell}`;
}

function statusOf(finding: FileFinding, decision: Decision): string {
  switch (decision.kind) {
    case 'open':
      return isWritable(finding) ? t('filesStatusOpen') : t('filesStatusFormula');
    case 'skipped':
      return t('filesStatusSkipped');
    case 'accepted':
      return willWrite(finding, decision) ? t('filesStatusAccepted') : t('filesStatusKept');
  }
}

function Editor(props: {
  where: string;
  initial: string;
  onSave: (text: string) => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState(props.initial);
  return (
    <div class="file-editor">
      <label>
        <span class="label">{t('filesYourAnswer', props.where)}</span>
        <textarea
          rows={4}
          value={text}
          onInput={(event) => setText((event.currentTarget as HTMLTextAreaElement).value)}
        />
      </label>
      <div class="which-soc-actions">
        <button
          type="button"
          class="which-soc-button which-soc-primary"
          disabled={text.trim() === ''}
          onClick={() => props.onSave(text)}
        >
          {t('filesSaveAnswer')}
        </button>
        <button type="button" class="which-soc-button" onClick={props.onCancel}>
          {t('filesCancel')}
        </button>
      </div>
    </div>
  );
}

interface FindingItemProps {
  finding: FileFinding;
  decision: Decision;
  suggestion: Suggestion;
  /** The user switched this finding's answer to English. */
  inEnglish: boolean;
  onEnglish?: (finding: FileFinding, english: boolean) => void;
  /** Stable across renders, so an item re-renders only when its own decision changes. */
  onDecide: (finding: FileFinding, decision: Decision) => void;
}

function FindingView(props: FindingItemProps) {
  const { finding, decision, suggestion, inEnglish } = props;
  // What Accept and Edit take: the answer on show, in the question's language unless switched.
  const shown = shownAnswer(suggestion, inEnglish);
  const switchable = !!suggestion.english && suggestion.language !== 'en' && !!props.onEnglish;
  const onDecide = (next: Decision) => props.onDecide(finding, next);
  const [editing, setEditing] = useState(false);
  const where = cellName(finding.sheet, finding.cell);
  const target = cellName(finding.sheet, finding.answerCell);
  const filled = hasExistingAnswer(finding);
  const titles = [
    ...new Set(
      finding.requests.map((request) => reportTitle(request.report, request.type, 'short')),
    ),
  ].join(` ${t('filesOr')} `);
  const current = decision.kind === 'accepted' ? decision.text : shown.text;
  // A formula in the answer cell is never replaced: the answer can be read, not accepted.
  const writable = isWritable(finding);

  return (
    <li class={`file-finding file-finding-${decision.kind}`} data-cell={where}>
      <div class="file-finding-head">
        <span class="file-cell">{where}</span>
        <span class="finding-report">{titles}</span>
        <span class="file-status">{statusOf(finding, decision)}</span>
      </div>
      <p class="finding-question">
        {finding.number ? <span class="file-number">{finding.number} </span> : null}
        {finding.question}
      </p>
      <ul class="file-reasons" aria-label={t('filesWhyFor', where)}>
        {finding.requests.map((request, index) => (
          <li key={index}>
            <span class="label">{reportTitle(request.report, request.type, 'short')}:</span>{' '}
            {request.reasons.map(say).join(' ')}
          </li>
        ))}
      </ul>
      {writable ? null : <p class="file-formula">{t('filesFormulaCell', target)}</p>}
      {filled ? (
        <p class="file-existing">
          <span class="label">{t('filesAlreadySays', target)} </span>“{finding.existingAnswer}”
        </p>
      ) : null}

      {editing ? (
        <Editor
          where={target}
          initial={current}
          onCancel={() => setEditing(false)}
          onSave={(text) => {
            setEditing(false);
            onDecide({
              kind: 'accepted',
              text,
              replace: decision.kind === 'accepted' && decision.replace,
            });
          }}
        />
      ) : decision.kind === 'accepted' ? (
        <div class="file-accepted">
          <p>
            <span class="label">{t('filesGoesInto', target)} </span>
            {decision.text}
          </p>
          {filled ? (
            <label class="file-replace">
              <input
                type="checkbox"
                checked={decision.replace}
                onChange={(event) =>
                  onDecide({
                    ...decision,
                    replace: (event.currentTarget as HTMLInputElement).checked,
                  })
                }
              />{' '}
              {t('filesReplace', target)}
            </label>
          ) : null}
        </div>
      ) : decision.kind === 'open' ? (
        <div
          class="file-suggestion"
          lang={inEnglish && suggestion.english ? 'en' : suggestion.language}
        >
          <AnswerBox answer={shown} />
        </div>
      ) : null}

      {editing ? null : (
        <div class="which-soc-actions">
          {decision.kind === 'open' ? (
            <button
              type="button"
              class="which-soc-button which-soc-primary"
              aria-label={t('filesAcceptLabel', where)}
              disabled={!writable}
              onClick={() => onDecide({ kind: 'accepted', text: shown.text, replace: false })}
            >
              {t('filesAccept')}
            </button>
          ) : null}
          {decision.kind === 'open' && switchable ? (
            <button
              type="button"
              class="which-soc-button which-soc-answer-language"
              aria-pressed={inEnglish}
              onClick={() => props.onEnglish?.(finding, !inEnglish)}
            >
              {inEnglish
                ? t('commonShowInLanguage', LANGUAGE_NAMES[suggestion.language])
                : t('commonShowInEnglish')}
            </button>
          ) : null}
          {decision.kind !== 'skipped' ? (
            <button
              type="button"
              class="which-soc-button"
              aria-label={t('filesEditLabel', where)}
              disabled={!writable}
              onClick={() => setEditing(true)}
            >
              {t('filesEdit')}
            </button>
          ) : null}
          {decision.kind === 'open' ? (
            <button
              type="button"
              class="which-soc-button"
              aria-label={t('filesSkipLabel', where)}
              onClick={() => onDecide({ kind: 'skipped' })}
            >
              {t('filesSkip')}
            </button>
          ) : (
            <button
              type="button"
              class="which-soc-button"
              aria-label={t('filesUndoLabel', where)}
              onClick={() => onDecide(OPEN)}
            >
              {t('filesUndo')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/**
 * One finding, re-rendered only when its own finding, decision or suggestion changes (what
 * preact/compat's `memo` does, without pulling compat into the bundle): accepting one answer
 * of 2,000 then costs one item, not the list.
 */
class FindingItem extends Component<FindingItemProps> {
  override shouldComponentUpdate(next: FindingItemProps): boolean {
    const now = this.props;
    return (
      next.finding !== now.finding ||
      next.decision !== now.decision ||
      next.suggestion !== now.suggestion ||
      next.inEnglish !== now.inEnglish ||
      next.onEnglish !== now.onEnglish ||
      next.onDecide !== now.onDecide
    );
  }

  override render() {
    return <FindingView {...this.props} />;
  }
}

/** Findings shown at first, and added per "Show more": a 20,000-row file can have 2,000. */
export const FINDINGS_PAGE = 200;

/**
 * Every question of the file that asks for a report: where it is, the question with its number,
 * the report meant with all its reasons, the suggested answer, and accept / edit / skip. File text is shown
 * as text only (Preact escapes it).
 */
export function FileFindings(props: FileFindingsProps) {
  const [shown, setShown] = useState(FINDINGS_PAGE);
  useEffect(() => setShown(FINDINGS_PAGE), [props.findings]);
  const rest = props.findings.length - shown;
  // One `disabled` on the fieldset disables every control inside, so a running job does not
  // re-render each item (each is memoised on its own finding and decision).
  return (
    <fieldset class="file-findings-set" disabled={props.disabled}>
      <legend class="visually-hidden">{t('filesRequestsTitle')}</legend>
      <ol class="file-findings">
        {props.findings.slice(0, shown).map((finding) => {
          const key = findingKey(finding);
          return (
            <FindingItem
              key={key}
              finding={finding}
              decision={props.decisions.get(key) ?? OPEN}
              suggestion={props.suggestionOf(finding)}
              inEnglish={props.inEnglish?.has(key) ?? false}
              onEnglish={props.onEnglish}
              onDecide={props.onDecide}
            />
          );
        })}
      </ol>
      {rest > 0 ? (
        <div class="which-soc-actions">
          <button
            type="button"
            class="which-soc-button"
            onClick={() => setShown((count) => count + FINDINGS_PAGE)}
          >
            {t('filesShowMore', Math.min(rest, FINDINGS_PAGE), rest)}
          </button>
        </div>
      ) : null}
    </fieldset>
  );
}
