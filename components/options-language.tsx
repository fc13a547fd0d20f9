import { useEffect, useState } from 'preact/hooks';
import { browserUiLanguage, startI18n, t, type TableLoader } from '../lib/i18n';
import { LANGUAGE_NAMES, type Language } from '../lib/rules';
import {
  answerLanguageItem,
  loadAnswerLanguageChoice,
  loadUiLanguageChoice,
  uiLanguageItem,
  type AnswerLanguageChoice,
  type UiLanguageChoice,
} from '../lib/settings';
import { LanguageOptions } from './language-options';

/** Props of `LanguageSettings`. */
export interface LanguageSettingsProps {
  /** Called once the extension's words are in the newly chosen language, to re-render the page. */
  onUiLanguage: (language: Language) => void;
  /** Loads another language's messages; the packaged `messages.json` unless a test gives one. */
  loadMessages?: TableLoader;
}

/**
 * The two language choices: the extension's own words (the browser's language, or one of ours)
 * and the language suggested answers are written in (each question's own, or always one). Each
 * is stored as soon as it is chosen; a stored value that is not a valid choice shows the default.
 */
export function LanguageSettings({ onUiLanguage, loadMessages }: LanguageSettingsProps) {
  const [ui, setUi] = useState<UiLanguageChoice>('browser');
  const [answers, setAnswers] = useState<AnswerLanguageChoice>('question');
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void (async () => {
      setUi(await loadUiLanguageChoice());
      setAnswers(await loadAnswerLanguageChoice());
    })();
  }, []);

  /** Stores a choice; a failed write is shown, and the choice still applies to this page. */
  const store = async (item: { setValue(value: unknown): Promise<void> }, choice: string) => {
    try {
      await item.setValue(choice);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };

  const onUiChange = async (choice: UiLanguageChoice) => {
    setUi(choice);
    await store(uiLanguageItem, choice);
    onUiLanguage(await startI18n(choice, loadMessages));
  };

  const onAnswersChange = async (choice: AnswerLanguageChoice) => {
    setAnswers(choice);
    await store(answerLanguageItem, choice);
  };

  return (
    <section class="language" aria-labelledby="language-title">
      <h2 id="language-title">{t('optionsLanguageTitle')}</h2>
      <div class="field">
        <label for="ui-language">{t('optionsLanguageUi')}</label>
        <select
          id="ui-language"
          value={ui}
          onChange={(event) => void onUiChange(event.currentTarget.value as UiLanguageChoice)}
        >
          <option value="browser">
            {t('optionsLanguageBrowser', LANGUAGE_NAMES[browserUiLanguage()])}
          </option>
          <LanguageOptions />
        </select>
      </div>
      <div class="field">
        <label for="answer-language">{t('optionsLanguageAnswers')}</label>
        <select
          id="answer-language"
          value={answers}
          onChange={(event) =>
            void onAnswersChange(event.currentTarget.value as AnswerLanguageChoice)
          }
        >
          <option value="question">{t('optionsLanguageQuestion')}</option>
          <LanguageOptions />
        </select>
      </div>
      {failed ? <p role="alert">{t('optionsLanguageSaveFailed')}</p> : null}
    </section>
  );
}
