/**
 * The public API of the rules library (DESIGN.md, "Contracts"): pure TypeScript used by the
 * content script, the cards, the popup and the options page alike.
 */
export * from './types';
export { analyze } from './analyze';
export { answerFor } from './answers';
export * from './reports';
export * from './knowledge';
export type { Profile } from './profile';
export { warmUpSteps } from './analyze';
