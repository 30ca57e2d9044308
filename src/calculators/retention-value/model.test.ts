import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n, computeWith, defaultsOf, kw } from '../testing';
import type { Inputs, OutputValue } from '../contract';
import { checkReading } from '../testing-reading';

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
    expect(outputs.verdict).toEqual({ value: 'within', label: 'Within the ceiling: pays for itself' });
    expect(notes).toEqual([]);
  });

  it('counts only a cost strictly below 30% as paying for itself: exactly on the ceiling is over', () => {
    expect(compute({ 'cs-cost': 149_999.99 }).outputs.verdict).toEqual({ value: 'within', label: 'Within the ceiling: pays for itself' });
    expect(compute({ 'cs-cost': 150_000 }).outputs.verdict).toEqual({ value: 'over', label: 'At the ceiling, which counts as over' });
    expect(compute({ 'cs-cost': 150_001 }).outputs.verdict).toEqual({ value: 'over', label: 'Over the ceiling' });
  });

  it('keeps the ceiling exact for decimal inputs that binary cannot represent', () => {
    // 0.1 points of $1,000: $1 kept, a ceiling of $0.30, which 0.3 reaches whatever binary makes of 0.1.
    const out = compute({ arr: 1000, points: 0.1, 'cs-cost': 0.3 }).outputs;
    expect(n(out.ceiling)).toBeCloseTo(0.3, 12);
    expect(out.verdict).toEqual({ value: 'over', label: 'At the ceiling, which counts as over' });
    expect(kw(compute({ arr: 1000, points: 0.1, 'cs-cost': 0.29 }).outputs.verdict)).toBe('within');
  });

  it('shows no headroom when the gain or the base is zero', () => {
    for (const over of [{ points: 0 }, { arr: 0 }] as Inputs[]) {
      const { outputs, notes } = compute(over);
      expect(n(outputs.retained)).toBe(0);
      expect(n(outputs.ceiling)).toBe(0);
      expect(kw(outputs.verdict)).toBe('over');
      expect(notes).toHaveLength(1);
    }
    // Nothing kept and nothing spent: zero is not below a ceiling of zero.
    expect(kw(compute({ points: 0, 'cs-cost': 0 }).outputs.verdict)).toBe('over');
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

  describe('reading', () => {
    it('says what the example team would need and spare, in the book’s figures', () => {
      expect(checkReading(model, { ...defaults, 'cs-cost': 100_000 }).text).toBe(
        'A gain of 1 point on $50,000,000 of ARR keeps $500,000 a year, so the CS work behind it pays for itself if it costs less than $150,000. At $100,000 it does, with $50,000 to spare.',
      );
    });

    it('says a cost exactly on the ceiling does not pay for itself', () => {
      expect(checkReading(model, { ...defaults, 'cs-cost': 150_000 }).text).toContain('At $150,000 it sits exactly on the ceiling, which does not count as paying for itself.');
    });

    it('says by how much a cost is over, and that there is no headroom without a gain', () => {
      expect(checkReading(model, { ...defaults, arr: 24_000_000, points: 2 }).text).toBe(
        'A gain of 2 points on $24,000,000 of ARR keeps $480,000 a year, so the CS work behind it pays for itself if it costs less than $144,000. At $120,000 it does, with $24,000 to spare.',
      );
      expect(checkReading(model, { ...defaults, arr: 240_000 }).text).toContain('At $120,000 it costs $119,280 more than that.');
      expect(checkReading(model, { ...defaults, points: 0 }).text).toBe('A gain of 0 points on $50,000,000 of ARR keeps $0 a year, so there is no headroom: on this measure any CS cost is too much.');
    });

    it('never shows a broken number, and its words agree with the verdict, for any valid input', () => {
      fc.assert(
        fc.property(valid, (i) => {
          const { text, result } = checkReading(model, i);
          const v = kw(result.outputs.verdict);
          if (n(result.outputs.retained) === 0) expect(text).toContain('no headroom');
          else if (v === 'within') expect(text).toMatch(/ it does, (with .* to spare|by less than a cent)\.$/);
          else expect(text).toMatch(/(exactly on the ceiling|more than that|over by less than a cent)\.$/);
        }),
      );
    });
  });
});
