import fc from 'fast-check';
import type { CalculatorModel, OutputValue } from './contract';

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
