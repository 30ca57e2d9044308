/**
 * The rules a trait and a gate criterion must meet to go on the board page, without the messages
 * that explain them (sections.ts): the progress list on every step needs only the verdict.
 */
import { parseNumber } from '../../calculators/inputs';
import type { MisSell, Trait } from './state';

/** Words that make a gate criterion guidance rather than a yes/no test. */
export const SOFT = /\b(?:consider|considered|where possible|if possible|ideally|should try|try to|aim to|encourage[ds]?|be careful|preferably|generally|as far as possible)\b/i;

export const clean = (s: string) => s.trim().replace(/\s+/g, ' ');

/** A criterion the gate can list: a question answered yes or no, not guidance. */
export const isYesNo = (criterion: string) => !SOFT.test(criterion) && criterion.endsWith('?');

/** The mismatch cohort's size, when step 3 gives a whole number from 1. */
export function cohortSize(ws: MisSell): number | undefined {
  const size = parseNumber(ws.cost['mismatch-accounts'] ?? '');
  return size !== undefined && Number.isInteger(size) && size > 0 ? size : undefined;
}

/** What keeps a trait off the page: nothing written, no description, a bad count, or more accounts than the cohort. */
export function traitIssue(t: Trait, cohort: number | undefined): 'empty' | 'text' | 'count' | 'cohort' | undefined {
  if (!clean(t.text) && !t.count.trim()) return 'empty';
  if (!clean(t.text)) return 'text';
  const n = parseNumber(t.count);
  if (n === undefined || !Number.isInteger(n) || n < 1) return 'count';
  return cohort !== undefined && n > cohort ? 'cohort' : undefined;
}
