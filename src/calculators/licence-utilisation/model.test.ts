import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const texts = (over: Record<string, string>) => ({ ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), ...over });
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);

describe('licence-utilisation model', () => {
  it('pays $180,000 over 18 months at $120,000 a year, $153,000 of it idle at 15% use: $800,000 a year per used equivalent, 6.67 times', () => {
    const { outputs, notes } = compute();
    expect(n(outputs.paid)).toBe(180_000);
    expect(n(outputs['value-in-use'])).toBe(27_000);
    expect(n(outputs.idle)).toBe(153_000);
    expect(n(outputs['effective-cost'])).toBeCloseTo(800_000, 6);
    expect(n(outputs.multiple)).toBeCloseTo(6.667, 3);
    expect(notes[0]!.text).toBe('Only 15% in use: price a lower tier.');
  });

  it('says nothing is in use rather than dividing by zero', () => {
    const { outputs } = compute({ 'in-use': 0 });
    expect(outputs['effective-cost']).toEqual({ unavailable: 'Nothing in use: it is all idle.' });
    expect(n(outputs.idle)).toBe(180_000);
  });

  it('has paid nothing after no months, and says so', () => {
    const { outputs, notes } = compute({ months: 0 });
    expect(n(outputs.paid)).toBe(0);
    expect(n(outputs.idle)).toBe(0);
    expect(notes.map((x) => x.text)).toContain('No months owned, so nothing paid yet.');
  });

  it('blocks a share above 100% at the field', () => {
    expect(evaluate(model, texts({ 'in-use': '101' })).errors['in-use']).toBe('Share of the capability in use must be between 0% and 100%.');
  });

  it('splits what was paid into used and idle, and never prices a used equivalent below the licence', () => {
    fc.assert(
      fc.property(typed(0, 1e7), typed(0.01, 100), typed(0, 240), (licence, used, months) => {
        const out = compute({ licence, 'in-use': used, months }).outputs;
        expect(n(out['value-in-use']) + n(out.idle)).toBeCloseTo(n(out.paid), 4);
        expect(n(out['effective-cost'])).toBeGreaterThanOrEqual(licence * (1 - 1e-12));
      }),
    );
  });
});
