import { t, tn, uiLanguage } from '../lib/i18n';

/** One value kept aside by `loadProfile`, as the banner lists it. */
export interface SetAsideItem {
  key: string;
  savedAt: Date;
}

/** Props of `SetAsideBanner`. */
export interface SetAsideBannerProps {
  /** What `loadProfile` said just now, if anything. */
  problem?: string;
  /** Values kept aside so far (the user may not have seen the first notice). */
  items: readonly SetAsideItem[];
  onDownload: (key: string) => void;
  onDiscard: (key: string) => void;
}

/** When something happened, as the UI language writes a date and time; a bad date says so. */
export function when(date: Date): string {
  return Number.isNaN(date.getTime()) ? t('optionsUnknownTime') : date.toLocaleString(uiLanguage());
}

/**
 * Tells the user that a stored profile could not be read and was kept aside: the
 * page still works with defaults, and the kept value can be downloaded or deleted.
 */
export function SetAsideBanner({ problem, items, onDownload, onDiscard }: SetAsideBannerProps) {
  if (!problem && items.length === 0) return null;
  return (
    <section class="banner banner-problem" role="alert" aria-labelledby="set-aside-title">
      <h2 id="set-aside-title">{t('optionsAsideTitle')}</h2>
      {problem ? <p>{problem}</p> : null}
      {items.length > 0 ? (
        <>
          <p>{tn('optionsAsideKept', items.length)}</p>
          <ul>
            {items.map((item) => (
              <li key={item.key}>
                {t('optionsAsideItem', when(item.savedAt))}{' '}
                <button type="button" class="which-soc-button" onClick={() => onDownload(item.key)}>
                  {t('optionsDownload')}
                </button>{' '}
                <button type="button" class="which-soc-button" onClick={() => onDiscard(item.key)}>
                  {t('optionsDelete')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
