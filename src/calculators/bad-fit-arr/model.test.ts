import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n, computeWith, defaultsOf, fieldErrors } from '../testing';
import { defaultTexts, evaluate } from '../inputs';
import { readQuery } from '../link';
import type { Inputs } from '../contract';
import { expectSoundReading, readingOf } from '../testing-reading';
import { profileFill } from '../sources';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const errorsFor = fieldErrors(model);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(b)));

const valid = fc.record({
  customers: fc.integer({ min: 1, max: 1_000_000 }),
  'bad-fit': fc.double({ min: 0, max: 100, noNaN: true }),
  acv: fc.double({ min: 0.01, max: 1e9, noNaN: true }),
  'churn-likelihood': fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: null }),
}) as fc.Arbitrary<Inputs>;

describe('bad-fit-arr model', () => {
  it('reproduces the source: 10 bad-fit accounts and $1,000,000 at risk out of $10,000,000', () => {
    const { outputs, notes } = compute();
    expect(n(outputs['bad-fit-accounts'])).toBe(10);
    expect(n(outputs['arr-at-risk'])).toBe(1_000_000);
    expect(n(outputs['expected-loss'])).toBe(1_000_000);
    expect(n(outputs['total-arr'])).toBe(10_000_000);
    expect(n(outputs['share-of-arr'])).toBe(10);
    expect(notes).toEqual([]);
  });

  it('scales to $4,000,000 at risk across 40 accounts for a base of 400 customers', () => {
    const { outputs } = compute({ customers: 400 });
    expect(n(outputs['bad-fit-accounts'])).toBe(40);
    expect(n(outputs['arr-at-risk'])).toBe(4_000_000);
  });

  it('applies a churn chance to give the expected loss', () => {
    expect(n(compute({ 'churn-likelihood': 40 }).outputs['expected-loss'])).toBe(400_000);
  });

  it('treats a blank churn chance as the source’s implied 100% and says so', () => {
    const { outputs, notes } = compute({ 'churn-likelihood': null });
    expect(n(outputs['expected-loss'])).toBe(1_000_000);
    expect(notes.some((x) => x.text.includes('every bad-fit account is assumed to leave'))).toBe(true);
  });

  it('rounds a fractional count to one decimal and calls it an expected count', () => {
    const { outputs, notes } = compute({ customers: 33, 'bad-fit': 7 });
    expect(n(outputs['bad-fit-accounts'])).toBe(2.3);
    expect(n(outputs['arr-at-risk'])).toBe(231_000);
    expect(notes[0]!.text).toContain('expected count');
  });

  it('accepts 0% as a valid answer with nothing at risk', () => {
    const { outputs, notes } = compute({ 'bad-fit': 0 });
    expect(n(outputs['arr-at-risk'])).toBe(0);
    expect(n(outputs['expected-loss'])).toBe(0);
    expect(notes.some((x) => x.text.startsWith('No bad-fit customers'))).toBe(true);
  });

  it('warns at 100% that the ideal customer profile itself may be wrong', () => {
    const { outputs, notes } = compute({ 'bad-fit': 100 });
    expect(n(outputs['arr-at-risk'])).toBe(n(outputs['total-arr']));
    expect(notes).toContainEqual(expect.objectContaining({ level: 'warning', text: expect.stringContaining('ideal customer profile itself') }));
  });

  it.each([
    [{ customers: '0' }, 'customers', 'Number of customers must be between 1 and 1,000,000.'],
    [{ customers: '' }, 'customers', 'Number of customers is needed: enter a number.'],
    [{ customers: '12.5' }, 'customers', 'Number of customers must be a whole number.'],
    [{ customers: '-5' }, 'customers', 'Number of customers must be between 1 and 1,000,000.'],
    [{ 'bad-fit': '120' }, 'bad-fit', 'Share of customers that are a bad fit must be between 0% and 100%.'],
    [{ 'bad-fit': 'lots' }, 'bad-fit', 'Share of customers that are a bad fit must be a number (you entered "lots").'],
    [{ acv: '0' }, 'acv', 'Average contract value must be more than $0 and at most $1,000,000,000.'],
    [{ acv: '1e12' }, 'acv', 'Average contract value must be more than $0 and at most $1,000,000,000.'],
    [{ 'churn-likelihood': '101' }, 'churn-likelihood', 'Chance a bad-fit customer churns must be between 0% and 100%.'],
  ])('refuses %o with a message at the field', (texts, field, message) => {
    expect(errorsFor(texts)).toEqual({ [field]: message });
  });

  it('keeps the largest allowed inputs finite', () => {
    const { outputs } = compute({ customers: 1_000_000, 'bad-fit': 100, acv: 1e9 });
    expect(n(outputs['total-arr'])).toBe(1e15);
    expect(Number.isFinite(n(outputs['arr-at-risk']))).toBe(true);
  });

  it('falls back to the default with a note when a link carries a malformed value', () => {
    const preset = readQuery(model, new URLSearchParams('customers=abc&bad-fit=15'), defaultTexts(model));
    expect(preset.texts.customers).toBe('100');
    expect(preset.texts['bad-fit']).toBe('15');
    expect(preset.rejected).toHaveLength(1);
    expect(preset.rejected[0]).toContain('Number of customers');
  });

  it('scales ARR at risk linearly with each input', () => {
    fc.assert(
      fc.property(valid, fc.constantFrom('customers', 'bad-fit', 'acv'), fc.integer({ min: 2, max: 9 }), (i, field, k) => {
        const base = n(model.compute(i).outputs['arr-at-risk']);
        const scaled = { ...i, [field]: (i[field] as number) * k };
        // Stay inside each field's range: a share cannot pass 100%.
        fc.pre(field !== 'bad-fit' || (scaled['bad-fit'] as number) <= 100);
        close(n(model.compute(scaled).outputs['arr-at-risk']), base * k);
      }),
    );
  });

  it('never loses more than is at risk, nor risks more than the whole base', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const { outputs } = model.compute(i);
        const risk = n(outputs['arr-at-risk']);
        expect(n(outputs['expected-loss'])).toBeLessThanOrEqual(risk * (1 + 1e-12));
        expect(risk).toBeLessThanOrEqual(n(outputs['total-arr']) * (1 + 1e-12));
        close(risk, (n(outputs['total-arr']) * (i['bad-fit'] as number)) / 100);
        expect(n(outputs['share-of-arr'])).toBe(i['bad-fit']);
      }),
    );
  });

  it('reads the headline figure and the expected loss in words that match them', () => {
    expect(readingOf(model, defaults).text).toBe(
      'Of 100 customers, 10 are a poor fit, holding $1,000,000 of the $10,000,000 book. That counts every one of them as lost; if only some leave, the expected loss is smaller.',
    );
    expect(readingOf(model, { ...defaults, 'churn-likelihood': 40 }).text).toContain('If 40% of them leave, the expected loss is $400,000.');
    expect(readingOf(model, { ...defaults, 'bad-fit': 0 }).text).toBe('With no poor-fit customers, none of the $10,000,000 book is at risk from poor fit.');
    expect(readingOf(model, { ...defaults, customers: 10 }).text).toContain('Of 10 customers, 1 is a poor fit');
  });

  it('never shows a broken figure in its reading', () => {
    fc.assert(fc.property(valid, (i) => void expectSoundReading(model, i)));
  });

  it('fills customers and contract value from my numbers together or not at all', () => {
    expect(profileFill(model, { arr: 24e6, customers: 400 }).values).toEqual({ customers: '400', acv: '60000' });
    const half = profileFill(model, { customers: 400 });
    expect(half.values).toEqual({});
    expect(half.unfilled[0]!.labels).toEqual(['Number of customers', 'Average contract value']);
  });
});
