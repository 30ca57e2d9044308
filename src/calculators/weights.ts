import type { Inputs, Repair } from './contract';

/** A weight field and the short name its messages use ("usage", "gross retention"). */
export interface WeightField {
  id: string;
  name: string;
}

/** Weights scaled to total 100, keeping their proportions; all zero stays all zero. */
export function normalise(weights: readonly number[]): number[] {
  const total = weights.reduce((a, b) => a + b, 0);
  return total === 0 ? weights.map(() => 0) : weights.map((w) => (w * 100) / total);
}

/** Whole percentages in the same proportions that add up to exactly 100 (largest remainders take the spare points). */
export function wholePercentages(weights: readonly number[]): number[] {
  if (weights.every((w) => w === 0)) return weights.map(() => 0);
  const exact = normalise(weights);
  const out = exact.map((x) => Math.floor(x + 1e-9));
  const short = 100 - out.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => [x - out[i]!, i] as const).sort((a, b) => b[0] - a[0]);
  return out.map((w, i) => w + (order.findIndex((o) => o[1] === i) < short ? 1 : 0));
}

const weightsOf = (inputs: Inputs, fields: readonly WeightField[]) => fields.map((f) => inputs[f.id]);
const allNumbers = (values: unknown[]): values is number[] => values.every((v) => typeof v === 'number');
const list = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);
const COUNT = ['', 'one', 'two', 'three', 'four', 'five', 'six'];

/** Why weights that must total 100 do not, in one sentence with the rescaled set; undefined when they do. */
export function weightsMessage(inputs: Inputs, fields: readonly WeightField[]): string | undefined {
  const weights = weightsOf(inputs, fields);
  if (!allNumbers(weights)) return undefined;
  const total = weights.reduce((a, b) => a + b, 0);
  if (total === 0) return 'At least one weight must be above zero.';
  if (Math.abs(total - 100) <= 1e-9) return undefined;
  const scaled = wholePercentages(weights);
  return `The ${COUNT[fields.length] ?? fields.length} weights add up to ${+total.toFixed(2)}%, not 100%. Keeping their proportions gives ${list(fields.map((f, i) => `${f.name} ${scaled[i]}%`))}.`;
}

/** The one-click fix for weights that do not total 100: the same proportions in whole percentages. */
export function rescaleWeights(inputs: Inputs, fields: readonly WeightField[]): Repair | undefined {
  const weights = weightsOf(inputs, fields);
  if (!allNumbers(weights) || !weightsMessage(inputs, fields) || weights.every((w) => w === 0)) return undefined;
  const scaled = wholePercentages(weights);
  return { label: `Use ${list(scaled.map((w) => `${w}%`))}`, texts: Object.fromEntries(fields.map((f, i) => [f.id, String(scaled[i])])) };
}
