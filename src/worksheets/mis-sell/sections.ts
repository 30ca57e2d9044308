/**
 * The parts of the board report the reader writes: the pattern (traits with counts) and the
 * proposed gate (yes/no criteria). Kept apart from the cost section so the page where they
 * are written loads no calculator.
 */
import { parseNumber } from '../../calculators/inputs';
import { DEFAULT_PERIOD, type MisSell } from './state';
import { SOFT, clean, cohortSize, traitIssue } from './rules';

export { clean };
export const periodOf = (ws: MisSell) => clean(ws.report.period) || DEFAULT_PERIOD;

export interface PatternRow {
  text: string;
  count: number;
  /** Percent of the cohort, when the cohort size is known. */
  share?: number;
}

export interface Pattern {
  cohort?: number;
  /** The sentence that opens the section, when the cohort size is known. */
  intro?: string;
  rows: PatternRow[];
  problems: string[];
  missing?: string;
  warning?: string;
}

/** Traits ranked by the accounts that show them, each as a share of the cohort when its size is known. */
export function pattern(ws: MisSell): Pattern {
  const cohort = cohortSize(ws);
  const problems: string[] = [];
  const rows: PatternRow[] = [];
  ws.report.traits.forEach((t, i) => {
    const name = clean(t.text);
    const issue = traitIssue(t, cohort);
    if (issue === 'empty') return;
    const n = parseNumber(t.count) ?? 0;
    if (issue === 'text') problems.push(`Trait ${i + 1}: describe the trait, not only its count.`);
    else if (issue === 'count') problems.push(`Trait ${i + 1}: the count must be a whole number from 1.`);
    else if (issue === 'cohort') problems.push(`Trait ${i + 1}: ${n} accounts is more than the ${cohort} in the cohort.`);
    else rows.push({ text: name, count: n, share: cohort ? (n * 100) / cohort : undefined });
  });
  rows.sort((a, b) => b.count - a.count);
  const out: Pattern = { cohort, rows, problems };
  if (cohort) out.intro = `${cohort} accounts signed over ${periodOf(ws)} now show churn risk. The qualification traits they share:`;
  if (!rows.length && !problems.length) out.missing = 'No pattern yet: add a trait the cohort shares, with the number of accounts showing it.';
  if (cohort === undefined) out.warning = 'Enter the cohort size in step 3 to show each trait as a share of it.';
  else if (cohort === 1) out.warning = 'One account is an anecdote, not a pattern: a board will want several.';
  return out;
}

export interface Gates {
  /** Every criterion written, in order. */
  criteria: string[];
  /** The criteria phrased as yes/no questions: the only ones the board page lists as the gate. */
  questions: string[];
  /** The rest, shown apart until they are rephrased. */
  drafts: string[];
  problems: string[];
  missing?: string;
}

/** The proposed gate: each criterion must be a question answered yes or no, not guidance. */
export function gates(ws: MisSell): Gates {
  const criteria = ws.report.gates.map(clean).filter(Boolean);
  const problems: string[] = [];
  const questions: string[] = [];
  const drafts: string[] = [];
  criteria.forEach((c, i) => {
    const soft = SOFT.exec(c);
    if (soft) problems.push(`Criterion ${i + 1} is guidance ("${soft[0]}"): make it a yes/no question.`);
    else if (!c.endsWith('?')) problems.push(`Criterion ${i + 1} is not a question: end it with a question mark, answerable yes or no.`);
    (soft || !c.endsWith('?') ? drafts : questions).push(c);
  });
  const out = { criteria, questions, drafts, problems };
  return questions.length ? out : { ...out, missing: criteria.length ? 'No yes/no criterion yet: the gate lists only criteria phrased as questions.' : 'No gate yet: add at least one yes/no criterion.' };
}
