/**
 * The public API of the questionnaire-file library: pure TypeScript without a DOM, so it runs in
 * a Web Worker and in Node. Read a workbook or CSV, find every report request by cell with the
 * same rules as on pages, and write the accepted answers into a copy with nothing else changed.
 */
export { readQuestionnaire, answeredName } from './read';
export { fillQuestionnaire } from './fill';
export {
  suggestAnswers,
  answerText,
  summarize,
  summaryOf,
  type AskedCount,
  type FileSummary,
  type SuggestedAnswer,
} from './suggest';
export {
  QuestionnaireFileError,
  isQuestionnaireFileError,
  fileErrorData,
  englishMessage,
  quotedList,
  FILE_PROBLEMS,
  PARAM_LIMITS,
  type FileProblem,
  type FileProblemKind,
  type FileErrorCode,
  type FileErrorData,
} from './errors';
export { MAX_UNPACKED_BYTES } from './zip';
export { MAX_CSV_BYTES } from './csv';
export { columnLetters, columnNumber } from './grid';
export type * from './types';
