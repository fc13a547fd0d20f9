import { useState } from 'preact/hooks';
import { say, t, uiLanguage } from '../lib/i18n';
import { LANGUAGE_NAMES, type Answer, type Language } from '../lib/rules';
import { CopyButton } from './copy-button';

export interface AnswerBoxProps {
  /** The answer to show first: in the language of the question. */
  answer: Answer;
  /** The English answer, when `answer` is in another language: a switch shows it instead. */
  english?: Answer;
  /** The language `answer` is written in; names the switch back. @default 'en' */
  language?: Language;
  /** When given, an extra button (e.g. "Insert into the answer field") puts the shown text in. */
  onInsert?: (text: string) => void;
  /** Label of the insert button. @default the UI language's "Insert" */
  insertLabel?: string;
}

/**
 * The answer to give: the sentence to paste, what to attach, advice, and a Copy button.
 * Shared by the popup and the in-page cards, so both show the same words. An answer in the
 * question's language comes with a switch to English and back; Copy and Insert take the
 * answer on show.
 */
export function AnswerBox({
  answer,
  english,
  language = 'en',
  onInsert,
  insertLabel = t('commonInsert'),
}: AnswerBoxProps) {
  // Which answer the user switched to English, so a row that now shows another question (the
  // popup's rows are re-read after a rescan) starts in that question's language again.
  const [englishFor, setEnglishFor] = useState<string | null>(null);
  const inEnglish = englishFor === answer.text;
  const shown = inEnglish && english ? english : answer;
  const switchable = !!english && language !== 'en';
  return (
    <div class="which-soc-answer" lang={switchable ? (inEnglish ? 'en' : language) : undefined}>
      <p class="which-soc-answer-text">{shown.text}</p>
      {shown.attach ? (
        <p class="which-soc-answer-attach">
          <strong>{t('commonAttach')}</strong> {shown.attach}
        </p>
      ) : null}
      {shown.advice.length > 0 ? (
        // Advice speaks to the user: in the extension's language, whatever the answer's.
        <ul class="which-soc-answer-advice" aria-label={t('commonAdvice')} lang={uiLanguage()}>
          {shown.advice.map((line, i) => (
            <li key={i}>{say(line)}</li>
          ))}
        </ul>
      ) : null}
      <div class="which-soc-actions">
        <CopyButton text={shown.text} label={t('commonCopyAnswer')} />
        {onInsert ? (
          <button type="button" class="which-soc-button" onClick={() => onInsert(shown.text)}>
            {insertLabel}
          </button>
        ) : null}
        {switchable ? (
          <button
            type="button"
            class="which-soc-button which-soc-answer-language"
            aria-pressed={inEnglish}
            onClick={() => setEnglishFor(inEnglish ? null : answer.text)}
          >
            {inEnglish
              ? t('commonShowInLanguage', LANGUAGE_NAMES[language])
              : t('commonShowInEnglish')}
          </button>
        ) : null}
      </div>
    </div>
  );
}
