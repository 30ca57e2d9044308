import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import retention from '../../calculators/retention/model';
import { evaluate } from '../../calculators/inputs';
import { crowded, emptySlide, exportSlide, fromProfile, importSlide, parseSlide, slideFigures } from './model';
import { exampleSlide, slideMarkdown } from './extras';

describe('board slide', () => {
  it('reads the book’s example on the appendix summary', () => {
    const f = slideFigures(exampleSlide('summary'));
    expect(f.nrr).toEqual({ value: 105, tier: 'Acceptable' });
    expect(f.grr).toEqual({ value: 90, tier: 'Strong' });
    expect(f.logo).toBe(91);
    expect(f.churnMix).toEqual({ involuntary: 200000, voluntary: 500000, downgrade: 300000, total: 1000000 });
    expect(f.expansionShare).toBe(37.5);
    expect(f.closing).toBe(13000000);
    expect(f.forecast.weighted).toBe(3800000);
    expect(f.forecast.due).toBe(5300000);
    expect(f.forecast.share).toBeCloseTo(71.698, 3);
    expect(f.atRisk.total).toBe(800000);
    expect(f.errors).toEqual({});
  });

  it('reads chapter 4’s four elements: comparisons in points, cohorts, bookings by source', () => {
    const f = slideFigures(exampleSlide('four'));
    expect(f.nrrVs).toEqual({ prior: 2, target: -3 });
    expect(f.grrVs).toEqual({ prior: 2, target: -2 });
    expect(f.cohorts).toEqual([
      { label: 'Signed two years ago', values: [93, 89, null, null] },
      { label: 'Signed last year', values: [90, null, null, null] },
    ]);
    expect(f.bookings).toMatchObject({ total: 1500000, owned: 700000, influenced: 500000 });
    expect(f.warnings).toEqual([]);
  });

  it('gives the same NRR, GRR and bands as the retention calculator, for any movement', () => {
    const amount = fc.integer({ min: 0, max: 50_000_000 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 50_000_000 }), amount, amount, amount, (start, expansion, contraction, churn) => {
        fc.pre(contraction + churn <= start);
        const s = { ...emptySlide(), start: String(start), expansion: String(expansion), contraction: String(contraction), churn: String(churn) };
        const f = slideFigures(s);
        const r = evaluate(retention, { start: String(start), expansion: String(expansion), contraction: String(contraction), churn: String(churn) }).result!.outputs;
        expect(f.nrr!.value).toBe((r.nrr as { value: number }).value);
        expect(f.grr!.tier).toBe((r['grr-tier'] as { label: string }).label);
      }),
    );
  });

  it('puts exactly 120% NRR in the strong band, not best in class', () => {
    const s = { ...emptySlide(), start: '100000000', expansion: '31000000', contraction: '3000000', churn: '8000000' };
    expect(slideFigures(s).nrr).toEqual({ value: 120, tier: 'Strong' });
  });

  it('refuses figures that cannot be true', () => {
    const s = exampleSlide('summary');
    s.customersLost = '401';
    s.involuntary = '800000';
    s.bands.risk.probability = '125';
    const f = slideFigures(s);
    expect(f.errors.customersLost).toBe('Customers lost cannot exceed the customers at the start.');
    expect(f.errors.involuntary).toBe('Involuntary churn is part of churned ARR, so it cannot be larger.');
    expect(f.errors['probability-risk']).toBe('The at risk probability must be between 0% and 100%.');
    const zero = slideFigures({ ...s, start: '0' });
    expect(zero.why).toMatch(/^Opening ARR is zero/);
    const leak = slideFigures({ ...exampleSlide(), churn: '9900000' });
    expect(leak.nrr).toBeUndefined();
    expect(leak.why).toMatch(/cannot exceed the starting ARR/);
  });

  it('fills from my numbers only where the reader typed nothing, and the movement only whole', () => {
    const profile = { start: 20_000_000, expansion: 2_000_000, contraction: 500_000, churn: 1_000_000, newArr: 4_000_000 };
    const blank = emptySlide();
    expect(fromProfile(blank, profile).filled).toEqual(['start', 'expansion', 'contraction', 'churn', 'newArr']);
    expect(slideFigures(blank, profile).nrr!.value).toBeCloseTo(102.5, 9);
    expect(fromProfile(blank, { start: 20_000_000, newArr: 1 }).filled).toEqual(['newArr']);
    const typed = { ...blank, start: '5000000' };
    expect(fromProfile(typed, profile).filled).toEqual(['newArr']);
    expect(fromProfile(exampleSlide(), profile).filled).toEqual([]);
  });

  it('warns about influenced bookings without an attribution, bands out of order and missing plans', () => {
    const s = exampleSlide();
    s.attribution = '';
    s.bands.risk.probability = '70';
    s.atRisk[1]!.plan = '';
    const w = slideFigures(s).warnings;
    expect(w).toContain('Some expansion is marked as influenced by CS: say on the slide how it was attributed.');
    expect(w).toContain('A lower band has a higher probability than the band above it: check the probabilities.');
    expect(w).toContain('Second at-risk account has no plan: the slide shows revenue at risk with the plan for each.');
  });

  it('round-trips through JSON, always keeps two risks, and spots a crowded slide', () => {
    expect(importSlide(exportSlide(exampleSlide('summary')))).toEqual(exampleSlide('summary'));
    expect(parseSlide({ version: 1, risks: [] })!.risks).toHaveLength(2);
    expect(parseSlide({ version: 1, variant: 'three' })).toBeUndefined();
    expect(crowded(exampleSlide())).toBe(false);
    const long = exampleSlide();
    long.risks = long.risks.map(() => ({ title: 'x'.repeat(60), detail: 'y'.repeat(160) }));
    long.atRisk = Array.from({ length: 4 }, () => ({ account: 'a'.repeat(60), arr: '1', plan: 'p'.repeat(60) }));
    expect(crowded(long)).toBe(true);
  });

  it('writes each variant as Markdown with its own sections', () => {
    const four = slideMarkdown(exampleSlide('four'));
    expect(four.match(/^## /gm)).toHaveLength(4);
    expect(four).toContain('- **NRR 105%** (acceptable, +2 pts on last period, -3 pts against target)');
    const summary = slideMarkdown(exampleSlide('summary'));
    expect(summary).toContain('- **NRR 105%** (acceptable)');
    expect(summary).toContain('ARR lost $1,000,000: involuntary 20%, voluntary 50%, downgrade 30%.');
    expect(summary).toContain('Expansion: 37.5% of new ARR');
    expect(summary).toContain('- Expected in all: $3,800,000 of $5,300,000');
  });
});
