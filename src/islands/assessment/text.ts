/** Small wording helpers shared by the assessment pages. */
import { LEVEL_NAMES } from '../../assessment/types';
import type { QuestionMeta } from '../../assessment/types';
import type { QuestionScore } from '../../assessment/scoring';

/** `2025-03-31` → "31 March 2025". */
export function formatDate(iso: string): string {
  return new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "4. Funding and capacity": a framework question by its number, a chapter's scale by its place among that chapter's scales. */
export const label = (q: QuestionMeta) => `${q.position ?? q.order}. ${q.dimension}`;

/** How one question stands, in words. */
export function statusText(s: Pick<QuestionScore, 'status' | 'level' | 'exception'>): string {
  if (s.status === 'unsure') return "Don't know";
  if (s.status === 'unanswered') return 'Not answered';
  return s.exception ? `${LEVEL_NAMES[s.level!]}, named accounts excepted` : LEVEL_NAMES[s.level!];
}

/** A shared result (`#r=` or `?r=`) in the address. */
export const HAS_CODE = /(?:^|[?#&])r=/;
