/**
 * Shared shapes of the maturity self-assessment (DESIGN.md §5). Everything under
 * src/assessment is pure: no DOM, no content imports. The site passes the question
 * entries from content/assessment in as `QuestionMeta`.
 */

export const LEVELS = ['poor', 'average', 'excellent'] as const;
export type Level = (typeof LEVELS)[number];
/** How each level is written in the interface. */
export const LEVEL_NAMES: Readonly<Record<Level, string>> = { poor: 'Poor', average: 'Average', excellent: 'Excellent' };

/** One person's answer to one question. Every field is optional; an empty answer is no answer. */
export interface Answer {
  /** The level chosen. Wins over `unsure` when both are set. */
  level?: Level;
  /** "Don't know": kept apart from a skipped question so the results can prompt the reader to find out. Never scored. */
  unsure?: boolean;
  /**
   * A recognised exception applies (the book names one for commercial ownership: long-cycle,
   * very large accounts kept by their seller). Only those accounts are excepted: the level
   * describes the rest of the base and is scored like any other answer.
   */
  exception?: boolean;
  /** Free text, at most NOTE_MAX characters. Always rendered as text, never as HTML. */
  note?: string;
}

/** Question id → answer. Ids not in the current question list are ignored by scoring. */
export type Answers = Record<string, Answer>;

/** A target level per question id. */
export type Targets = Record<string, Level>;

/** A completed (or partly completed) assessment, as shared in a code or a file. */
export interface Result {
  /** Version of the frozen question table the answers were made against (1 or 2; see codec.ts). */
  version: number;
  /** Day the result was made, `YYYY-MM-DD` (UTC). */
  created: string;
  /** Optional respondent name for the team view, at most NAME_MAX characters. */
  name?: string;
  answers: Answers;
}

/** What the logic needs from a content/assessment entry. */
export interface QuestionMeta {
  id: string;
  order: number;
  dimension: string;
  /** Chapter slug to read for this question. */
  chapter: string;
  /** What moving up takes. */
  moveUp: string;
  /**
   * For a scale a chapter adds: that chapter's slug (the `set` of content/assessment) and the
   * scale's place among the chapter's scales, from 1. Absent on the nine framework questions.
   */
  set?: string;
  position?: number;
}

/** Longest note kept per question, in UTF-16 code units (the unit a textarea's maxlength counts). */
export const NOTE_MAX = 500;
/** Longest respondent name, in UTF-16 code units. */
export const NAME_MAX = 60;

/** A validation outcome that never throws: either the value or one plain sentence. */
export type Outcome<T> = ({ ok: true } & T) | { ok: false; error: string };

/** What the results, plan and team pages show of a question: no level descriptions. */
export interface QuestionSummary extends QuestionMeta {
  question: string;
  /** Title of the chapter named by `chapter`, for the "read" link. */
  chapterTitle: string;
}

/** A question as the pages show it: the scoring metadata plus its wording. */
export interface QuestionText extends QuestionSummary {
  levels: Record<Level, string>;
  /** Label of the recognised-exception checkbox, on the one question that has an exception. */
  exception?: string;
  /** True for the nine questions of the framework (the full assessment); false for a scale a chapter adds. */
  framework: boolean;
}

/** One chapter's optional scales, in their order, as the assessment pages group them. */
export interface ScaleSet<Q extends QuestionMeta = QuestionSummary> {
  /** The chapter's slug. */
  set: string;
  /** The chapter's title. */
  title: string;
  scales: Q[];
}
