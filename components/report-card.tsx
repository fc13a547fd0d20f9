import { useEffect, useRef, useState } from 'preact/hooks';
import { say, t, uiLanguage, type MessageKey } from '../lib/i18n';
import type { Answer, Language, Reading } from '../lib/rules';
import { AnswerBox } from './answer-box';
import { reportSummary, reportTitle } from './report-title';
import { TextPj } from './text-pj';

/** One reading of the phrase: the report meant, why, and the answer to give. */
export interface ReportCardItem extends Reading {
  /** The answer in the language of the question. */
  answer: Answer;
  /** The English answer when `answer` is in another language. */
  english?: Answer;
  /** The language of `answer`. @default 'en' */
  language?: Language;
}

/** Outcome of an insert attempt (lib/page/fields.ts, plus "no field found"). */
export type InsertOutcome = 'inserted' | 'needs-confirm' | 'failed' | 'no-field';

export interface ReportCardProps {
  /** The phrase on the page (or the text the user asked about). */
  phrase: string;
  /** The question the phrase belongs to ('' when unknown). */
  question: string;
  /** Readings; empty when the text asks for no report. */
  items: ReportCardItem[];
  /** Prefilled message for Text PJ. */
  pjBody: string;
  /** Viewport position of the card's top-left corner; absent: top centre. */
  position?: { top: number; left: number; maxHeight?: number };
  /** Puts an answer into the question's field; absent when the card has no question field. */
  onInsert?: (text: string, overwrite: boolean) => InsertOutcome;
  onOpenCheatsheet: () => void;
  onClose: () => void;
}

const INSERT_MESSAGES: Record<Exclude<InsertOutcome, 'needs-confirm'>, MessageKey> = {
  inserted: 'cardInserted',
  failed: 'cardInsertFailed',
  'no-field': 'cardNoField',
};

/**
 * The in-page card: which report the phrase asks for and which type, why, the answer with Copy
 * and "Insert into the answer field", Text PJ and the cheat-sheet. Rendered inside our
 * own shadow root; page text only ever reaches it as text.
 */
export function ReportCard({
  phrase,
  question,
  items,
  pjBody,
  position,
  onInsert,
  onOpenCheatsheet,
  onClose,
}: ReportCardProps) {
  const [pending, setPending] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [showPj, setShowPj] = useState(false);
  const card = useRef<HTMLDivElement>(null);

  useEffect(() => {
    // Keyboard users land in the card; Escape closes it (handled by the content script too).
    card.current?.focus({ preventScroll: true });
  }, [phrase]);

  const insert = (text: string, overwrite: boolean) => {
    if (!onInsert) return;
    const outcome = onInsert(text, overwrite);
    if (outcome === 'needs-confirm') {
      setPending(text);
      setStatus(null);
      return;
    }
    setPending(null);
    setStatus(t(INSERT_MESSAGES[outcome]));
  };

  const style = position
    ? {
        top: `${position.top}px`,
        left: `${position.left}px`,
        ...(position.maxHeight === undefined ? {} : { maxHeight: `${position.maxHeight}px` }),
      }
    : { top: '16px', left: '50%', transform: 'translateX(-50%)' };

  return (
    <div
      class="which-soc-card"
      role="dialog"
      // The card's words are in the UI language, whatever the page around it is written in.
      lang={uiLanguage()}
      aria-label={t('cardDialogLabel')}
      tabIndex={-1}
      ref={card}
      style={style}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header class="which-soc-card-header">
        <p class="which-soc-card-phrase">
          <span class="which-soc-muted">{t('cardPageAsks')} </span>“{phrase}”
        </p>
        <button type="button" class="which-soc-close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      {question && question !== phrase ? (
        <p class="which-soc-card-question which-soc-muted">{question}</p>
      ) : null}
      {items.length === 0 ? (
        <p class="which-soc-card-none">{t('cardNoRequest')}</p>
      ) : (
        items.map((item, index) => (
          <section class="which-soc-card-item" key={`${item.report}-${index}`}>
            <h2 class={`which-soc-card-report which-soc-report-${item.report}`}>
              {reportTitle(item.report, item.type)}
            </h2>
            <p class="which-soc-muted">{reportSummary(item.report)}</p>
            {item.reasons.length > 0 ? (
              <ul class="which-soc-card-reasons" aria-label={t('cardWhy')}>
                {item.reasons.map((reason, i) => (
                  <li key={i}>{say(reason)}</li>
                ))}
              </ul>
            ) : null}
            <AnswerBox
              answer={item.answer}
              english={item.english}
              language={item.language}
              insertLabel={t('cardInsert')}
              onInsert={onInsert ? (text) => insert(text, false) : undefined}
            />
          </section>
        ))
      )}
      {pending !== null ? (
        <div class="which-soc-confirm" role="alertdialog" aria-label={t('cardReplaceLabel')}>
          <p>{t('cardReplaceQuestion')}</p>
          <div class="which-soc-actions">
            <button type="button" class="which-soc-button" onClick={() => insert(pending, true)}>
              {t('cardReplace')}
            </button>
            <button type="button" class="which-soc-button" onClick={() => setPending(null)}>
              {t('cardKeepMine')}
            </button>
          </div>
        </div>
      ) : null}
      {status ? (
        <p class="which-soc-status" role="status">
          {status}
        </p>
      ) : null}
      <footer class="which-soc-actions">
        <button
          type="button"
          class="which-soc-button"
          aria-expanded={showPj}
          onClick={() => setShowPj(!showPj)}
        >
          {t('cardTextPj')}
        </button>
        <button type="button" class="which-soc-button" onClick={onOpenCheatsheet}>
          {t('cardOpenCheatsheet')}
        </button>
      </footer>
      {showPj ? <TextPj body={pjBody} /> : null}
    </div>
  );
}
