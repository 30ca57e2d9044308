import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { defaultsOf, n } from '../testing';
import type { Inputs, OutputValue, Result } from '../contract';
import { checkReading } from '../testing-reading';

// What a reader can type: figures to two decimal places (no subnormal oddities).
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);

const defaults = defaultsOf(model);
const run = (over: Inputs = {}) => model.compute({ ...defaults, ...over }).outputs;
const isUnavailable = (o: OutputValue | undefined) => !!o && 'unavailable' in o && o.unavailable.length > 0;

const percent = fc.oneof(fc.integer({ min: 0, max: 100 }), typed(0, 100));
const inputs = fc.record({
  revenue: typed(0.01, 1e9),
  retention: percent,
  margin: percent,
  discount: fc.oneof(fc.integer({ min: 0, max: 50 }), typed(0, 50)),
  lift: fc.oneof(fc.integer({ min: 0, max: 100 }), typed(0, 100)),
});

describe('cltv model', () => {
  it('reproduces the book example at 90% retention: 10 years, $90,000, $49,500 discounted', () => {
    const out = run();
    expect(n(out.lifespan)).toBe(10);
    expect(n(out.cltv)).toBe(90000);
    expect(n(out['cltv-discounted'])).toBeCloseTo(49500, 6);
  });

  it('reproduces the 93% scenario exactly rather than the rounded 14 years and $126,000', () => {
    const out = run({ retention: 93 });
    expect(n(out.lifespan)).toBeCloseTo(14.285714, 5);
    expect(n(out.cltv)).toBeCloseTo(128571.43, 2);
    expect(n(out['cltv-discounted'])).toBeCloseTo(58235.29, 2);
  });

  it('shows a three-point improvement from 90% as $128,571 and a 42.857% rise', () => {
    const out = run();
    expect(n(out['lift-cltv'])).toBeCloseTo(128571.43, 2);
    expect(n(out['lift-change'])).toBeCloseTo(42.857142857, 8);
  });

  it('gives a one-year lifetime and one year of gross profit at 0% retention', () => {
    const out = run({ retention: 0 });
    expect(n(out.lifespan)).toBe(1);
    expect(n(out.cltv)).toBe(9000);
    expect(n(out['cltv-discounted'])).toBe(9000);
  });

  it('gives zero lifetime value at a 0% margin and says the change cannot be expressed', () => {
    const out = run({ margin: 0 });
    expect(n(out.cltv)).toBe(0);
    expect(n(out['cltv-discounted'])).toBe(0);
    expect(n(out['lift-cltv'])).toBe(0);
    expect(isUnavailable(out['lift-change'])).toBe(true);
  });

  it('explains that 100% retention has no finite lifetime but still shows the discounted value', () => {
    const out = run({ retention: 100 });
    expect(out.lifespan).toEqual({ unavailable: 'No churn means no finite lifetime: see the discounted value.' });
    expect(out.cltv).toEqual({ unavailable: 'No churn means no finite lifetime: see the discounted value.' });
    // 9,000 × 1.1 ÷ 0.1: every year's profit, discounted, summed for ever.
    expect(n(out['cltv-discounted'])).toBeCloseTo(99000, 6);
    expect(isUnavailable(out['lift-cltv'])).toBe(true);
    expect(isUnavailable(out['lift-change'])).toBe(true);
  });

  it('says the discounted value is unbounded when retention is 100% and the discount rate is 0%', () => {
    const out = run({ retention: 100, discount: 0 });
    expect(isUnavailable(out['cltv-discounted'])).toBe(true);
  });

  it('gives a discounted value of zero at a 0% margin even with no churn and no discount', () => {
    expect(n(run({ retention: 100, discount: 0, margin: 0 })['cltv-discounted'])).toBe(0);
  });

  it('matches the churn-based value when the discount rate is 0%', () => {
    const out = run({ discount: 0 });
    expect(n(out['cltv-discounted'])).toBe(n(out.cltv));
  });

  it('marks the improved value unavailable when the improvement reaches 100% retention', () => {
    const out = run({ retention: 97, lift: 3 });
    expect(isUnavailable(out['lift-cltv'])).toBe(true);
    expect(isUnavailable(out['lift-change'])).toBe(true);
    expect(n(out.cltv)).toBeCloseTo(300000, 6);
  });

  it('shows no change when the improvement is zero points', () => {
    const out = run({ lift: 0 });
    expect(n(out['lift-cltv'])).toBe(n(out.cltv));
    expect(n(out['lift-change'])).toBe(0);
  });

  it('gives every output as a finite number or a reason', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const out: Result = model.compute(i);
        for (const spec of model.outputs) {
          const o = out.outputs[spec.id];
          expect(o).toBeDefined();
          if ('unavailable' in o!) expect(o.unavailable.length).toBeGreaterThan(10);
          else expect(Number.isFinite(o!.value)).toBe(true);
        }
      }),
    );
  });

  it('never lowers lifetime value when retention rises', () => {
    fc.assert(
      fc.property(inputs, typed(0, 100), (i, other) => {
        const lo = Math.min(i.retention, other);
        const hi = Math.max(i.retention, other);
        const a = model.compute({ ...i, retention: lo }).outputs;
        const b = model.compute({ ...i, retention: hi }).outputs;
        if (hi < 100 || i.discount > 0) expect(n(b['cltv-discounted'])).toBeGreaterThanOrEqual(n(a['cltv-discounted']) * (1 - 1e-12));
        if (hi < 100) expect(n(b.cltv)).toBeGreaterThanOrEqual(n(a.cltv) * (1 - 1e-12));
      }),
    );
  });

  it('never puts the discounted value above the churn-based value', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        fc.pre(i.retention < 100);
        const out = model.compute(i).outputs;
        expect(n(out['cltv-discounted'])).toBeLessThanOrEqual(n(out.cltv) * (1 + 1e-12));
      }),
    );
  });

  it('keeps lifetime value equal to lifetime × revenue × margin', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        fc.pre(i.retention < 100);
        const out = model.compute(i).outputs;
        const expected = n(out.lifespan) * i.revenue * (i.margin / 100);
        expect(Math.abs(n(out.cltv) - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, expected));
      }),
    );
  });

  it('reports the improved value as the value at the higher retention', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        fc.pre(i.retention + i.lift < 100);
        const lifted = model.compute(i).outputs['lift-cltv'];
        const direct = model.compute({ ...i, retention: i.retention + i.lift }).outputs.cltv;
        expect(n(lifted)).toBe(n(direct));
      }),
    );
  });

  describe('reading', () => {
    it('works out a reader’s customer: $60,000 a year, 88% retention, 78% margin', () => {
      expect(checkReading(model, { ...defaults, revenue: 60000, retention: 88, margin: 78 }).text).toBe(
        'On these figures the average customer stays 8.33 years and brings in $390,000 of gross profit over that time: about 4.3 times the book’s example customer, worth $90,000. Discounted at 10% a year, the same customer is worth $234,000 today. Lifting retention by 3 points would raise each customer’s value by 33.3%.',
      );
    });

    it('quotes the discounted value at 100% retention, and says so when even that has no limit', () => {
      expect(checkReading(model, { ...defaults, retention: 100 }).text).toBe('With no churn, the churn-based lifetime has no end, so the discounted value, $99,000, is the figure to quote.');
      expect(checkReading(model, { ...defaults, retention: 100, discount: 0 }).text).toContain('neither value has a limit');
    });

    it('says a lift that reaches 100% has no limit, and stays silent on a lift at a 0% margin', () => {
      expect(checkReading(model, { ...defaults, retention: 98 }).text).toContain('Lifting retention by 3 points would take it to 100%, where the churn-based value has no limit.');
      expect(checkReading(model, { ...defaults, margin: 0 }).text).toBe('On these figures the average customer stays 10 years and brings in $0 of gross profit over that time: nothing at all, because the margin is zero.');
      expect(checkReading(model, { ...defaults, lift: 1 }).text).toContain('by 1 point would');
    });

    it('shows no broken number, and compares with the example in words that match the figures, for any valid input', () => {
      fc.assert(
        fc.property(inputs, (i) => {
          const { text, result } = checkReading(model, i);
          const v = result.outputs.cltv;
          if (!v || !('value' in v) || typeof v.value !== 'number') return;
          const times = v.value / 90000;
          if (times >= 1.005) expect(text).toMatch(/% more than the book’s|times the book’s/);
          else if (times <= 0.995 && times > 0) expect(text).toMatch(/% less than the book’s/);
          else if (times > 0) expect(text).toContain('about the same as the book’s');
          if (i.lift > 0 && i.retention + i.lift < 100 && i.margin > 0) expect(text).toContain('would raise each customer’s value by');
        }),
      );
    });
  });
});
