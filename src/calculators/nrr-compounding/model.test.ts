import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model from './model';
import compounding from '../compounding/model';
import { evaluate } from '../inputs';
import { readingText } from '../cite';
import { exampleTexts } from '../sources';
import { n } from '../testing';

const run = (over: Record<string, string> = {}) => evaluate(model, { ...exampleTexts(model), ...over });

describe('nrr-compounding', () => {
  it('reproduces the book’s illustration: $10M at 105% and 98% for five years, no new logos', () => {
    const o = run().result!.outputs;
    expect(n(o['arr-1'])).toBeCloseTo(10_000_000 * 1.05 ** 5, 4); // 12,762,815.63
    expect(n(o['arr-2'])).toBeCloseTo(10_000_000 * 0.98 ** 5, 4); // 9,039,207.97
    expect(n(o.gap)).toBeCloseTo(3_723_607.66, 1);
    expect(n(o['gap-first'])).toBeCloseTo(700_000, 6);
  });

  it('agrees with the chapter 3 compounding calculator wherever both apply (retention up to 100%)', () => {
    const pct = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(pct, pct, fc.integer({ min: 0, max: 5_000_000 }), fc.integer({ min: 1, max: 20 }), fc.constantFrom('end', 'start'), (a, b, added, years, timing) => {
        const mine = run({ 'nrr-1': String(a), 'nrr-2': String(b), new: String(added), years: String(years), timing }).result!.outputs;
        const theirs = evaluate(compounding, { ...exampleTexts(compounding), 'retention-a': String(b), 'retention-b': String(a), new: String(added), years: String(years), timing, start: '10000000' }).result!.outputs;
        expect(n(mine['arr-1'])).toBeCloseTo(n(theirs['arr-b']), 4);
        expect(n(mine.gap)).toBeCloseTo(n(theirs.gap), 4);
      }),
    );
  });

  it('stays flat at 100% with no new logos, and gives no gap when the NRRs match', () => {
    const o = run({ 'nrr-1': '100', 'nrr-2': '100' }).result!.outputs;
    expect(n(o['arr-1'])).toBe(10_000_000);
    expect(n(o.gap)).toBe(0);
  });

  it('warns at 0% and refuses more than 200% or part years', () => {
    expect(run({ 'nrr-2': '0' }).result!.notes[0]!.level).toBe('warning');
    expect(run({ 'nrr-1': '201' }).errors['nrr-1']).toBeDefined();
    expect(run({ years: '2.5' }).errors.years).toBeDefined();
    expect(run({ start: '0' }).errors.start).toBeDefined();
  });

  it('reads the figures in words that follow from them', () => {
    const e = run({ 'nrr-2': '95' });
    const text = readingText(model, e.result!, model.reading!(e.values, e.result!), 'USD');
    expect(text).toContain('company 2 needs $500,000 of new-logo ARR');
    expect(text).toMatch(/times as wide\./);
    const level = run({ 'nrr-2': '105' });
    expect(readingText(model, level.result!, model.reading!(level.values, level.result!), 'USD')).toContain('With the same NRR the two stay level.');
  });
});
