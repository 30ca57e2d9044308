/**
 * The chapters' optional scales as the assessment groups them: by chapter, in book order.
 * They sit beside the nine framework questions, never inside them: the reading, band and
 * eighteen-point total stay the framework's own.
 */
import type { Answers, QuestionMeta } from './types';
import { isAnswered } from './normalise';

/**
 * Groups scales by their chapter (`set`), chapters ordered by their first scale and scales by
 * order within a chapter, each numbered by its place there. Questions without a set are left out.
 */
export function groupBySet<Q extends QuestionMeta>(questions: readonly Q[]): { set: string; scales: Q[] }[] {
  const groups = new Map<string, Q[]>();
  for (const q of [...questions].sort((a, b) => a.order - b.order)) {
    if (q.set === undefined) continue;
    const scales = groups.get(q.set) ?? [];
    scales.push({ ...q, position: scales.length + 1 });
    groups.set(q.set, scales);
  }
  return [...groups].map(([set, scales]) => ({ set, scales }));
}

/** The scales among `questions` that are answered. */
export function answeredOnly<Q extends QuestionMeta>(questions: readonly Q[], answers: Answers): Q[] {
  return questions.filter((q) => isAnswered(answers, q.id));
}
