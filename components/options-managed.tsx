import type { ManagedState } from '../lib/managed';
import type { ManagedProfile } from '../lib/rules';

/** Props of `ManagedNotice`. */
export interface ManagedNoticeProps {
  /** The policy as last read; undefined while the browser has not answered yet. */
  state?: ManagedState;
}

const PARTS: readonly [keyof ManagedProfile, string][] = [
  ['company', 'company name'],
  ['soc2', 'SOC 2'],
  ['soc1', 'SOC 1'],
  ['soc3', 'SOC 3'],
  ['iso27001', 'ISO/IEC 27001'],
  ['bridgeLetterAvailable', 'bridge letter'],
  ['touchesFinancialReporting', 'financial reporting'],
];

const ACCESS: Record<string, string> = {
  trustCenterUrl: 'trust-centre address',
  email: 'email for report requests',
  ndaProcess: 'NDA process',
};

/** The parts of the form the policy sets, in the form's order and words. */
export function managedParts(managed: ManagedProfile): string[] {
  const parts = PARTS.filter(([key]) => managed[key] !== undefined).map(([, label]) => label);
  for (const key of Object.keys(managed.access ?? {})) parts.push(ACCESS[key] ?? key);
  if (Object.keys(managed.wording ?? {}).length > 0) parts.push('own wording');
  return parts;
}

function when(date: Date): string {
  return Number.isNaN(date.getTime()) ? 'at an unknown time' : date.toLocaleString();
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
        <h2 id="managed-title">Your organisation’s profile could not be used</h2>
        <p>
          The profile your organisation set for Which SOC? (browser policy) is not valid, so it is
          ignored: your own profile below applies, and nothing of it was changed. Tell your IT team
          what is wrong:
        </p>
        <ul>
          {state.errors.map((error, i) => (
            <li key={i}>
              <code>{error.path ? `profile.${error.path}` : 'profile'}</code> {error.message}
            </li>
          ))}
        </ul>
        <p class="field-hint">Policy read from the browser {when(state.readAt)}.</p>
      </section>
    );
  }
  return (
    <section class="banner banner-managed" role="status" aria-labelledby="managed-title">
      <h2 id="managed-title">Set by your organisation</h2>
      <p>
        Your organisation sets part of this profile through browser policy:{' '}
        {managedParts(state.managed).join(', ')}. Those fields are read-only below; the fields it
        leaves out are yours to fill in.
      </p>
      <p class="field-hint">Policy last read from the browser {when(state.readAt)}.</p>
    </section>
  );
}
