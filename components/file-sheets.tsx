import type { SheetColumn, SheetInfo } from '../lib/file-check/protocol';
import { t } from '../lib/i18n';

export interface FileSheetsProps {
  sheets: readonly SheetInfo[];
  /** The user picked other columns for a sheet: that sheet is read again with them. */
  onColumns: (sheet: string, question: string, answer: string) => void;
  disabled?: boolean;
}

function columnLabel(column: SheetColumn): string {
  return column.header ? `${column.letter}: ${column.header}` : column.letter;
}

function ColumnSelect(props: {
  label: string;
  value: string | null;
  columns: readonly SheetColumn[];
  disabled?: boolean;
  onChange: (letter: string) => void;
}) {
  return (
    <select
      aria-label={props.label}
      value={props.value ?? ''}
      disabled={props.disabled}
      onChange={(event) => props.onChange((event.currentTarget as HTMLSelectElement).value)}
    >
      {props.value === null ? <option value="">{t('filesNotFound')}</option> : null}
      {props.columns.map((column) => (
        <option key={column.letter} value={column.letter}>
          {columnLabel(column)}
        </option>
      ))}
    </select>
  );
}

/**
 * Each sheet with the question and answer columns found from its header row; the user can pick
 * others, and that sheet is read again. Sheet names and headers come from the file: text only.
 */
export function FileSheets({ sheets, onColumns, disabled }: FileSheetsProps) {
  return (
    <table class="file-sheets">
      <thead>
        <tr>
          <th scope="col">{t('filesSheet')}</th>
          <th scope="col">{t('filesRows')}</th>
          <th scope="col">{t('filesQuestionColumn')}</th>
          <th scope="col">{t('filesAnswerColumn')}</th>
        </tr>
      </thead>
      <tbody>
        {sheets.map((sheet) => (
          <tr key={sheet.name}>
            <th scope="row">
              {sheet.name}
              {sheet.hidden ? <span class="muted"> {t('filesHidden')}</span> : null}
            </th>
            <td>{sheet.rowCount}</td>
            <td>
              <ColumnSelect
                label={t('filesQuestionColumnOf', sheet.name)}
                value={sheet.questionColumn}
                columns={sheet.columns}
                disabled={disabled || sheet.hidden || sheet.columns.length === 0}
                onChange={(letter) => onColumns(sheet.name, letter, sheet.answerColumn ?? letter)}
              />
            </td>
            <td>
              <ColumnSelect
                label={t('filesAnswerColumnOf', sheet.name)}
                value={sheet.answerColumn}
                columns={sheet.columns}
                disabled={disabled || sheet.hidden || sheet.columns.length === 0}
                onChange={(letter) => onColumns(sheet.name, sheet.questionColumn ?? letter, letter)}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
