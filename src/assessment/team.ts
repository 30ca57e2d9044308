/**
 * The team view: several people's results side by side.
 *
 * Per question, each person who chose a level counts towards that level, and into the median,
 * also when they ticked the recognised exception (it excepts only the named accounts; the level
 * describes the rest of the base). Exceptions are counted as well, and shown; unanswered and
 * "don't know" count as missing.
 *
 * Agreement rule: the spread is the distance between the lowest and highest level chosen
 * (poor to excellent is 2). Spread 0 is agreement, 1 is mixed (neighbouring levels), 2 is a
 * split: someone says poor and someone says excellent, which is the book's split flag. Questions
 * are ordered splits first: by spread, then by dissent (the share of answers away from the most
 * chosen level), then in question order; questions nobody answered come last.
 *
 * Team reading: per question, the lower median of the scored levels (an even count takes the
 * lower of the two middle levels, following the book's rule that a company between two levels
 * takes the lower). The medians are totalled and banded exactly as one person's answers are.
 * Medians rather than an average of people's totals, so one outlier cannot move the team's band
 * and every question keeps its own reading.
 */
import { LEVELS, type Level, type QuestionMeta, type Result, type ScaleSet } from './types';
import { POINTS, overallReading, readPoints, scoreQuestions, type Reading, type Status } from './scoring';
import { isAnswered } from './normalise';
import { clipForMessage } from './normalise-result';
import { decodeResult } from './decode';
import { MAX_PASTE_LENGTH } from './team-list';

/** Re-exported so the team page loads code reading and the team logic as one piece. */
export { decodeResult };

export interface Member {
  /** Name from the result, or "Person N"; made unique within the team. */
  label: string;
  result: Result;
}

export type Agreement = 'agree' | 'mixed' | 'split' | 'no-answers';

export interface MemberAnswer {
  label: string;
  status: Status;
  level?: Level;
  exception?: true;
  note?: string;
}

export interface QuestionSpread extends QuestionMeta {
  counts: Record<Level | 'missing' | 'exception', number>;
  /** People who chose a level. */
  answered: number;
  lowest?: Level;
  highest?: Level;
  /** Levels between the lowest and highest choice: 0, 1 or 2; null when nobody chose one. */
  spread: number | null;
  agreement: Agreement;
  /** Share of chosen levels away from the most chosen one, 0 to 1 (0 when all agree). */
  dissent: number;
  /** Lower median of the scored levels; undefined when none is scored. */
  median?: Level;
  /** Each member's answer, in member order. */
  answers: MemberAnswer[];
}

export interface TeamView {
  members: number;
  /** Splits first (see the rule above). */
  questions: QuestionSpread[];
  /** The team's reading from the per-question medians. */
  reading: Pick<Reading, 'total' | 'max' | 'scaled' | 'band' | 'provisional'>;
  /** Each member's own reading, in member order. */
  people: { label: string; reading: Reading }[];
}

