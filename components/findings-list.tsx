import { say, t } from '../lib/i18n';
import type { Finding } from '../lib/messages';
import { readingOf } from '../lib/rules';
import type { Answer, AnswerInLanguage } from '../lib/rules';
import { AnswerBox } from './answer-box';
import { closeDetailsOnEscape } from './details-escape';
import { reportTitle } from './report-title';

export interface FindingsListProps {
  findings: readonly Finding[];
  /**
   * The answer to give for a finding (from `answerFor` with the user's profile); with
   * `answerInLanguageOf`, in the question's language with a switch to English.
   */
  answerOf: (finding: Finding) => Answer | AnswerInLanguage;
  /**
   * Scrolls the page to the finding and flashes its highlight. `index` counts within the frame
   * `frameId` (undefined: the top frame), as the popup merges the findings of a tab's frames.
   */
  onShow: (index: number, frameId?: number) => void;
  /** Opens "Text PJ" with a message about this one finding. */
  onAsk?: (finding: Finding) => void;
}

/** A bare answer is an English one, with nothing to switch to. */
function inLanguage(given: Answer | AnswerInLanguage): AnswerInLanguage {
  return 'answer' in given ? given : { language: 'en', answer: given };
}

/**
 * Every request found on the page: the phrase, the question it belongs to, our reading and the
 * answer to give. Page text is rendered as text only: Preact escapes it.
 */
export function FindingsList({ findings, answerOf, onShow, onAsk }: FindingsListProps) {
  return (
    <ol class="findings" onKeyDown={closeDetailsOnEscape}>
      {findings.map((finding, position) => {
        const reading = readingOf(finding, say, (report, type) =>
          reportTitle(report, type, 'short'),
        );
        return (
          <li key={`${finding.frameId ?? 0}-${finding.index}-${finding.report}`} class="finding">
            <details open={position === 0}>
              <summary>
                <span class="finding-report">
                  {reportTitle(finding.report, finding.type, 'short')}
                </span>
                <span class="finding-phrase">“{finding.text}”</span>
              </summary>
              <div class="finding-body">
                <p class="finding-question">
                  <span class="label">{t('popupQuestion')} </span>
                  {finding.question}
                </p>
                <p class="finding-reading">
                  <span class="label">{t('popupReading')} </span>
                  {reading}
                </p>
                <AnswerBox {...inLanguage(answerOf(finding))} />
                <div class="which-soc-actions">
                  <button
                    type="button"
                    class="which-soc-button"
                    onClick={() => onShow(finding.index, finding.frameId)}
                    aria-label={t('popupShowOnPageLabel', finding.text)}
                  >
                    {t('popupShowOnPage')}
                  </button>
                  {onAsk ? (
                    <button
                      type="button"
                      class="which-soc-button"
                      onClick={() => onAsk(finding)}
                      aria-label={t('popupAskPjLabel', finding.text)}
                    >
                      {t('popupAskPj')}
                    </button>
                  ) : null}
                </div>
              </div>
            </details>
          </li>
        );
      })}
    </ol>
  );
}
