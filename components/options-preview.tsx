import { t, uiLanguage, type MessageKey } from '../lib/i18n';
import {
  answerInLanguageOf,
  FILL_PROFILE,
  type Answer,
  type Profile,
  type Reading,
} from '../lib/rules';
import { AnswerBox } from './answer-box';

/** Props of `AnswerPreview`. */
export interface AnswerPreviewProps {
  profile: Profile;
  /** The day answers are computed for. @default new Date() */
  today?: Date;
}

const SAMPLES: readonly { ask: MessageKey; request: Reading }[] = [
  { ask: 'optionsSampleSoc2', request: { report: 'soc2', type: 'type2', reasons: [] } },
  { ask: 'optionsSampleSoc1', request: { report: 'soc1', type: null, reasons: [] } },
  { ask: 'optionsSampleIso', request: { report: 'iso27001', type: null, reasons: [] } },
];

/** On the options page, "fill in your reports on the options page" would point at itself. */
function withoutPointer(answer: Answer): Answer {
  return { ...answer, advice: answer.advice.filter((line) => line.key !== FILL_PROFILE.key) };
}

/**
 * How the extension will answer a few common requests with the profile as it stands. The sample
 * questions are in the page's language, so the answers are too (as for a questionnaire in it),
 * with the usual switch to English.
 */
export function AnswerPreview({ profile, today = new Date() }: AnswerPreviewProps) {
  const language = uiLanguage();
  return (
    <section class="preview" aria-labelledby="preview-title">
      <h2 id="preview-title">{t('optionsPreviewTitle')}</h2>
      {SAMPLES.map(({ ask, request }) => {
        const question = t(ask);
        const shown = answerInLanguageOf(question, request, profile, today, language);
        return (
          <article key={ask} class="preview-item">
            <h3>{t('optionsPreviewQuoted', question)}</h3>
            <AnswerBox
              answer={withoutPointer(shown.answer)}
              english={shown.english && withoutPointer(shown.english)}
              language={shown.language}
            />
          </article>
        );
      })}
    </section>
  );
}
