import { useMemo, useState } from 'preact/hooks';
import { buildPjMessage } from '../lib/contact';
import { t, tn, uiLanguage } from '../lib/i18n';
import { sayInEnglish } from '../lib/i18n/english';
import type { Finding } from '../lib/messages';
import { readingOf, verdictNames } from '../lib/rules';
import { TextPj } from './text-pj';

export interface TextPjSectionProps {
  /** The page's findings; empty for a general question. */
  findings: readonly Finding[];
  /** The page address, sent only if the user ticks the box. */
  pageUrl?: string;
  /** When set, the message is about this one finding ("Ask PJ" on a finding). */
  focus?: Finding | null;
  /** Goes back to a message about every finding. */
  onClearFocus?: () => void;
}

/** Builds the message from the findings: the phrase(s) and our reading, never the URL by itself. */
export function messageFor(findings: readonly Finding[], pageUrl?: string): string {
  const [first] = findings;
  if (!first) return buildPjMessage({ pageUrl });
  if (findings.length === 1) {
    return buildPjMessage({
      phrase: first.text,
      // PJ reads the message in English, so our reading of it is English too.
      reading: readingOf(first, sayInEnglish),
      question: first.question,
      pageUrl,
    });
  }
  const phrases = [...new Set(findings.map((finding) => finding.text))];
  return buildPjMessage({
    phrase: phrases.join('", "'),
    reading: verdictNames(findings),
    pageUrl,
  });
}

/**
 * "Text PJ": the prefilled message (editable), the box that adds the page
 * address (unticked by default: questionnaires are confidential), and the link, QR and number.
 */
export function TextPjSection({ findings, pageUrl, focus, onClearFocus }: TextPjSectionProps) {
  const [includeUrl, setIncludeUrl] = useState(false);
  const built = useMemo(
    () => messageFor(focus ? [focus] : findings, includeUrl ? pageUrl : undefined),
    [findings, focus, includeUrl, pageUrl],
  );
  // The user's edits belong to the message they edited: when the findings or the box change
  // the built message, the edits give way to the new one (derived, so no stale frame).
  const [draft, setDraft] = useState<{ base: string; text: string } | null>(null);
  const body = draft !== null && draft.base === built ? draft.text : built;

  return (
    <section class="text-pj-section" aria-labelledby="textpj-title">
      <h2 id="textpj-title">{t('commonTextPjTitle')}</h2>
      <p class="muted">{t('commonTextPjIntro')}</p>
      {/* The message stays English whatever the UI language: PJ reads and answers in English. */}
      {uiLanguage() === 'en' ? null : (
        <p class="muted" data-testid="text-pj-english">
          {t('commonTextPjEnglish')}
        </p>
      )}
      {focus ? (
        <p class="focus-line">
          {t('commonTextPjAboutOnly', focus.text)}{' '}
          {onClearFocus && findings.length > 1 ? (
            <button type="button" class="link-button" onClick={onClearFocus}>
              {tn('commonTextPjAskAll', findings.length)}
            </button>
          ) : null}
        </p>
      ) : null}
      <label class="stacked" for="textpj-message">
        {t('commonTextPjMessage')}
      </label>
      <textarea
        id="textpj-message"
        rows={5}
        value={body}
        onInput={(event) =>
          setDraft({ base: built, text: (event.target as HTMLTextAreaElement).value })
        }
      />
      {pageUrl ? (
        <label class="option">
          <input
            type="checkbox"
            checked={includeUrl}
            onChange={(event) => setIncludeUrl((event.target as HTMLInputElement).checked)}
          />{' '}
          {t('commonTextPjIncludeUrl')}
        </label>
      ) : null}
      <TextPj body={body} />
    </section>
  );
}
