import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, kw, n } from '../testing';
import type { Inputs, OutputValue } from '../contract';
import { evaluate } from '../inputs';
import { checkReading } from '../testing-reading';

// What a reader can type: figures to two decimal places (no subnormal oddities).
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);

const defaults = defaultsOf(model);
const compute = computeWith(model);
const order = ['warning', 'acceptable', 'strong', 'best-in-class'];

const amount = fc.oneof(fc.integer({ min: 0, max: 1e9 }), typed(0, 1e9));
// Valid inputs: a positive start, and losses that do not exceed it.
const valid = fc
  .record({
    start: fc.oneof(fc.integer({ min: 1, max: 1e10 }), typed(0.01, 1e10)),
    expansion: fc.option(amount, { nil: null }),
    contraction: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
    churn: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null }),
  })
  .map((i) => {
    // Scale the two losses into shares of the start that sum to at most 1.
    const c = i.contraction ?? 0;
    const ch = i.churn ?? 0;
    const scale = c + ch > 1 ? 1 / (c + ch) : 1;
    return {
      ...i,
      contraction: i.contraction === null ? null : Math.floor(c * scale * i.start * 0.999999),
      churn: i.churn === null ? null : Math.floor(ch * scale * i.start * 0.999999),
    } as Inputs;
  });