/** Labels results by name, or "Person N" for unnamed ones; repeated names get "(2)", "(3)". */
export function labelMembers(results: readonly Result[]): Member[] {
  const seen = new Map<string, number>();
  return results.map((result, i) => {
    const base = result.name ?? `Person ${i + 1}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { label: n === 1 ? base : `${base} (${n})`, result };
  });
}

export function aggregateTeam(questions: readonly QuestionMeta[], members: readonly Member[]): TeamView {
  const spreads = spreadsOf(questions, members);
  // Provisional when a question has no scored level because someone has yet to answer it.
  const provisional = spreads.some((s) => s.median === undefined && s.counts.missing > 0);
  return {
    members: members.length,
    questions: spreads,
    reading: readPoints(spreads.map((s) => (s.median ? POINTS[s.median] : null)), provisional),
    people: members.map((m) => ({ label: m.label, reading: overallReading(questions, m.result.answers) })),
  };
}

export interface ChapterSpreads {
  set: string;
  title: string;
  /** The chapter's scales that someone answered, splits first. */
  questions: QuestionSpread[];
}

/**
 * The chapters' optional scales someone in the team answered (a level or "don't know"), chapter
 * by chapter in the order given, each chapter's scales splits first by the same rule as the
 * framework's questions. Chapters nobody answered are left out. The team's reading stays the
 * framework's: these never enter it.
 */
export function chapterSpreads(sets: readonly ScaleSet<QuestionMeta>[], members: readonly Member[]): ChapterSpreads[] {
  return sets.flatMap(({ set, title, scales }) => {
    const answered = scales.filter((q) => members.some((m) => isAnswered(m.result.answers, q.id)));
    return answered.length > 0 ? [{ set, title, questions: spreadsOf(answered, members) }] : [];
  });
}

/** Each question's spread across the members, splits first (see the rule at the top). */
export function spreadsOf(questions: readonly QuestionMeta[], members: readonly Member[]): QuestionSpread[] {
  const perMember = members.map((m) => scoreQuestions(questions, m.result.answers));
  const ordered = perMember[0] ?? scoreQuestions(questions, {});

  const spreads = ordered.map((q, qi): QuestionSpread => {
    const counts: QuestionSpread['counts'] = { poor: 0, average: 0, excellent: 0, missing: 0, exception: 0 };
    const chosen: number[] = [];
    const scored: number[] = [];
    const answers: MemberAnswer[] = [];
    perMember.forEach((scores, mi) => {
      const s = scores[qi]!;
      const entry: MemberAnswer = { label: members[mi]!.label, status: s.status };
      if (s.level) entry.level = s.level;
      if (s.exception) entry.exception = true;
      if (s.note !== undefined) entry.note = s.note;
      answers.push(entry);
      if (!s.level) {
        counts.missing++;
        return;
      }
      counts[s.level]++;
      chosen.push(POINTS[s.level]);
      scored.push(POINTS[s.level]);
      if (s.exception) counts.exception++;
    });

    const { status, level, points, note, exception, ...meta } = q;
    const spread: QuestionSpread = { ...meta, counts, answered: chosen.length, spread: null, agreement: 'no-answers', dissent: 0, answers };
    if (chosen.length > 0) {
      const low = Math.min(...chosen);
      const high = Math.max(...chosen);
      spread.lowest = LEVELS[low]!;
      spread.highest = LEVELS[high]!;
      spread.spread = high - low;
      spread.agreement = high === low ? 'agree' : high - low === 1 ? 'mixed' : 'split';
      spread.dissent = 1 - Math.max(counts.poor, counts.average, counts.excellent) / chosen.length;
    }
    if (scored.length > 0) spread.median = LEVELS[[...scored].sort((a, b) => a - b)[Math.floor((scored.length - 1) / 2)]!]!;
    return spread;
  });

  const rank = (s: QuestionSpread) => (s.spread === null ? -1 : s.spread);
  return spreads.sort((a, b) => rank(b) - rank(a) || b.dissent - a.dissent || a.order - b.order);
}

/** Most results read from one paste. */
export const MAX_TEAM = 200;
/** Longest text read from one paste (the same cap as an imported file). */
export { MAX_PASTE_LENGTH };

export interface PastedEntry {
  /** The bare code. */
  code: string;
  result: Result;
  /** 1-based position among the codes and links found in the paste. */
  position: number;
}

export interface PasteReport {
  accepted: PastedEntry[];
  /** What was left out and why, one entry per rejected piece, in paste order. */
  rejected: { position: number; source: string; error: string }[];
  /** Things worth knowing that did not exclude anything (e.g. the same code twice). */
  notices: string[];
}

/**
 * Reads several codes or result links pasted together, separated by spaces, line breaks, commas
 * or semicolons. Each piece stands alone: a bad one is named and left out, the others count.
 */
export function readPastedCodes(text: string): PasteReport {
  const report: PasteReport = { accepted: [], rejected: [], notices: [] };
  if (typeof text !== 'string') return report;
  if (text.length > MAX_PASTE_LENGTH) {
    report.rejected.push({ position: 0, source: clipForMessage(text), error: `The pasted text is ${text.length.toLocaleString('en-GB')} characters long; at most ${MAX_PASTE_LENGTH.toLocaleString('en-GB')} are read.` });
    return report;
  }
  // Links pasted from mail or chat often arrive wrapped in brackets or quotes.
  const pieces = text
    .split(/[\s,;]+/)
    .map((p) => p.replace(/^[<([{"'“‘]+|[>)\]}"'”’]+$/g, ''))
    .filter((p) => p !== '');
  const firstSeen = new Map<string, number>();
  pieces.forEach((piece, i) => {
    const position = i + 1;
    if (i >= MAX_TEAM) {
      if (i === MAX_TEAM) report.rejected.push({ position, source: clipForMessage(piece), error: `Only the first ${MAX_TEAM} codes are read; ${pieces.length - MAX_TEAM} more were left out.` });
      return;
    }
    const decoded = decodeResult(piece);
    if (!decoded.ok) {
      report.rejected.push({ position, source: clipForMessage(piece), error: decoded.error });
      return;
    }
    const earlier = firstSeen.get(decoded.code);
    if (earlier !== undefined) {
      report.notices.push(`Codes ${earlier} and ${position} are identical; both are counted. Remove one if the same person was pasted twice.`);
    } else firstSeen.set(decoded.code, position);
    report.accepted.push({ code: decoded.code, result: decoded.result, position });
  });
  return report;
}
