/**
 * The one saved-file envelope for every export and import (my numbers, assessment files, the
 * worksheets): `{ kind, version, exportedAt, body }`. Version 2 is the envelope; files written
 * before it (version 1, with `kind` or `format` beside their content at the top level) still read,
 * their top level standing in for the body.
 *
 * Imported files are untrusted: opening one never calls a method of what it holds, and every
 * way it can fail is a sentence for the reader, never an exception.
 */
import { isRecord } from './records';

export const ENVELOPE_VERSION = 2;

/** The text of an export: the body wrapped with its kind, the envelope version and the time. */
export function wrap(kind: string, body: unknown, exportedAt = new Date().toISOString()): string {
  return `${JSON.stringify({ kind, version: ENVELOPE_VERSION, exportedAt, body }, null, 2)}\n`;
}

/** What an importer returns: the value, or why the file was not read. */
export type Imported<T> = { ok: true; value: T } | { ok: false; error: string };

export type Opened = { ok: true; version: number; body: Record<string, unknown>; ignored: string[] } | { ok: false; error: string };

export interface OpenOptions {
  /** What the file is, for messages: 'a "my numbers" export'. */
  what: string;
  /** Longest text read, in characters. */
  maxChars: number;
}

const ENVELOPE_KEYS = ['kind', 'version', 'exportedAt', 'body'];

/**
 * Opens an export of `kind`: checks size, JSON, kind and version, and returns the body (for a
 * version 1 file, its top level without kind, format and exportedAt). `ignored` names top-level
 * fields of a version 2 file that are not part of the envelope.
 */
export function unwrap(text: unknown, kind: string, { what, maxChars }: OpenOptions): Opened {
  const fail = (error: string): Opened => ({ ok: false, error });
  if (typeof text !== 'string') return fail('The file could not be read as text.');
  if (text.length > maxChars) return fail(`The file is too large to be ${what}: ${text.length.toLocaleString('en-GB')} characters, where at most ${maxChars.toLocaleString('en-GB')} are read.`);
  if (text.trim() === '') return fail('The file is empty.');
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(`The file is not valid JSON, so it cannot be ${what}.`);
  }
  if (!isRecord(data)) return fail(`The file is not ${what}.`);
  const fileKind = typeof data.kind === 'string' ? data.kind : data.format;
  if (fileKind !== kind) return fail(`The file is not ${what}.`);
  const { version } = data;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail('The file does not say which version of the format it uses.');
  if (version > ENVELOPE_VERSION) return fail(`The file uses version ${version} of the format, newer than this page reads (version ${ENVELOPE_VERSION}).`);
  if (version === 1) {
    const { kind: _k, format: _f, exportedAt: _e, ...rest } = data;
    return { ok: true, version, body: rest, ignored: [] };
  }
  if (!isRecord(data.body)) return fail('The file holds no content in its body.');
  return { ok: true, version, body: data.body, ignored: Object.keys(data).filter((k) => !ENVELOPE_KEYS.includes(k)) };
}
