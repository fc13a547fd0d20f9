import { t } from '../lib/i18n';

/** Props of `SiteList`. */
export interface SiteListProps {
  /** Origins scanned automatically at the user's request (`listAlwaysScan()`), e.g. `https://portal.acme.com`. */
  origins: readonly string[];
  /** Called with the origin whose Remove button was pressed (the page calls `removeAlwaysScan`). */
  onRemove: (origin: string) => void;
}

/**
 * The sites the user chose with "Always scan this site", each with a Remove button that takes the
 * permission back. Presentational: the options page loads the list and does the removal.
 */
export function SiteList({ origins, onRemove }: SiteListProps) {
  if (origins.length === 0) {
    return <p class="which-soc-site-list-empty">{t('optionsSitesEmpty')}</p>;
  }
  return (
    <ul class="which-soc-site-list" aria-label={t('optionsSitesLabel')}>
      {origins.map((origin) => (
        <li key={origin} class="which-soc-site">
          <span class="which-soc-site-origin">{origin}</span>{' '}
          <button
            type="button"
            class="which-soc-button"
            aria-label={t('optionsRemoveSite', origin)}
            onClick={() => onRemove(origin)}
          >
            {t('optionsRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
