import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const texts = (over: Record<string, string>) => ({ ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), ...over });
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o.value : undefined);
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);
const team = fc.record({ csms: fc.integer({ min: 0, max: 1000 }), hours: typed(0, 40), weeks: fc.integer({ min: 1, max: 52 }), 'csm-cost': typed(0, 5e5), 'tool-cost': typed(0.01, 1e6) });

describe('buy-timing model', () => {
  it('turns 12 CSMs losing 4 hours a week into 2,208 hours, 1.2 CSMs and $180,000: 1.2 times a $150,000 hire, so hire', () => {
    const { outputs } = compute();
    expect(n(outputs.hours)).toBe(2208);
    expect(n(outputs.fte)).toBeCloseTo(1.2, 12);
    expect(n(outputs.pain)).toBeCloseTo(180_000, 6);
    expect(n(outputs.ratio)).toBeCloseTo(1.2, 12);
    expect(outputs.verdict).toEqual({ value: 'buy', label: 'Buy now' });
  });

  it('costs $300,000 of CSM time at the top of chapter 5’s band', () => {
    expect(n(compute({ 'csm-cost': 250_000 }).outputs.pain)).toBeCloseTo(300_000, 6);
  });

  it('waits while going without costs no more than buying', () => {
    expect(kw(compute({ 'tool-cost': 180_000 }).outputs.verdict)).toBe('wait');
    expect(kw(compute({ 'tool-cost': 200_000 }).outputs.verdict)).toBe('wait');
  });

  it('has no ratio for a free tool and says to check overlap instead', () => {
    const { outputs } = compute({ 'tool-cost': 0 });
    expect(outputs.ratio).toEqual({ unavailable: 'A free tool: check what it overlaps instead.' });
    expect(kw(outputs.verdict)).toBe('free');
  });

  it('blocks more than 40 hours a week and zero working weeks at the field', () => {
    expect(evaluate(model, texts({ hours: '41' })).errors.hours).toBe('Hours a week each CSM loses without it must be between 0 and 40.');
    expect(evaluate(model, texts({ weeks: '0' })).errors.weeks).toBe('Working weeks a year must be between 1 and 52.');
  });

  it('says buy exactly when the pain is above the cost', () => {
    fc.assert(
      fc.property(team, (i) => {
        const out = model.compute(i).outputs;
        expect(n(out.fte)).toBeCloseTo((i.csms * i.hours) / 40, 9);
        expect(kw(out.verdict)).toBe(n(out.pain) > i['tool-cost'] ? 'buy' : 'wait');
      }),
    );
  });
});
