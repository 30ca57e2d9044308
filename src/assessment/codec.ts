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
 * decodeResult never throws: every input, however broken, gives a result or one plain sentence.
 */
import { NAME_MAX, NOTE_MAX, type Answer, type Answers, type Level, type Outcome, type Result } from './types';
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
const MAX_INPUT_LENGTH = MAX_CODE_LENGTH + 2_000;

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_VALUE: Record<string, number> = Object.fromEntries([...B64].map((c, i) => [c, i]));
const CHECK_PRIME = 4093;
const HEAD_LENGTH = 13;
const DATE_DIGITS = 3;
const MAX_DAYS = 64 ** DATE_DIGITS - 1;
const DAY_MS = 86_400_000;
const STATES: readonly (Level | 'unsure' | undefined)[] = [undefined, 'poor', 'average', 'excellent', 'unsure'];

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

export type Decoded = Outcome<{ result: Result; code: string }>;

/**
 * Reads a code, or a result link holding one (`…/assessment/?r=CODE`, `…#r=CODE`).
 * Returns the result and the bare code, or a sentence naming what is wrong. Never throws.
 */
export function decodeResult(input: unknown): Decoded {
  try {
    return decode(input);
  } catch {
    // Nothing below is expected to throw; this only keeps the promise if something does.
    return fail('The code could not be read.');
  }
}

function decode(input: unknown): Decoded {
  if (typeof input !== 'string') return fail('No code was given.');
  if (input.length > MAX_INPUT_LENGTH) return tooLong(input.length);
  const text = input.trim();
  if (text === '') return fail('The code is empty.');

  const extracted = extractCode(text);
  if (!extracted.ok) return extracted;
  const code = extracted.code;
  if (code === '') return fail('The link holds an empty result code.');
  if (code.length > MAX_CODE_LENGTH) return tooLong(code.length);

  const bad = [...code].find((c) => c !== '.' && B64_VALUE[c] === undefined);
  if (bad !== undefined) return fail(`The code contains ${describeChar(bad)}, which never appears in a result code.`);

  const version = code[0]!;
  if (version !== '1') {
    return fail(`The code starts with “${version}”, which is not a version this page knows: it may come from a newer edition of the assessment, or it may not be a result code.`);
  }

  const parts = code.split('.');
  if (parts.length < 2) return fail('The code is incomplete: the check part after its last dot is missing.');
  if (parts.length > 3) return fail(`The code has ${parts.length} parts separated by dots; a result code has two or three.`);
  const head = parts[0]!;
  const check = parts[parts.length - 1]!;
  const notesPart = parts.length === 3 ? parts[1]! : undefined;

  if (head.length !== HEAD_LENGTH) {
    return fail(`The answers part of the code has ${head.length} characters where ${HEAD_LENGTH} are expected: part of it is missing or something was added.`);
  }
  if (check.length !== 2) return fail(`The check part at the end of the code has ${check.length} characters where 2 are expected.`);
  const body = code.slice(0, code.length - check.length - 1);
  if (fromDigits(check) !== checksum(body)) {
    return fail('The code fails its check: a character was probably mistyped, lost or added while copying.');
  }

  const days = fromDigits(head.slice(1, 1 + DATE_DIGITS));
  const created = new Date(days * DAY_MS).toISOString().slice(0, 10);

  const answers: Answers = {};
  for (let position = 0; position < V1_QUESTIONS.length; position++) {
    const digit = head.charCodeAt(1 + DATE_DIGITS + position) - 48;
    if (!(digit >= 0 && digit <= 9)) return fail(`The answer to question ${position + 1} in the code is not a valid level.`);
    const state = STATES[digit % 5];
    const answer: Answer = {};
    if (state === 'unsure') answer.unsure = true;
    else if (state !== undefined) answer.level = state;
    if (digit >= 5) answer.exception = true;
    if (Object.keys(answer).length > 0) answers[V1_QUESTIONS[position]!] = answer;
  }

  const result: Result = { version: 1, created, answers };
  if (notesPart !== undefined) {
    const extra = readNotes(notesPart);
    if (!extra.ok) return extra;
    if (extra.name !== undefined) result.name = extra.name;
    for (const [position, note] of extra.notes) {
      const id = V1_QUESTIONS[position]!;
      answers[id] = { ...answers[id], note };
    }
  }
  // Cleaning may remove control characters from a hand-made code; the result is then canonical.
  result.answers = normaliseAnswers(answers, V1_QUESTIONS);
  const name = normaliseName(result.name);
  if (name === undefined) delete result.name;
  else result.name = name;
  return { ok: true, result, code };
}

