import type { Unit } from './contract';
import { formatValue } from './format';

/**
 * Small helpers for readings (DESIGN §4a), so the words beside a figure always agree with
 * the figure as shown: a difference too small to show is called none, and a figure close to
 * a threshold keeps enough decimals to show which side of it it lies.
 */

/**
 * True when two amounts of money show the same to the cent. The allowance past half a cent is for
 * binary noise only, a few parts in 10^15: at 1e-12 a base of $5B that grew by a cent read as
 * ending "exactly where it started".
 */
export const sameMoney = (a: number, b: number) => Math.abs(a - b) < 0.005 + 1e-14 * Math.max(Math.abs(a), Math.abs(b));

/** A figure shown with at least `min` decimals and more when needed to tell it from `from` (zero, or a threshold). */
export function figure(value: number, unit: Unit, min: number, from = 0): { value: number; unit: Unit; decimals: number } {
  let decimals = min;
  const shows = (d: number) => Number(value.toFixed(d));
  while (decimals < 8 && value !== from && shows(decimals) === Number(from.toFixed(decimals))) decimals++;
  return { value, unit, decimals };
}

/** The singular word when the figure shows as exactly 1, the plural otherwise ("1 point", "1.5 points"). */
export const noun = (fig: { value: number; unit: Unit; decimals?: number }, one: string, many: string) =>
  formatValue(fig.value, fig.unit, { decimals: fig.decimals }) === '1' ? one : many;

/** "1 point", "2.5 points". */
export const points = (value: number) => {
  const fig = { value, unit: 'number' } as const;
  return [fig, noun(fig, ' point', ' points')] as const;
};

/** A list in prose: "a", "a and b", "a, b and c". */
export const inProse = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);
