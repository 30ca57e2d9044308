import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n, computeWith, defaultsOf } from '../testing';
import type { Inputs } from '../contract';
import { checkReading } from '../testing-reading';
import { profileFill } from '../sources';

// What a reader can type: figures to two decimal places (no subnormal oddities).
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);

const defaults = defaultsOf(model);
const compute = computeWith(model);
/** The brief's tables are rounded to the nearest unit (halves up). */
const toUnit = (x: number) => Math.round(x + 1e-7);

const money = fc.oneof(fc.integer({ min: 0, max: 1e9 }), typed(0, 1e9));
const percent = fc.oneof(fc.integer({ min: 0, max: 100 }), typed(0, 100));
const valid = fc.record({
  start: money,
  new: money,
  'retention-a': percent,
  'retention-b': percent,
  years: fc.integer({ min: 1, max: 20 }),
  timing: fc.constantFrom('end', 'start'),
});

describe('compounding model', () => {
  it('gives $15,562,947 and $19,998,811, a gap of $4,435,864, after five years when new ARR arrives during the year', () => {
    const out = compute().outputs;
    expect(toUnit(n(out['arr-a']))).toBe(15_562_947);
    expect(toUnit(n(out['arr-b']))).toBe(19_998_811);
    expect(toUnit(n(out.gap))).toBe(4_435_864);
  });

  it('gives $13,894,063 and $19,085,876, a gap of $5,191,813, when new ARR arrives at the start of the year', () => {
    const out = compute({ timing: 'start' }).outputs;
    expect(toUnit(n(out['arr-a']))).toBe(13_894_063);
    expect(toUnit(n(out['arr-b']))).toBe(19_085_876);
    expect(toUnit(n(out.gap))).toBe(5_191_813);
  });

  it('reproduces the year-by-year table for new ARR arriving during the year', () => {
    const { series } = compute();
    expect(series!.year).toEqual([0, 1, 2, 3, 4, 5]);
    expect(series!.a!.map(toUnit)).toEqual([10_000_000, 11_500_000, 12_775_000, 13_858_750, 14_779_938, 15_562_947]);
    expect(series!.b!.map(toUnit)).toEqual([10_000_000, 12_300_000, 14_439_000, 16_428_270, 18_278_291, 19_998_811]);
    const gaps = series!.b!.map((b, t) => toUnit(b - series!.a![t]!));
    expect(gaps).toEqual([0, 800_000, 1_664_000, 2_569_520, 3_498_354, 4_435_864]);
  });

  it('reproduces the year-by-year table for new ARR arriving at the start of the year', () => {
    const { series } = compute({ timing: 'start' });
    expect(series!.a!.map(toUnit)).toEqual([10_000_000, 11_050_000, 11_942_500, 12_701_125, 13_345_956, 13_894_063]);
    expect(series!.b!.map(toUnit)).toEqual([10_000_000, 12_090_000, 14_033_700, 15_841_341, 17_522_447, 19_085_876]);
    const gaps = series!.b!.map((b, t) => toUnit(b - series!.a![t]!));
    expect(gaps).toEqual([0, 1_040_000, 2_091_200, 3_140_216, 4_176_491, 5_191_813]);
  });

  it('does not reproduce the source’s quoted $6.5M five-year gap under either convention', () => {
    for (const timing of ['end', 'start']) expect(n(compute({ timing }).outputs.gap)).toBeLessThan(6_000_000);
  });

  it('reaches the quoted $6.5M only after seven years under the end-of-year convention', () => {
    expect(toUnit(n(compute({ years: 7 }).outputs.gap))).toBeGreaterThan(6_280_000);
    expect(n(compute({ years: 7 }).outputs.gap)).toBeLessThan(6_500_000);
    expect(n(compute({ years: 8 }).outputs.gap)).toBeGreaterThan(6_500_000);
  });

  it('grows ARR by exactly the new ARR each year at 100% retention', () => {
    for (const timing of ['end', 'start']) {
      const { series } = compute({ 'retention-b': 100, timing });
      expect(series!.b).toEqual([10e6, 13e6, 16e6, 19e6, 22e6, 25e6]);
    }
  });

  it('leaves only the year’s new ARR at 0% retention when it arrives during the year, and nothing when it arrives at the start', () => {
    expect(compute({ 'retention-a': 0 }).series!.a).toEqual([10e6, 3e6, 3e6, 3e6, 3e6, 3e6]);
    expect(compute({ 'retention-a': 0, timing: 'start' }).series!.a).toEqual([10e6, 0, 0, 0, 0, 0]);
  });

  it('shows pure decay when no new ARR is added', () => {
    const { series } = compute({ new: 0, 'retention-a': 50 });
    expect(series!.a).toEqual([10e6, 5e6, 2.5e6, 1.25e6, 625e3, 312.5e3]);
  });

  it('builds up from new ARR alone when the starting ARR is zero', () => {
    const { series } = compute({ start: 0, 'retention-a': 50 });
    expect(series!.a).toEqual([0, 3e6, 4.5e6, 5.25e6, 5.625e6, 5.8125e6]);
  });

  it('notes a negative gap when company A has the higher retention', () => {
    const { outputs, notes } = compute({ 'retention-a': 95 });
    expect(n(outputs.gap)).toBeLessThan(0);
    expect(notes).toHaveLength(1);
    expect(compute().notes).toEqual([]);
  });

  it('gives a series of years + 1 points, starting from the starting ARR in year 0', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const { series, outputs } = model.compute(i);
        expect(series!.year).toHaveLength(i.years + 1);
        expect(series!.a![0]).toBe(i.start);
        expect(series!.b![0]).toBe(i.start);
        expect(n(outputs['arr-a'])).toBe(series!.a![i.years]);
        expect(n(outputs['arr-b'])).toBe(series!.b![i.years]);
      }),
    );
  });

  it('gives a gap of 0 when the two retention rates are equal', () => {
    fc.assert(
      fc.property(valid, (i) => {
        expect(n(model.compute({ ...i, 'retention-b': i['retention-a'] }).outputs.gap)).toBe(0);
      }),
    );
  });

  it('never gives a negative gap when company B retains at least as well as company A', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const [lo, hi] = [i['retention-a'], i['retention-b']].sort((x, y) => x - y);
        const out = model.compute({ ...i, 'retention-a': lo!, 'retention-b': hi! }).outputs;
        expect(n(out.gap)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('gives finite, non-negative ARR for every valid input', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const { series } = model.compute(i);
        for (const x of [...series!.a!, ...series!.b!]) {
          expect(Number.isFinite(x)).toBe(true);
          expect(x).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });

  it('never ends lower when new ARR arrives during the year rather than at the start', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const end = model.compute({ ...i, timing: 'end' }).outputs;
        const start = model.compute({ ...i, timing: 'start' }).outputs;
        expect(n(end['arr-a'])).toBeGreaterThanOrEqual(n(start['arr-a']) * (1 - 1e-12));
      }),
    );
  });

  describe('reading', () => {
    it('runs a reader’s $24M company adding $4M a year at 88% against 93%', () => {
      expect(checkReading(model, { ...defaults, start: 24_000_000, new: 4_000_000, 'retention-a': 88 }).text).toBe(
        'Starting from $24,000,000 of ARR and adding $4,000,000 a year, a company that keeps 88% of its ARR each year has $28,407,835 after 5 years, and one that keeps 93% has $34,085,757. Company B finishes $5,677,921 ahead, 20% larger, with the same sales engine, only because it keeps more of what it has. New ARR here arrives during the year and first faces churn the following year.',
      );
    });

    it('puts company A ahead when it keeps more, and calls equal retention level', () => {
      expect(checkReading(model, { ...defaults, 'retention-a': 95 }).text).toContain('Company A finishes $1,312,142 ahead, 6.6% larger,');
      const level = checkReading(model, { ...defaults, 'retention-a': 93, years: 1, timing: 'start' }).text;
      expect(level).toContain('after 1 year,');
      expect(level).toContain('The two end level to the cent.');
      expect(level).toContain('arrives at the start of each year');
    });

    it('leaves out the percentage when the trailing company ends with nothing', () => {
      const { text } = checkReading(model, { ...defaults, 'retention-a': 0, timing: 'start' });
      expect(text).toContain('Company B finishes $19,085,876 ahead with the same sales engine');
    });

    it('names the company that really ends ahead, for any valid input', () => {
      fc.assert(
        fc.property(valid, (i) => {
          const { text, result } = checkReading(model, i);
          const gap = n(result.outputs.gap);
          if (Math.abs(gap) < 0.005) expect(text).toContain('end level');
          else expect(text).toContain(gap > 0 ? 'Company B finishes' : 'Company A finishes');
        }),
      );
    });
  });

  describe('my numbers', () => {
    it('fills the starting ARR and the new ARR together, and company A’s retention on its own', () => {
      expect(profileFill(model, { arr: 24_000_000, retention: 88 }).values).toEqual({ 'retention-a': '88' });
      expect(profileFill(model, { arr: 24_000_000, retention: 88 }).unfilled).toEqual([{ labels: ['Starting ARR', 'New-customer ARR each year'], needs: ['new-arr'] }]);
      expect(profileFill(model, { arr: 24_000_000, 'new-arr': 4_000_000 }).values).toEqual({ start: '24000000', new: '4000000' });
    });

    it('takes company A’s retention from last year’s gross retention when the reader gave the year instead', () => {
      const fill = profileFill(model, { 'start-arr': 20_000_000, contraction: 400_000, churned: 1_600_000 });
      expect(fill.values['retention-a']).toBe('90');
      expect(fill.filled.find((f) => f.field === 'retention-a')?.derived).toBe('gross revenue retention from your last year');
    });
  });
});
