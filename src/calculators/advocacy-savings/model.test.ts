import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, n } from '../testing';
import type { Inputs, OutputValue } from '../contract';
import { checkReading } from '../testing-reading';

// What a reader can type: figures to two decimal places (no subnormal oddities).
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);

const defaults = defaultsOf(model);
const compute = computeWith(model);
const valid = fc.record({
  'referral-share': fc.oneof(fc.integer({ min: 0, max: 100 }), typed(0, 100)),
  'relative-cost': fc.oneof(fc.integer({ min: 0, max: 500 }), typed(0, 500)),
});

describe('advocacy-savings model', () => {
  it('saves 10.5% against an all-paid intake and 11.73% of actual spend when 15% of customers are referred at 30% of the cost', () => {
    const { outputs, notes } = compute();
    expect(n(outputs['saving-vs-paid'])).toBeCloseTo(10.5, 12);
    // Actual spend is 89.5% of the all-paid cost: 10.5 ÷ 89.5.
    expect(n(outputs['saving-vs-actual'])).toBeCloseTo(11.731843575, 8);
    expect(notes.map((x) => x.level)).toEqual(['info']);
  });

  it('saves nothing when no customers come from referrals or referrals cost as much as paid ones', () => {
    for (const over of [{ 'referral-share': 0 }, { 'relative-cost': 100 }] as Inputs[]) {
      const out = compute(over).outputs;
      expect(n(out['saving-vs-paid'])).toBe(0);
      expect(n(out['saving-vs-actual'])).toBe(0);
    }
  });

  it('saves the whole difference when every customer is referred', () => {
    const out = compute({ 'referral-share': 100 }).outputs;
    expect(n(out['saving-vs-paid'])).toBe(70);
    expect(n(out['saving-vs-actual'])).toBeCloseTo(233.333333, 5);
  });

  it('explains that there is nothing to compare with when free referrals bring every customer', () => {
    const out = compute({ 'referral-share': 100, 'relative-cost': 0 }).outputs;
    expect(n(out['saving-vs-paid'])).toBe(100);
    expect(out['saving-vs-actual']).toHaveProperty('unavailable');
  });

  it('shows negative savings, with a warning, when referred customers cost more than paid ones', () => {
    const { outputs, notes } = compute({ 'relative-cost': 150 });
    expect(n(outputs['saving-vs-paid'])).toBeCloseTo(-7.5, 12);
    expect(n(outputs['saving-vs-actual'])).toBeLessThan(0);
    expect(notes.some((x) => x.level === 'warning' && x.text.includes('negative'))).toBe(true);
  });

  it('gives finite savings or a reason for every valid input', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const out: Record<string, OutputValue> = model.compute(i).outputs;
        for (const o of Object.values(out)) {
          if ('unavailable' in o) expect(o.unavailable.length).toBeGreaterThan(10);
          else expect(Number.isFinite(o.value)).toBe(true);
        }
      }),
    );
  });

  it('never lowers the saving when referrals get cheaper', () => {
    fc.assert(
      fc.property(valid, fc.double({ min: 0, max: 1, noNaN: true }), (i, f) => {
        const a = n(model.compute(i).outputs['saving-vs-paid']);
        const b = n(model.compute({ ...i, 'relative-cost': i['relative-cost'] * f }).outputs['saving-vs-paid']);
        expect(b).toBeGreaterThanOrEqual(a - 1e-12);
      }),
    );
  });

  it('keeps the saving against actual spend on the same side of zero as the saving against paid', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const out = model.compute(i).outputs;
        fc.pre('value' in out['saving-vs-actual']);
        expect(Math.sign(n(out['saving-vs-actual']))).toBe(Math.sign(n(out['saving-vs-paid'])));
      }),
    );
  });

  describe('reading', () => {
    it('reads a saving, an extra cost and free referrals', () => {
      expect(checkReading(model, { 'referral-share': 25, 'relative-cost': 30 }).text).toBe(
        'With 25% of new customers arriving by referral at 30% of the paid cost, acquisition costs 17.5% less than winning every customer through paid channels. That saving is 21.2% of what the company actually spends on acquisition, and the credit belongs to whoever brings the referrals in.',
      );
      expect(checkReading(model, { 'referral-share': 15, 'relative-cost': 150 }).text).toContain('acquisition costs 7.5% more than');
      expect(checkReading(model, { 'referral-share': 100, 'relative-cost': 0 }).text).toContain('every customer arrives free');
      expect(checkReading(model, { 'referral-share': 0, 'relative-cost': 30 }).text).toContain('referrals save nothing');
    });

    it('says less when it saves and more when it costs, for any valid input', () => {
      fc.assert(
        fc.property(valid, (i) => {
          const { text, result } = checkReading(model, i);
          const s = n(result.outputs['saving-vs-paid']);
          if (!('value' in result.outputs['saving-vs-actual']!)) return;
          expect(text).toContain(s > 0 ? ' less than winning' : s < 0 ? ' more than winning' : 'save nothing');
        }),
      );
    });
  });
});
