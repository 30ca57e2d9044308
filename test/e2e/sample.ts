/**
 * How much of an exhaustive browser check `npm test` runs. `npm run test:sweep` (vitest --mode
 * sweep) runs all of every one; `npm test` runs a sample that changes from day to day, so that the
 * whole book is covered over a week of runs while each run stays within its ten minutes
 * (SWEEP_SEED=<n> repeats one day's sample).
 */
export const FULL = import.meta.env.MODE === 'sweep';
export const SEED = Number(process.env.SWEEP_SEED ?? Math.floor(Date.now() / 86_400_000));

/** All of `items` in the full sweep; otherwise `n` of them, spread through the list, a different few each day. */
export function pick<T>(items: readonly T[], n: number, salt = 0): T[] {
  if (FULL || items.length <= n) return [...items];
  const start = (SEED * 7 + salt * 13) % items.length;
  return Array.from({ length: n }, (_, i) => items[(start + Math.floor((i * items.length) / n)) % items.length]!);
}

/** What a describe block says it ran: all of it, or the day's sample. */
export const SCOPE = FULL ? 'all of it' : `a sample, SWEEP_SEED=${SEED}`;
