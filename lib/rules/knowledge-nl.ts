/**
 * The cheat-sheet in Dutch: the facts of knowledge.ts, row by row, in Dutch words. Report and
 * standard names stay as the auditors write them.
 */

import { KNOWLEDGE_EN, type Knowledge } from './knowledge';

// Until a native wording is written, this language shows the English cheat-sheet; the structure
// test lists the languages still waiting, so none can ship half done unnoticed.
export const KNOWLEDGE_NL: Knowledge = KNOWLEDGE_EN;
