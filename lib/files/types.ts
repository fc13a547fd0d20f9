/**
 * Public shapes of the questionnaire-file library: what `readQuestionnaire` returns and what
 * `fillQuestionnaire` takes. Other parts (the extension page, its worker, checks run in Node)
 * rely on these names; fields may be added, none renamed.
 */
import type { ReportRequest } from '../rules';

/** One sheet as read: where its questions and answers are. Columns are letters ("B"). */
export interface QuestionnaireSheet {
  name: string;
  /** Column holding the questions, `null` when none was found (nothing analysed there). */
  questionColumn: string | null;
  /** Column the answers go to, `null` when none was found. */
  answerColumn: string | null;
  /** Rows with at least one filled cell. */
  rowCount: number;
  /** 1-based row of the header the columns were read from, `null` when guessed without one. */
  headerRow: number | null;
  /** Column with the question numbers ("Ques Num", "ID", "#"), when there is one. */
  numberColumn: string | null;
  /**
   * Column of a Yes/No drop-down next to the free-text answer column, when the sheet has both
   * (SIG "Response" + "Additional Information"): the answer sentence goes to the free text.
   */
  choiceColumn: string | null;
  /** The header texts by column letter, for the column pickers. */
  headers: Record<string, string>;
  /** Hidden sheets are listed but not analysed: the person filling the file does not see them. */
  hidden: boolean;
  /** True when the columns came from `options.columns` rather than detection. */
  overridden: boolean;
}

/** One question that asks for a report. */
export interface QuestionnaireFinding {
  sheet: string;
  /** A1 reference of the question's cell. */
  cell: string;
  /** The question's text as in the cell. */
  question: string;
  /** What `analyze` got as context: sheet name, section row, column header. */
  context: string;
  /** What `analyze` found, one entry per report asked for. */
  requests: ReportRequest[];
  /** A1 reference of the cell the answer goes to (same row, answer column). */
  answerCell: string;
  /** 1-based row. */
  row: number;
  /** The question's number from the number column ("A.1.2"), or `null`. */
  number: string | null;
  /** The section row's text the question sits under, or `null`. */
  section: string | null;
  /** What the answer cell holds today ('' when empty): a filled cell is only overwritten on request. */
  existingAnswer: string;
  /**
   * True when the answer cell holds a formula (even one showing nothing): `fillQuestionnaire`
   * never replaces a formula, so this finding cannot be answered in the copy.
   */
  answerFormula?: boolean;
}

/** What a questionnaire file holds. */
export interface QuestionnaireFile {
  sheets: QuestionnaireSheet[];
  findings: QuestionnaireFinding[];
  /** 'xlsx' for .xlsx/.xlsm, 'csv' for .csv/.tsv. */
  format: 'xlsx' | 'csv';
  /** The name to save the answered copy under: "<name> (answered).xlsx". */
  answeredName: string;
}

/** Where the caller wants the questions and answers of one sheet (column letters). */
export interface ColumnChoice {
  questionColumn?: string;
  answerColumn?: string;
  /** 1-based header row; rows above it are not questions. */
  headerRow?: number;
}

/** Options of `readQuestionnaire`. */
export interface ReadOptions {
  /** Per sheet name, columns chosen by the user instead of the detected ones. */
  columns?: Record<string, ColumnChoice>;
  /** Called as work proceeds (rows read so far, of about `total`), for a progress bar. */
  onProgress?: (progress: ReadProgress) => void;
  /** Aborts the read: the promise rejects with a `QuestionnaireFileError` coded 'aborted'. */
  signal?: AbortSignal;
  /**
   * Most bytes the archive may unpack to, all parts read together (a zip bomb stops here).
   * @default 200 MB
   */
  maxUnpackedBytes?: number;
}

export interface ReadProgress {
  /** 'unpack', then 'analyze'. */
  stage: 'unpack' | 'analyze';
  done: number;
  total: number;
  sheet?: string;
}

/** One answer to write. */
export interface FileAnswer {
  sheet: string;
  /** A1 reference of the answer cell. */
  cell: string;
  text: string;
  /** Replace a filled cell; without it, a filled cell makes `fillQuestionnaire` throw. */
  overwrite?: boolean;
}

/** Options of `fillQuestionnaire`. */
export interface FillOptions {
  /** @default 200 MB (as `ReadOptions.maxUnpackedBytes`) */
  maxUnpackedBytes?: number;
}
