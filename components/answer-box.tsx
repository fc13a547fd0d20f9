import type { Answer } from '../lib/rules';
import { CopyButton } from './copy-button';

export interface AnswerBoxProps {
  answer: Answer;
  /** When given, an extra button (e.g. "Insert into the answer field") calls it. */
  onInsert?: () => void;
  /** Label of the insert button. @default 'Insert' */
  insertLabel?: string;
}

/**
 * The answer to give: the sentence to paste, what to attach, advice, and a Copy button.
 * Shared by the popup and the in-page cards, so both show the same words.
 */
export function AnswerBox({ answer, onInsert, insertLabel = 'Insert' }: AnswerBoxProps) {
  return (
    <div class="which-soc-answer">
      <p class="which-soc-answer-text">{answer.text}</p>
      {answer.attach ? (
        <p class="which-soc-answer-attach">
          <strong>Attach:</strong> {answer.attach}
        </p>
      ) : null}
      {answer.advice.length > 0 ? (
        <ul class="which-soc-answer-advice" aria-label="Advice">
          {answer.advice.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      ) : null}
      <div class="which-soc-actions">
        <CopyButton text={answer.text} label="Copy answer" />
        {onInsert ? (
          <button type="button" class="which-soc-button" onClick={onInsert}>
            {insertLabel}
          </button>
        ) : null}
      </div>
    </div>
  );
}
