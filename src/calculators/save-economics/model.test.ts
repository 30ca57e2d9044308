import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import { defaultTexts, evaluate } from '../inputs';
import type { Inputs, OutputValue } from '../contract';
import { expectSoundReading, readingOf } from '../testing-reading';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o.value : undefined);
const errorsFor = (over: Record<string, string>) => evaluate(model, { ...defaultTexts(model), ...over }).errors;
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

const valid = fc.record({
  acv: fc.integer({ min: 1, max: 1e9 }),
  discount: fc.integer({ min: 0, max: 99 }),
  'discount-years': fc.double({ min: 0, max: 20, noNaN: true }).map((x) => Math.round(x * 10) / 10),
  reduction: fc.integer({ min: 0, max: 99 }),
  'right-size-years': fc.double({ min: 0, max: 20, noNaN: true }).map((x) => Math.round(x * 10) / 10),
});

describe('save-economics model', () => {
  it('reproduces worked example D: $60,000 from the discount, $216,000 from the right-size, $156,000 apart', () => {
    const { outputs, notes } = compute();
    expect(n(outputs['discount-total'])).toBe(60_000);
    expect(n(outputs['right-size-total'])).toBe(216_000);
    expect(n(outputs.difference)).toBe(156_000);
    expect(n(outputs['first-year-drop'])).toBe(48_000);
    close(n(outputs['break-even']), 60_000 / 72_000);
    expect(kw(outputs.better)).toBe('right-size');
    expect(notes.map((x) => x.level)).toEqual(['warning']);
  });

  it('reads the example in words that match its figures', () => {
    expect(readingOf(model, defaults).text).toBe(
      'The right-size brings in $216,000 against $60,000 for the discount, $156,000 more. It breaks even if the customer stays 0.83 years.',
    );
  });

  it('says when the discount wins, and when the two are level', () => {
    const discountWins = compute({ 'right-size-years': 0.5, 'discount-years': 2 });
    expect(kw(discountWins.outputs.better)).toBe('discount');
    expect(readingOf(model, { ...defaults, 'right-size-years': 0.5, 'discount-years': 2 }).text).toContain('for the discount, $84,000 less.');
    expect(kw(compute({ discount: 40, 'discount-years': 3 }).outputs.better)).toBe('equal');
    expect(readingOf(model, { ...defaults, discount: 40, 'discount-years': 3 }).text).toContain('for the discount, the same.');
  });

  it('treats a year count of zero as bringing in nothing, and says so', () => {
    const { outputs, notes } = compute({ 'discount-years': 0 });
    expect(n(outputs['discount-total'])).toBe(0);
    expect(n(outputs['break-even'])).toBe(0);
    expect(notes.some((x) => x.text.startsWith('A discounted customer that stays no time'))).toBe(true);
    expect(readingOf(model, { ...defaults, 'discount-years': 0 }).text).not.toContain('breaks even');
  });

  it('refuses a 100% discount or cut, negative years and a contract of zero', () => {
    expect(errorsFor({ discount: '100' }).discount).toBe('A 100% discount gives the product away: enter less than 100%.');
    expect(errorsFor({ reduction: '100' }).reduction).toBe('A 100% cut ends the contract rather than right-sizing it: enter less than 100%.');
    expect(errorsFor({ 'discount-years': '-1' })).toHaveProperty('discount-years');
    expect(errorsFor({ acv: '0' })).toHaveProperty('acv');
    expect(errorsFor({ discount: '120' })).toHaveProperty('discount');
  });

  it('keeps both totals exact and the difference and break-even consistent with them, for any valid deal', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const out = model.compute(i).outputs;
        close(n(out['discount-total']), (i.acv * (100 - i.discount) * i['discount-years']) / 100);
        close(n(out['right-size-total']), (i.acv * (100 - i.reduction) * i['right-size-years']) / 100);
        const d = n(out['right-size-total']) - n(out['discount-total']);
        if (Math.abs(d) >= 0.005) close(n(out.difference), d);
        expect(kw(out.better)).toBe(Math.abs(d) < 0.005 ? 'equal' : d > 0 ? 'right-size' : 'discount');
        // Staying exactly the break-even time makes the right-size match the discount.
        close((n(out['break-even']) * i.acv * (100 - i.reduction)) / 100, n(out['discount-total']));
      }),
    );
  });

  it('never shows a broken figure in its reading, and names the larger path correctly', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const read = expectSoundReading(model, i);
        const better = kw(read.result.outputs.better);
        expect(read.text.includes(' more.')).toBe(better === 'right-size');
        expect(read.text.includes(' less.')).toBe(better === 'discount');
      }),
    );
  });
});
