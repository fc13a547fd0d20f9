/**
 * The typed error every `lib/files` function throws for bad input, so the page can say what is
 * wrong in one sentence and nothing is written. `code` is stable and coarse (what went wrong);
 * `problem` says exactly which case it is, with its few bounded parameters (a sheet name, a size),
 * so the page words it in the user's language. `message` is the English sentence, for callers
 * without a UI language (Node, logs); the page's English words are the same.
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

/** The parameters a problem may carry, each bounded (see `PARAM_LIMITS`). */
interface ParamTypes {
  /** A size limit in whole megabytes. */
  megabytes: number;
  /** How many parts an archive lists. */
  count: number;
  /** A 1-based row number. */
  row: number;
  /** A zip compression method number. */
  method: number;
  /** A sheet's name as the file spells it. */
  sheet: string;
  /** A cell reference as given ("D12", or whatever a caller passed). */
  cell: string;
  /** A part's path inside the archive ("xl/worksheets/sheet1.xml"). */
  part: string;
  /** The extension a file is named with. */
  extension: 'xlsx' | 'xlsm';
  /** Characters a CSV's encoding cannot hold, one code point each. */
  characters: string[];
}

export type ProblemParam = keyof ParamTypes;

/** Bounds on parameters: generous for real files, finite for hostile ones. */
export const PARAM_LIMITS = {
  /** Longest text parameter (Excel's sheet names stop at 31; a CSV's is its file name). */
  text: 255,
  /** Most characters listed for an encoding problem. */
  characters: 20,
} as const;

/**
 * Every problem a file can have: its code and the parameters it carries, in the order its
 * sentence uses them. A problem's sentence is the same for every file of that kind.
 */
export const FILE_PROBLEMS = {
  empty: { code: 'not-a-spreadsheet', params: [] },
  'not-a-spreadsheet': { code: 'not-a-spreadsheet', params: [] },
  'office-not-workbook': { code: 'not-a-spreadsheet', params: [] },
  misnamed: { code: 'not-a-spreadsheet', params: ['extension'] },
  'csv-binary': { code: 'not-a-spreadsheet', params: [] },
  'no-workbook-part': { code: 'not-a-spreadsheet', params: [] },
  ods: { code: 'unsupported-format', params: [] },
  xlsb: { code: 'unsupported-format', params: [] },
  zip64: { code: 'unsupported-format', params: [] },
  'old-xls': { code: 'old-xls', params: [] },
  'xls-unreadable': { code: 'old-xls', params: [] },
  password: { code: 'password-protected', params: [] },
  'encrypted-archive': { code: 'password-protected', params: [] },
  'csv-too-large': { code: 'too-large', params: ['megabytes'] },
  'too-many-parts': { code: 'too-large', params: ['count'] },
  'unpacks-too-large': { code: 'too-large', params: ['megabytes'] },
  'no-sheets': { code: 'no-sheets', params: [] },
  aborted: { code: 'aborted', params: [] },
  'unknown-sheet': { code: 'unknown-sheet', params: ['sheet'] },
  'bad-cell': { code: 'bad-cell', params: ['cell'] },
  'row-past-end': { code: 'bad-cell', params: ['row'] },
  'cell-filled': { code: 'cell-filled', params: ['sheet', 'cell'] },
  'formula-cell': { code: 'formula-cell', params: ['sheet', 'cell'] },
  unencodable: { code: 'unencodable', params: ['characters'] },
  'damaged-end': { code: 'corrupt', params: [] },
  'damaged-contents': { code: 'corrupt', params: [] },
  'damaged-entry': { code: 'corrupt', params: [] },
  'part-missing': { code: 'corrupt', params: ['part'] },
  'part-cut-short': { code: 'corrupt', params: ['part'] },
  'part-unpack': { code: 'corrupt', params: ['part'] },
  'part-method': { code: 'corrupt', params: ['part', 'method'] },
  'part-checksum': { code: 'corrupt', params: ['part'] },
  'sheet-missing': { code: 'corrupt', params: ['sheet'] },
  'sheet-no-data': { code: 'corrupt', params: ['sheet'] },
  unreadable: { code: 'corrupt', params: [] },
} as const satisfies Record<string, { code: FileErrorCode; params: readonly ProblemParam[] }>;

export type FileProblemKind = keyof typeof FILE_PROBLEMS;

type ProblemOf<K extends FileProblemKind> = { kind: K } & {
  [P in (typeof FILE_PROBLEMS)[K]['params'][number]]: ParamTypes[P];
};

/** One problem with its parameters: `{ kind: 'unknown-sheet', sheet: 'Assurance' }`. */
export type FileProblem = { [K in FileProblemKind]: ProblemOf<K> }[FileProblemKind];

/** Cuts a text parameter to its bound, so a hostile name cannot make a huge message. */
export function boundedText(text: string): string {
  return text.length > PARAM_LIMITS.text ? `${text.slice(0, PARAM_LIMITS.text - 1)}…` : text;
}

/**
 * The English sentence of a problem, as the page shows it with an English UI (a test holds the
 * two to the same words).
 */
