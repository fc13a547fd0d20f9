/**
 * The typed error every `lib/files` function throws for bad input, so the page can say what is
 * wrong in one sentence and nothing is written. `code` is stable; `message` is for the user.
 */
export type FileErrorCode =
  /** Not a workbook or CSV at all (a PDF, an image, a Word file renamed .xlsx). */
  | 'not-a-spreadsheet'
  /** A spreadsheet format we do not read (.xls, .xlsb, .ods, .numbers). */
  | 'unsupported-format'
  /** An Excel 97-2003 workbook: the user should save it as .xlsx. */
  | 'old-xls'
  /** A workbook encrypted with a password (an OLE container holding an EncryptedPackage). */
  | 'password-protected'
  /** A damaged archive: truncated, bad checksum, bad compressed data. */
  | 'corrupt'
  /** Past a size limit (unpacked size of the archive, size of a CSV): a zip bomb or just too big. */
  | 'too-large'
  /** A workbook without a single worksheet. */
  | 'no-sheets'
  /** The caller aborted through its `AbortSignal`. */
  | 'aborted'
  /** An answer names a sheet the file does not have. */
  | 'unknown-sheet'
  /** An answer's cell reference is not an A1 reference. */
  | 'bad-cell'
  /** An answer would replace a filled cell without `overwrite: true`. */
  | 'cell-filled'
  /** An answer would replace a formula: never done, the formula chain would break. */
  | 'formula-cell'
  /** An answer holds characters the CSV's encoding (Windows-1252) cannot store. */
  | 'unencodable';

/** Thrown by `readQuestionnaire` and `fillQuestionnaire` for bad input; never anything else is. */
export class QuestionnaireFileError extends Error {
  override readonly name = 'QuestionnaireFileError';
  constructor(
    readonly code: FileErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** True for the typed error, also across a worker boundary where the prototype is lost. */
export function isQuestionnaireFileError(error: unknown): error is QuestionnaireFileError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as { name?: unknown }).name === 'QuestionnaireFileError' &&
    typeof (error as { code?: unknown }).code === 'string'
  );
}

/** What a worker posts for a failed read: a structured clone keeps an Error's message, not `code`. */
export interface FileErrorData {
  name: 'QuestionnaireFileError';
  code: FileErrorCode;
  message: string;
}

/** The typed error as plain data (for `postMessage`); `isQuestionnaireFileError` accepts it too. */
export function fileErrorData(error: QuestionnaireFileError): FileErrorData {
  return { name: 'QuestionnaireFileError', code: error.code, message: error.message };
}

/**
 * Runs `work`, turning anything but the typed error into a 'corrupt' one: a file odd enough to
 * trip the reader is damaged as far as the user can tell, and callers handle one kind of error.
 */
export async function typedErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof QuestionnaireFileError) throw error;
    throw new QuestionnaireFileError(
      'corrupt',
      `The file could not be read (${error instanceof Error ? error.message : String(error)}). Save it again from Excel and retry.`,
    );
  }
}
