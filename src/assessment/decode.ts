/**
 * Reading share codes (the layout is documented in codec.ts). Kept apart from encoding so the
 * assessment page loads it only when a result link is opened. Every input, however broken, gives
 * a result or one plain sentence naming what is wrong; nothing here throws.
 */
import { NAME_MAX, NOTE_MAX, type Answer, type Answers, type Outcome, type Result } from './types';
import { B64, DATE_DIGITS, DAY_MS, MAX_CODE_LENGTH, MAX_INPUT_LENGTH, STATES, checksum, questionTable } from './codec';
import { clipForMessage, normaliseAnswers, normaliseName } from './normalise-result';
import { isRecord } from '../lib/records';

export type Decoded = Outcome<{ result: Result; code: string }>;

const B64_VALUE: Record<string, number> = Object.fromEntries([...B64].map((c, i) => [c, i]));

/** Characters of the answers part: one digit per question in version 1, two per group of three questions from version 2. */
function headLength(version: number, questions: number): number {
  return 1 + DATE_DIGITS + (version === 1 ? questions : 2 * Math.ceil(questions / 3));
}

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

  const version = Number(code[0]);
  const table = questionTable(version);
  if (!table) {
    return fail(`The code starts with “${code[0]}”, which is not a version this page knows: it may come from a newer edition of the assessment, or it may not be a result code.`);
  }

  const parts = code.split('.');
  if (parts.length < 2) return fail('The code is incomplete: the check part after its last dot is missing.');
  if (parts.length > 3) return fail(`The code has ${parts.length} parts separated by dots; a result code has two or three.`);
  const head = parts[0]!;
  const check = parts[parts.length - 1]!;
  const notesPart = parts.length === 3 ? parts[1]! : undefined;

  const expected = headLength(version, table.length);
  if (head.length !== expected) {
    return fail(`The answers part of the code has ${head.length} characters where ${expected} are expected: part of it is missing or something was added.`);
  }
  if (check.length !== 2) return fail(`The check part at the end of the code has ${check.length} characters where 2 are expected.`);
  const body = code.slice(0, code.length - check.length - 1);
  if (fromDigits(check) !== checksum(body)) {
    return fail('The code fails its check: a character was probably mistyped, lost or added while copying.');
  }

  const days = fromDigits(head.slice(1, 1 + DATE_DIGITS));
  const created = new Date(days * DAY_MS).toISOString().slice(0, 10);

  const levels = head.slice(1 + DATE_DIGITS);
  const digits: number[] = [];
  if (version === 1) {
    for (let position = 0; position < table.length; position++) {
      const digit = levels.charCodeAt(position) - 48;
      if (!(digit >= 0 && digit <= 9)) return fail(`The answer to question ${position + 1} in the code is not a valid level.`);
      digits.push(digit);
    }
  } else {
    for (let group = 0; group * 3 < table.length; group++) {
      const value = fromDigits(levels.slice(2 * group, 2 * group + 2));
      // The padding after the last question must be unanswered, so every code has one spelling.
      const padding = 3 * group + 3 - table.length;
      if (value >= 1000 || (padding > 0 && value % 10 ** padding !== 0)) {
        return fail(`The answers to questions ${3 * group + 1} to ${Math.min(3 * group + 3, table.length)} in the code are not valid levels.`);
      }
      digits.push(Math.floor(value / 100), Math.floor(value / 10) % 10, value % 10);
    }
  }

  const answers: Answers = {};
  table.forEach((id, position) => {
    const digit = digits[position]!;
    const state = STATES[digit % 5];
    const answer: Answer = {};
    if (state === 'unsure') answer.unsure = true;
    else if (state !== undefined) answer.level = state;
    if (digit >= 5) answer.exception = true;
    if (Object.keys(answer).length > 0) answers[id] = answer;
  });

  const result: Result = { version, created, answers };
  if (notesPart !== undefined) {
    const extra = readNotes(notesPart, version, table.length);
    if (!extra.ok) return extra;
    if (extra.name !== undefined) result.name = extra.name;
    for (const [position, note] of extra.notes) {
      const id = table[position]!;
      answers[id] = { ...answers[id], note };
    }
  }
  // Cleaning may remove control characters from a hand-made code; the result is then canonical.
  result.answers = normaliseAnswers(answers, table);
  const name = normaliseName(result.name);
  if (name === undefined) delete result.name;
  else result.name = name;
  return { ok: true, result, code };
}

function readNotes(part: string, version: number, questions: number): Outcome<{ name?: string; notes: [number, string][] }> {
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
  if (!isRecord(data)) return fail('The notes part of the code is not a JSON object.');
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
    if (!isRecord(data.t)) return fail('The notes in the code are not a JSON object.');
    for (const [key, note] of Object.entries(data.t)) {
      const position = /^(0|[1-9]\d?)$/.test(key) ? Number(key) : -1;
      if (position < 0 || position >= questions) {
        return fail(`The code has a note for question “${clipForMessage(key)}”, which version ${version} of the assessment does not have.`);
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

function fromDigits(digits: string): number {
  let value = 0;
  for (const c of digits) value = value * 64 + (B64_VALUE[c] ?? 0);
  return value;
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

function describeChar(c: string): string {
  if (/\s/.test(c)) return 'a space or line break';
  const cp = c.codePointAt(0)!;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return `an invisible control character (U+${cp.toString(16).toUpperCase().padStart(4, '0')})`;
  return `“${c}”`;
}

function tooLong(length: number): { ok: false; error: string } {
  return fail(`The code is ${length.toLocaleString('en-GB')} characters long; a result code is at most ${MAX_CODE_LENGTH.toLocaleString('en-GB')}.`);
}

function fail(error: string): { ok: false; error: string } {
  return { ok: false, error };
}
