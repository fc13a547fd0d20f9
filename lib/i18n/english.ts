/**
 * The rules' sentences in English whatever the UI language: for the Text PJ message (PJ reads
 * and answers in English) and for tests. Only the `rules` area, read from its English file, so a
 * bundle that imports this carries those few sentences and no other table.
 */
import rules from '../../locales/en/rules.json';
import type { RuleSentence } from '../rules';
import { parseMessages, sentenceSubs, substitute, toTable } from './catalogue';

const TABLE = toTable(parseMessages(rules).messages);

/** A sentence of the rules in English: the same words an English UI shows. */
export function sayInEnglish(sentence: RuleSentence): string {
  const message = TABLE[sentence.key];
  return message === undefined ? sentence.key : substitute(message, sentenceSubs(sentence, 'en'));
}
