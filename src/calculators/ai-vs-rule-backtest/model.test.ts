import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model, { record } from './model';
import { evaluate } from '../inputs';
import { n } from '../testing';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const run = (over: Inputs = {}) => model.compute({ ...defaults, ...over } as never);
const kw = (o: OutputValue | undefined) => (o && 'value' in o ? o.value : o);
const texts = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));

describe('ai-vs-rule-backtest model', () => {
  it('reproduces the worked example: AI lift 15 catching 62.5%, rules about 7.3 catching 50%', () => {
    const out = run().outputs;
    expect(n(out['ai-flagged-rate'])).toBe(30);
    expect(n(out['ai-clear-rate'])).toBe(2);
    expect(n(out['ai-lift'])).toBe(15);
    expect(n(out['ai-caught'])).toBe(62.5);
    expect(n(out['rule-flagged-rate'])).toBe(20);
    expect(n(out['rule-clear-rate'])).toBeCloseTo(2.7273, 4);
    expect(n(out['rule-lift'])).toBeCloseTo(7.3333, 4);
    expect(n(out['rule-caught'])).toBe(50);
    expect(kw(out.verdict)).toBe('ai');
  });

  it('says n/a for an empty group and shows rates only when nobody unflagged churned', () => {
    const none = run({ 'ai-flagged': 0, 'ai-flagged-churned': 0 }).outputs;
    expect(none['ai-flagged-rate']).toEqual({ unavailable: 'Nobody was flagged, so the flagged group has no churn rate.' });
    expect('unavailable' in none['ai-lift']).toBe(true);
    const all = run({ 'rule-clear': 0, 'rule-clear-churned': 0 }).outputs;
    expect(all['rule-clear-rate']).toEqual({ unavailable: 'Everybody was flagged, so there is no unflagged group to compare.' });
    const clean = run({ 'ai-clear-churned': 0 }).outputs;
    expect(clean['ai-lift']).toEqual({ unavailable: 'Nobody unflagged churned, so lift has no finite value: compare the two rates instead.' });
    expect(n(clean['ai-clear-rate'])).toBe(0);
  });

  it('refuses more churners than customers in a group, at the field', () => {
    expect(evaluate(model, { ...texts, 'rule-flagged-churned': '61' }).errors).toEqual({ 'rule-flagged-churned': 'Rule score: 61 churners cannot come from a group of 60. Enter at most 60.' });
  });

  it('calls a split record split and a swapped record the other way', () => {
    expect(kw(run({ 'ai-flagged': 100, 'ai-flagged-churned': 20, 'ai-clear': 400, 'ai-clear-churned': 4 }).outputs.verdict)).toBe('ai');
    expect(kw(run({ 'ai-flagged': 20, 'ai-flagged-churned': 10, 'ai-clear': 480, 'ai-clear-churned': 14 }).outputs.verdict)).toBe('split');
    expect(kw(run({ 'ai-flagged': 60, 'ai-flagged-churned': 12, 'ai-clear': 440, 'ai-clear-churned': 12, 'rule-flagged': 50, 'rule-flagged-churned': 15, 'rule-clear': 450, 'rule-clear-churned': 9 }).outputs.verdict)).toBe('rule');
  });

  it('keeps rates between 0% and 100% and lift consistent with them', () => {
    const group = fc.integer({ min: 0, max: 5000 }).chain((size) => fc.tuple(fc.constant(size), fc.integer({ min: 0, max: size })));
    fc.assert(
      fc.property(group, group, ([flagged, flaggedChurned], [clear, clearChurned]) => {
        const r = record({ flagged, flaggedChurned, clear, clearChurned });
        for (const v of [r.flaggedRate, r.clearRate, r.caught]) if ('value' in v) expect(v.value).toBeGreaterThanOrEqual(0), expect(v.value).toBeLessThanOrEqual(100);
        if ('value' in r.lift && 'value' in r.flaggedRate && 'value' in r.clearRate) expect(r.lift.value).toBeCloseTo(r.flaggedRate.value / r.clearRate.value, 6);
      }),
    );
  });
});
