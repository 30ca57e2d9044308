import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { evaluate } from '../inputs';
import { profileFill } from '../sources';
import { n } from '../testing';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const run = (over: Inputs = {}) => model.compute({ ...defaults, ...over } as never);
const texts = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));

describe('margin-aware-budget model', () => {
  it('reproduces the physical subscription: $50,000 at 35% and 90% with $7,500 of CS a year', () => {
    const out = run().outputs;
    expect(n(out['cost-per-account'])).toBe(7500);
    expect(n(out['gross-profit'])).toBe(17500);
    expect(n(out.lifespan)).toBe(10);
    expect(n(out.cltv)).toBe(175000);
    expect(n(out['cost-share'])).toBeCloseTo(42.857142857, 8);
  });

  it('reproduces the software comparison at 75%: $37,500, $375,000 and 20%', () => {
    const out = run({ margin: 75 }).outputs;
    expect(n(out['gross-profit'])).toBe(37500);
    expect(n(out.cltv)).toBe(375000);
    expect(n(out['cost-share'])).toBe(20);
  });

  it('covers chapter 5’s high-touch range: $150,000 to $250,000 a CSM over 20 accounts', () => {
    expect(n(run({ 'csm-cost': 250000 }).outputs['cost-share'])).toBeCloseTo(71.428571, 5);
    expect(n(run({ 'csm-cost': 250000, margin: 75 }).outputs['cost-share'])).toBeCloseTo(33.333333, 5);
  });

  it('says there is no profit to fund CS at a zero or negative margin', () => {
    for (const margin of [0, -10]) {
      const out = run({ margin });
      expect(out.outputs['cost-share']).toEqual({ unavailable: 'There is no gross profit to set the CS cost against.' });
      expect(out.notes[0]!.text).toContain('nothing to fund CS from');
    }
  });

  it('points to the discounted value at 100% retention', () => {
    const out = run({ retention: 100 }).outputs;
    expect('unavailable' in out.lifespan && out.lifespan.unavailable).toContain('discounted value');
    expect('unavailable' in out.cltv).toBe(true);
  });

  it('warns when CS costs more than the customer’s gross profit, and refuses zero accounts per CSM at the field', () => {
    expect(run({ 'csm-cost': 400000 }).notes[0]!.text).toContain('costs more than the customer’s whole gross profit');
    expect(evaluate(model, { ...texts, accounts: '0' }).errors.accounts).toBe('Accounts per CSM must be between 1 and 1,000,000.');
  });

  it('works out accounts per CSM from the reader’s customers and CSMs', () => {
    const fill = profileFill(model, { customers: 300, csms: 12, 'csm-cost': 120000 });
    expect(fill.values.accounts).toBe('25');
    expect(fill.values['csm-cost']).toBe('120000');
  });

  it('keeps the CS share in proportion: double the margin, half the share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 50 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 1, max: 500 }), (revenue, margin, retention, cost, accounts) => {
        const a = run({ revenue, margin, retention, 'csm-cost': cost, accounts }).outputs;
        const b = run({ revenue, margin: margin * 2, retention, 'csm-cost': cost, accounts }).outputs;
        expect(n(b['cost-share'])).toBeCloseTo(n(a['cost-share']) / 2, 6);
        expect(n(a.cltv)).toBeCloseTo(n(a['gross-profit']) * n(a.lifespan), 4);
      }),
    );
  });

  it('reads the share of profit and the software comparison', () => {
    const e = evaluate(model, { ...texts, 'csm-cost': '200000' });
    const text = model.reading!(e.values, e.result!).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `[${p.output}]` : Math.round(p.value * 100) / 100)).join(''));
    expect(text).toEqual(['Each customer brings in [gross-profit] of gross profit a year, and its CS coverage takes [cost-share] of it: more than half.', 'At a software margin of 75%, the same coverage would take 26.67.']);
  });
});
