import { describe, expect, it } from 'vitest';
import { defineCalculator, keyword, num, value } from './contract';

/**
 * The type check (`tsc --noEmit` in `npm test`) is the real test here: each `@ts-expect-error`
 * fails the check if the mistake below it ever stops being a compile error.
 */
const fields = [
  { kind: 'number', id: 'retention', label: 'Retention', unit: 'percent', default: 90, min: 0, max: 100 },
  { kind: 'choice', id: 'timing', label: 'Timing', options: [{ value: 'end', label: 'End' }, { value: 'start', label: 'Start' }], default: 'end' },
  { kind: 'number', id: 'extra', label: 'Extra', unit: 'count', default: 1, optional: true },
] as const;
const outputs = [
  { id: 'lifespan', label: 'Lifespan', unit: 'years' },
  { id: 'band', label: 'Band', unit: 'keyword' },
] as const;

describe('the calculator contract', () => {
  it('types compute from the field list and the output list', () => {
    const model = defineCalculator({
      id: 'typed',
      title: 'Typed',
      fields,
      outputs,
      sensitivity: { field: 'retention', outputs: ['lifespan'], deltas: [-1, 0, 1] },
      compute(inputs) {
        const r: number = inputs.retention;
        const extra: number | null = inputs.extra;
        // @ts-expect-error a choice field holds only its options' values
        const wrong: 'middle' = inputs.timing;
        // @ts-expect-error a misspelt input id
        num(inputs, 'retentoin');
        void [extra, wrong];
        return { outputs: { lifespan: value(100 / (100 - r)), band: keyword(inputs.timing, 'Label') }, notes: [] };
      },
    });
    expect(model.compute({ retention: 90, timing: 'end', extra: null }).outputs.lifespan).toEqual({ value: 10 });
  });

  it('refuses outputs that are missing, misspelt or of the wrong kind', () => {
    defineCalculator({
      id: 'missing',
      title: 'Missing',
      fields,
      outputs,
      // @ts-expect-error "band" is missing from the outputs
      compute: () => ({ outputs: { lifespan: value(1) }, notes: [] }),
    });
    defineCalculator({
      id: 'kind',
      title: 'Kind',
      fields,
      outputs,
      // @ts-expect-error a keyword output given a number
      compute: () => ({ outputs: { lifespan: value(1), band: value(2) }, notes: [] }),
    });
    defineCalculator({
      id: 'sensitivity',
      title: 'Sensitivity',
      fields,
      outputs,
      // @ts-expect-error a sensitivity table over a field that does not exist
      sensitivity: { field: 'churn', outputs: ['lifespan'], deltas: [1] },
      compute: () => ({ outputs: { lifespan: value(1), band: keyword('a', 'A') }, notes: [] }),
    });
    expect(true).toBe(true);
  });
});
