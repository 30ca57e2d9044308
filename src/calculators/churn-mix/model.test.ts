import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, kw, n, textsFor } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs, OutputValue } from '../contract';
import { expectSoundReading, readingOf } from '../testing-reading';
import { profileFill } from '../sources';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const texts = textsFor(model);
const close = (a: number, b: number, tol = 1e-9) => expect(Math.abs(a - b)).toBeLessThan(tol);

describe('churn-mix model', () => {
  it('splits worked example C: 12% headline, 3/5/4% by type, 25/41.7/33.3% of the loss, 7% logo churn, 88% GRR', () => {
    const { outputs, tables } = compute();
    close(n(outputs.headline), 12);
    close(n(outputs['involuntary-rate']), 3);
    close(n(outputs['voluntary-rate']), 5);
    close(n(outputs['downgrade-rate']), 4);
    close(n(outputs['involuntary-share']), 25);
    close(n(outputs['voluntary-share']), 41.6666666667, 1e-6);
    close(n(outputs['downgrade-share']), 33.3333333333, 1e-6);
    close(n(outputs['logo-churn']), 7);
    close(n(outputs.grr), 88);
    close(n(outputs['controllable-share']), 75);
    expect(outputs.focus).toEqual({ value: 'voluntary', label: 'Voluntary churn' });
    expect(tables![0]!.rows.map((r) => r.type)).toEqual(['Involuntary', 'Voluntary', 'Downgrade']);
    expect(tables![0]!.rows[0]!.asks).toMatch(/beyond CS/);
  });

  it('leaves downgrades out of logo churn and says so', () => {
    const base = n(compute().outputs['logo-churn']);
    expect(n(compute({ 'downgrade-customers': 100 }).outputs['logo-churn'])).toBe(base);
    expect(compute().notes.map((x) => x.text).join()).toMatch(/never show in logo churn/);
  });

  it('shows no shares when nothing churned', () => {
    const { outputs, notes } = compute({ involuntary: 0, voluntary: 0, downgrade: 0, 'involuntary-customers': 0, 'voluntary-customers': 0, 'downgrade-customers': 0 });
    expect(outputs['voluntary-share']).toEqual({ unavailable: expect.stringContaining('No churn recorded') });
    expect(n(outputs.headline)).toBe(0);
    expect(n(outputs.grr)).toBe(100);
    expect(kw(outputs.focus)).toBe('none');
    expect(notes).toEqual([{ level: 'info', text: 'No churn recorded, so there is no mix to split.' }]);
  });

  it('blocks losses above the starting ARR and more customers than the base holds', () => {
    expect(evaluate(model, texts({ downgrade: '19000000' })).errors).toEqual({ downgrade: expect.stringContaining('cannot exceed the starting ARR') });
    expect(evaluate(model, texts({ 'voluntary-customers': '197' })).errors).toHaveProperty('voluntary-customers');
    expect(evaluate(model, texts({ 'downgrade-customers': '187' })).errors).toEqual({ 'downgrade-customers': expect.stringContaining('stayed') });
    expect(evaluate(model, texts({ 'downgrade-customers': '186' })).result).toBeDefined();
  });

  it('warns when a type has ARR but no customers, or customers but no ARR', () => {
    expect(compute({ 'involuntary-customers': 0 }).notes[0]).toEqual({ level: 'warning', text: expect.stringContaining('Involuntary: ARR lost but no customers') });
  });

  it('names downgrades as the focus when they outweigh voluntary churn', () => {
    expect(kw(compute({ downgrade: 1_500_000 }).outputs.focus)).toBe('downgrade');
    expect(kw(compute({ downgrade: 1_000_000 }).outputs.focus)).toBe('voluntary+downgrade');
  });

  const valid = fc
    .record({ start: fc.integer({ min: 1, max: 1e9 }), parts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }) })
    .map(({ start, parts }) => {
      const sum = parts.reduce((a, b) => a + b, 0);
      const scale = sum > 1 ? 1 / sum : 1;
      const [i, v, d] = parts.map((p) => Math.floor(p * scale * start));
      return { 'start-arr': start, involuntary: i, voluntary: v, downgrade: d } as Inputs;
    });

  it('keeps shares summing to 100%, rates summing to the headline, and GRR = 100% − headline', () => {
    fc.assert(
      fc.property(valid, (v) => {
        expect(model.crossCheck!({ ...defaults, ...v })).toEqual({});
        const out = compute(v).outputs;
        const rates = ['involuntary', 'voluntary', 'downgrade'].reduce((a, id) => a + n(out[`${id}-rate`]), 0);
        close(rates, n(out.headline), 1e-6);
        close(n(out.grr), 100 - n(out.headline), 1e-6);
        expect(n(out.grr)).toBeGreaterThanOrEqual(-1e-9);
        if (n(out.headline) > 0) close(['involuntary', 'voluntary', 'downgrade'].reduce((a, id) => a + n(out[`${id}-share`]), 0), 100, 1e-6);
      }),
    );
  });

  it('reads worked example C in words that match its figures', () => {
    expect(readingOf(model, defaults).text).toBe('Of starting ARR, 12% was lost, leaving gross revenue retention at 88%. CS can influence 75% of the loss, voluntary churn above all.');
  });

  it('reads a year with no loss, and one whose loss was all involuntary', () => {
    expect(readingOf(model, { ...defaults, involuntary: 0, voluntary: 0, downgrade: 0 }).text).toBe('');
    expect(readingOf(model, { ...defaults, voluntary: 0, downgrade: 0, 'downgrade-customers': 0 }).text).toContain('All of it was involuntary');
  });

  it('never shows a broken figure, and names the larger controllable part correctly', () => {
    fc.assert(
      fc.property(valid, (v) => {
        const read = expectSoundReading(model, { ...defaults, ...v });
        const [vol, down] = [v.voluntary as number, v.downgrade as number];
        expect(read.text.includes('voluntary churn above all')).toBe(vol > down);
        expect(read.text.includes('downgrades above all')).toBe(down > vol);
      }),
    );
  });

  it('fills a whole year from my numbers or none of it', () => {
    const year = { 'start-arr': 22_000_000, 'start-customers': 380, churned: 2_000_000, 'involuntary-churned': 500_000, contraction: 600_000, 'involuntary-lost': 3, 'voluntary-lost': 12, downgraded: 25 };
    expect(profileFill(model, year).values).toEqual({
      'start-arr': '22000000',
      'start-customers': '380',
      involuntary: '500000',
      'involuntary-customers': '3',
      voluntary: '1500000',
      'voluntary-customers': '12',
      downgrade: '600000',
      'downgrade-customers': '25',
    });
    // The saved profile of the issue: a year's ARR movements but no split by type, so the example stays whole.
    const fill = profileFill(model, { arr: 24e6, customers: 400, 'start-arr': 22e6, expansion: 2.5e6, contraction: 0.6e6, churned: 2e6 });
    expect(fill.values).toEqual({});
    expect(fill.unfilled[0]!.needs).toEqual(['start-customers', 'involuntary-churned', 'involuntary-lost', 'voluntary-lost', 'downgraded']);
    // An involuntary part larger than all churn cannot give a voluntary figure.
    expect(profileFill(model, { ...year, 'involuntary-churned': 3_000_000 }).unfilled[0]!.problem).toMatch(/cannot be worked out/);
  });
});
