/**
 * The form's building blocks: a labelled input, a checkbox, and the error text tied to a field by
 * its path (a `ProfileError` path), so screen readers hear which field an error is about.
 */
import type { ComponentChildren } from 'preact';
import type { ProfileError } from '../lib/rules';
import { ManagedMark, managedMarkId, useLocked } from './managed-fields';

/** The id of the input that edits `path` (a `ProfileError` path), so errors can point at it. */
export function fieldId(path: string): string {
  return `profile-${path.replace(/\./g, '-')}`;
}

/** `base` with `key` set to `value`, or without `key` when `value` is blank. */
export function withOptional<T extends object, K extends keyof T>(
  base: T,
  key: K,
  value: string,
): T {
  const next = { ...base };
  if (value.trim() === '') delete next[key];
  else next[key] = value as T[K];
  return next;
}

export function ErrorText({ path, errors }: { path: string; errors: readonly ProfileError[] }) {
  const mine = errors.filter((error) => error.path === path);
  if (mine.length === 0) return null;
  return (
    <span class="field-error" id={`${fieldId(path)}-error`}>
      {mine.map((error) => error.message).join(' ')}
    </span>
  );
}

export interface FieldProps {
  path: string;
  label: string;
  value: string | undefined;
  onValue: (value: string) => void;
  errors: readonly ProfileError[];
  type?: 'text' | 'date' | 'url' | 'email';
  hint?: string;
  placeholder?: string;
  autocomplete?: string;
}

export function Field({
  path,
  label,
  value,
  onValue,
  errors,
  type = 'text',
  hint,
  placeholder,
  autocomplete,
}: FieldProps) {
  const id = fieldId(path);
  const locked = useLocked(path);
  const invalid = errors.some((error) => error.path === path);
  const described = [
    hint ? `${id}-hint` : '',
    invalid ? `${id}-error` : '',
    locked ? managedMarkId(id) : '',
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        name={path}
        type={type}
        value={value ?? ''}
        placeholder={placeholder}
        autocomplete={autocomplete ?? 'off'}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={described || undefined}
        readOnly={locked}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
      {hint ? (
        <span class="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {locked ? <ManagedMark inputId={id} /> : null}
      <ErrorText path={path} errors={errors} />
    </div>
  );
}

export function Check({
  path,
  label,
  checked,
  onChecked,
  errors,
}: {
  path: string;
  label: ComponentChildren;
  checked: boolean;
  onChecked: (checked: boolean) => void;
  errors: readonly ProfileError[];
}) {
  const id = fieldId(path);
  const locked = useLocked(path);
  return (
    <div class="field field-check">
      <input
        id={id}
        name={path}
        type="checkbox"
        checked={checked}
        disabled={locked}
        aria-describedby={locked ? managedMarkId(id) : undefined}
        onChange={(event) => onChecked(event.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {locked ? <ManagedMark inputId={id} /> : null}
      <ErrorText path={path} errors={errors} />
    </div>
  );
}
