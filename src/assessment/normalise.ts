/**
 * One canonical form for an answer and its note, shared by the inline scales, the codec, the
 * file import and export, and the state layer. Encoding a normalised value and decoding it gives
 * the same value back, which is what the round-trip tests hold the codec to. What only whole
 * results need (names, dates, answer sets) is in normalise-result.ts, so a chapter's scales do
 * not load it.
 */
import { LEVELS, NOTE_MAX, type Answer, type Answers, type Level } from './types';

export function isLevel(value: unknown): value is Level {
  return typeof value === 'string' && (LEVELS as readonly string[]).includes(value);
}

/**
 * Replaces lone surrogates with U+FFFD (they cannot survive UTF-8), turns CR LF and CR into LF,
 * and drops control characters other than tab and line feed: they are invisible, and JSON would
 * inflate each one to six characters inside a share code.
 */
export function cleanText(text: string): string {
  // Most text has nothing to clean: one test instead of rebuilding it a character at a time,
  // which a team of two hundred, each scored several times over, makes worth having.
  if (!/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\ud800-\udfff]/.test(text)) return text;
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

/** True when a level or "don't know" was chosen: what counts as answered everywhere (a note alone does not). */
export function isAnswered(answers: Answers, id: string): boolean {
  return Object.hasOwn(answers, id) && (answers[id]!.level !== undefined || answers[id]!.unsure === true);
}
