/**
 * The one set of helpers the calculators' tests share: defaults, computing with some inputs
 * changed, field texts and their errors, reading outputs, and any texts a reader could type.
 * Imported by tests only.
 */
import fc from 'fast-check';
import type { CalculatorModel, Inputs, OutputValue, Result } from './contract';
import { defaultTexts, evaluate } from './inputs';

/** Test helper: the number an output holds, or a failure naming what it held instead. */
export const n = (o: OutputValue | undefined): number => {
  if (!o || !('value' in o) || typeof o.value !== 'number') throw new Error(`not a number: ${JSON.stringify(o)}`);
  return o.value;
};

/**
 * Field texts a reader could type for any calculator: each number field a valid value of its
 * range (whole numbers where it asks for them, blanks where it allows them), each choice one of
 * its options, each list its default. Cross-field rules may still refuse a combination.
 */
export function anyTexts(model: CalculatorModel): fc.Arbitrary<Record<string, string>> {
  return fc.record(
    Object.fromEntries(
      model.fields.map((field) => {
        if (field.kind === 'choice') return [field.id, fc.constantFrom(...field.options.map((o) => o.value))];
        if (field.kind === 'text') return [field.id, fc.constant(field.default)];
        const lo = field.min ?? -1e6;
        const hi = field.max ?? Math.max(1e9, field.default * 10);
        const number = field.integer
          ? fc.integer({ min: Math.ceil(lo), max: Math.floor(Math.min(hi, 2 ** 31 - 1)) })
          : fc.oneof(fc.constantFrom(lo, hi, field.default), fc.double({ min: lo, max: hi, noNaN: true }).map((x) => Math.round(x * 100) / 100));
        const valid = number.filter((x) => x >= lo && x <= hi && !(field.minExclusive && x === lo));
        return [field.id, field.optional ? fc.oneof(valid.map(String), fc.constant('')) : valid.map(String)];
      }),
    ),
  );
}

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
