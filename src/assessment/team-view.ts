/**
 * What the team page does with what a facilitator gives it, as plain functions: combining a
 * pasted list into the team's picture and turning imported files into codes (team-list.ts holds
 * the list itself). The page only binds and renders.
 */
import type { QuestionMeta, Result, ScaleSet } from './types';
import type { ParsedImport } from './files';
import { aggregateTeam, chapterSpreads, labelMembers, readPastedCodes, type ChapterSpreads, type PasteReport, type TeamView } from './team';
import { encodeResult } from './codec';
import { clipForMessage } from './normalise-result';

export interface Combined {
  report: PasteReport;
  results: Result[];
  /** Present once at least one result was read. */
  view?: TeamView;
  chapters: ChapterSpreads[];
}

/** Reads a pasted list and builds the team's picture from every result in it. */
export function combineTeam(text: string, questions: readonly QuestionMeta[], sets: readonly ScaleSet<QuestionMeta>[]): Combined {
  const report = readPastedCodes(text);
  const results = report.accepted.map((a) => a.result);
  const members = labelMembers(results);
  const combined: Combined = { report, results, chapters: chapterSpreads(sets, members) };
  if (results.length > 0) combined.view = aggregateTeam(questions, members);
  return combined;
}

/** Imported files as codes for the list, and one sentence for each file or piece left out. */
export function codesFromFiles(files: readonly { name: string; parsed: ParsedImport }[]): { codes: string[]; problems: string[] } {
  const codes: string[] = [];
  const problems: string[] = [];
  for (const { name, parsed } of files) {
    const label = `“${clipForMessage(name, 60)}”`;
    if (!parsed.ok) {
      problems.push(`${label} was left out: ${parsed.error}`);
      continue;
    }
    for (const p of parsed.people) codes.push(encodeResult(p.answers, { name: p.name, created: p.created }));
    for (const r of parsed.rejected) problems.push(`${label}: ${r}`);
  }
  return { codes, problems };
}
