/**
 * Which of the five steps are done, for the progress list: a step counts when its work is
 * complete and valid, never merely because it was opened or half filled.
 */
import { parseNumber } from '../../calculators/inputs';
import { gates, pattern } from './sections';
import { COST_FIELDS, QUESTION_GROUPS, type MisSell } from './state';

export function stepsDone(ws: MisSell): boolean[] {
  const a = ws.answers;
  // Every type of mismatch has an answer to work from: its core question, or a "not sure".
  const diagnosed = QUESTION_GROUPS.every((g) => a[g[0]] === 'yes' || a[g[0]] === 'no' || g.some((id) => a[id] === 'unsure'));
  const { roadmap, bridge, cro } = ws.track;
  const path = !!roadmap && !!cro && (roadmap !== 'yes' || !!bridge);
  // Every figure of the cost comparison is a number. (Its range rules are the cost model's, which
  // the other steps' pages do not load; step 3 says there which figure is out of range.)
  const costed = COST_FIELDS.every((id) => (parseNumber(ws.cost[id] ?? '') ?? -1) >= 0);
  const p = pattern(ws);
  const g = gates(ws);
  const argued = p.rows.length > 0 && p.problems.length === 0 && g.questions.length > 0 && g.problems.length === 0;
  return [diagnosed, path, costed, argued, costed && argued];
}
