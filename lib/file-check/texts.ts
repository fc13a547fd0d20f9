/**
 * The file page's words for what the worker reports as data: why a file was refused, why a job
 * gave no result, and the summary line. Each problem has its own message in every language, its
 * parameters filled in; the English ones are the library's own sentences (a test holds them to
 * the same words), so a file refused in Node and on an English page reads the same.
 */
import { quotedList } from '../files/errors';
import { reportName } from '../rules';
import { t, tn } from '../i18n';
import type { FileSummary, WorkerProblem } from './protocol';
import type { JobFailure } from './run-job';

/** The sentence for why a file could not be read or written, in the UI language. */
export function problemText(problem: WorkerProblem): string {
  switch (problem.kind) {
    case 'empty':
      return t('filesErrorEmpty');
    case 'not-a-spreadsheet':
      return t('filesErrorNotSpreadsheet');
    case 'office-not-workbook':
      return t('filesErrorOfficeNotWorkbook');
    case 'misnamed':
      return t('filesErrorMisnamed', problem.extension);
    case 'csv-binary':
      return t('filesErrorCsvBinary');
    case 'no-workbook-part':
      return t('filesErrorNoWorkbookPart');
    case 'ods':
      return t('filesErrorOds');
    case 'xlsb':
      return t('filesErrorXlsb');
    case 'zip64':
      return t('filesErrorZip64');
    case 'old-xls':
      return t('filesErrorOldXls');
    case 'xls-unreadable':
      return t('filesErrorXlsUnreadable');
    case 'password':
      return t('filesErrorPassword');
    case 'encrypted-archive':
      return t('filesErrorEncryptedArchive');
    case 'csv-too-large':
      return t('filesErrorCsvTooLarge', problem.megabytes);
    case 'too-many-parts':
      return t('filesErrorTooManyParts', problem.count);
    case 'unpacks-too-large':
      return t('filesErrorUnpacksTooLarge', problem.megabytes);
    case 'no-sheets':
      return t('filesErrorNoSheets');
    case 'aborted':
      return t('filesErrorAborted');
    case 'unknown-sheet':
      return t('filesErrorUnknownSheet', problem.sheet);
    case 'bad-cell':
      return t('filesErrorBadCell', problem.cell);
    case 'row-past-end':
      return t('filesErrorRowPastEnd', problem.row);
    case 'cell-filled':
      return t('filesErrorCellFilled', problem.sheet, problem.cell);
    case 'formula-cell':
      return t('filesErrorFormulaCell', problem.sheet, problem.cell);
    case 'unencodable':
      return t('filesErrorUnencodable', quotedList(problem.characters));
    case 'damaged-end':
      return t('filesErrorDamagedEnd');
    case 'damaged-contents':
      return t('filesErrorDamagedContents');
    case 'damaged-entry':
      return t('filesErrorDamagedEntry');
    case 'part-missing':
      return t('filesErrorPartMissing', problem.part);
    case 'part-cut-short':
      return t('filesErrorPartCutShort', problem.part);
    case 'part-unpack':
      return t('filesErrorPartUnpack', problem.part);
    case 'part-method':
      return t('filesErrorPartMethod', problem.part, problem.method);
    case 'part-checksum':
      return t('filesErrorPartChecksum', problem.part);
    case 'sheet-missing':
      return t('filesErrorSheetMissing', problem.sheet);
    case 'sheet-no-data':
      return t('filesErrorSheetNoData', problem.sheet);
    case 'unreadable':
      return t('filesErrorUnreadable');
    case 'unexpected':
      return problem.job === 'read' ? t('filesErrorUnexpectedRead') : t('filesErrorUnexpectedFill');
    case 'bad-request':
      return t('filesErrorBadRequest');
  }
}

/** Seconds as people say them: 60, 1.5 (one decimal at most). */
function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

/** The sentence for why a job gave no result, in the UI language. */
export function failureText(failure: JobFailure): string {
  switch (failure.problem) {
    case 'failed':
      return problemText(failure.reason);
    case 'timeout':
      return failure.job === 'read'
        ? tn('filesTimeoutRead', seconds(failure.timeLimitMs))
        : tn('filesTimeoutFill', seconds(failure.timeLimitMs));
    case 'invalid':
      return t('filesInvalidReply');
    case 'crashed':
      return t('filesCrashed');
    case 'cancelled':
      return t('filesCancelled');
  }
}

/**
 * The summary line in the UI language: "SOC 2 Type 2 x5, ISO/IEC 27001 x2, bridge letter x1;
 * 612 rows read in 14 sheets". Report names stay the official ones; the bridge letter, a plain
 * noun, is translated.
 */
export function summaryText(summary: FileSummary): string {
  const read = t(
    'filesSummaryRead',
    tn('filesSummaryRows', summary.rows),
    tn('filesSummaryInSheets', summary.sheets),
  );
  if (summary.asked.length === 0) return t('filesSummaryNone', read);
  const asked = summary.asked.map((entry) =>
    t(
      'filesSummaryItem',
      entry.report === 'bridge-letter'
        ? t('filesSummaryBridgeLetter')
        : reportName(entry.report, entry.type),
      entry.count,
    ),
  );
  return t('filesSummaryAsked', asked.join(', '), read);
}
