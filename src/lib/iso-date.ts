/**
 * The one reader of dates written YYYY-MM-DD, for every tool, import and saved value.
 * A date that is not on the calendar (2025-13-10, 2025-02-30) is refused rather than rolled
 * over into another month, which is what `Date.UTC` alone would do.
 */

const DAY = 86_400_000;
const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** UTC midnight, in milliseconds, of a real calendar date written YYYY-MM-DD; undefined for anything else. */
export function parseIsoDate(text: unknown): number | undefined {
  if (typeof text !== 'string') return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > (mo === 2 && isLeap(y) ? 29 : MONTH_DAYS[mo - 1]!)) return undefined;
  // setUTCFullYear, because Date.UTC reads the years 0 to 99 as 1900 to 1999.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getTime();
}

/** True for a real calendar date written exactly YYYY-MM-DD (no spaces around it). */
export const isIsoDate = (value: unknown): value is string => typeof value === 'string' && value.trim() === value && parseIsoDate(value) !== undefined;

/** The YYYY-MM-DD form of a UTC time in milliseconds. */
export const formatIsoDate = (t: number): string => new Date(t).toISOString().slice(0, 10);

/** Whole days from one date to another (negative when `to` comes first). */
export const daysBetween = (from: number, to: number): number => Math.round((to - from) / DAY);
