import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { normalise } from '../weights';
import { computeWith, defaultsOf, n, textsFor } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs } from '../contract';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const texts = textsFor(model);
const warnings = (over: Inputs) => compute(over).notes.filter((x) => x.level === 'warning').map((x) => x.text).join(' ');
const metrics = ['retention', 'expansion', 'health'];

const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);
const plan = fc.record({
  ote: typed(0.01, 1e7),
  base: typed(0, 100),
  'retention-weight': typed(0, 100),
  'expansion-weight': typed(0, 100),
  'health-weight': typed(0, 100),
  mandate: fc.constantFrom('yes', 'no'),
});

describe('comp-plan model', () => {
  it('splits the mid-market template 80 / 20 and the variable 60 / 30 / 10: 12%, 6% and 2% of pay', () => {
    const { outputs, notes } = compute();
    expect(n(outputs['base-pay'])).toBe(80000);
    expect(n(outputs['variable-pay'])).toBe(20000);
    expect(metrics.map((m) => n(outputs[`${m}-pay`]))).toEqual([12000, 6000, 2000]);
    expect(metrics.map((m) => n(outputs[`${m}-share`]))).toEqual([12, 6, 2]);
    expect(notes).toEqual([]);
  });

  it('stops at weights that add up to 95, says so at the field and offers the rescaled split', () => {
    const e = evaluate(model, texts({ 'health-weight': '5' }));
    expect(e.result).toBeUndefined();
    // 60, 30, 5 out of 95 → 63.2, 31.6, 5.3 → 63, 32, 5 in whole percentages
    expect(e.errors['health-weight']).toBe('The three weights add up to 95%, not 100%. Keeping their proportions gives gross retention 63%, expansion 32% and customer health 5%.');
    const fix = e.repair!;
    expect(fix).toEqual(model.repair!(e.values));
    expect(fix.label).toBe('Use 63%, 32% and 5%');
    // A field that does not read hides the cross-check, and its repair with it.
    expect(evaluate(model, texts({ 'health-weight': '5', ote: 'lots' })).repair).toBeUndefined();
    const fixed = evaluate(model, texts(fix.texts));
    expect(fixed.errors).toEqual({});
    expect(metrics.map((m) => n(fixed.result!.outputs[`${m}-pay`]))).toEqual([12600, 6400, 1000]);
  });

  it('still splits the whole variable in proportion when called directly with weights that do not total 100', () => {
    const { outputs } = compute({ 'health-weight': 5 });
    const sum = metrics.reduce((a, m) => a + n(outputs[`${m}-pay`]), 0);
    expect(sum).toBeCloseTo(20000, 6);
    expect(n(outputs['retention-pay'])).toBeCloseTo(20000 * (60 / 95), 6);
  });

  it('cannot split the variable when every weight is zero, and says why', () => {
    const { outputs } = compute({ 'retention-weight': 0, 'expansion-weight': 0, 'health-weight': 0 });
    expect(outputs['retention-pay']).toEqual({ unavailable: 'Give at least one metric a weight above 0% to split the variable pay.' });
    expect(n(outputs['variable-pay'])).toBe(20000);
  });

  it('warns about pure commission, a variable above 30%, and notes a base above 85%', () => {
    expect(warnings({ base: 0 })).toMatch(/pure commission.*unwound within 18 months/);
    expect(warnings({ base: 65 })).toMatch(/Variable pay of 35% is above the usual 30% ceiling/);
    expect(warnings({ base: 70 })).toBe('');
    expect(compute({ base: 90 }).notes[0]?.text).toMatch(/above the usual 70% to 85% band/);
  });

  it('warns when gross retention is not the largest weight, or expansion is paid without the mandate', () => {
    expect(warnings({ 'retention-weight': 30, 'expansion-weight': 60 })).toMatch(/Gross retention should carry the largest share/);
    expect(warnings({ mandate: 'no' })).toMatch(/not in the CSM’s mandate/);
    expect(warnings({ mandate: 'no', 'retention-weight': 90, 'expansion-weight': 0 })).toBe('');
  });

  it('warns when health weighs more than 20% and notes less than 10%', () => {
    expect(warnings({ 'retention-weight': 50, 'expansion-weight': 25, 'health-weight': 25 })).toMatch(/can be gamed/);
    expect(compute({ 'retention-weight': 65, 'expansion-weight': 30, 'health-weight': 5 }).notes.map((x) => x.text).join(' ')).toMatch(/under 10%/);
    expect(warnings({ 'retention-weight': 60, 'expansion-weight': 20, 'health-weight': 20 })).toBe('');
  });

  it('refuses zero pay, negative weights and a base outside 0% to 100% at the field', () => {
    expect(evaluate(model, texts({ ote: '0' })).errors.ote).toBe('On-target pay a year must be more than $0 and at most $10,000,000.');
    expect(evaluate(model, texts({ 'health-weight': '-5' })).errors['health-weight']).toBe('Variable weight on customer health must be between 0% and 100%.');
    expect(evaluate(model, texts({ base: '120' })).errors.base).toBe('Base share of pay must be between 0% and 100%.');
  });

  it('normalises any weights with a positive total to exactly 100, keeping their proportions', () => {
    fc.assert(
      fc.property(fc.array(typed(0, 100), { minLength: 3, maxLength: 3 }), fc.integer({ min: 1, max: 50 }), (w, k) => {
        fc.pre(w.some((x) => x > 0));
        const out = normalise(w);
        expect(out.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
        const scaled = normalise(w.map((x) => x * k));
        out.forEach((x, i) => expect(scaled[i]).toBeCloseTo(x, 9));
      }),
    );
  });

  it('pays out exactly on-target pay: base plus the three components', () => {
    fc.assert(
      fc.property(plan, (i) => {
        const out = model.compute(i).outputs;
        expect(n(out['base-pay']) + n(out['variable-pay'])).toBeCloseTo(i.ote, 4);
        if (i['retention-weight'] + i['expansion-weight'] + i['health-weight'] > 0) {
          const parts = metrics.reduce((a, m) => a + n(out[`${m}-pay`]), 0);
          expect(Math.abs(parts - n(out['variable-pay']))).toBeLessThanOrEqual(1e-9 * i.ote + 1e-9);
        }
      }),
    );
  });

  it('never lowers the pay for a metric when its weight rises', () => {
    fc.assert(
      fc.property(plan, typed(0, 100), (i, other) => {
        const [lo, hi] = [Math.min(i['retention-weight'], other), Math.max(i['retention-weight'], other)];
        fc.pre(lo + i['expansion-weight'] + i['health-weight'] > 0);
        const a = model.compute({ ...i, 'retention-weight': lo }).outputs;
        const b = model.compute({ ...i, 'retention-weight': hi }).outputs;
        expect(n(b['retention-pay'])).toBeGreaterThanOrEqual(n(a['retention-pay']) * (1 - 1e-12));
      }),
    );
  });

  describe('when CS owns expansion (chapter 11)', () => {
    const owns = (over: Inputs = {}) => compute({ mandate: 'owns', ...over });
    const ownsWarnings = (over: Inputs) => warnings({ mandate: 'owns', ...over });

    it('keeps the 80 / 20 template and its 60 / 30 / 10 split in order, with no warning', () => {
      const { outputs, notes } = owns();
      expect(metrics.map((m) => n(outputs[`${m}-pay`]))).toEqual([12000, 6000, 2000]);
      expect(outputs.ordering).toEqual({ value: 'in-order', label: 'Retention, then expansion, then health' });
      expect(notes).toEqual([]);
    });

    it('pays $75,000 base, $15,000, $7,500 and $2,500 at 75 / 25: expansion is 7.5% of total pay', () => {
      const { outputs, notes } = owns({ base: 75 });
      expect(n(outputs['base-pay'])).toBe(75000);
      expect(n(outputs['variable-pay'])).toBe(25000);
      expect(metrics.map((m) => n(outputs[`${m}-pay`]))).toEqual([15000, 7500, 2500]);
      expect(n(outputs['expansion-share'])).toBe(7.5);
      expect(notes).toEqual([]);
    });

    it('warns above the 20% to 25% variable band and notes below it, keeping chapter 6’s 30% ceiling', () => {
      expect(ownsWarnings({ base: 72 })).toBe('Variable pay of 28% is above the 20% to 25% band for CSMs who own expansion: it starts to pull against the relationship.');
      expect(ownsWarnings({ base: 65 })).toMatch(/35% is above the usual 30% ceiling/);
      expect(ownsWarnings({ base: 0 })).toMatch(/pure commission/);
      expect(owns({ base: 84 }).notes).toEqual([{ level: 'info', text: expect.stringContaining('Variable pay of 16% is below the 20% to 25% band') }]);
      // The same base is fine for a CSM who does not own expansion.
      expect(warnings({ base: 72 })).toBe('');
      expect(compute({ base: 84 }).notes).toEqual([]);
    });

    it('warns when expansion equals retention, is unpaid, or falls below health', () => {
      expect(ownsWarnings({ 'retention-weight': 45, 'expansion-weight': 45, 'health-weight': 10 })).toMatch(/Expansion weighs as much as retention/);
      expect(warnings({ 'retention-weight': 45, 'expansion-weight': 45, 'health-weight': 10 })).toBe('');
      expect(ownsWarnings({ 'retention-weight': 90, 'expansion-weight': 0, 'health-weight': 10 })).toMatch(/pays nothing for it/);
      expect(ownsWarnings({ 'retention-weight': 60, 'expansion-weight': 15, 'health-weight': 25 })).toMatch(/Health outweighs expansion/);
    });

    it('names the order of the variable in every mode', () => {
      expect(owns({ 'retention-weight': 45, 'expansion-weight': 45, 'health-weight': 10 }).outputs.ordering).toEqual({ value: 'out-of-order', label: 'Retention does not carry the most' });
      expect(compute({ mandate: 'no', 'retention-weight': 90, 'expansion-weight': 0, 'health-weight': 10 }).outputs.ordering).toEqual({ value: 'retention-first', label: 'Retention first; expansion not above health' });
      expect(compute({ 'retention-weight': 0, 'expansion-weight': 0, 'health-weight': 0 }).outputs.ordering).toHaveProperty('unavailable');
    });

    it('reads the retention slice against the expansion slice: twice as much at risk as a push earns', () => {
      const say = (over: Inputs) => {
        const values = { ...defaults, ...over };
        return model.reading!(values, model.compute(values)).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `<${p.output}>` : `[${p.value}]`)).join('')).join(' ');
      };
      expect(say({ mandate: 'owns', base: 75 })).toBe('Of <variable-pay> of variable pay, <retention-pay> rides on retention and <expansion-pay> on expansion. A pushed upsell that costs the renewal risks [2] times what it earns.');
      expect(say({ 'retention-weight': 30, 'expansion-weight': 60 })).toContain('risks no more than it earns, so the plan pays CSMs to sell.');
      expect(say({ 'retention-weight': 45, 'expansion-weight': 45 })).toContain('risks no more than it earns');
      expect(say({ 'retention-weight': 0, 'expansion-weight': 90 })).toContain('risks no more than it earns');
      expect(say({ 'retention-weight': 90, 'expansion-weight': 0 })).toContain('Nothing rides on expansion');
    });

    it('never lets expansion outweigh retention without a warning when CS owns expansion', () => {
      fc.assert(
        fc.property(plan, (i) => {
          const p = { ...i, mandate: 'owns' };
          fc.pre(p['expansion-weight'] >= p['retention-weight'] && p['retention-weight'] + p['expansion-weight'] + p['health-weight'] > 0);
          expect(model.compute(p).notes.some((x) => x.level === 'warning')).toBe(true);
        }),
      );
    });
  });
});
