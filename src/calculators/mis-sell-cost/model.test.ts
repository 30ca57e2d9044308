import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, fieldErrors, n } from '../testing';
import type { Inputs } from '../contract';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const errorsFor = fieldErrors(model);

describe('mis-sell-cost model', () => {
  it('reproduces the book’s example cohorts', () => {
    const { outputs, notes } = compute();
    expect(n(outputs['mismatch-net'])).toBe(780_000);
    expect(n(outputs['icp-net'])).toBe(3_400_000);
    expect(n(outputs['mismatch-net-per-account'])).toBe(65_000);
    expect(n(outputs['icp-net-per-account'])).toBe(85_000);
    expect(n(outputs['per-account-gap'])).toBe(20_000);
    expect(n(outputs['mismatch-cost-ratio'])).toBe(35);
    expect(n(outputs['icp-cost-ratio'])).toBe(15);
    expect(n(outputs['nrr-gap'])).toBe(24);
    expect(n(outputs['arr-shortfall'])).toBe(288_000);
    expect(notes).toEqual([]);
  });

  it('matches the shortfall to the difference in ending ARR', () => {
    // 1,200,000 × 1.12 − 1,200,000 × 0.88 = 1,344,000 − 1,056,000.
    expect(n(compute().outputs['arr-shortfall'])).toBe(1_344_000 - 1_056_000);
  });

  it('allows a negative net contribution and explains that the cohort destroys value', () => {
    const { outputs, notes } = compute({ 'mismatch-cost': 1_500_000 });
    expect(n(outputs['mismatch-net'])).toBe(-300_000);
    expect(n(outputs['mismatch-net-per-account'])).toBe(-25_000);
    expect(notes).toContainEqual(expect.objectContaining({ level: 'warning', text: expect.stringContaining('destroys value') }));
  });

  it('explains per-account figures it cannot compute for an empty cohort', () => {
    const { outputs } = compute({ 'mismatch-accounts': 0 });
    expect(outputs['mismatch-net-per-account']).toEqual({ unavailable: expect.stringContaining('No accounts in the mismatch cohort') });
    expect(outputs['per-account-gap']).toHaveProperty('unavailable');
    expect(n(outputs['mismatch-net'])).toBe(780_000);
  });

  it('says the cost ratio is undefined with no contract value', () => {
    expect(compute({ 'icp-value': 0 }).outputs['icp-cost-ratio']).toEqual({ unavailable: expect.stringContaining('no contract value') });
  });

  it('reports a negative NRR gap as no mismatch penalty', () => {
    const { outputs, notes } = compute({ 'mismatch-nrr': 115 });
    expect(n(outputs['nrr-gap'])).toBe(-3);
    expect(outputs['arr-shortfall']).toHaveProperty('unavailable');
    expect(notes.some((x) => x.text.includes('no mismatch penalty'))).toBe(true);
  });

  it('refuses NRR above 300% or below zero, and words', () => {
    expect(errorsFor({ 'icp-nrr': '301' })['icp-nrr']).toBe('ICP-matched cohort NRR must be between 0% and 300%.');
    expect(errorsFor({ 'mismatch-nrr': '-4' })['mismatch-nrr']).toBe('Mismatch cohort NRR must be between 0% and 300%.');
    expect(errorsFor({ 'mismatch-cost': 'a lot' })['mismatch-cost']).toBe('Mismatch cohort retention cost must be a number (you entered "a lot").');
  });

  it('keeps net contribution equal to value minus cost and the gap equal to the NRR difference', () => {
    const money = fc.integer({ min: 0, max: 1e9 });
    fc.assert(
      fc.property(
        fc.record({
          'mismatch-accounts': fc.integer({ min: 0, max: 100_000 }),
          'mismatch-value': money,
          'mismatch-cost': money,
          'icp-accounts': fc.integer({ min: 0, max: 100_000 }),
          'icp-value': money,
          'icp-cost': money,
          'mismatch-nrr': fc.integer({ min: 0, max: 300 }),
          'icp-nrr': fc.integer({ min: 0, max: 300 }),
        }) as fc.Arbitrary<Inputs>,
        (i) => {
          const { outputs } = model.compute(i);
          expect(n(outputs['mismatch-net'])).toBe((i['mismatch-value'] as number) - (i['mismatch-cost'] as number));
          expect(n(outputs['nrr-gap'])).toBe((i['icp-nrr'] as number) - (i['mismatch-nrr'] as number));
          for (const o of Object.values(outputs)) if ('value' in o) expect(Number.isFinite(o.value)).toBe(true);
        },
      ),
    );
  });
});
