import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { evaluate } from '../inputs';
import { readingText } from '../cite';
import { exampleTexts } from '../sources';
import { n } from '../testing';

const run = (over: Record<string, string> = {}) => evaluate(model, { ...exampleTexts(model), ...over });
const kw = (o: unknown) => (o as { value: string }).value;

describe('treadmill', () => {
  it('reproduces the book’s illustration: $10M at 98% needs $200,000 a year to stay level', () => {
    const o = run().result!.outputs;
    expect(n(o.needed)).toBeCloseTo(200_000, 6);
    expect(n(o.leak)).toBeCloseTo(200_000, 6);
    expect(n(o['leak-share'])).toBeCloseTo(100, 9);
    expect(kw(o.verdict)).toBe('treadmill');
  });

  it('grows the requirement with a growth target: 10% at 98% needs $1.2M, a sixth of it leakage', () => {
    const o = run({ target: '10' }).result!.outputs;
    expect(n(o.needed)).toBeCloseTo(1_200_000, 6);
    expect(n(o['leak-share'])).toBeCloseTo(100 / 6, 9);
  });

  it('needs no new logos to stay level at 100% or more, and says when the base beats the target', () => {
    expect(kw(run({ nrr: '100' }).result!.outputs.verdict)).toBe('base-carries');
    const over = run({ nrr: '115', target: '10' }).result!;
    expect(n(over.outputs.needed)).toBe(0);
    expect(over.outputs['leak-share']).toHaveProperty('unavailable');
    expect(over.notes[0]!.text).toMatch(/^The base alone grows faster/);
    expect(kw(run({ nrr: '105', target: '10' }).result!.outputs.verdict)).toBe('growth');
  });

  it('never asks for a negative amount, and the leakage never exceeds what is needed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 0, max: 200 }), fc.integer({ min: 0, max: 200 }), (arr, nrr, target) => {
        const o = run({ arr: String(arr), nrr: String(nrr), target: String(target) }).result!.outputs;
        expect(n(o.needed)).toBeGreaterThanOrEqual(0);
        expect(n(o.leak)).toBeLessThanOrEqual(n(o.needed) + 1e-6 * arr);
      }),
    );
  });

  it('rejects negative inputs', () => {
    expect(run({ target: '-5' }).errors.target).toBeDefined();
    expect(run({ arr: '0' }).errors.arr).toBeDefined();
  });

  it('reads the figures', () => {
    const e = run({ target: '10' });
    expect(readingText(model, e.result!, model.reading!(e.values, e.result!), 'USD')).toBe(
      'To grow 10% from $10,000,000 at 98% NRR takes $1,200,000 of new-logo ARR this year. $200,000 of it, 16.7%, only replaces what the base loses; that requirement grows as the company does.',
    );
  });
});