describe('retention model', () => {
  it('gives 120% NRR (strong), 89% GRR (acceptable) and $120M ending ARR at the book defaults', () => {
    const { outputs, notes } = compute();
    expect(n(outputs.nrr)).toBe(120);
    expect(n(outputs.grr)).toBe(89);
    expect(outputs['nrr-tier']).toEqual({ value: 'strong', label: 'Strong' });
    expect(outputs['grr-tier']).toEqual({ value: 'acceptable', label: 'Acceptable' });
    expect(n(outputs.ending)).toBe(120_000_000);
    expect(notes).toEqual([]);
  });

  it.each([
    // [kept per 100 of start, expected GRR tier]
    [95.01, 'best-in-class'],
    [95, 'strong'],
    [90, 'strong'],
    [89.99, 'acceptable'],
    [85, 'acceptable'],
    [84.99, 'warning'],
  ])('puts a GRR of %s percent in the %s tier', (kept, tier) => {
    const out = compute({ start: 100, expansion: 0, contraction: 0, churn: Math.round((100 - kept) * 100) / 100 }).outputs;
    expect(kw(out['grr-tier'])).toBe(tier);
  });

  it.each([
    [120.01, 'best-in-class'],
    [120, 'strong'],
    [110, 'strong'],
    [109.99, 'acceptable'],
    [100, 'acceptable'],
    [99.99, 'warning'],
  ])('puts an NRR of %s percent in the %s tier', (nrr, tier) => {
    const start = 100;
    const over = nrr >= 100 ? { expansion: Math.round((nrr - 100) * 100) / 100, churn: 0 } : { expansion: 0, churn: Math.round((100 - nrr) * 100) / 100 };
    const out = compute({ start, contraction: 0, ...over }).outputs;
    expect(kw(out['nrr-tier'])).toBe(tier);
  });

  it('treats tier boundaries exactly even when decimal amounts do not add up cleanly in binary', () => {
    // In binary, (1 − 0.03 − 0.07) × 100 falls a hair short of 90; 90% GRR must still be strong.
    expect((1 - 0.03 - 0.07) * 100).toBeLessThan(90);
    const out = compute({ start: 1, expansion: 0.2, contraction: 0.03, churn: 0.07 }).outputs;
    expect(kw(out['grr-tier'])).toBe('strong');
    expect(kw(out['nrr-tier'])).toBe('strong');
  });

  it('warns when strong net retention hides weak gross retention', () => {
    const { outputs, notes } = compute({ expansion: 30_000_000, contraction: 5_000_000, churn: 12_000_000 });
    expect(kw(outputs['nrr-tier'])).toBe('strong');
    expect(compute({ expansion: 40_000_000, contraction: 5_000_000, churn: 12_000_000 }).notes).toHaveLength(1);
    expect(kw(outputs['grr-tier'])).toBe('warning');
    expect(notes.filter((x) => x.level === 'warning')).toHaveLength(1);
  });

  it('does not warn when net retention is only acceptable, however weak gross retention is', () => {
    const { notes } = compute({ expansion: 20_000_000, contraction: 5_000_000, churn: 12_000_000 });
    expect(notes.some((x) => x.level === 'warning')).toBe(false);
  });

  it('counts blank amounts as zero and says so', () => {
    const { outputs, notes } = compute({ expansion: null, churn: null });
    expect(n(outputs.nrr)).toBe(97);
    expect(n(outputs.grr)).toBe(97);
    expect(notes).toEqual([{ level: 'info', text: expect.stringContaining('expansion, churn') }]);
  });

  it('gives equal NRR and GRR when there is no expansion', () => {
    const out = compute({ expansion: 0 }).outputs;
    expect(n(out.nrr)).toBe(n(out.grr));
  });

  it('rejects churn and contraction that together exceed the starting ARR, on the churn field', () => {
    expect(model.crossCheck!({ ...defaults, contraction: 60_000_000, churn: 50_000_000 })).toEqual({ churn: expect.stringContaining('cannot exceed') });
    expect(model.crossCheck!({ ...defaults, contraction: 40_000_000, churn: 60_000_000 })).toEqual({});
    expect(model.crossCheck!({ ...defaults, contraction: null, churn: 100_000_001 })).toHaveProperty('churn');
    // 0.1 + 0.2 exceeds 0.3 in binary; losing exactly the whole base is still allowed.
    expect(model.crossCheck!({ start: 0.3, expansion: 0, contraction: 0.1, churn: 0.2 })).toEqual({});
  });

  it('allows losing the whole base, which gives 0% GRR in the warning tier', () => {
    const out = compute({ expansion: 0, contraction: 20_000_000, churn: 80_000_000 }).outputs;
    expect(n(out.grr)).toBe(0);
    expect(kw(out['grr-tier'])).toBe('warning');
    expect(n(out.ending)).toBe(0);
  });

  it('never puts GRR above NRR when expansion is zero or more', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const out = model.compute(i).outputs;
        expect(n(out.grr)).toBeLessThanOrEqual(n(out.nrr));
        expect(n(out.grr)).toBeLessThanOrEqual(100);
        expect(n(out.grr)).toBeGreaterThanOrEqual(0);
        expect(order.indexOf(kw(out['grr-tier'])!)).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('keeps ending ARR equal to start × NRR', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const out = model.compute(i).outputs;
        const start = i.start as number;
        expect(Math.abs(n(out.ending) - (start * n(out.nrr)) / 100)).toBeLessThanOrEqual(1e-9 * Math.max(1, n(out.ending)));
      }),
    );
  });

  it('never lowers the NRR tier when expansion grows', () => {
    fc.assert(
      fc.property(valid, amount, (i, extra) => {
        const before = model.compute(i).outputs['nrr-tier'];
        const after = model.compute({ ...i, expansion: ((i.expansion as number | null) ?? 0) + extra }).outputs['nrr-tier'];
        expect(order.indexOf(kw(after)!)).toBeGreaterThanOrEqual(order.indexOf(kw(before)!));
      }),
    );
  });

  it('passes the cross-check for every valid input and gives only finite numbers', () => {
    fc.assert(
      fc.property(valid, (i) => {
        expect(model.crossCheck!(i)).toEqual({});
        const out: Record<string, OutputValue> = model.compute(i).outputs;
        for (const id of ['nrr', 'grr', 'ending']) expect(Number.isFinite(n(out[id]))).toBe(true);
      }),
    );
  });

  describe('expansion needed for a target NRR', () => {
    it('needs $36M, 36% of start, to lift 89% GRR to a 125% target (the chapter 11 example)', () => {
      const { outputs, notes } = compute({ target: 125 });
      expect(n(outputs['expansion-needed'])).toBe(36_000_000);
      expect(n(outputs['expansion-needed-pct'])).toBe(36);
      expect(notes).toEqual([]);
    });

    it.each([
      [100, 11],
      [110, 21],
      [120, 31],
      [125, 36],
    ])('needs %s% NRR minus 89% GRR: %s points of expansion', (target, points) => {
      const out = compute({ target }).outputs;
      expect(n(out['expansion-needed-pct'])).toBeCloseTo(points, 9);
      expect(n(out['expansion-needed'])).toBeCloseTo(points * 1_000_000, 3);
    });

    it('says no expansion is needed when the target is at or below GRR, and gives zero', () => {
      for (const target of [89, 80, 0]) {
        const { outputs, notes } = compute({ target });
        expect(n(outputs['expansion-needed'])).toBe(0);
        expect(n(outputs['expansion-needed-pct'])).toBe(0);
        expect(notes).toEqual([{ level: 'info', text: 'No expansion needed: gross retention already meets the target.' }]);
      }
    });

    it('treats a target exactly at GRR as met even when decimal amounts do not add up cleanly in binary', () => {
      const out = compute({ start: 1, expansion: 0, contraction: 0.03, churn: 0.07, target: 90 }).outputs;
      expect(n(out['expansion-needed'])).toBe(0);
    });

    it('explains that a blank target gives no expansion figure, and leaves every other output alone', () => {
      const { outputs, notes } = compute({ target: null });
      expect(outputs['expansion-needed']).toEqual({ unavailable: 'Enter a target NRR to see how much expansion it takes.' });
      expect(outputs['expansion-needed-pct']).toEqual(outputs['expansion-needed']);
      expect(n(outputs.nrr)).toBe(120);
      expect(notes).toEqual([]);
    });

    it('refuses a negative or absurd target at the field', () => {
      const texts = (t: string) => ({ ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), target: t });
      expect(evaluate(model, texts('-5')).errors.target).toBe('Target NRR must be between 0% and 500%.');
      expect(evaluate(model, texts('600')).errors.target).toBe('Target NRR must be between 0% and 500%.');
      expect(evaluate(model, texts('')).errors).toEqual({});
    });

    it('reads the target against the expansion the base actually added', () => {
      const say = (over: Inputs) => {
        const values = { ...defaults, ...over };
        return model.reading!(values, model.compute(values)).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `<${p.output}>` : `[${p.value}]`)).join('')).join(' ');
      };
      expect(say({ target: 125 })).toContain('The target takes <expansion-needed> of expansion: [5000000] more than this base added.');
      expect(say({ target: 110 })).toContain('The target takes <expansion-needed> of expansion: no more than this base added.');
      expect(say({ target: 120 })).toContain('no more than this base added.');
      expect(say({ target: 85 })).toContain('Gross retention alone meets the target, so it needs no expansion.');
      expect(say({ target: null })).not.toContain('target');
    });

    it('needs exactly (target − GRR) × start, never less than zero, for any valid base and target', () => {
      fc.assert(
        fc.property(valid, typed(0, 500), (i, target) => {
          const out = model.compute({ ...i, target }).outputs;
          const start = i.start as number;
          const want = Math.max(0, ((target - n(out.grr)) * start) / 100);
          expect(n(out['expansion-needed'])).toBeGreaterThanOrEqual(0);
          expect(Math.abs(n(out['expansion-needed']) - want)).toBeLessThanOrEqual(1e-6 * Math.max(1, start, want));
          expect(Math.abs(n(out['expansion-needed-pct']) - (n(out['expansion-needed']) / start) * 100)).toBeLessThanOrEqual(1e-6 * Math.max(1, target));
        }),
      );
    });

    it('reaches the target exactly when the expansion needed is added', () => {
      fc.assert(
        fc.property(valid, typed(0, 500), (i, target) => {
          const start = i.start as number;
          const need = n(model.compute({ ...i, target }).outputs['expansion-needed']);
          fc.pre(need > 0);
          const nrr = n(model.compute({ ...i, expansion: need, target }).outputs.nrr);
          expect(nrr).toBeCloseTo(target, 6);
          expect(start).toBeGreaterThan(0);
        }),
      );
    });
  });

  describe('reading', () => {
    it('reads a reader’s year: $24M start, $1M expansion, $0.5M contraction, $2M churn', () => {
      expect(checkReading(model, { start: 24_000_000, expansion: 1_000_000, contraction: 500_000, churn: 2_000_000 }).text).toBe(
        'This base kept 89.6% of its starting revenue before any expansion and finished the period at 93.8% with it. On the book’s bands, gross retention sits in the acceptable band and net retention in the warning band. Expansion added 4.2 percentage points. The base shrank by $1,500,000, which new customers must replace before the company grows at all.',
      );
    });

    it('says when expansion added nothing and when the base ended where it started', () => {
      const text = checkReading(model, { start: 100, expansion: 0, contraction: 0, churn: 0 }).text;
      expect(text).toContain('Expansion added nothing');
      expect(text).toContain('The base ended exactly where it started.');
      expect(checkReading(model, { start: 100, expansion: 1, contraction: 0, churn: 0 }).text).toContain('Expansion added 1 percentage point.');
    });

    it('says a $5B base that grew by a cent grew', () => {
      const { text } = checkReading(model, { start: 5_000_228_882, expansion: 0.01, contraction: null, churn: null });
      expect(text).toContain('The base grew by $0.01');
    });

    it('names the tiers the outputs give and grows or shrinks with the ending figure, for any valid input', () => {
      fc.assert(
        fc.property(valid, (i) => {
          const { text, result } = checkReading(model, i);
          const o = result.outputs;
          const label = (x: OutputValue | undefined) => (x && 'label' in x ? x.label.toLowerCase() : '');
          expect(text).toContain(`gross retention sits in the ${label(o['grr-tier'])} band and net retention in the ${label(o['nrr-tier'])} band`);
          const change = n(o.ending) - (i.start as number);
          if (Math.abs(change) < 0.005) expect(text).toContain('ended exactly where it started');
          else expect(text).toContain(change > 0 ? 'The base grew by' : 'The base shrank by');
        }),
      );
    });
  });
});
