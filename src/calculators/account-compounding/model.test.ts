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
const account = fc.record({
  acv: typed(0.01, 1e9),
  expansion: typed(-100, 200),
  years: fc.integer({ min: 1, max: 10 }),
  renewal: fc.option(typed(0, 100), { nil: null }),
});

describe('account-compounding model', () => {
  it('grows $50,000 at 20% to $86,400 in year four: $268,400 against $200,000 flat, 34.2% more', () => {
    const { outputs, series, notes } = compute();
    expect(series!.acv).toEqual([50_000, 60_000, 72_000, 86_400]);
    expect(series!.flat).toEqual([50_000, 50_000, 50_000, 50_000]);
    expect(n(outputs['final-acv'])).toBe(86_400);
    expect(n(outputs.total)).toBe(268_400);
    expect(n(outputs['flat-total'])).toBe(200_000);
    expect(n(outputs['uplift-pct'])).toBeCloseTo(34.2, 10);
    expect(notes).toEqual([]);
  });

  it('expects $225,305.60 against $171,950 flat at 90% renewal a year', () => {
    const { outputs } = compute();
    expect(n(outputs.expected)).toBeCloseTo(225_305.6, 6);
    expect(n(outputs['expected-flat'])).toBeCloseTo(171_950, 6);
  });

  it('labels negative expansion as contraction and falls below flat', () => {
    const { outputs, notes } = compute({ expansion: -10 });
    expect(notes[0]!.text).toBe('This is contraction: the account shrinks 10% a year.');
    expect(n(outputs.total)).toBeLessThan(n(outputs['flat-total']));
    expect(n(outputs['uplift-pct'])).toBeLessThan(0);
  });

  it('counts only the first year in the expected figures when the account never renews', () => {
    const { outputs, notes } = compute({ renewal: 0 });
    expect(n(outputs.expected)).toBe(50_000);
    expect(n(outputs['expected-flat'])).toBe(50_000);
    expect(notes.map((x) => x.text)).toContain('Never renewing, only year one counts in the expected figures.');
  });

  it('explains the expected figures when the renewal chance is blank', () => {
    const { outputs } = compute({ renewal: null });
    expect(outputs.expected).toEqual({ unavailable: 'Enter a chance of renewing to weigh each year by it.' });
    expect(n(outputs.total)).toBe(268_400);
  });

  it('caps the horizon at ten years and refuses contraction beyond 100% at the field', () => {
    expect(evaluate(model, texts({ years: '11' })).errors.years).toBe('Years must be between 1 year and 10 years.');
    expect(evaluate(model, texts({ years: '2.5' })).errors.years).toBe('Years must be a whole number.');
    expect(evaluate(model, texts({ expansion: '-120' })).errors.expansion).toBe('Expansion a year must be between -100% and 200%.');
    expect(evaluate(model, texts({ renewal: '101' })).errors.renewal).toBe('Chance of renewing each year must be between 0% and 100%.');
  });

  it('reads the growing increments against a new customer starting again', () => {
    const values = { ...defaults };
    const text = model.reading!(values, model.compute(values)).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `<${p.output}>` : `[${p.value}]`)).join('')).join(' ');
    expect(text).toBe(
      'Over 4 years this account brings in <total>, [68400] more than a flat one. Its yearly increase grows from [10000] to [14400]; a new customer would start again at the first. Allowing for renewal it is worth <expected>, against <expected-flat> flat.',
    );
  });

  it('never falls below flat for positive expansion, with or without renewal odds', () => {
    fc.assert(
      fc.property(account, (i) => {
        fc.pre(i.expansion > 0);
        const out = model.compute(i).outputs;
        expect(n(out.total)).toBeGreaterThanOrEqual(n(out['flat-total']) * (1 - 1e-12));
        expect(n(out['final-acv'])).toBeGreaterThanOrEqual(i.acv * (1 - 1e-12));
        if (i.renewal !== null) expect(n(out.expected)).toBeGreaterThanOrEqual(n(out['expected-flat']) * (1 - 1e-12));
      }),
    );
  });

  it('keeps expected revenue at or below the certain total, and every figure finite', () => {
    fc.assert(
      fc.property(account, (i) => {
        const out = model.compute(i).outputs;
        for (const id of ['final-acv', 'total', 'flat-total', 'uplift-pct'] as const) expect(Number.isFinite(n(out[id]))).toBe(true);
        if (i.renewal !== null) expect(n(out.expected)).toBeLessThanOrEqual(n(out.total) * (1 + 1e-12));
      }),
    );
  });
});
