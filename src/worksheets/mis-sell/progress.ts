/**
 * Which of the five steps are done, for the progress list: a step counts when its work is
 * complete and valid, never merely because it was opened or half filled.
 */
import { parseNumber } from '../../calculators/inputs';
import { diagnose } from '../../calculators/mis-sell-diagnostic/model';
import { clean, cohortSize, isYesNo, traitIssue } from './rules';
import { COST_FIELDS, type MisSell } from './state';

export function stepsDone(ws: MisSell): boolean[] {
  const a = ws.answers;
  // Every type of mismatch has an answer to work from, as the diagnostic itself judges it.
  const diagnosed = !Object.values(diagnose(a).states).includes('unanswered');
  const { roadmap, bridge, cro } = ws.track;
  const path = !!roadmap && !!cro && (roadmap !== 'yes' || !!bridge);
  // Every figure of the cost comparison is a number. (Its range rules are the cost model's, which
  // the other steps' pages do not load; step 3 says there which figure is out of range.)
  const costed = COST_FIELDS.every((id) => (parseNumber(ws.cost[id] ?? '') ?? -1) >= 0);
  // The pattern and the gate as the board page will print them: every trait and criterion passes.
  const cohort = cohortSize(ws);
  const traits = ws.report.traits.map((t) => traitIssue(t, cohort)).filter((issue) => issue !== 'empty');
  const criteria = ws.report.gates.map(clean).filter(Boolean);
  const argued = traits.length > 0 && traits.every((issue) => issue === undefined) && criteria.length > 0 && criteria.every(isYesNo);
  return [diagnosed, path, costed, argued, costed && argued];
}
