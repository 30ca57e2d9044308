import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const texts = (over: Record<string, string>) => ({ ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), ...over });
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o.value : undefined);
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);
const plan = fc.record({
  licence: typed(0, 1e6), implementation: typed(0, 1e6), build: typed(0, 1e7), fte: typed(0, 10), 'engineer-cost': typed(0, 5e5),
  years: fc.integer({ min: 1, max: 10 }), 'vendor-exists': fc.constantFrom('yes', 'no'), differentiation: fc.constantFrom('yes', 'no'),
});

describe('build-vs-buy model', () => {
  it('compares $360,000 of licence with $1,060,000 to build and keep 1.5 engineers for three years: 2.94 times, so buy', () => {
    const { outputs, notes } = compute();
    expect(n(outputs['buy-total'])).toBe(360_000);
    expect(n(outputs['build-total'])).toBe(1_060_000);
    expect(n(outputs.ratio)).toBeCloseTo(2.944, 3);
    expect(outputs.verdict).toEqual({ value: 'buy', label: 'Buy' });
    expect(notes[0]!.text).toMatch(/partial copy of a tool you could buy/);
  });

  it('adds the implementation to buying once', () => {
    expect(n(compute({ implementation: 40_000 }).outputs['buy-total'])).toBe(400_000);
  });

  it('allows building when no vendor does it well, and still counts the years of upkeep', () => {
    const { outputs, notes } = compute({ 'vendor-exists': 'no' });
    expect(kw(outputs.verdict)).toBe('build');
    expect(n(outputs['build-total'])).toBe(1_060_000);
    expect(notes.map((x) => x.text)).toContain('With no vendor, building is allowed: budget the upkeep, not only the build.');
  });

  it('builds for a real edge only when someone will maintain it', () => {
    expect(kw(compute({ differentiation: 'yes' }).outputs.verdict)).toBe('build');
    const { outputs, notes } = compute({ differentiation: 'yes', fte: 0 });
    expect(kw(outputs.verdict)).toBe('buy');
    expect(notes[0]!.text).toMatch(/^No engineers for upkeep is not realistic/);
  });

  it('has no ratio when buying costs nothing', () => {
    expect(compute({ licence: 0 }).outputs.ratio).toHaveProperty('unavailable');
  });

  it('refuses zero years and more than ten at the field', () => {
    expect(evaluate(model, texts({ years: '0' })).errors.years).toBe('Years to compare must be between 1 year and 10 years.');
    expect(evaluate(model, texts({ years: '11' })).errors.years).toBe('Years to compare must be between 1 year and 10 years.');
  });

  it('never says build when a credible vendor exists and the edge is not real', () => {
    fc.assert(
      fc.property(plan, (i) => {
        const out = model.compute(i).outputs;
        if (i['vendor-exists'] === 'yes' && i.differentiation === 'no') expect(kw(out.verdict)).toBe('buy');
        expect(n(out['build-total'])).toBeCloseTo(i.build + i.fte * i['engineer-cost'] * i.years, 2);
      }),
    );
  });

  it('widens the gap in building’s disfavour each year while upkeep costs more than the licence', () => {
    fc.assert(
      fc.property(plan, fc.double({ min: 0, max: 0.99, noNaN: true }), (p, k) => {
        // A licence below the yearly upkeep, built from the upkeep so no case is wasted.
        const i = { ...p, fte: p.fte + 0.1, 'engineer-cost': p['engineer-cost'] + 1000, years: Math.min(p.years, 9) };
        i.licence = Math.round(i.fte * i['engineer-cost'] * k * 100) / 100;
        const gap = (years: number) => {
          const out = model.compute({ ...i, years }).outputs;
          return n(out['build-total']) - n(out['buy-total']);
        };
        expect(gap(i.years + 1)).toBeGreaterThan(gap(i.years));
      }),
    );
  });
});
