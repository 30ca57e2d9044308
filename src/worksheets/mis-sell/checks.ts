/**
 * The checks that keep the board page fit for a board: no blame words, every gate criterion a
 * yes/no question, and no more text than one printed page holds. Shown where the reader writes.
 */
import { grievanceMarkers } from '../../calculators/grievance-to-governance/markers';
import { gates, pattern, periodOf } from './sections';
import type { MisSell } from './state';

/** Rough capacity of the printed page, in characters of the reader's text, once the fixed parts are placed. */
export const PAGE_BUDGET = 2400;

/** Language, binary and length checks across everything the reader wrote for the page. */
export function checks(ws: MisSell): string[] {
  const out: string[] = [];
  const text = [ws.account, periodOf(ws), ws.report.meeting, ws.report.agenda, ...pattern(ws).rows.map((r) => r.text), ...gates(ws).criteria].join('\n');
  for (const m of grievanceMarkers(text)) out.push(`Language: "${m.phrase}" sounds like blame; try "${m.instead}".`);
  if (text.length > PAGE_BUDGET) out.push(`Length: about ${text.length} characters of text, more than one printed page holds (${PAGE_BUDGET}). Shorten the traits or criteria.`);
  return [...out, ...gates(ws).problems.map((p) => `Binary: ${p}`)];
}
