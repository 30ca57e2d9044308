import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const texts = (over: Record<string, string>) => ({ ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), ...over });
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);
const team = fc.record({ csms: fc.integer({ min: 1, max: 1000 }), days: fc.integer({ min: 1, max: 366 }), 'fte-cost': typed(1, 5e5), 'integration-cost': typed(1, 1e7) });

describe('integration-payback model', () => {
  it('turns 20 CSMs losing 30 minutes a day over 230 days into 2,300 hours, 1.25 CSMs, $15,625 a month: a $60,000 integration pays back in 3.84 months', () => {
    const { outputs, notes } = compute();
    expect(n(outputs.hours)).toBe(2300);
    expect(n(outputs.fte)).toBe(1.25);
    expect(n(outputs['annual-cost'])).toBe(187_500);
    expect(n(outputs['monthly-cost'])).toBe(15_625);
    expect(n(outputs['payback-months'])).toBeCloseTo(3.84, 12);
    expect(notes).toEqual([]);
  });

  it('never pays back when no time is lost, and says so', () => {
    expect(compute({ minutes: 0 }).outputs['payback-months']).toEqual({ unavailable: 'No time is lost, so it never pays back.' });
  });

  it('pays back at once when the integration costs nothing', () => {
    const values = { ...defaults, 'integration-cost': 0 };
    const result = model.compute(values);
    expect(n(result.outputs['payback-months'])).toBe(0);
    expect(model.reading!(values, result)[1]).toEqual(['The integration costs nothing, so it pays back at once.']);
  });

  it('blocks more than 480 minutes a day at the field', () => {
    expect(evaluate(model, texts({ minutes: '481' })).errors.minutes).toBe('Minutes a day each spends piecing one view together must be between 0 and 480.');
  });

  it('pays back sooner as the minutes lost rise', () => {
    fc.assert(
      fc.property(team, typed(0.01, 480), typed(0.01, 480), (i, a, b) => {
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        const at = (minutes: number) => n(model.compute({ ...i, minutes }).outputs['payback-months']);
        expect(at(hi)).toBeLessThanOrEqual(at(lo) * (1 + 1e-12));
        if (hi > lo) expect(at(hi)).toBeLessThan(at(lo));
      }),
    );
  });

  it('counts a full-time equivalent as 8 hours on each working day', () => {
    fc.assert(
      fc.property(team, typed(0, 480), (i, minutes) => {
        const out = model.compute({ ...i, minutes }).outputs;
        expect(n(out.fte)).toBeCloseTo((i.csms * minutes) / 480, 9);
      }),
    );
  });
});
