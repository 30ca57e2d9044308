import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, kw, n } from '../testing';
import type { Inputs } from '../contract';

// What a reader can type: figures to two decimal places (no subnormal oddities).
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);

const defaults = defaultsOf(model);
const compute = computeWith(model);
const money = fc.oneof(fc.integer({ min: 0, max: 1e12 }), typed(0, 1e12));
const valid = fc.record({ arr: money, points: fc.oneof(fc.integer({ min: 0, max: 100 }), typed(0, 100)), 'cs-cost': money });

describe('retention-value model', () => {
  it('turns one point of gross retention on $50M ARR into $500,000 a year and a $150,000 cost ceiling', () => {
    const { outputs, notes } = compute();
    expect(n(outputs.retained)).toBe(500_000);
    expect(n(outputs.ceiling)).toBe(150_000);
    expect(outputs.verdict).toEqual({ value: 'within', label: 'Within the ceiling' });
    expect(notes).toEqual([]);
  });

  it('counts a CS cost exactly at the ceiling as within it and a dollar more as over', () => {
    expect(kw(compute({ 'cs-cost': 150_000 }).outputs.verdict)).toBe('within');
    expect(kw(compute({ 'cs-cost': 150_001 }).outputs.verdict)).toBe('over');
  });

  it('keeps the ceiling exact for decimal inputs that binary cannot represent', () => {
    // 0.1 points of $1,000: $1 kept, a ceiling of $0.30.
    const out = compute({ arr: 1000, points: 0.1, 'cs-cost': 0.3 }).outputs;
    expect(n(out.ceiling)).toBeCloseTo(0.3, 12);
    expect(kw(out.verdict)).toBe('within');
  });

  it('shows no headroom when the gain or the base is zero', () => {
    for (const over of [{ points: 0 }, { arr: 0 }] as Inputs[]) {
      const { outputs, notes } = compute(over);
      expect(n(outputs.retained)).toBe(0);
      expect(n(outputs.ceiling)).toBe(0);
      expect(kw(outputs.verdict)).toBe('over');
      expect(notes).toHaveLength(1);
    }
    expect(kw(compute({ points: 0, 'cs-cost': 0 }).outputs.verdict)).toBe('within');
  });

  it('always sets the ceiling at 30% of the revenue kept, and never shrinks it as points rise', () => {
    fc.assert(
      fc.property(valid, typed(0, 100), (i, other) => {
        const out = model.compute(i).outputs;
        expect(Number.isFinite(n(out.retained))).toBe(true);
        expect(Math.abs(n(out.ceiling) - 0.3 * n(out.retained))).toBeLessThanOrEqual(1e-9 * Math.max(1, n(out.ceiling)));
        const more = model.compute({ ...i, points: Math.max(i.points, other) }).outputs;
        expect(n(more.ceiling)).toBeGreaterThanOrEqual(n(out.ceiling));
      }),
    );
  });

  it('never turns a within verdict into over when the CS cost falls', () => {
    fc.assert(
      fc.property(valid, fc.double({ min: 0, max: 1, noNaN: true }), (i, f) => {
        const before = kw(model.compute(i).outputs.verdict);
        const after = kw(model.compute({ ...i, 'cs-cost': i['cs-cost'] * f }).outputs.verdict);
        if (before === 'within') expect(after).toBe('within');
      }),
    );
  });
});
