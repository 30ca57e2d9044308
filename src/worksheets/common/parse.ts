/**
 * Shared reading rules for the templates' saved and imported files. Every template keeps the
 * reader's words as typed (strings), so nothing is lost between visits; numbers are read from
 * those strings when a figure is needed. A value of the wrong kind makes the whole file
 * unreadable rather than half-kept, as the deal review does.
 */
import { parseNumber } from '../../calculators/inputs';
import { isRecord } from '../../lib/records';

/** A string up to `max` characters; missing reads as blank; anything else is undefined (unreadable). */
export const textOf = (v: unknown, max: number): string | undefined => (v === undefined ? '' : typeof v === 'string' && v.length <= max ? v : undefined);

/** One of the allowed values or blank; anything else is undefined (unreadable). */
export const oneOf = <T extends string>(v: unknown, allowed: readonly T[]): T | '' | undefined =>
  v === undefined || v === '' ? '' : allowed.includes(v as T) ? (v as T) : undefined;

export const boolOf = (v: unknown): boolean | undefined => (v === undefined ? false : typeof v === 'boolean' ? v : undefined);

/** A list of at most `max` items, each read by `item`; undefined when any item is unreadable. */
export function listOf<T>(v: unknown, max: number, item: (x: unknown) => T | undefined, fallback: T[]): T[] | undefined {
  if (v === undefined) return fallback;
  if (!Array.isArray(v) || v.length > max) return undefined;
  const out: T[] = [];
  for (const x of v) {
    const read = item(x);
    if (read === undefined) return undefined;
    out.push(read);
  }
  return out;
}

/** Collapses runs of white space, as a printed page shows them. */
export const clean = (s: string) => s.trim().replace(/\s+/g, ' ');

/** A number read from what the reader typed: blank is null; out of range or not a number gives an error to show at the field. */
export type Reading = { value: number | null; error?: undefined } | { value?: undefined; error: string };

export interface NumberRule {
  label: string;
  min?: number;
  max?: number;
  integer?: boolean;
  /** Appended to the range message, such as "%" or " days". */
  unit?: string;
}

export function readNumber(text: string, rule: NumberRule): Reading {
  if (!text.trim()) return { value: null };
  const n = parseNumber(text);
  const { label, min = 0, max = Number.MAX_SAFE_INTEGER, integer = false, unit = '' } = rule;
  const range = max === Number.MAX_SAFE_INTEGER ? `from ${min}${unit} upwards` : `between ${min}${unit} and ${max}${unit}`;
  if (n === undefined || n < min || n > max || (integer && !Number.isInteger(n))) return { error: `${label} must be ${integer ? 'a whole number ' : ''}${range}.` };
  return { value: n };
}

/** The file a template exports: its fields with a marker saying which template made it. */
export function exportJson(kind: string, data: object): string {
  return `${JSON.stringify({ kind, ...data }, null, 2)}\n`;
}

/** Reads a file exported by `exportJson` for this template, or undefined when it is not one. */
export function importJson<T>(kind: string, text: string, parse: (raw: unknown) => T | undefined): T | undefined {
  try {
    const raw: unknown = JSON.parse(text);
    if (!isRecord(raw) || raw.kind !== kind) return undefined;
    const { kind: _, ...rest } = raw;
    return parse(rest);
  } catch {
    return undefined;
  }
}

/** Escapes the reader's text for Markdown, so it can never become a link, heading, table break or HTML. */
export const md = (s: string) => clean(s).replace(/[\\`*_[\]{}()<>#+!|~]/g, '\\$&');

/** A date typed as YYYY-MM-DD that exists in the calendar, as a UTC day number; undefined otherwise. */
export function dayOf(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return t / 86_400_000;
}

/** Today in the reader's time zone as YYYY-MM-DD (the browser's date input uses the same form). */
export const isoToday = (now = new Date()) => `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
