/**
 * The canonical form of what a whole result holds beyond its answers: the respondent's name,
 * the answer set of a question table, dates, and untrusted text quoted in messages.
 */
import { NAME_MAX, type Answers } from './types';
import { clip, cleanText, normaliseAnswer } from './normalise';

/** A name as stored: one line, single spaces, at most NAME_MAX long; blank becomes undefined. */
export function normaliseName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const text = clip(cleanText(name).replace(/\s+/g, ' ').trim(), NAME_MAX).trim();
  return text === '' ? undefined : text;
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

/** Today's date in UTC as `YYYY-MM-DD`. */
export function today(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The one date reader (src/lib/iso-date.ts), under the name the assessment code uses. */
export { isIsoDate } from '../lib/iso-date';

/** Untrusted text quoted in a message is kept short; the interface renders it as text, never HTML. */
export function clipForMessage(text: string, max = 24): string {
  const chars = [...text];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : text;
}
