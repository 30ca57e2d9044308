/**
 * The reader's plan around their answers: completed assessments by date, saved like the answers
 * (state/assessment.ts) but in their own module so chapter pages never load it. Target levels
 * and the name on shared codes live in targets.ts and are re-exported here.
 */
import { persistentAtom } from './persist';
import { cleanAnswers, salvage, type Cleaned } from './assessment';
import { isRecord } from '../lib/records';
import type { Answers } from '../assessment/types';
import { isIsoDate } from '../assessment/normalise-result';

export { $name, $targets, cleanTargets, setTarget } from './targets';

export interface HistoryEntry {
  /** The day the assessment describes, `YYYY-MM-DD`. */
  date: string;
  answers: Answers;
}

/**
 * Most completed assessments kept: seventeen years of quarterly reviews. With every chapter's
 * scales kept too, a full history of the longest possible answers is about 4.4 million
 * characters, under the roughly five million a browser keeps for a site (a unit test holds it
 * there); a write the browser refuses anyway is reported, and what was saved before stays.
 */
export const HISTORY_MAX = 70;

export function cleanHistory(raw: unknown): Cleaned<HistoryEntry[]> | undefined {
  if (!Array.isArray(raw)) return undefined;
  const value: HistoryEntry[] = [];
  let dropped = 0;
  for (const entry of raw.slice(0, HISTORY_MAX)) {
    const answers = isRecord(entry) && isIsoDate(entry.date) ? cleanAnswers(entry.answers) : undefined;
    if (!answers || answers.dropped > 0) dropped++;
    if (answers) value.push({ date: (entry as { date: string }).date, answers: answers.value });
  }
  return { value: sortHistory(value), dropped: dropped + Math.max(0, raw.length - HISTORY_MAX) };
}

export const $history = persistentAtom<HistoryEntry[]>('assessment-history', [], {
  describe: 'completed assessments',
  parse: salvage('assessment-history', 'completed assessments', cleanHistory),
});

/** Keeps a completed assessment under its date; an entry with the same date is replaced. */
export function saveToHistory(date: string, answers: Answers): 'added' | 'replaced' {
  const history = $history.get();
  const replaced = history.some((h) => h.date === date);
  const next = sortHistory([...history.filter((h) => h.date !== date), { date, answers }]);
  $history.set(next.slice(-HISTORY_MAX));
  return replaced ? 'replaced' : 'added';
}

export function removeFromHistory(date: string): void {
  $history.set($history.get().filter((h) => h.date !== date));
}

function sortHistory(entries: HistoryEntry[]): HistoryEntry[] {
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
