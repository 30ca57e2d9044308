/**
 * Target levels and the name put on shared codes, saved like the answers. Apart from the history
 * (plan.ts) so the results page, which shows targets and makes codes, loads only these.
 */
import { persistentAtom } from './persist';
import { QUESTION_ID, salvage, type Cleaned } from './assessment';
import { isRecord } from '../lib/records';
import { NAME_MAX, type Level, type Targets } from '../assessment/types';
import { clip, isLevel } from '../assessment/normalise';

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

export const $targets = persistentAtom<Targets>('assessment-targets', {}, {
  describe: 'target levels',
  parse: salvage('assessment-targets', 'target levels', cleanTargets),
});

/** The name put on shared codes, as typed (normalised when a code is made). */
export const $name = persistentAtom<string>('assessment-name', '', {
  describe: 'name for shared results',
  parse: (raw) => (typeof raw === 'string' ? clip(raw, NAME_MAX) : undefined),
});

export function setTarget(id: string, level: Level | undefined): void {
  const next = { ...$targets.get() };
  if (level) next[id] = level;
  else delete next[id];
  $targets.set(next);
}
