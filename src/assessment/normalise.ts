/**
 * One canonical form for answers and free text, shared by the codec, the file import and
 * export, and the state layer. Encoding a normalised value and decoding it gives the same value
 * back, which is what the round-trip tests hold the codec to.
 */
import { LEVELS, NAME_MAX, NOTE_MAX, type Answer, type Answers, type Level } from './types';

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/**
 * Replaces lone surrogates with U+FFFD (they cannot survive UTF-8), turns CR LF and CR into LF,
 * and drops control characters other than tab and line feed: they are invisible, and JSON would
 * inflate each one to six characters inside a share code.
 */
export function cleanText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += text[i]! + text[i + 1]!;
        i++;
      } else out += '\uFFFD';
    } else if (c >= 0xdc00 && c <= 0xdfff) out += '\uFFFD';
    else if (c === 0x0d) {
      out += '\n';
      if (text.charCodeAt(i + 1) === 0x0a) i++;
    } else if ((c < 0x20 && c !== 0x09 && c !== 0x0a) || (c >= 0x7f && c <= 0x9f)) continue;
    else out += text[i]!;
  }
  return out;
}

/** Cuts to at most `max` UTF-16 code units without splitting a surrogate pair. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const last = text.charCodeAt(max - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
}

/** A note as stored: cleaned, trimmed, at most NOTE_MAX long; blank becomes undefined. */
export function normaliseNote(note: string | undefined): string | undefined {
  if (note === undefined) return undefined;
  const text = clip(cleanText(note).trim(), NOTE_MAX).trim();
  return text === '' ? undefined : text;
}

/** A name as stored: one line, single spaces, at most NAME_MAX long; blank becomes undefined. */
export function normaliseName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const text = clip(cleanText(name).replace(/\s+/g, ' ').trim(), NAME_MAX).trim();
  return text === '' ? undefined : text;
}

/** The canonical answer, or undefined when nothing is left in it. */
export function normaliseAnswer(answer: Answer | undefined): Answer | undefined {
  if (!answer) return undefined;
  const out: Answer = {};
  if (isLevel(answer.level)) out.level = answer.level;
  else if (answer.unsure === true) out.unsure = true;
  if (answer.exception === true) out.exception = true;
  const note = normaliseNote(answer.note);
  if (note !== undefined) out.note = note;
  return Object.keys(out).length > 0 ? out : undefined;
}

/** Keeps only the given question ids, in their order, and only answers that say something. */
export function normaliseAnswers(answers: Answers, questionIds: readonly string[]): Answers {
  const out: Answers = {};
  for (const id of questionIds) {
    if (!Object.hasOwn(answers, id)) continue;
    const answer = normaliseAnswer(answers[id]);
    if (answer) out[id] = answer;
  }
  return out;
}

/** True when a level or "don't know" was chosen: what counts as answered everywhere (a note alone does not). */
export function isAnswered(answers: Answers, id: string): boolean {
  return Object.hasOwn(answers, id) && (answers[id]!.level !== undefined || answers[id]!.unsure === true);
}

/** Today's date in UTC as `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** True for a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Untrusted text quoted in a message is kept short; the interface renders it as text, never HTML. */
export function clipForMessage(text: string, max = 24): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
