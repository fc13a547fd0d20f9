import type { CanvasSheetApp } from '../lib/canvas-sheets';
import { t } from '../lib/i18n';

export interface FileCheckHintProps {
  /** The canvas spreadsheet app the tab shows, or null for any other page. */
  app: CanvasSheetApp | null;
  /** Opens the "Check a questionnaire file" page. */
  onOpen: () => void;
}

/**
 * The popup's way to the file page. On Google Sheets or Excel for the web it is the main
 * suggestion (their cells are drawn on a canvas, so nothing on the page can be read); elsewhere
 * it is one quiet line.
 */
export function FileCheckHint({ app, onOpen }: FileCheckHintProps) {
  if (app) {
    return (
      <div class="file-check-hint" data-testid="file-check-hint">
        <p>{t('popupFileHintCanvas', app.name, app.download)}</p>
        <div class="which-soc-actions">
          <button type="button" class="which-soc-button which-soc-primary" onClick={onOpen}>
            {t('popupFileCheckButton')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <p class="muted file-check-line">
      {t('popupFileHintLine')}{' '}
      <button type="button" class="link-button" onClick={onOpen}>
        {t('popupFileCheckButton')}
      </button>
    </p>
  );
}
