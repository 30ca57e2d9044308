/**
 * The one set of helpers the calculators' tests share: defaults, computing with some inputs
 * changed, field texts and their errors, and reading outputs. Imported by tests only.
 */
import type { CalculatorModel, Inputs, OutputValue, Result } from './contract';
import { defaultTexts, evaluate } from './inputs';

/** Test helper: the number an output holds, or a failure naming what it held instead. */
export const n = (o: OutputValue | undefined): number => {
  if (!o || !('value' in o) || typeof o.value !== 'number') throw new Error(`not a number: ${JSON.stringify(o)}`);
  return o.value;
};

/** A keyword output's machine value, or undefined for anything else. */
export const kw = (o: OutputValue | undefined): string | undefined => (o && 'label' in o ? o.value : undefined);

/** Why an output could not be computed, or undefined when it was. */
export const reason = (o: OutputValue | undefined): string | undefined => (o && 'unavailable' in o ? o.unavailable : undefined);

/** Every field's default, as compute() takes them. */
export const defaultsOf = (model: CalculatorModel): Inputs => Object.fromEntries(model.fields.map((f) => [f.id, f.default]));

/** compute() on the defaults with some inputs changed. */
export function computeWith(model: CalculatorModel): (over?: Inputs) => Result {
  const defaults = defaultsOf(model);
  return (over = {}) => model.compute({ ...defaults, ...over });
}

/** Field texts as the page starts them, with some changed. */
export const textsFor =
  (model: CalculatorModel) =>
  (over: Record<string, string> = {}): Record<string, string> => ({ ...defaultTexts(model), ...over });

/** The field messages for the default texts with some changed. */
export const fieldErrors =
  (model: CalculatorModel) =>
  (over: Record<string, string> = {}): Record<string, string> =>
    evaluate(model, { ...defaultTexts(model), ...over }).errors;
