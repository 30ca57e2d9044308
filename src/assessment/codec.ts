/**
 * Share codes: a whole result in a short, URL-safe string, so results travel without a server.
 *
 * Version 1 layout (every character is URL-safe: A–Z a–z 0–9 - _ and the dot separator):
 *
 *   code    = head [ "." notes ] "." check
 *   head    = "1" date levels                          (13 characters)
 *   date    = days since 1970-01-01 UTC, three base64url digits, most significant first
 *   levels  = one digit per V1_QUESTIONS position: state + 5 when an exception applies,
 *             state 0 unanswered, 1 poor, 2 average, 3 excellent, 4 don't know
 *   notes   = base64url (no padding) of UTF-8 JSON {"n": name, "t": {"<position>": note}},
 *             present only when there is a name or a note
 *   check   = two base64url digits of Σ w(i) × charCode(body[i]) mod 4093, where body is
 *             everything before the last dot and w(i) = (i mod 4092) + 1
 *
 * The check is a position-weighted sum modulo the prime 4093 with weights that are never a
 * multiple of it, so any single mistyped character and any swap of two neighbouring characters
 * always fails it, however long the code.
 *
 * Positions map to question ids only through the frozen table of the code's version, so a code
 * made today still opens after questions are added, reworded or reordered. A new question means
 * a new version with its own frozen table; never edit V1_QUESTIONS.
 *
 * Decoding lives in decode.ts, so a page that only makes codes does not load it. decodeResult
 * never throws: every input, however broken, gives a result or one plain sentence.
 */
import type { Answer, Answers, Level } from './types';
import { isIsoDate, normaliseAnswers, normaliseName, today } from './normalise';

/** Question ids of format version 1, by position. Frozen: codes in the wild depend on it. */
export const V1_QUESTIONS = Object.freeze([
  'q1-leader-seat',
  'q2-commercial-ownership',
  'q3-shared-goals',
  'q4-cost-to-retain',
  'q5-health-score',
  'q6-churn-insight',
  'q7-value',
  'q8-product-feedback',
  'q9-exec-attention',
] as const);

export const CURRENT_VERSION = 1;

const TABLES: Readonly<Record<string, readonly string[]>> = { '1': V1_QUESTIONS };

/** The frozen question table of a format version, or undefined for a version this code does not know. */
export function questionTable(version: number): readonly string[] | undefined {
  return TABLES[String(version)];
}

/**
 * Longest code accepted. It is the longest a genuine version 1 code can be: nine notes of
 * NOTE_MAX characters that each take three bytes in UTF-8, a name of NAME_MAX such characters,
 * the JSON around them, the base64url growth of four characters per three bytes, and the head
 * and check. A test builds that worst case and checks it fits.
 */
export const MAX_CODE_LENGTH = 20_000;
/** Longest pasted text read as one code or link (a link adds its address to the code). */
export const MAX_INPUT_LENGTH = MAX_CODE_LENGTH + 2_000;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
export const B64_VALUE: Record<string, number> = Object.fromEntries([...B64].map((c, i) => [c, i]));
const CHECK_PRIME = 4093;
export const HEAD_LENGTH = 13;
export const DATE_DIGITS = 3;
const MAX_DAYS = 64 ** DATE_DIGITS - 1;
export const DAY_MS = 86_400_000;
export const STATES: readonly (Level | 'unsure' | undefined)[] = [undefined, 'poor', 'average', 'excellent', 'unsure'];

export interface EncodeOptions {
  /** Respondent name shown in the team view; cleaned and cut to NAME_MAX. */
  name?: string | undefined;
  /** Day the result was made, `YYYY-MM-DD`; today (UTC) when missing or not a real date. */
  created?: string | undefined;
  /** Include notes (default true). Notes make the code much longer and may be private. */
  notes?: boolean | undefined;
}

/**
 * Encodes answers to the current version's questions; answers to other ids are left out.
 * Notes over NOTE_MAX are cut to it: the form's maxlength should stop that happening.
 */
export function encodeResult(answers: Answers, options: EncodeOptions = {}): string {
  const clean = normaliseAnswers(answers, V1_QUESTIONS);
  const created = isIsoDate(options.created) ? options.created : today();
  let days = Math.round(Date.parse(`${created}T00:00:00Z`) / DAY_MS);
  if (!(days >= 0 && days <= MAX_DAYS)) days = Math.round(Date.parse(`${today()}T00:00:00Z`) / DAY_MS);

  let head = String(CURRENT_VERSION) + toDigits(days, DATE_DIGITS);
  const notes: Record<string, string> = {};
  V1_QUESTIONS.forEach((id, position) => {
    const answer = clean[id];
    head += String(stateOf(answer) + (answer?.exception ? 5 : 0));
    if (answer?.note !== undefined && options.notes !== false) notes[String(position)] = answer.note;
  });

  const payload: { n?: string; t?: Record<string, string> } = {};
  const name = normaliseName(options.name);
  if (name !== undefined) payload.n = name;
  if (Object.keys(notes).length > 0) payload.t = notes;
  const body = Object.keys(payload).length > 0 ? `${head}.${toBase64Url(new TextEncoder().encode(JSON.stringify(payload)))}` : head;
  return `${body}.${toDigits(checksum(body), 2)}`;
}

/** A link that opens the result read-only: the page address without its query or hash, plus `#r=CODE`. */
export function shareUrl(pageUrl: string, code: string): string {
  const cut = pageUrl.search(/[?#]/);
  return `${cut === -1 ? pageUrl : pageUrl.slice(0, cut)}#r=${code}`;
}

function stateOf(answer: Answer | undefined): number {
  if (answer?.level) return STATES.indexOf(answer.level);
  return answer?.unsure ? 4 : 0;
}

export function checksum(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) sum = (sum + ((i % (CHECK_PRIME - 1)) + 1) * body.charCodeAt(i)) % CHECK_PRIME;
  return sum;
}

function toDigits(value: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = B64[value % 64]! + out;
    value = Math.floor(value / 64);
  }
  return out;
}

export function fromDigits(digits: string): number {
  let value = 0;
  for (const c of digits) value = value * 64 + (B64_VALUE[c] ?? 0);
  return value;
}

function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** Untrusted text quoted in a message is kept short (it lives in normalise.ts so pages that only quote text need not load the codec). */
export { clipForMessage } from './normalise';
