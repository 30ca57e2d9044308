import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { expectSoundReading, readingFor } from '../testing-reading';
import { profileFill } from '../sources';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over });
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);

describe('coverage-cost reading', () => {
  it('fills both ends of the cost range with the reader’s one CSM cost', () => {
    expect(profileFill(model, { 'csm-cost': 160000 }).values).toEqual({ 'cost-low': '160000', 'cost-high': '160000' });
    // A cost above the example's top end no longer trips the range check.
    expect(profileFill(model, { 'csm-cost': 300000 }).values).toEqual({ 'cost-low': '300000', 'cost-high': '300000' });
  });

  it('reads the saved profile’s $160,000 CSM as single figures where the load is single', () => {
    const run = read({ 'cost-low': 160000, 'cost-high': 160000 })!;
    expectSoundReading(model, run);
    expect(run.text).toBe(
      'At $160,000 for each CSM, a year of high-touch coverage costs $5,333 to $16,000 per account, low-touch $1,067 to $3,200, and tech-touch at 500 accounts per CSM $320. That CSM cost is within the $150,000 to $250,000 typical of mature subscription businesses.',
    );
  });

  it('keeps a range when the costs differ and says where it sits against the usual one', () => {
    expect(read({})!.text).toContain('With CSMs costing $150,000 to $250,000');
    expect(read({ 'cost-low': 90000, 'cost-high': 120000 })!.text).toContain('That range is below');
    expect(read({ 'cost-low': 100000, 'cost-high': 300000 })!.text).toContain('That range is wider than');
    expect(read({ 'cost-low': 200000, 'cost-high': 300000 })!.text).toContain('That range is partly above');
    expect(read({ tech: 1 })!.text).toContain('tech-touch at 1 account per CSM $150,000 to $250,000');
  });

  it('is sound for every valid input, and says within only when both ends are inside the usual range', () => {
    fc.assert(
      fc.property(typed(1, 1e6), typed(1, 1e6), fc.integer({ min: 1, max: 10000 }), fc.integer({ min: 1, max: 10000 }), (a, b, x, y) => {
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        const run = read({ 'cost-low': lo, 'cost-high': hi, 'high-min': Math.min(x, y), 'high-max': Math.max(x, y), tech: x })!;
        expectSoundReading(model, run);
        expect(run.text.includes(' within the ')).toBe(lo >= 150000 && hi <= 250000);
      }),
    );
  });
});