export function englishMessage(problem: FileProblem): string {
  const damaged = (why: string) =>
    `The file is damaged (${why}). Save it again from Excel and retry.`;
  const toXlsx =
    'Open it in Excel and save it as .xlsx (Excel Workbook), then open the .xlsx here.';
  switch (problem.kind) {
    case 'empty':
      return 'The file is empty.';
    case 'not-a-spreadsheet':
      return 'This is not a spreadsheet. Open an .xlsx, .xlsm, .csv or .tsv file.';
    case 'office-not-workbook':
      return 'This is an Office file but not a workbook.';
    case 'misnamed':
      return `This file is named .${problem.extension} but is not an Excel workbook.`;
    case 'csv-binary':
      return 'This file is not a CSV: it holds binary data.';
    case 'no-workbook-part':
      return 'This archive is not an Excel workbook (no workbook part in it).';
    case 'ods':
      return 'OpenDocument (.ods) files are not read here. Save the file as .xlsx (Excel workbook) and open that.';
    case 'xlsb':
      return 'Excel binary workbooks (.xlsb) are not read here. Save the file as .xlsx and open that.';
    case 'zip64':
      return 'ZIP64 archives are not supported. Save the workbook again from Excel.';
    case 'old-xls':
      return `This is an Excel 97-2003 workbook (.xls). ${toXlsx}`;
    case 'xls-unreadable':
      return `This .xls file is not a workbook this page reads. ${toXlsx}`;
    case 'password':
      return 'This workbook is protected with a password. Open it in Excel, remove the password (File > Info > Protect Workbook), save it, and open the copy here.';
    case 'encrypted-archive':
      return 'The archive is encrypted. Remove the password in Excel and save it again.';
    case 'csv-too-large':
      return `The file is larger than ${problem.megabytes} MB: too large for a questionnaire.`;
    case 'too-many-parts':
      return `The archive lists ${problem.count} parts; a workbook has far fewer.`;
    case 'unpacks-too-large':
      return `The workbook unpacks to more than ${problem.megabytes} MB: too large to read safely (a zip bomb looks like this).`;
    case 'no-sheets':
      return 'The workbook has no worksheets.';
    case 'aborted':
      return 'Reading the file was cancelled.';
    case 'unknown-sheet':
      return `The file has no sheet named "${problem.sheet}".`;
    case 'bad-cell':
      return `"${problem.cell}" is not a cell reference like D12.`;
    case 'row-past-end':
      return `Row ${problem.row} is past the end of the file.`;
    case 'cell-filled':
      return `${problem.sheet}!${problem.cell} already holds an answer; it is replaced only when you choose to overwrite it.`;
    case 'formula-cell':
      return `${problem.sheet}!${problem.cell} holds a formula; answers never replace formulas.`;
    case 'unencodable':
      return `This CSV is saved as Windows-1252, which cannot hold ${quotedList(problem.characters)}. Edit those characters out of the answers, or save the CSV as UTF-8.`;
    case 'damaged-end':
      return damaged('the end of the archive is missing, probably cut short');
    case 'damaged-contents':
      return damaged('the table of contents points outside the file');
    case 'damaged-entry':
      return damaged('a table-of-contents entry is broken');
    case 'part-missing':
      return damaged(`the part ${problem.part} is missing`);
    case 'part-cut-short':
      return damaged(`the part ${problem.part} is cut short`);
    case 'part-unpack':
      return damaged(`the part ${problem.part} does not unpack`);
    case 'part-method':
      return damaged(`the part ${problem.part} uses compression method ${problem.method}`);
    case 'part-checksum':
      return damaged(`the part ${problem.part} fails its checksum`);
    case 'sheet-missing':
      return damaged(`the sheet "${problem.sheet}" is missing`);
    case 'sheet-no-data':
      return `The file is damaged (the sheet "${problem.sheet}" has no cell data).`;
    case 'unreadable':
      return 'The file could not be read. Save it again from Excel and retry.';
  }
}

/** `"€", "™"`: characters as the encoding message lists them. */
export function quotedList(characters: readonly string[]): string {
  return characters.map((c) => `"${c}"`).join(', ');
}

/** Thrown by `readQuestionnaire` and `fillQuestionnaire` for bad input; never anything else is. */
export class QuestionnaireFileError extends Error {
  override readonly name = 'QuestionnaireFileError';
  readonly code: FileErrorCode;
  constructor(
    readonly problem: FileProblem,
    options?: { cause?: unknown },
  ) {
    super(englishMessage(problem), options);
    this.code = FILE_PROBLEMS[problem.kind].code;
  }
}

/**
 * True for the typed error, also across a worker boundary where the prototype is lost. It holds a
 * `problem` too: something merely named like ours is not taken for it.
 */
export function isQuestionnaireFileError(error: unknown): error is QuestionnaireFileError {
  if (typeof error !== 'object' || error === null) return false;
  const { name, code, problem } = error as { name?: unknown; code?: unknown; problem?: unknown };
  return (
    name === 'QuestionnaireFileError' &&
    typeof code === 'string' &&
    typeof problem === 'object' &&
    problem !== null
  );
}

/** What a worker posts for a failed read: a structured clone keeps an Error's message, not `code`. */
export interface FileErrorData {
  name: 'QuestionnaireFileError';
  code: FileErrorCode;
  problem: FileProblem;
  message: string;
}

/** The typed error as plain data (for `postMessage`); `isQuestionnaireFileError` accepts it too. */
export function fileErrorData(error: QuestionnaireFileError): FileErrorData {
  return {
    name: 'QuestionnaireFileError',
    code: error.code,
    problem: error.problem,
    message: error.message,
  };
}

/**
 * Runs `work`, turning anything but the typed error into a 'corrupt' one: a file odd enough to
 * trip the reader is damaged as far as the user can tell, and callers handle one kind of error.
 * The original error stays as `cause` for developers; the user's sentence does not quote it (it
 * is the engine's English, and says nothing a user can act on).
 */
export async function typedErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof QuestionnaireFileError) throw error;
    throw new QuestionnaireFileError({ kind: 'unreadable' }, { cause: error });
  }
}
