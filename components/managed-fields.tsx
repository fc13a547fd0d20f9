import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { t } from '../lib/i18n';

/**
 * Form fields the organisation's policy sets (dotted profile paths, e.g. `soc2.periodEnd`): the
 * form shows them read-only. A context rather than a prop on every field helper, so the form's
 * helpers each gain one line and callers stay as they are.
 */
export const LockedFields = createContext<ReadonlySet<string>>(new Set());

/** True when the policy sets the field at `path`. */
export function useLocked(path: string): boolean {
  return useContext(LockedFields).has(path);
}

/** The id of the "Set by your organisation" line of the input `inputId`, for aria-describedby. */
export function managedMarkId(inputId: string): string {
  return `${inputId}-managed`;
}

/** The line under a read-only field saying who set it. */
export function ManagedMark({ inputId }: { inputId: string }) {
  return (
    <span class="field-managed" id={managedMarkId(inputId)}>
      {t('profileSetByOrganisation')}
    </span>
  );
}
