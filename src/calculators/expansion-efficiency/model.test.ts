import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import { evaluate } from '../inputs';
import { profileFill } from '../sources';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const texts = (over: Record<string, string>) => ({ ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), ...over });
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);
const growth = fc.record({ arr: typed(0.01, 1e10), 'expansion-share': typed(0, 100), 'cost-new': typed(0, 10), 'cost-expansion': typed(0, 10) });

describe('expansion-efficiency model', () => {
  it('costs $4.8M for $10M of new ARR at 60% expansion, against $9M all new: a $4.2M (46.7%) saving, 4.5 times cheaper', () => {
    const { outputs, notes } = compute();
    expect(n(outputs['cost-mix'])).toBeCloseTo(4_800_000, 6);
    expect(n(outputs['cost-all-new'])).toBe(9_000_000);
    expect(n(outputs.saving)).toBeCloseTo(4_200_000, 6);
    expect(n(outputs['saving-pct'])).toBeCloseTo(46.667, 3);
    expect(n(outputs.multiple)).toBeCloseTo(4.5, 12);
    expect(notes).toEqual([]);
  });

  it('spans 2.67 to 10 times across the source’s cost bands', () => {
    expect(n(compute({ 'cost-new': 0.8, 'cost-expansion': 0.3 }).outputs.multiple)).toBeCloseTo(2.667, 3);
    expect(n(compute({ 'cost-new': 1, 'cost-expansion': 0.1 }).outputs.multiple)).toBeCloseTo(10, 12);
  });

  it('explains that free expansion has no finite multiple but still costs the mix', () => {
    const { outputs } = compute({ 'cost-expansion': 0 });
    expect(outputs.multiple).toEqual({ unavailable: 'Free expansion has no finite multiple.' });
    expect(n(outputs['cost-mix'])).toBeCloseTo(3_600_000, 6);
  });

  it('allows costs outside the source’s bands and says so', () => {
    const { notes } = compute({ 'cost-new': 1.2, 'cost-expansion': 0.05 });
    expect(notes.map((x) => x.text)).toEqual([
      '1.20 a dollar of new logos is outside the usual 0.80 to 1.00.',
      '0.05 a dollar of expansion is outside the usual 0.10 to 0.30.',
    ]);
  });

  it('gives a negative saving, with a warning, when expansion is the dearer dollar', () => {
    const { outputs, notes } = compute({ 'cost-new': 0.5, 'cost-expansion': 0.6 });
    expect(n(outputs.saving)).toBeLessThan(0);
    expect(notes.find((x) => x.level === 'warning')?.text).toMatch(/saving is negative/);
  });

  it('has no saving percentage when new logos cost nothing', () => {
    expect(compute({ 'cost-new': 0, 'cost-expansion': 0 }).outputs['saving-pct']).toHaveProperty('unavailable');
  });

  it('refuses zero ARR, a share above 100% and a negative cost at the field', () => {
    expect(evaluate(model, texts({ arr: '0' })).errors.arr).toBe('New ARR to win this year must be more than $0 and at most $1,000,000,000,000.');
    expect(evaluate(model, texts({ 'expansion-share': '120' })).errors['expansion-share']).toBe('Share won from existing customers must be between 0% and 100%.');
    expect(evaluate(model, texts({ 'cost-expansion': '-0.1' })).errors['cost-expansion']).toBe('Cost to win each dollar of expansion must be between $0 and $10.');
  });

  it('fills the year’s new ARR and its expansion share together from new-logo ARR and expansion', () => {
    const fill = profileFill(model, { 'new-arr': 4_000_000, expansion: 6_000_000 });
    expect(fill.values).toEqual({ arr: '10000000', 'expansion-share': '60' });
    expect(profileFill(model, { expansion: 6_000_000 }).unfilled[0]!.needs).toEqual(['new-arr']);
    expect(profileFill(model, { 'new-arr': 0, expansion: 0 }).values).toEqual({});
  });

  it('reads the saving and what each point of the mix is worth', () => {
    const say = (over: Inputs) => {
      const values = { ...defaults, ...over };
      return model.reading!(values, model.compute(values)).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `<${p.output}>` : `[${p.value}]`)).join('')).join(' ');
    };
    expect(say({ arr: 1_000_000 })).toBe('Winning this ARR costs <cost-mix>, against <cost-all-new> if it all came from new logos: a saving of <saving>. Each point moved from new logos to expansion saves a further [7000].');
    expect(say({ 'cost-new': 0.2, 'cost-expansion': 0.2 })).toContain('no difference at all. Both dollars cost the same, so the mix changes nothing.');
    expect(say({ 'cost-new': 0.2, 'cost-expansion': 0.4 })).toContain('an extra [1200000]. Each point moved to expansion adds [20000].');
  });

  it('saves more as the expansion share rises, whenever expansion is the cheaper dollar', () => {
    fc.assert(
      fc.property(growth, typed(0, 100), (i, other) => {
        fc.pre(i['cost-expansion'] < i['cost-new']);
        const [lo, hi] = [Math.min(i['expansion-share'], other), Math.max(i['expansion-share'], other)];
        const a = n(model.compute({ ...i, 'expansion-share': lo }).outputs.saving);
        const b = n(model.compute({ ...i, 'expansion-share': hi }).outputs.saving);
        expect(b).toBeGreaterThanOrEqual(a - 1e-9 * i.arr);
        if (hi > lo) expect(b).toBeGreaterThan(a);
      }),
    );
  });

  it('keeps the mix between the all-expansion and all-new costs, and the saving equal to their difference', () => {
    fc.assert(
      fc.property(growth, (i) => {
        const out = model.compute(i).outputs;
        const [lo, hi] = [i.arr * Math.min(i['cost-new'], i['cost-expansion']), i.arr * Math.max(i['cost-new'], i['cost-expansion'])];
        const tol = 1e-9 * Math.max(1, hi);
        expect(n(out['cost-mix'])).toBeGreaterThanOrEqual(lo - tol);
        expect(n(out['cost-mix'])).toBeLessThanOrEqual(hi + tol);
        expect(n(out.saving)).toBeCloseTo(n(out['cost-all-new']) - n(out['cost-mix']), 3);
      }),
    );
  });
});
