import { t, type MessageKey } from '../lib/i18n';
import type { ManagedState } from '../lib/managed';
import { reportName, type ManagedProfile, type ReportId } from '../lib/rules';
import { when } from './options-banner';

/** Props of `ManagedNotice`. */
export interface ManagedNoticeProps {
  /** The policy as last read; undefined while the browser has not answered yet. */
  state?: ManagedState;
}

/** The policy's top-level key, as IT writes it in the policy (a name, not words to translate). */
const POLICY_ROOT = 'profile';

/** Each part's name: a message, or a report, named as auditors write it in every language. */
type PartName = { message: MessageKey } | { report: ReportId };

const PARTS: readonly [keyof ManagedProfile, PartName][] = [
  ['company', { message: 'optionsPartCompany' }],
  ['soc2', { report: 'soc2' }],
  ['soc1', { report: 'soc1' }],
  ['soc3', { report: 'soc3' }],
  ['iso27001', { report: 'iso27001' }],
  ['bridgeLetterAvailable', { message: 'optionsPartBridge' }],
  ['touchesFinancialReporting', { message: 'optionsPartFinancial' }],
];

const ACCESS: Record<string, MessageKey> = {
  trustCenterUrl: 'optionsPartTrustCenter',
  email: 'optionsPartEmail',
  ndaProcess: 'optionsPartNda',
};

function partName(name: PartName): string {
  return 'message' in name ? t(name.message) : reportName(name.report);
}

/** The parts of the form the policy sets, in the form's order and words. */
export function managedParts(managed: ManagedProfile): string[] {
  const parts = PARTS.filter(([key]) => managed[key] !== undefined).map(([, name]) =>
    partName(name),
  );
  for (const key of Object.keys(managed.access ?? {})) {
    const message = ACCESS[key];
    parts.push(message ? t(message) : key);
  }
  if (Object.keys(managed.wording ?? {}).length > 0) parts.push(t('optionsPartWording'));
  return parts;
}

/**
 * Says whether the organisation's profile (browser policy) applies: which parts of the form it
 * sets and when the browser last handed it over, or, for a policy that is not a valid profile,
 * which field is wrong, that it is ignored, and that the user's own profile still applies.
 */
export function ManagedNotice({ state }: ManagedNoticeProps) {
  if (!state || state.kind === 'none') return null;
  if (state.kind === 'invalid') {
    return (
      <section class="banner banner-problem" role="alert" aria-labelledby="managed-title">
        <h2 id="managed-title">{t('optionsManagedInvalidTitle')}</h2>
        <p>{t('optionsManagedInvalid')}</p>
        <ul>
          {state.errors.map((error, i) => (
            <li key={i}>
              <code>{error.path ? `${POLICY_ROOT}.${error.path}` : POLICY_ROOT}</code>{' '}
              {error.message}
            </li>
          ))}
        </ul>
        <p class="field-hint">{t('optionsManagedReadAt', when(state.readAt))}</p>
      </section>
    );
  }
  return (
    <section class="banner banner-managed" role="status" aria-labelledby="managed-title">
      <h2 id="managed-title">{t('optionsManagedTitle')}</h2>
      <p>
        {t(
          'optionsManagedParts',
          managedParts(state.managed).join(t('optionsManagedListSeparator')),
        )}
      </p>
      <p class="field-hint">{t('optionsManagedLastRead', when(state.readAt))}</p>
    </section>
  );
}
