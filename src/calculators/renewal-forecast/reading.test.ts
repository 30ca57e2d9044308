import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { expectSoundReading, readingFor } from '../testing-reading';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over })!;

describe('renewal-forecast reading', () => {
  it('reads a committed probability calibrated to 85%', () => {
    const run = read({ 'committed-probability': 85 });
    expectSoundReading(model, run);
    expect(run.text).toBe(
      'On these figures the forecast is $7,500,000, or 75% of the $10,000,000 due, leaving $2,500,000 expected not to renew. The at-risk and critical categories hold $2,000,000, 20% of what is due. Of the categories with an outcome, $7,450,000 renewed: the forecast for them was $50,000 too high.',
    );
  });

  it('says a forecast too low as well as too high, and reads nothing due in words', () => {
    expect(read({ 'committed-probability': 80 }).text).toContain('the forecast for them was $200,000 too low.');
    expect(read({ committed: 0, likely: 0, 'at-risk': 0, critical: 0, 'committed-renewed': null, 'likely-renewed': null, 'at-risk-renewed': null, 'critical-renewed': null }).text).toBe(
      'Nothing is due for renewal on these figures, so there is no forecast to weigh.',
    );
  });

  it('is sound for any amounts and probabilities', () => {
    const amount = fc.integer({ min: 0, max: 1e9 });
    fc.assert(
      fc.property(amount, amount, amount, amount, fc.integer({ min: 0, max: 100 }), fc.option(amount, { nil: null }), (a, b, c, d, p, renewed) => {
        const run = readingFor(model, { ...defaults, committed: a, likely: b, 'at-risk': c, critical: d, 'committed-probability': p, 'committed-renewed': renewed, 'likely-renewed': null, 'at-risk-renewed': null, 'critical-renewed': null });
        if (run) expectSoundReading(model, run);
      }),
    );
  });
});
