/**
 * The reader's plan around their answers: completed assessments by date, target levels and the
 * name put on shared codes. Saved like the answers (state/assessment.ts), but kept in its own
 * module so chapter pages, which only carry inline scales, never load it.
 */
import { persistentAtom } from '../../state/persist';
import { QUESTION_ID, isRecord, salvage, cleanAnswers, type Cleaned } from '../../state/assessment';
import { NAME_MAX, type Answers, type Level, type Targets } from '../../assessment/types';
import { clip, isIsoDate, isLevel } from '../../assessment/normalise';

export interface HistoryEntry {
  /** The day the assessment describes, `YYYY-MM-DD`. */
  date: string;
  answers: Answers;
}

/** Most completed assessments kept: twenty-five years of quarterly reviews. */
export const HISTORY_MAX = 100;

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

export function cleanTargets(raw: unknown): Cleaned<Targets> | undefined {
  if (!isRecord(raw)) return undefined;
  const value: Targets = {};
  let dropped = 0;
  for (const [id, level] of Object.entries(raw)) {
    if (QUESTION_ID.test(id) && isLevel(level)) value[id] = level;
    else dropped++;
  }
  return { value, dropped };
}

export const $history = persistentAtom<HistoryEntry[]>('assessment-history', [], {
  describe: 'completed assessments',
  parse: salvage('assessment-history', 'completed assessments', cleanHistory),
});

export const $targets = persistentAtom<Targets>('assessment-targets', {}, {
  describe: 'target levels',
  parse: salvage('assessment-targets', 'target levels', cleanTargets),
});

/** The name put on shared codes, as typed (normalised when a code is made). */
export const $name = persistentAtom<string>('assessment-name', '', {
  describe: 'name for shared results',
  parse: (raw) => (typeof raw === 'string' ? clip(raw, NAME_MAX) : undefined),
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

export function setTarget(id: string, level: Level | undefined): void {
  const next = { ...$targets.get() };
  if (level) next[id] = level;
  else delete next[id];
  $targets.set(next);
}

function sortHistory(entries: HistoryEntry[]): HistoryEntry[] {
  return entries.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
