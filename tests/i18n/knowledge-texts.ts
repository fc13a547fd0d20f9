/**
 * The cheat-sheet taken apart for tests: its shape (ids, option values, how many points) and its
 * sentences in reading order, so two languages can be laid side by side sentence by sentence.
 */
import type { ComparisonTable, Knowledge } from '../../lib/rules';

/** Every id, option value and count of the cheat-sheet, in order: equal in every language. */
export function shapeOf(knowledge: Knowledge): unknown {
  const table = (t: ComparisonTable) => [t.id, t.rows.map((row) => [row.id, row.cells.length])];
  const { scenario } = knowledge;
  return {
    tables: [knowledge.soc1VsSoc2, knowledge.type1VsType2, knowledge.soc2VsIso27001].map(table),
    extras: knowledge.extras.map((topic) => [topic.id, topic.points.length]),
    legacyNames: knowledge.legacyNames.map((entry) => entry.id),
    faq: knowledge.faq.map((entry) => entry.id),
    questions: scenario.questions.map((q) => [q.id, q.options.map((option) => option.value)]),
    headlines: Object.keys(scenario.headlines).sort(),
    reasons: Object.keys(scenario.reasons).sort(),
    typeAdvice: Object.keys(scenario.typeAdvice).sort(),
  };
}

/** Every sentence and label of the cheat-sheet, in an order that pairs up across languages. */
export function textsOf(knowledge: Knowledge): string[] {
  const texts: string[] = [];
  for (const t of [knowledge.soc1VsSoc2, knowledge.type1VsType2, knowledge.soc2VsIso27001]) {
    texts.push(t.title, ...t.columns);
    for (const row of t.rows) texts.push(row.aspect, ...row.cells);
  }
  for (const topic of knowledge.extras) texts.push(topic.title, ...topic.points);
  for (const entry of knowledge.legacyNames) texts.push(entry.name, entry.meaning);
  for (const entry of knowledge.faq) texts.push(entry.question, entry.answer);
  const { scenario } = knowledge;
  for (const q of scenario.questions) {
    texts.push(q.question, ...q.options.map((option) => option.label));
  }
  const byKey = (record: Readonly<Record<string, string>>) =>
    Object.keys(record)
      .sort()
      .map((key) => record[key] ?? '');
  texts.push(...byKey(scenario.headlines), ...byKey(scenario.reasons));
  texts.push(...byKey(scenario.typeAdvice));
  return texts;
}
