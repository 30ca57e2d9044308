import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import type { Inputs } from '../contract';
import { checkReading } from '../testing-reading';
import { profileFill } from '../sources';

// What a reader can type: figures to two decimal places (no subnormal oddities).
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);
const money = fc.oneof(fc.integer({ min: 0, max: 1e12 }), typed(0, 1e12));
const compute = (expansion: number, cost: number) => model.compute({ expansion, cost } as Inputs);

describe('expansion-ratio model', () => {
  it('gives 2.5 to 1 for $5M of expansion bookings on $2M of CS cost', () => {
    expect(n(compute(5_000_000, 2_000_000).outputs.ratio)).toBe(2.5);
  });

  it('explains that there is no ratio without a cost, and gives 0 without bookings', () => {
    expect(compute(5_000_000, 0).outputs.ratio).toEqual({ unavailable: 'No CS cost entered, so there is nothing to divide by.' });
    expect(n(compute(0, 2_000_000).outputs.ratio)).toBe(0);
  });

  it('fills bookings and cost together from my numbers, or not at all', () => {
    const both = profileFill(model, { expansion: 1_200_000, csms: 4, 'csm-cost': 150_000 });
    expect(both.values).toEqual({ expansion: '1200000', cost: '600000' });
    expect(both.filled.find((f) => f.field === 'cost')?.derived).toBe('your number of CSMs × the cost of one');
    const half = profileFill(model, { expansion: 1_200_000 });
    expect(half.values).toEqual({});
    expect(half.unfilled[0]!.needs).toEqual(['csms', 'csm-cost']);
  });

  it('reads more, less or about what CS cost', () => {
    expect(checkReading(model, { expansion: 5_000_000, cost: 2_000_000 }).text).toBe(
      'For every $1 CS cost, it brought in $2.50 of expansion bookings: more than it cost, a contribution ratio of 2.5:1. Sales productivity is judged on the same kind of ratio, so the two can sit side by side on the scorecard.',
    );
    expect(checkReading(model, { expansion: 1_500_000, cost: 2_000_000 }).text).toContain('$0.75 of expansion bookings: less than it cost');
    expect(checkReading(model, { expansion: 2_009_000, cost: 2_000_000 }).text).toContain('$1.00 of expansion bookings: about what it cost');
    expect(checkReading(model, { expansion: 1, cost: 0 }).text).toBe('');
  });

  it('gives a finite ratio or a reason, and words that match it, for any valid input', () => {
    fc.assert(
      fc.property(money, money, (expansion, cost) => {
        const { text, result } = checkReading(model, { expansion, cost } as Inputs);
        const r = result.outputs.ratio!;
        if ('unavailable' in r) {
          expect(cost).toBe(0);
          return;
        }
        const ratio = n(r);
        expect(Number.isFinite(ratio)).toBe(true);
        if (Math.abs(ratio - 1) >= 0.005) expect(text).toContain(ratio > 1 ? 'more than it cost' : 'less than it cost');
      }),
    );
  });
});
