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
const types = ['seats', 'tier', 'cross-sell', 'usage'];
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);
const mix = fc.record({ seats: typed(0, 1e9), tier: typed(0, 1e9), 'cross-sell': typed(0, 1e9), usage: typed(0, 1e9), model: fc.constantFrom('per-seat', 'consumption', 'multi-product') });

describe('expansion-mix model', () => {
  it('splits $2.0M, $1.0M, $0.5M and $0.5M into 50%, 25%, 12.5% and 12.5%: seats and tiers 75%, the per-seat pattern', () => {
    const { outputs, notes } = compute();
    expect(types.map((t) => n(outputs[`${t}-share`]))).toEqual([50, 25, 12.5, 12.5]);
    expect(n(outputs.total)).toBe(4_000_000);
    expect(n(outputs['pattern-share'])).toBe(75);
    expect(outputs.fit).toEqual({ value: 'matches', label: 'Matches the seats and tier upgrades pattern' });
    expect(notes).toEqual([]);
  });

  it('reads the same mix against consumption and multi-product pricing', () => {
    const usage = compute({ model: 'consumption' });
    expect(n(usage.outputs['pattern-share'])).toBe(12.5);
    expect(kw(usage.outputs.fit)).toBe('differs');
    expect(usage.notes[0]!.text).toBe(
      'This pricing usually expands through usage growth, which brings you 12.5%: look at adoption that deepens use.',
    );
    expect(kw(compute({ model: 'multi-product' }).outputs.fit)).toBe('differs');
    // A quarter from cross-sell counts as significant; more than half is needed for "mostly".
    expect(kw(compute({ model: 'multi-product', 'cross-sell': 1_000_000, seats: 1_500_000 }).outputs.fit)).toBe('matches');
    expect(kw(compute({ model: 'per-seat', seats: 1_000_000, tier: 1_000_000, 'cross-sell': 1_000_000, usage: 1_000_000 }).outputs.fit)).toBe('differs');
  });

  it('shows no mix when there is no expansion, and points to net retention', () => {
    const { outputs } = compute({ seats: 0, tier: 0, 'cross-sell': 0, usage: 0 });
    expect(outputs['seats-share']).toEqual({ unavailable: expect.stringContaining('NRR can never rise above GRR') });
    expect(outputs.fit).toHaveProperty('unavailable');
    expect(n(outputs.total)).toBe(0);
  });

  it('refuses a negative amount at the field', () => {
    expect(evaluate(model, texts({ usage: '-5' })).errors.usage).toBe('Expansion ARR from usage growth must be between $0 and $1,000,000,000,000.');
  });

  it('gives shares that add up to 100% whenever there is any expansion', () => {
    fc.assert(
      fc.property(mix, (i) => {
        fc.pre(i.seats + i.tier + i['cross-sell'] + i.usage > 0);
        const out = model.compute(i).outputs;
        expect(types.reduce((a, t) => a + n(out[`${t}-share`]), 0)).toBeCloseTo(100, 9);
        expect(n(out['pattern-share'])).toBeGreaterThanOrEqual(0);
        expect(n(out['pattern-share'])).toBeLessThanOrEqual(100 + 1e-9);
      }),
    );
  });
});
