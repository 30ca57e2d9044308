import type { CalculatorModel, OutputSpec, OutputValue } from './contract';
import { evaluate, outputOf, type Evaluation } from './inputs';

/**
 * How an output moves from today to the target. Numbers give the difference and, when today's
 * figure is not zero, the difference as a percentage of it; keywords (bands, verdicts) are shown
 * side by side, so the change only says whether they differ.
 */
export type Change = { delta: number; percent?: number } | { same: boolean } | { unavailable: string };

export interface ScenarioRow {
  output: OutputSpec;
  today: OutputValue;
  target: OutputValue;
  change: Change;
}

export interface Comparison {
  today: Evaluation;
  target: Evaluation;
  rows: ScenarioRow[];
}

/** Two sets of field texts through the same model, output by output. */
export function compareScenarios(model: CalculatorModel, todayTexts: Record<string, string>, targetTexts: Record<string, string>): Comparison {
  const today = evaluate(model, todayTexts);
  const target = evaluate(model, targetTexts);
  const rows = model.outputs.map((output) => {
    const before = outputOf(model, today, output.id);
    const after = outputOf(model, target, output.id);
    return { output, today: before, target: after, change: changeBetween(before, after) };
  });
  return { today, target, rows };
}

export function changeBetween(today: OutputValue, target: OutputValue): Change {
  if ('unavailable' in today) return { unavailable: 'No change to show: today’s figure cannot be calculated.' };
  if ('unavailable' in target) return { unavailable: 'No change to show: the target’s figure cannot be calculated.' };
  if (typeof today.value !== 'number' || typeof target.value !== 'number') return { same: today.value === target.value };
  const delta = target.value - today.value;
  if (!Number.isFinite(delta)) return { unavailable: 'The change is too large to show.' };
  // Against the size of today's figure, so the sign always says which way the target moves.
  const percent = today.value === 0 ? undefined : (delta / Math.abs(today.value)) * 100;
  return percent !== undefined && Number.isFinite(percent) ? { delta, percent } : { delta };
}
