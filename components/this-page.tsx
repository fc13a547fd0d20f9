import { t, tn } from '../lib/i18n';
import type { Finding } from '../lib/messages';
import type { Answer, AnswerInLanguage } from '../lib/rules';
import { FindingsList } from './findings-list';
import { ProfileNotice } from './profile-notice';
import { verdictLine } from './verdict';

/** What the popup knows about the current tab. */
export type PageState =
  | { kind: 'loading' }
  | { kind: 'error'; message: string }
  /** No content script answered: not a known portal, and not scanned yet. */
  | { kind: 'not-scanned'; origin?: string; scanning?: boolean }
  | { kind: 'ready'; url: string; findings: readonly Finding[] };

export interface ThisPageProps {
  state: PageState;
  answerOf: (finding: Finding) => Answer | AnswerInLanguage;
  /** False: answers are generic; offer to fill in the profile. */
  hasProfile: boolean;
  /** A problem loading the profile, in words for the user. */
  profileProblem?: string;
  /** A short note after "Always scan this site" (granted, declined, failed). */
  alwaysScanNote?: string;
  /** "Show on page": `index` within frame `frameId` (undefined: the top frame). */
  onShow: (index: number, frameId?: number) => void;
  /** Opens "Text PJ" about one finding. */
  onAsk?: (finding: Finding) => void;
  /** Asks the content script again (the questionnaire may have loaded more questions). */
  onRefresh?: () => void;
  onScan: () => void;
  /** Must call the permission request synchronously: it needs the click's user gesture. */
  onAlwaysScan: () => void;
  onOpenOptions: () => void;
}

/** The "This page" section: verdict, findings, scan buttons, and the loading/error states. */
export function ThisPage(props: ThisPageProps) {
  const { state } = props;
  switch (state.kind) {
    case 'loading':
      return (
        <p role="status" class="muted">
          {t('popupLoading')}
        </p>
      );
    case 'error':
      return (
        <p role="alert" class="problem">
          {state.message}
        </p>
      );
    case 'not-scanned':
      return (
        <div class="not-scanned">
          <p>{t('popupNotScanned')}</p>
          <div class="which-soc-actions">
            <button
              type="button"
              class="which-soc-button which-soc-primary"
              onClick={props.onScan}
              disabled={state.scanning}
            >
              {state.scanning ? t('popupScanning') : t('popupScanNow')}
            </button>
            {state.origin ? (
              <button
                type="button"
                class="which-soc-button"
                onClick={props.onAlwaysScan}
                aria-label={t('popupAlwaysScanLabel', state.origin)}
              >
                {t('popupAlwaysScan')}
              </button>
            ) : null}
          </div>
          {props.alwaysScanNote ? <p role="status">{props.alwaysScanNote}</p> : null}
        </div>
      );
    case 'ready':
      return <Findings {...props} findings={state.findings} />;
  }
}

function Findings(props: ThisPageProps & { findings: readonly Finding[] }) {
  const { findings } = props;
  if (findings.length === 0) {
    return (
      <div>
        <p class="verdict">{verdictLine(findings)}</p>
        <p class="muted">{t('popupNoFindings')}</p>
        {props.onRefresh ? (
          <div class="which-soc-actions">
            <button type="button" class="which-soc-button" onClick={props.onRefresh}>
              {t('popupRefresh')}
            </button>
          </div>
        ) : null}
        {props.alwaysScanNote ? <p role="status">{props.alwaysScanNote}</p> : null}
      </div>
    );
  }
  return (
    <div>
      <p class="verdict" data-testid="verdict">
        {verdictLine(findings)}
      </p>
      <p class="muted count-line">
        <span>{tn('popupRequests', findings.length)}</span>
        {props.onRefresh ? (
          <button type="button" class="link-button" onClick={props.onRefresh}>
            {t('popupRefresh')}
          </button>
        ) : null}
      </p>
      <ProfileNotice
        profileProblem={props.profileProblem}
        hasProfile={props.hasProfile}
        onOpenOptions={props.onOpenOptions}
      />
      <FindingsList
        findings={findings}
        answerOf={props.answerOf}
        onShow={props.onShow}
        onAsk={props.onAsk}
      />
    </div>
  );
}
