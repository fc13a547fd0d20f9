import { t } from '../lib/i18n';
import type { FaqEntry } from '../lib/rules';
import { closeDetailsOnEscape } from './details-escape';

export interface FaqProps {
  entries: readonly FaqEntry[];
}

/** The FAQ as disclosure widgets: Enter/Space opens one, Escape closes it. */
export function Faq({ entries }: FaqProps) {
  return (
    <section class="cheat-section" aria-labelledby="faq-title">
      <h2 id="faq-title">{t('cheatSheetFaqTitle')}</h2>
      <div class="faq" onKeyDown={closeDetailsOnEscape}>
        {entries.map((entry) => (
          <details key={entry.id} id={`faq-${entry.id}`}>
            <summary>{entry.question}</summary>
            <p>{entry.answer}</p>
          </details>
        ))}
      </div>
    </section>
  );
}
