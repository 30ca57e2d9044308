import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { defaultsOf, n, textsFor } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs } from '../contract';

const defaults = defaultsOf(model);
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over }).outputs;
const texts = textsFor(model);

const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);
const pair = (min: number, max: number) => fc.tuple(fc.integer({ min, max }), fc.integer({ min, max })).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const);
const valid = fc
  .record({ costs: fc.tuple(typed(1, 1e6), typed(1, 1e6)), high: pair(1, 10000), low: pair(1, 10000), tech: fc.integer({ min: 1, max: 10000 }) })
  .map(({ costs, high, low, tech }) => ({
    'cost-low': Math.min(...costs),
    'cost-high': Math.max(...costs),
    'high-min': high[0],
    'high-max': high[1],
    'low-min': low[0],
    'low-max': low[1],
    tech,
  }));

describe('coverage-cost model', () => {
  it('reproduces the derived ranges: 5,000–25,000 high-touch, 1,000–5,000 low-touch, 300–500 tech-touch', () => {
    const out = compute();
    expect([n(out['high-touch-min']), n(out['high-touch-max'])]).toEqual([5000, 25000]);
    expect([n(out['low-touch-min']), n(out['low-touch-max'])]).toEqual([1000, 5000]);
    expect([n(out['tech-touch-min']), n(out['tech-touch-max'])]).toEqual([300, 500]);
  });

  it('lowers tech-touch cost as the real load rises above 500 accounts', () => {
    const out = compute({ tech: 1000 });
    expect([n(out['tech-touch-min']), n(out['tech-touch-max'])]).toEqual([150, 250]);
  });

  it('blocks ratio ranges and cost ranges given the wrong way round, with a message at the field', () => {
    const swapped = evaluate(model, texts({ 'high-min': '40', 'high-max': '30' }));
    expect(swapped.result).toBeUndefined();
    expect(swapped.errors['high-max']).toBe('High-touch: the most accounts per CSM cannot be fewer than the fewest: swap the two figures.');
    expect(evaluate(model, texts({ 'cost-low': '260000' })).errors['cost-high']).toMatch(/swap the two figures/);
    expect(evaluate(model, texts({ 'low-min': '0' })).errors['low-min']).toBe('Low-touch: fewest accounts per CSM must be between 1 and 10,000.');
  });

  it('keeps every lowest cost at or below the highest for valid ranges', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const out = model.compute(i).outputs;
        for (const m of ['high-touch', 'low-touch', 'tech-touch']) expect(n(out[`${m}-min`])).toBeLessThanOrEqual(n(out[`${m}-max`]));
      }),
    );
  });

  it('never lowers the cost per account when CSMs cost more or carry fewer accounts', () => {
    fc.assert(
      fc.property(valid, typed(1, 1e6), (i, extra) => {
        const base = model.compute(i).outputs;
        const dearer = model.compute({ ...i, 'cost-high': Math.min(1e6, i['cost-high'] + extra) }).outputs;
        expect(n(dearer['high-touch-max'])).toBeGreaterThanOrEqual(n(base['high-touch-max']));
        const lighter = model.compute({ ...i, 'high-max': Math.max(i['high-min'], i['high-max'] - 1) }).outputs;
        expect(n(lighter['high-touch-min'])).toBeGreaterThanOrEqual(n(base['high-touch-min']));
      }),
    );
  });
});
