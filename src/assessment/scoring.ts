/**
 * Scoring, as the book proposes it (the source framework defines no points or bands):
 * poor 0, average 1, excellent 2 per question, so nine questions give 0–18, read in three bands:
 * 0–6 CS on the sidelines, 7–12 developing, 13–18 customer-centred.
 *
 * Unanswered and "don't know" questions are never scored as poor: they leave the total and are
 * listed as something to find out. A recognised exception (commercial ownership: the largest,
 * longest-cycle accounts stay with the seller who won them) takes only those named accounts out
 * of the question: the level chosen describes the rest of the base, and that is scored like any
 * other answer. When fewer questions are scored than asked, the total is scaled
 * to the eighteen-point range (total ÷ maximum × 18, rounded to the nearest point, halves up)
 * before the band is read, and the reading is marked provisional.
 *
 * The per-question picture is the primary output: every poor or average answer is a case for
 * the next rung, whatever the total says.
 */
import { LEVELS, type Answer, type Answers, type Level, type QuestionMeta, type Targets } from './types';
import { normaliseAnswer } from './normalise';

export const POINTS: Readonly<Record<Level, number>> = Object.freeze({ poor: 0, average: 1, excellent: 2 });
/** Points a full, nine-question assessment can reach; the bands are read on this scale. */
export const BAND_SCALE = 18;

export type BandId = 'sidelines' | 'developing' | 'customer-centred';
export interface Band {
  id: BandId;
  label: string;
  /** Inclusive range on the eighteen-point scale. */
  min: number;
  max: number;
}
export const BANDS: readonly Band[] = Object.freeze([
  { id: 'sidelines', label: 'CS on the sidelines', min: 0, max: 6 },
  { id: 'developing', label: 'Developing', min: 7, max: 12 },
  { id: 'customer-centred', label: 'Customer-centred', min: 13, max: 18 },
]);

/** How a question stands for one person. */
export type Status = 'scored' | 'unanswered' | 'unsure';

export interface QuestionScore extends QuestionMeta {
  status: Status;
  /** The level chosen. */
  level?: Level;
  /**
   * The recognised exception applies: the named accounts are left out of this question, and
   * the level (scored as usual) describes the rest of the base.
   */
  exception?: true;
  /** 0, 1 or 2 when scored; null otherwise. */
  points: number | null;
  note?: string;
}

export interface Reading {
  /** Sum of points over scored questions. */
  total: number;
  /** Highest total the scored questions allow (2 each). */
  max: number;
  /** Questions asked. */
  questions: number;
  /** Answers at each level, questions not scored, and how many scored answers carry an exception. */
  counts: Record<Level | Exclude<Status, 'scored'> | 'exception', number>;
  /** Total on the eighteen-point scale the bands use; null when nothing is scored. */
  scaled: number | null;
  band: Band | null;
  /** True when some question is unanswered or "don't know", so the band may move once it is. */
  provisional: boolean;
}

export function pointsFor(level: Level): number {
  return POINTS[level];
}

/** The level one rung up, or undefined at the top. */
export function nextLevel(level: Level): Level | undefined {
  return LEVELS[LEVELS.indexOf(level) + 1];
}

export function statusOf(answer: Answer | undefined): Status {
  const a = normaliseAnswer(answer);
  if (a?.level) return 'scored';
  return a?.unsure ? 'unsure' : 'unanswered';
}

/** One entry per question, in question order. */
export function scoreQuestions(questions: readonly QuestionMeta[], answers: Answers): QuestionScore[] {
  return inOrder(questions).map((q) => {
    const answer = Object.hasOwn(answers, q.id) ? normaliseAnswer(answers[q.id]) : undefined;
    const status = statusOf(answer);
    const score: QuestionScore = { ...q, status, points: status === 'scored' ? POINTS[answer!.level!] : null };
    if (answer?.level) score.level = answer.level;
    if (status === 'scored' && answer?.exception) score.exception = true;
    if (answer?.note !== undefined) score.note = answer.note;
    return score;
  });
}

