import { t } from '../lib/i18n';
import type { ProfileError } from '../lib/rules';

/** Props of `ProfileTransfer`. */
export interface ProfileTransferProps {
  onExport: () => void;
  onImport: (file: File) => void;
  /** Why the last import failed; nothing was changed. */
  importErrors: readonly ProfileError[];
}

/**
 * Export the profile to a JSON file and import one (docs/profile-format.md). A failed import lists
 * each wrong field and why, and changes nothing.
 */
export function ProfileTransfer({ onExport, onImport, importErrors }: ProfileTransferProps) {
  return (
    <section class="transfer" aria-labelledby="transfer-title">
      <h2 id="transfer-title">{t('optionsTransferTitle')}</h2>
      <p class="field-hint">{t('optionsTransferHint')}</p>
      <div class="actions">
        <button type="button" class="which-soc-button" onClick={onExport}>
          {t('optionsExport')}
        </button>
        {/* The input sits inside its label: the label looks like a button, and keyboard focus on
            the (visually hidden) input still shows on it through :focus-within. */}
        <label class="which-soc-button file-button">
          {t('optionsImport')}
          <input
            id="profile-import"
            class="visually-hidden"
            type="file"
            accept="application/json,.json"
            aria-describedby={importErrors.length ? 'import-errors' : undefined}
            onChange={(event) => {
              const input = event.currentTarget;
              const file = input.files?.[0];
              // Reset so choosing the same file again (after fixing it) fires change again.
              input.value = '';
              if (file) onImport(file);
            }}
          />
        </label>
      </div>
      {importErrors.length ? (
        <div id="import-errors" class="import-errors" role="alert">
          <p>{t('optionsImportFailedShort')}</p>
          <ul>
            {importErrors.map((error, i) => (
              <li key={i}>
                {error.path ? <code>{error.path}</code> : null} {error.message}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
