/**
 * The reader's own maturity answers and notes, saved in this browser as they go (DESIGN §5, §6).
 *
 * Chapter pages load this module with their inline scales, so it holds only the answers:
 * history, targets, scoring, share codes and files load with the assessment pages alone.
 * Saved values are read with suspicion: whatever cannot be read is left out, the reader is
 * told, and the value as it was is kept under a backup key.
 */
import { backUp, persistentAtom, setAside } from './persist';
import { isRecord } from '../lib/records';
import type { Answer, Answers } from '../assessment/types';
import { isAnswered, isLevel, normaliseAnswer } from '../assessment/normalise';

/** A question id as content/assessment spells it. */
export const QUESTION_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What survives of a saved value, and how many pieces of it did not. */
export interface Cleaned<T> {
  value: T;
  dropped: number;
}

/**
 * Saved answers: question id → answer. Ids the page does not know are kept (a later edition may
 * add questions; scoring ignores them); answers of the wrong shape are dropped and counted.
 */
export function cleanAnswers(raw: unknown): Cleaned<Answers> | undefined {
  if (!isRecord(raw)) return undefined;
  const value: Answers = {};
  let dropped = 0;
  for (const [id, entry] of Object.entries(raw)) {
    if (!QUESTION_ID.test(id) || !isAnswerShape(entry)) {
      dropped++;
      continue;
    }
    const answer = normaliseAnswer(entry);
    if (answer) value[id] = answer;
  }
  return { value, dropped };
}

/**
 * Keeps what could be read. When some pieces could not, the saved value as it was goes to a
 * backup key and the reader is told how many pieces were left out.
 */
export function salvage<T>(name: string, describe: string, clean: (raw: unknown) => Cleaned<T> | undefined) {
  return (raw: unknown): T | undefined => {
    const cleaned = clean(raw);
    if (cleaned && cleaned.dropped > 0) {
      const n = cleaned.dropped;
      setAside(name, JSON.stringify(raw), `${n} of your saved ${describe} could not be read and ${n === 1 ? 'was' : 'were'} left out; the rest are kept.`, false);
    }
    return cleaned?.value;
  };
}

export const $answers = persistentAtom<Answers>('assessment', {}, {
  describe: 'assessment answers',
  parse: salvage('assessment', 'assessment answers', cleanAnswers),
});

/**
 * Changes one answer. Choosing a level clears "don't know" and the reverse, so callers pass
 * `{ level }` or `{ unsure: true, level: undefined }`; an answer left empty is removed.
 */
export function setAnswer(id: string, patch: Answer): void {
  const current = $answers.get();
  const merged = normaliseAnswer({ ...current[id], ...patch });
  const next = { ...current };
  if (merged) next[id] = merged;
  else delete next[id];
  $answers.set(next);
}

/** Questions among `ids` with a level or a "don't know". */
export function answeredCount(ids: readonly string[], answers: Answers): number {
  return ids.filter((id) => isAnswered(answers, id)).length;
}

/**
 * Replaces every answer (an import, or "start again" with none), first copying the old ones
 * to a backup key. Returns the key (undefined when the browser would not keep a copy) and what
 * was replaced, so the caller can offer to undo or to download the old answers.
 */
export function replaceAnswers(answers: Answers): { backup?: string; previous: Answers } {
  const previous = $answers.get();
  const backup = backUp('assessment', JSON.stringify(previous));
  $answers.set(answers);
  return { backup, previous };
}

function isAnswerShape(value: unknown): value is Answer {
  if (!isRecord(value)) return false;
  const { level, unsure, exception, note } = value;
  return (
    (level === undefined || isLevel(level)) &&
    (unsure === undefined || typeof unsure === 'boolean') &&
    (exception === undefined || typeof exception === 'boolean') &&
    (note === undefined || typeof note === 'string')
  );
}

