/**
 * Share codes: a whole result in a short, URL-safe string, so results travel without a server.
 *
 * Version 3 layout, made by encodeResult (every character is URL-safe: A–Z a–z 0–9 - _ and the
 * dot separator):
 *
 *   code    = head [ "." notes ] "." check
 *   head    = "3" date levels                          (44 characters)
 *   date    = days since 1970-01-01 UTC, three base64url digits, most significant first
 *   levels  = the V3_QUESTIONS positions in groups of three, each group two base64url digits
 *             holding 100 × s1 + 10 × s2 + s3 (below 1000), where s is a position's state, plus
 *             5 when an exception applies: 0 unanswered, 1 poor, 2 average, 3 excellent,
 *             4 don't know. 59 positions make 20 groups; the last is padded with one 0.
 *   notes   = base64url (no padding) of UTF-8 JSON {"n": name, "t": {"<position>": note}},
 *             present only when there is a name or a note
 *   check   = two base64url digits of Σ w(i) × charCode(body[i]) mod 4093, where body is
 *             everything before the last dot and w(i) = (i mod 4092) + 1
 *
 * Version 2 (still read by decode.ts; no longer made) is the same with V2_QUESTIONS: a head of
 * "2" date levels (32 characters). Version 1 (also still read) has a head of "1" date levels
 * (13 characters), with one decimal digit per V1_QUESTIONS position holding that position's state.
 *
 * The check is a position-weighted sum modulo the prime 4093 with weights that are never a
 * multiple of it, so any single mistyped character and any swap of two neighbouring characters
 * always fails it, however long the code.
 *
 * Positions map to question ids only through the frozen table of the code's version, so a code
 * made today still opens after questions are added, reworded or reordered. A new question or
 * chapter scale means a new version with its own frozen table (a unit test fails until there is
 * one); never edit V1_QUESTIONS, V2_QUESTIONS or V3_QUESTIONS.
 *
 * Decoding lives in decode.ts, so a page that only makes codes does not load it. decodeResult
 * never throws: every input, however broken, gives a result or one plain sentence.
 */
import type { Answer, Answers, Level } from './types';
import { isIsoDate, normaliseAnswers, normaliseName, today } from './normalise-result';

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

/**
 * Question ids of format version 2, by position: the nine of version 1 in the same places, then
 * every chapter's scales in book order as they stood when version 2 was made. Written out in full
 * so nothing else can shift it. Frozen: codes in the wild depend on it.
 */
export const V2_QUESTIONS = Object.freeze([
  'q1-leader-seat',
  'q2-commercial-ownership',
  'q3-shared-goals',
  'q4-cost-to-retain',
  'q5-health-score',
  'q6-churn-insight',
  'q7-value',
  'q8-product-feedback',
  'q9-exec-attention',
  'operating-model-touch',
  'operating-model-segmentation',
  'operating-model-charter',
  'operating-model-reporting',
  'hiring-the-team-first-leader',
  'hiring-the-team-csm-profile',
  'hiring-the-team-ratios',
  'hiring-the-team-pay',
  'hiring-the-team-bench',
  'onboarding-handoff',
  'onboarding-destination',
  'onboarding-sequence',
  'onboarding-momentum',
  'onboarding-ownership',
  'onboarding-investment',
  'health-and-adoption-score',
  'health-and-adoption-response',
  'health-and-adoption-proactive',
  'strategic-accounts-reviews',
  'strategic-accounts-threads',
  'strategic-accounts-service',
  'renewals-and-churn-forecast',
  'renewals-and-churn-forensics',
  'renewals-and-churn-motion',
  'sales-cs-alignment-discovery',
  'sales-cs-alignment-shared-data',
  'sales-cs-alignment-milestones',
  'sales-cs-alignment-shared-nrr',
  'sales-cs-alignment-incentives',
  'sales-cs-alignment-icp-drift',
  'sales-cs-alignment-deal-killer',
  'sales-cs-alignment-handoffs',
] as const);

/**
 * Question ids of format version 3, by position: version 2's in the same places, then the scales
 * of chapters 11 to 15 and the conclusion in book order as they stood when version 3 was made.
 * Written out in full so nothing else can shift it. Frozen: codes in the wild depend on it.
 */
export const V3_QUESTIONS = Object.freeze([
  ...V2_QUESTIONS,
  'expansion-signals',
  'expansion-ownership-pay',
  'tech-stack-data-foundation',
  'tech-stack-buying',
  'scaling-the-organisation-transitions',
  'scaling-the-organisation-global',
  'scaling-the-organisation-leader',
  'industries-and-motions-translation',
  'industries-and-motions-motions',
  'industries-and-motions-constraints',
  'ai-in-customer-success-sequence',
  'ai-in-customer-success-trust',
  'ai-in-customer-success-capacity',
  'conclusion-product',
  'conclusion-sales-pay',
  'conclusion-handoff',
  'conclusion-board',
  'conclusion-base',
] as const);

/** The version encodeResult writes. */
export const CURRENT_VERSION = 3;
/** The frozen table of the version encodeResult writes. */
export const CURRENT_QUESTIONS = V3_QUESTIONS;

const TABLES: Readonly<Record<string, readonly string[]>> = { 1: V1_QUESTIONS, 2: V2_QUESTIONS, 3: V3_QUESTIONS };

/** The frozen question table of a format version, or undefined for a version this code does not know. */
export function questionTable(version: number): readonly string[] | undefined {
  const key = String(version);
  return Object.hasOwn(TABLES, key) ? TABLES[key] : undefined;
}

/**
 * Longest code accepted: the longest a genuine code of any version can be, which is version 3's.
 * Its notes JSON holds a name of NAME_MAX characters and 59 notes of NOTE_MAX characters that
 * each take three bytes in UTF-8 (no character takes more per UTF-16 unit, and cleaning removes
 * the control characters JSON would escape at length): 89,156 bytes, so 118,875 base64url
 * characters, plus the 44-character head, two dots and the check: 118,923, rounded up here.
 * A test builds that worst case and checks it fits, and that the cap stays close to it.
 */
export const MAX_CODE_LENGTH = 119_000;
/** Longest pasted text read as one code or link (a link adds its address to the code). */
export const MAX_INPUT_LENGTH = MAX_CODE_LENGTH + 2_000;

export const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CHECK_PRIME = 4093;
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
 * Encodes answers to the current version's questions (the nine and the chapters' scales);
 * answers to other ids are left out.
 * Notes over NOTE_MAX are cut to it: the form's maxlength should stop that happening.
 */
export function encodeResult(answers: Answers, options: EncodeOptions = {}): string {
  const clean = normaliseAnswers(answers, CURRENT_QUESTIONS);
  const created = isIsoDate(options.created) ? options.created : today();
  let days = Math.round(Date.parse(`${created}T00:00:00Z`) / DAY_MS);
  if (!(days >= 0 && days <= MAX_DAYS)) days = Math.round(Date.parse(`${today()}T00:00:00Z`) / DAY_MS);

  let head = String(CURRENT_VERSION) + toDigits(days, DATE_DIGITS);
  const notes: Record<string, string> = {};
  const states = CURRENT_QUESTIONS.map((id, position) => {
    const answer = clean[id];
    if (answer?.note !== undefined && options.notes !== false) notes[String(position)] = answer.note;
    return stateOf(answer) + (answer?.exception ? 5 : 0);
  });
  for (let i = 0; i < states.length; i += 3) head += toDigits(100 * states[i]! + 10 * (states[i + 1] ?? 0) + (states[i + 2] ?? 0), 2);

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
export { clipForMessage } from './normalise-result';
