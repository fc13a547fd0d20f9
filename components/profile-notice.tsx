import { t } from '../lib/i18n';

/** Props of `ProfileNotice`. */
export interface ProfileNoticeProps {
  /** A stored profile could not be read: what the user should know. */
  profileProblem?: string;
  hasProfile: boolean;
  onOpenOptions: () => void;
}

/**
 * What the answers below rest on, where answers are listed (the popup, the file page): a problem
 * with the stored profile, or, with no profile, that the answers are generic and where to fill
 * it in.
 */
export function ProfileNotice({ profileProblem, hasProfile, onOpenOptions }: ProfileNoticeProps) {
  return (
    <>
      {profileProblem ? (
        <p role="alert" class="problem">
          {profileProblem}
        </p>
      ) : null}
      {hasProfile ? null : (
        <p class="profile-hint">
          {t('profileGenericAnswers')}{' '}
          <button type="button" class="link-button" onClick={onOpenOptions}>
            {t('profileFillInReports')}
          </button>{' '}
          {t('profileGenericAnswersEnd')}
        </p>
      )}
    </>
  );
}
