import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import { expectSoundReading, readingFor } from '../testing-reading';
import { evaluate } from '../inputs';
import { profileFill } from '../sources';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const texts = (over: Record<string, string>) => ({ ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), ...over });
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o.value : undefined);
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over })!;

const company = fc.record({
  arr: fc.double({ min: 1, max: 1e12, noNaN: true }).map((x) => Math.round(x)),
  customers: fc.integer({ min: 1, max: 1e9 }),
  csms: fc.integer({ min: 0, max: 1e6 }),
  'cs-cost': fc.double({ min: 0, max: 1e12, noNaN: true }).map((x) => Math.round(x)),
  'arr-per-csm': fc.double({ min: 1, max: 1e10, noNaN: true }).map((x) => Math.round(x)),
  'customers-per-csm': fc.integer({ min: 1, max: 1e6 }),
  size: fc.constantFrom('established', 'large'),
});

describe('cs-coverage model', () => {
  it('checks the book’s example: 8% of ARR, 20 CSMs by ARR against 12 by customers, 4 short', () => {
    const out = compute().outputs;
    expect(n(out['cost-pct'])).toBe(8);
    expect(n(out['csms-by-arr'])).toBe(20);
    expect(n(out['csms-by-customers'])).toBe(12);
    expect(n(out['csms-needed'])).toBe(20);
    expect(kw(out.binding)).toBe('arr');
    expect(n(out['arr-per-current-csm'])).toBe(2_500_000);
    expect(n(out['customers-per-current-csm'])).toBe(37.5);
    expect(n(out.gap)).toBe(4);
    expect(compute().notes[0]!.text).toContain('The share of ARR alone does not decide');
  });

  it('reads the example against its rules: 25% above the ARR rule and 25% below the customer rule', () => {
    const run = read({ size: 'established' });
    expect(run.text).toBe(
      'CS costs 8% of ARR, within the 5% to 15% typical of established companies. The ARR rule calls for 20 CSMs and the customer rule for 12; the ARR rule binds, at 20. Each of today’s 16 CSMs carries $2,500,000 of ARR and 37.5 customers: 25% above the ARR rule and 25% below the customer rule. Meeting the larger rule takes 4 more CSMs, about $800,000 a year at today’s cost per CSM.',
    );
  });

  it('fills today’s company from my numbers only with every figure, the cost worked out from CSMs', () => {
    const saved = { arr: 24e6, customers: 400, retention: 88, margin: 78, cac: 45000, csms: 12, 'csm-cost': 160000 };
    const fill = profileFill(model, saved);
    expect(fill.values).toEqual({ arr: '24000000', customers: '400', csms: '12', 'cs-cost': '1920000' });
    expect(fill.filled.find((f) => f.field === 'cs-cost')?.derived).toBe('your CSMs × the fully loaded cost of one CSM');
    expect(profileFill(model, { arr: 24e6, customers: 400, csms: 12 }).values).toEqual({});
    const run = read({ arr: 24e6, customers: 400, csms: 12, 'cs-cost': 1920000 });
    expectSoundReading(model, run);
    expect(run.text).toBe(
      'CS costs 8% of ARR, within the 5% to 15% typical of established companies. The ARR rule calls for 12 CSMs and the customer rule for 8; the ARR rule binds, at 12. Each of today’s 12 CSMs carries $2,000,000 of ARR and 33.3 customers: level with the ARR rule and 33% below the customer rule. The team matches the larger rule exactly.',
    );
  });

  it('reads a ten-customer company with one CSM, and a team larger than the rules ask for', () => {
    const run = read({ arr: 500000, customers: 10, csms: 1, 'cs-cost': 100000, size: 'large' });
    expect(run.text).toBe(
      'CS costs 20% of ARR, above the under 5% typical of large organisations. The ARR rule calls for 0.3 CSMs and the customer rule for 0.2; in whole people they agree, at 1. Today’s one CSM carries $500,000 of ARR and 10 customers: 75% below the ARR rule and 80% below the customer rule. The team matches the larger rule exactly.',
    );
    expect(read({ csms: 25 }).text).toContain('The team has 5 CSMs more than the larger rule asks for.');
    expect(read({ csms: 19 }).text).toContain('takes 1 more CSM, about');
  });

  it('shows what the base needs with no CSMs today, and says why there is no load', () => {
    const out = compute({ csms: 0, 'cs-cost': 0 });
    expect(n(out.outputs.gap)).toBe(20);
    expect(out.outputs['arr-per-current-csm']).toEqual({ unavailable: 'No CSMs today, so there is no load to share.' });
    const run = read({ csms: 0, 'cs-cost': 0 });
    expectSoundReading(model, run);
    expect(run.text).toContain('With no CSMs today, nobody carries the load yet. Meeting the larger rule takes 20 more CSMs.');
  });

  it('flags a CS cost above ARR, and refuses fractional customers and zero rules at the field', () => {
    expect(compute({ 'cs-cost': 50e6 }).notes.some((x) => x.level === 'warning')).toBe(true);
    expect(evaluate(model, texts({ customers: '600.5' })).errors.customers).toBe('Customers must be a whole number.');
    expect(evaluate(model, texts({ 'arr-per-csm': '0' })).errors['arr-per-csm']).toMatch(/must be more than \$0/);
    expect(evaluate(model, texts({ 'customers-per-csm': '0' })).errors['customers-per-csm']).toMatch(/between 1 and/);
  });

  it('never rounds a huge team down: $1T of ARR at $216 a CSM needs 4,629,629,630 people', () => {
    const out = model.compute({ arr: 1e12, customers: 1, csms: 0, 'cs-cost': 0, 'arr-per-csm': 216, 'customers-per-csm': 1, size: 'established' }).outputs;
    expect(n(out['csms-needed'])).toBe(4_629_629_630);
  });

  it('needs as many whole CSMs as the larger rule, never fewer and never one more than it must', () => {
    fc.assert(
      fc.property(company, (c) => {
        const out = model.compute(c).outputs;
        const needed = n(out['csms-needed']);
        const larger = Math.max(c.arr / c['arr-per-csm'], c.customers / c['customers-per-csm']);
        expect(needed).toBeGreaterThanOrEqual(larger * (1 - 1e-9));
        expect(needed - 1).toBeLessThan(larger);
        expect(n(out.gap)).toBe(needed - c.csms);
      }),
    );
  });

  it('reads soundly for any company, with words that agree with the figures', () => {
    fc.assert(
      fc.property(company, (c) => {
        const run = readingFor(model, c)!;
        expectSoundReading(model, run);
        const gap = n(run.result.outputs.gap);
        expect(run.text.includes('more than the larger rule')).toBe(gap < 0);
        expect(run.text.includes('Meeting the larger rule takes')).toBe(gap > 0);
        const pct = Math.round(n(run.result.outputs['cost-pct']) * 10) / 10;
        if (c.size === 'established') expect(run.text.includes('within the 5%')).toBe(pct >= 5 && pct <= 15);
      }),
    );
  });
});