function readNotes(part: string): Outcome<{ name?: string; notes: [number, string][] }> {
  if (part === '') return fail('The notes part of the code is empty.');
  const bytes = fromBase64Url(part);
  if (!bytes) return fail('The notes part of the code is not valid base64url.');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return fail('The notes part of the code is not valid UTF-8 text.');
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail('The notes part of the code is not valid JSON.');
  }
  if (!isPlainObject(data)) return fail('The notes part of the code is not a JSON object.');
  for (const key of Object.keys(data)) {
    if (key !== 'n' && key !== 't') return fail(`The notes part of the code has an unexpected field “${clipForMessage(key)}”.`);
  }
  const out: { name?: string; notes: [number, string][] } = { notes: [] };
  if (data.n !== undefined) {
    if (typeof data.n !== 'string') return fail('The name in the code is not text.');
    if (data.n.length > NAME_MAX) return fail(`The name in the code is ${data.n.length} characters long; the limit is ${NAME_MAX}.`);
    out.name = data.n;
  }
  if (data.t !== undefined) {
    if (!isPlainObject(data.t)) return fail('The notes in the code are not a JSON object.');
    for (const [key, note] of Object.entries(data.t)) {
      const position = /^(0|[1-9]\d?)$/.test(key) ? Number(key) : -1;
      if (position < 0 || position >= V1_QUESTIONS.length) {
        return fail(`The code has a note for question “${clipForMessage(key)}”, which version 1 of the assessment does not have.`);
      }
      if (typeof note !== 'string') return fail(`The note for question ${position + 1} in the code is not text.`);
      if (note.length > NOTE_MAX) {
        return fail(`The note for question ${position + 1} in the code is ${note.length} characters long; the limit is ${NOTE_MAX}.`);
      }
      out.notes.push([position, note]);
    }
  }
  return { ok: true, ...out };
}

/** Finds the code in a pasted link; anything that is not a link is taken as the code itself. */
function extractCode(text: string): Outcome<{ code: string }> {
  const match = /(?:^|[?#&])r=([^&#\s]*)/.exec(text);
  if (match) {
    let code = match[1]!;
    try {
      code = decodeURIComponent(code);
    } catch {
      return fail('The result code in the link is not correctly encoded.');
    }
    return { ok: true, code };
  }
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /^[/?#]/.test(text)) {
    return fail('The link holds no result: a result link ends in “?r=” or “#r=” followed by the code.');
  }
  return { ok: true, code: text };
}

function stateOf(answer: Answer | undefined): number {
  if (answer?.level) return STATES.indexOf(answer.level);
  return answer?.unsure ? 4 : 0;
}

function checksum(body: string): number {
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

function fromDigits(digits: string): number {
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

function fromBase64Url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let j = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    const chunk = text.slice(i, i + 4);
    for (let k = 0; k < 4; k++) {
      const v = k < chunk.length ? B64_VALUE[chunk[k]!] : 0;
      if (v === undefined) return undefined;
      n = (n << 6) | v;
    }
    for (let k = 0; k < chunk.length - 1; k++) bytes[j++] = (n >> (16 - 8 * k)) & 255;
  }
  return bytes;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeChar(c: string): string {
  if (/\s/.test(c)) return 'a space or line break';
  const cp = c.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return `an invisible control character (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
  return `“${c}”`;
}

/** Untrusted text quoted in a message is kept short; the interface renders it as text, never HTML. */
export function clipForMessage(text: string, max = 24): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}

function tooLong(length: number): { ok: false; error: string } {
  return fail(`The code is ${length.toLocaleString('en-GB')} characters long; a result code is at most ${MAX_CODE_LENGTH.toLocaleString('en-GB')}.`);
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