/** The band for a total already on the eighteen-point scale (rounded to the nearest point first). */
export function bandFor(scaled: number): Band {
  const points = Math.min(BAND_SCALE, Math.max(0, Math.round(scaled)));
  return BANDS.find((b) => points >= b.min && points <= b.max)!;
}

/** Reads a list of per-question points (null = not scored) as a total, scaled total and band. */
export function readPoints(points: readonly (number | null)[], provisional: boolean): Pick<Reading, 'total' | 'max' | 'scaled' | 'band' | 'provisional'> {
  const scored = points.filter((p): p is number => p !== null);
  const total = scored.reduce((sum, p) => sum + p, 0);
  const max = scored.length * 2;
  const scaled = max === 0 ? null : (total / max) * BAND_SCALE;
  return { total, max, scaled, band: scaled === null ? null : bandFor(scaled), provisional };
}

export function overallReading(questions: readonly QuestionMeta[], answers: Answers): Reading {
  const scores = scoreQuestions(questions, answers);
  const counts: Reading['counts'] = { poor: 0, average: 0, excellent: 0, unanswered: 0, unsure: 0, exception: 0 };
  for (const s of scores) {
    if (s.status === 'scored') counts[s.level!]++;
    else counts[s.status]++;
    if (s.exception) counts.exception++;
  }
  return {
    ...readPoints(scores.map((s) => s.points), counts.unanswered + counts.unsure > 0),
    questions: scores.length,
    counts,
  };
}

/**
 * The picture from weakest to strongest: scored questions by points (ties in question order),
 * then unanswered and "don't know" questions (to find out).
 */
export function weakestFirst(scores: readonly QuestionScore[]): QuestionScore[] {
  const rank = (s: QuestionScore) => (s.status === 'scored' ? s.points! : 3);
  return [...scores].sort((a, b) => rank(a) - rank(b) || a.order - b.order);
}

export interface ActionItem extends QuestionMeta {
  /** Where the question stands now; null when unanswered or "don't know". */
  current: Level | null;
  target: Level;
  /** Rungs to climb (1 or 2); null when the current level is not known yet. */
  gap: number | null;
}

/**
 * One item per question whose target is above where it stands, biggest gap first (ties in
 * question order), then questions with a target but no known level, so finding out comes next.
 * Questions already at or above target are left out. Under an exception the level describes
 * the rest of the base, so its gap is a gap like any other.
 */
export function actionList(questions: readonly QuestionMeta[], answers: Answers, targets: Targets): ActionItem[] {
  const items: ActionItem[] = [];
  for (const s of scoreQuestions(questions, answers)) {
    const target = Object.hasOwn(targets, s.id) ? targets[s.id] : undefined;
    if (!target || !LEVELS.includes(target)) continue;
    const { status, level, points, note, exception, ...meta } = s;
    if (status === 'scored') {
      const gap = POINTS[target] - points!;
      if (gap > 0) items.push({ ...meta, current: level!, target, gap });
    } else items.push({ ...meta, current: null, target, gap: null });
  }
  return items.sort((a, b) => (b.gap ?? -1) - (a.gap ?? -1) || a.order - b.order);
}

export interface Change {
  id: string;
  dimension: string;
  before: Level | null;
  after: Level | null;
  /** Rungs moved (negative is a fall); null unless both assessments scored the question. */
  change: number | null;
}

/** Movement per question between two assessments (for the history view). */
export function movement(questions: readonly QuestionMeta[], before: Answers, after: Answers): Change[] {
  const a = scoreQuestions(questions, before);
  const b = scoreQuestions(questions, after);
  return a.map((s, i) => {
    const t = b[i]!;
    return {
      id: s.id,
      dimension: s.dimension,
      before: s.status === 'scored' ? s.level! : null,
      after: t.status === 'scored' ? t.level! : null,
      change: s.points !== null && t.points !== null ? t.points - s.points : null,
    };
  });
}

function inOrder(questions: readonly QuestionMeta[]): QuestionMeta[] {
  return [...questions].sort((a, b) => a.order - b.order);
}
