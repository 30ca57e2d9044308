import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n, kw } from '../testing';
import type { Inputs, OutputValue } from '../contract';
import { checkReading } from '../testing-reading';

// What a reader can type: figures to two decimal places (no subnormal oddities).
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);

const compute = (ltv: number, cac: number) => model.compute({ ltv, cac } as Inputs);
const money = fc.oneof(fc.integer({ min: 0, max: 1e9 }), typed(0, 1e9));
const order = ['destroys-value', 'weak', 'healthy'];

describe('ltv-cac model', () => {
  it('gives 3 to 1, healthy, for $90,000 of lifetime value against $30,000 of acquisition cost', () => {
    const { outputs, notes } = compute(90000, 30000);
    expect(n(outputs.ratio)).toBe(3);
    expect(kw(outputs.band)).toBe('healthy');
    expect(notes).toEqual([]);
  });

  it('calls a ratio below 1 value-destroying', () => {
    expect(kw(compute(29999, 30000).outputs.band)).toBe('destroys-value');
  });

  it('calls a ratio from 1 up to just under 3 weak', () => {
    expect(kw(compute(30000, 30000).outputs.band)).toBe('weak');
    expect(kw(compute(89999, 30000).outputs.band)).toBe('weak');
  });

  it('adds a note that breaking even on acquisition is viable only in narrow cases at exactly 1 to 1', () => {
    const { notes } = compute(30000, 30000);
    expect(notes).toHaveLength(1);
    expect(notes[0]!.level).toBe('info');
    expect(notes[0]!.text).toContain('narrow cases');
  });

  it('compares bands exactly, even when decimal amounts do not multiply cleanly in binary', () => {
    expect(3 * 0.1).not.toBe(0.3);
    expect(kw(compute(0.3, 0.1).outputs.band)).toBe('healthy');
    expect(compute(0.1 + 0.2, 0.3).notes).toHaveLength(1);
  });

  it('explains that there is no ratio when no acquisition cost is entered', () => {
    const { outputs } = compute(90000, 0);
    expect(outputs.ratio).toEqual({ unavailable: expect.stringContaining('No acquisition cost entered') });
    expect(outputs.band).toEqual({ unavailable: expect.stringContaining('No acquisition cost entered') });
    expect(compute(0, 0).outputs.ratio).toHaveProperty('unavailable');
  });

  it('gives a ratio of 0 when lifetime value is 0', () => {
    const { outputs } = compute(0, 30000);
    expect(n(outputs.ratio)).toBe(0);
    expect(kw(outputs.band)).toBe('destroys-value');
  });

  it('gives a finite ratio and a band, or a reason, for every valid input', () => {
    fc.assert(
      fc.property(money, money, (ltv, cac) => {
        const { outputs } = compute(ltv, cac);
        if (cac === 0) expect(outputs.ratio).toHaveProperty('unavailable');
        else {
          expect(Number.isFinite(n(outputs.ratio))).toBe(true);
          expect(order).toContain(kw(outputs.band));
        }
      }),
    );
  });

  it('never gives a worse band for more lifetime value or less acquisition cost', () => {
    fc.assert(
      fc.property(money, money, money, (ltv, cac, extra) => {
        fc.pre(cac > 0);
        const base = order.indexOf(kw(compute(ltv, cac + extra).outputs.band)!);
        expect(order.indexOf(kw(compute(ltv + extra, cac + extra).outputs.band)!)).toBeGreaterThanOrEqual(base);
        expect(order.indexOf(kw(compute(ltv, cac).outputs.band)!)).toBeGreaterThanOrEqual(base);
      }),
    );
  });

  it('agrees with the ratio: healthy exactly when the ratio is 3 or more, give or take binary noise', () => {
    fc.assert(
      fc.property(money, money, (ltv, cac) => {
        fc.pre(cac > 0);
        const { outputs } = compute(ltv, cac);
        const r = n(outputs.ratio);
        if (r >= 3 * (1 + 1e-6)) expect(kw(outputs.band)).toBe('healthy');
        if (r < 3 * (1 - 1e-6)) expect(kw(outputs.band)).not.toBe('healthy');
        if (r < 1 * (1 - 1e-6)) expect(kw(outputs.band)).toBe('destroys-value');
      }),
    );
  });

  describe('reading', () => {
    it('reads a reader’s $390,000 lifetime value against a $45,000 acquisition cost', () => {
      expect(checkReading(model, { ltv: 390_000, cac: 45_000 }).text).toBe(
        'Lifetime value to acquisition cost stands at 8.67:1, which is healthy: at or above the three-to-one benchmark. Acquisition cost could rise to $130,000 before the ratio fell below three to one.',
      );
    });

    it('never shows a ratio just under 3 as 3 beside the word weak', () => {
      const { text } = checkReading(model, { ltv: 89_999.99, cac: 30_000 });
      expect(text).toContain('stands at 2.9999997:1, which is weak');
    });

    it('says what it would take to reach three to one, or that nothing can pay back', () => {
      expect(checkReading(model, { ltv: 60_000, cac: 30_000 }).text).toContain('acquisition cost would have to fall to $20,000, a cut of 33.3%, or lifetime value rise to $90,000.');
      expect(checkReading(model, { ltv: 0, cac: 30_000 }).text).toContain('With no lifetime value, no acquisition cost can pay back.');
    });

    it('uses the band’s own word and never a broken number, for any valid input', () => {
      fc.assert(
        fc.property(money, money, (ltv, cac) => {
          const { text, result } = checkReading(model, { ltv, cac } as Inputs);
          const band = kw(result.outputs.band);
          if (band === 'healthy') expect(text).toContain('which is healthy');
          if (band === 'weak') expect(text).toContain('which is weak');
          if (band === 'destroys-value') expect(text).toContain('destroys value');
        }),
      );
    });
  });
});
