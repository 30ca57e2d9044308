/**
 * Reading untrusted values (imported files, saved state, links) without trusting them: the
 * checks here look at what a value is, and never call a method it carries, so a crafted object
 * ({ "toString": 1 }, a getter, a proxy-like shape) cannot throw or run anything.
 */

/** A plain object: not null, not an array. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Own enumerable entries of a record, or none for anything else. */
export const entriesOf = (v: unknown): [string, unknown][] => (isRecord(v) ? Object.entries(v) : []);

/** A short, safe description of an untrusted value for a message: never calls its methods. */
export function describeValue(v: unknown, max = 24): string {
  if (typeof v === 'string') return `“${[...v].length > max ? `${[...v].slice(0, max).join('')}…` : v}”`;
  if (typeof v === 'number' || typeof v === 'boolean' || v === null || v === undefined) return String(v);
  return Array.isArray(v) ? 'a list' : typeof v === 'object' ? 'an object' : `a ${typeof v}`;
}
