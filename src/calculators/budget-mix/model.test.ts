import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, kw, n } from '../testing';
import type { Inputs, OutputValue } from '../contract';
import { checkReading } from '../testing-reading';

// What a reader can type: figures to two decimal places (no subnormal oddities).
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);

const defaults = defaultsOf(model);
const compute = computeWith(model);

const pct = fc.oneof(fc.integer({ min: 0, max: 100 }), typed(0, 100));
// Valid inputs: budget shares summing to at most 100, existing revenue blank or the complement of new.
const valid = fc
  .record({
    a: pct,
    b: pct,
    'new-revenue': pct,
    blankExisting: fc.boolean(),
    threshold: fc.oneof(fc.constantFrom(1.5, 2, 3, 100), fc.double({ min: 1.000001, max: 100, noNaN: true })),
  })
  .map(({ a, b, blankExisting, ...rest }) => {
    const scale = a + b > 100 ? 100 / (a + b) : 1;
    return {
      ...rest,
      'presale-budget': Math.floor(a * scale * 1000) / 1000,
      'postsale-budget': Math.floor(b * scale * 1000) / 1000,
      'existing-revenue': blankExisting ? null : 100 - rest['new-revenue'],
    } as Inputs;
  });

describe('budget-mix model', () => {
  it('flags the book’s example as pre-sale heavy: budget ratio 5, revenue ratio 0.4286, divergence 11.67', () => {
    const { outputs, notes } = compute();
    expect(n(outputs['budget-ratio'])).toBe(5);
    expect(n(outputs['revenue-ratio'])).toBeCloseTo(0.428571, 6);
    expect(n(outputs.divergence)).toBeCloseTo(11.666667, 6);
    expect(kw(outputs.verdict)).toBe('presale-heavy');
    expect(notes.map((x) => x.level)).toEqual(['warning']);
  });

  it('fills existing revenue in as 100% minus new revenue when left blank', () => {
    const blank = compute({ 'existing-revenue': null }).outputs;
    expect(n(blank['revenue-ratio'])).toBeCloseTo(0.428571, 6);
  });

  it('calls budgets that mirror the revenue mix balanced', () => {
    const out = compute({ 'presale-budget': 30, 'postsale-budget': 70, 'new-revenue': 30, 'existing-revenue': null }).outputs;
    expect(n(out.divergence)).toBe(1);
    expect(kw(out.verdict)).toBe('balanced');
  });

  it('treats a divergence equal to the threshold, either way, as heavy', () => {
    // Budget ratio 2, revenue ratio 1: divergence exactly 2.
    expect(kw(compute({ 'presale-budget': 40, 'postsale-budget': 20, 'new-revenue': 50, 'existing-revenue': null }).outputs.verdict)).toBe('presale-heavy');
    // Budget ratio 0.5, revenue ratio 1: divergence exactly 1 ÷ 2.
    expect(kw(compute({ 'presale-budget': 20, 'postsale-budget': 40, 'new-revenue': 50, 'existing-revenue': null }).outputs.verdict)).toBe('postsale-heavy');
    expect(kw(compute({ 'presale-budget': 39, 'postsale-budget': 20, 'new-revenue': 50, 'existing-revenue': null }).outputs.verdict)).toBe('balanced');
  });

  it('uses the reader’s own threshold', () => {
    expect(kw(compute({ threshold: 12 }).outputs.verdict)).toBe('balanced');
    expect(kw(compute({ threshold: 11.5 }).outputs.verdict)).toBe('presale-heavy');
  });

  it('explains that there is no budget ratio when no post-sale spend is recorded, yet still reads the mix as pre-sale heavy', () => {
    const out = compute({ 'postsale-budget': 0 }).outputs;
    expect(out['budget-ratio']).toEqual({ unavailable: expect.stringContaining('No post-sale spend recorded') });
    expect(out.divergence).toHaveProperty('unavailable');
    expect(kw(out.verdict)).toBe('presale-heavy');
  });

  it('has no revenue ratio when nothing comes from existing customers, and notes that pre-sale focus is rational early on', () => {
    const { outputs, notes } = compute({ 'new-revenue': 100, 'existing-revenue': null });
    expect(outputs['revenue-ratio']).toHaveProperty('unavailable');
    expect(outputs.divergence).toHaveProperty('unavailable');
    expect(kw(outputs.verdict)).toBe('unknown');
    expect(notes.some((x) => x.text.includes('rational'))).toBe(true);
  });

  it('adds the early-stage note when existing revenue is near zero but not zero', () => {
    const { outputs, notes } = compute({ 'new-revenue': 95, 'existing-revenue': 5 });
    expect(n(outputs['revenue-ratio'])).toBe(19);
    expect(notes.some((x) => x.text.includes('rational'))).toBe(true);
  });

  it('gives no verdict when both budget shares are zero', () => {
    expect(kw(compute({ 'presale-budget': 0, 'postsale-budget': 0 }).outputs.verdict)).toBe('unknown');
  });

  it('rejects budget shares over 100% in total and revenue shares that do not add up', () => {
    expect(model.crossCheck!({ ...defaults, 'presale-budget': 95, 'postsale-budget': 8 })).toHaveProperty('postsale-budget');
    expect(model.crossCheck!({ ...defaults, 'existing-revenue': 60 })).toHaveProperty('existing-revenue');
    expect(model.crossCheck!({ ...defaults, 'existing-revenue': null })).toEqual({});
    expect(model.crossCheck!({ ...defaults, 'presale-budget': 92, 'postsale-budget': 8 })).toEqual({});
    expect(model.crossCheck!({ ...defaults, 'new-revenue': 30.1, 'existing-revenue': 69.9 })).toEqual({});
  });

  it('gives finite ratios or reasons, and a known verdict, for every valid input', () => {
    fc.assert(
      fc.property(valid, (i) => {
        expect(model.crossCheck!(i)).toEqual({});
        const out: Record<string, OutputValue> = model.compute(i).outputs;
        for (const id of ['budget-ratio', 'revenue-ratio', 'divergence']) {
          const o = out[id]!;
          if ('unavailable' in o) expect(o.unavailable.length).toBeGreaterThan(10);
          else expect(Number.isFinite(o.value)).toBe(true);
        }
        expect(['balanced', 'presale-heavy', 'postsale-heavy', 'unknown']).toContain(kw(out.verdict));
      }),
    );
  });

  it('agrees with the divergence: pre-sale heavy at or above the threshold, post-sale heavy at or below its inverse', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const { outputs } = model.compute(i);
        const d = outputs.divergence!;
        fc.pre('value' in d);
        const t = i.threshold as number;
        const v = n(d);
        const verdict = kw(outputs.verdict);
        if (v > t * (1 + 1e-6)) expect(verdict).toBe('presale-heavy');
        else if (v < (1 / t) * (1 - 1e-6)) expect(verdict).toBe('postsale-heavy');
        else if (v < t * (1 - 1e-6) && v > (1 / t) * (1 + 1e-6)) expect(verdict).toBe('balanced');
      }),
    );
  });

  it('never moves the verdict towards post-sale when more budget goes to pre-sale', () => {
    const order = ['postsale-heavy', 'balanced', 'presale-heavy'];
    fc.assert(
      fc.property(valid, fc.double({ min: 0, max: 1, noNaN: true }), (i, f) => {
        const pre = i['presale-budget'] as number;
        const more = pre + (100 - pre - (i['postsale-budget'] as number)) * f;
        const a = kw(model.compute(i).outputs.verdict)!;
        const b = kw(model.compute({ ...i, 'presale-budget': more }).outputs.verdict)!;
        fc.pre(a !== 'unknown' && b !== 'unknown');
        expect(order.indexOf(b)).toBeGreaterThanOrEqual(order.indexOf(a));
      }),
    );
  });

  describe('reading', () => {
    it('flags a budget ratio of exactly twice the revenue ratio, as the chapter says', () => {
      const over = { 'presale-budget': 16, 'postsale-budget': 8, 'new-revenue': 50, 'existing-revenue': 50 };
      expect(n(compute(over).outputs.divergence)).toBe(2);
      expect(kw(compute(over).outputs.verdict)).toBe('presale-heavy');
      expect(checkReading(model, { ...defaults, ...over }).text).toBe(
        'The budget ratio is 2:1, pre-sale to post-sale, and the revenue ratio 1:1, new customers to existing ones. The budget ratio is 2 times the revenue ratio, which reaches the threshold of 2: the budget leans towards winning customers further than revenue does.',
      );
      // Exactly twice the other way round is post-sale heavy.
      expect(kw(compute({ 'presale-budget': 8, 'postsale-budget': 8, 'new-revenue': 200 / 3, 'existing-revenue': null }).outputs.verdict)).toBe('postsale-heavy');
    });

    it('calls a mix just short of twice balanced, and says so without rounding it up to 2', () => {
      const text = checkReading(model, { ...defaults, 'presale-budget': 15.99, 'postsale-budget': 8, 'new-revenue': 50, 'existing-revenue': 50 }).text;
      expect(text).toContain('Neither ratio reaches 2 times the other');
    });

    it('explains the cases with nothing to divide', () => {
      expect(checkReading(model, { ...defaults, 'postsale-budget': 0 }).text).toBe('Nothing is spent after the sale, so the budget leans entirely towards winning customers.');
      expect(checkReading(model, { ...defaults, 'new-revenue': 100, 'existing-revenue': null }).text).toContain('Early on, spending mostly on winning customers is the right call.');
      expect(checkReading(model, { ...defaults, 'presale-budget': 0, 'postsale-budget': 0 }).text).toContain('nothing spent either side of the sale');
      expect(checkReading(model, { ...defaults, 'presale-budget': 0, 'new-revenue': 0, 'existing-revenue': 100 }).text).toContain('budget and revenue lean the same way');
    });

    it('says the threshold is reached exactly when the verdict is heavy, for any valid input', () => {
      fc.assert(
        fc.property(valid, (i) => {
          const { text, result } = checkReading(model, i);
          const v = kw(result.outputs.verdict);
          if (v === 'balanced') expect(text).toContain('broadly follows');
          if (v === 'presale-heavy') expect(text).toMatch(/towards winning customers/);
          if (v === 'postsale-heavy') expect(text).toMatch(/towards keeping customers/);
          const shown = text.match(/ratio is ([\d.]+) times/);
          if (shown) expect(Number(shown[1])).toBeGreaterThanOrEqual(i.threshold as number);
        }),
      );
    });
  });
});
