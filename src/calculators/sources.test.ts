import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import cltv from './cltv/model';
import ltvCac from './ltv-cac/model';
import retention from './retention/model';
import { evaluate } from './inputs';
import { profileFigure, type Profile } from './profile';
import { profileFields } from './profile-fields';
import { applyDelta } from './delta';
import { readLink } from './link';
import { exampleTexts, fillUnits, isExample, profileFill, startingState, startingTexts } from './sources';
import { models } from './registry';
import { n } from './testing';

/** Any profile a reader could save: each figure absent or a valid value of its field. */
const anyProfile: fc.Arbitrary<Profile> = fc.record(
  Object.fromEntries(
    profileFields.map((f) => {
      const lo = f.min ?? 0;
      const hi = f.max ?? 1e9;
      const v = 'integer' in f && f.integer ? fc.integer({ min: lo, max: Math.min(hi, 1e6) }) : fc.double({ min: lo, max: Math.min(hi, 1e9), noNaN: true }).map((x) => Math.round(x * 100) / 100);
      return [f.id, ('minExclusive' in f && f.minExclusive ? v.filter((x) => x > lo) : v)];
    }),
  ),
  { requiredKeys: [] },
) as fc.Arbitrary<Profile>;

describe('figures derived from the profile', () => {
  it('works out revenue per customer as ARR ÷ customers when it was not entered, and says so', () => {
    expect(profileFigure({ arr: 24_000_000, customers: 400 }, 'arpc')).toEqual({ value: 60_000, derived: 'ARR ÷ customers' });
    expect(profileFigure({ arr: 24_000_000, customers: 400, arpc: 50_000 }, 'arpc')).toEqual({ value: 50_000 });
    expect(profileFigure({ arr: 24_000_000, customers: 0 }, 'arpc')).toBeUndefined();
  });

  it('works out gross retention from last year’s start, contraction and churn', () => {
    expect(profileFigure({ 'start-arr': 20_000_000, contraction: 1_000_000, churned: 1_000_000 }, 'retention')?.value).toBeCloseTo(90, 10);
  });
});

describe('filling a calculator from the reader’s numbers', () => {
  it('fills the whole retention year or none of it', () => {
    const partial = profileFill(retention, { 'start-arr': 24_000_000 });
    expect(partial.values).toEqual({});
    expect(partial.unfilled).toEqual([{ labels: ['Starting ARR', 'Expansion', 'Contraction', 'Churned ARR'], needs: ['expansion', 'contraction', 'churned'] }]);
    const whole = profileFill(retention, { 'start-arr': 24_000_000, expansion: 2_000_000, contraction: 500_000, churned: 1_000_000 });
    expect(whole.values).toEqual({ start: '24000000', expansion: '2000000', contraction: '500000', churn: '1000000' });
  });

  it('derives revenue per customer for lifetime value and names the derivation', () => {
    const fill = profileFill(cltv, { arr: 24_000_000, customers: 400, retention: 88, margin: 78 });
    expect(fill.values).toMatchObject({ revenue: '60000', retention: '88', margin: '78' });
    expect(fill.filled.find((f) => f.field === 'revenue')?.derived).toBe('ARR ÷ customers');
  });

  it('carries lifetime value on the reader’s figures into LTV:CAC', () => {
    const texts = startingTexts(ltvCac, undefined, 'mine', { arr: 24_000_000, customers: 400, retention: 88, margin: 78, cac: 45_000 });
    expect(Number(texts.ltv)).toBeCloseTo((60_000 * 0.78) / 0.12, 6);
    expect(texts.cac).toBe('45000');
    const ratio = n(evaluate(ltvCac, texts).result!.outputs.ratio);
    expect(ratio).toBeCloseTo(390_000 / 45_000, 9);
  });

  it('keeps lifetime value on the example when the profile cannot complete it, and says what is missing', () => {
    const fill = profileFill(ltvCac, { cac: 45_000, margin: 78 });
    expect(fill.values).toEqual({ cac: '45000' });
    expect(fill.unfilled[0]).toMatchObject({ labels: ['Customer lifetime value'] });
    expect(fill.unfilled[0]!.needs).toEqual(expect.arrayContaining(['retention']));
  });

  it('refuses a figure that does not fit the field and says why, rather than filling part of a group', () => {
    const fill = profileFill(cltv, { arpc: 50_000, retention: 88, margin: 78, discount: 50 });
    expect(fill.values).toMatchObject({ revenue: '50000', discount: '50' });
    const zero = profileFill(cltv, { arr: 0, customers: 10, retention: 88, margin: 78 });
    expect(zero.values.revenue).toBeUndefined();
    expect(zero.values.retention).toBeUndefined();
    expect(zero.unfilled[0]!.problem).toMatch(/Annual revenue per customer/);
  });

  it('never fills part of a group, for any profile and any calculator', () => {
    fc.assert(
      fc.property(anyProfile, (profile) => {
        for (const model of Object.values(models)) {
          const { values } = profileFill(model, profile);
          for (const unit of fillUnits(model)) {
            const got = unit.fields.filter((f) => f.id in values).length;
            expect(got === 0 || got === unit.fields.length, `${model.id}: ${unit.group}`).toBe(true);
          }
          // Whatever fills is valid for its field, so a filled calculator never shows an error.
          const { errors } = evaluate(model, { ...exampleTexts(model), ...values });
          for (const id of Object.keys(values)) expect(errors[id], `${model.id}.${id}`).toBeUndefined();
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('where a calculator starts', () => {
  it('applies a link’s figures over the example, never mixed with the reader’s saved figures', () => {
    const start = startingState(retention, { mode: 'mine', profile: { 'start-arr': 1e6, expansion: 1, contraction: 1, churned: 1 }, link: readLink(retention, '?expansion=5000000') });
    expect(start.setByLink).toBe(true);
    expect(start.texts).toMatchObject({ start: '100000000', expansion: '5000000' });
  });

  it('ignores parameters that are not the calculator’s, and opens the comparison from target- values', () => {
    expect(readLink(cltv, '?utm_source=wiki')).toBeUndefined();
    expect(startingState(cltv, { mode: 'example', profile: {}, link: readLink(cltv, '?utm_source=wiki') }).setByLink).toBe(false);
    const start = startingState(cltv, { mode: 'example', profile: {}, link: readLink(cltv, '?retention=90&target-retention=95') });
    expect(start.target?.retention).toBe('95');
  });

  it('knows the example from the reader’s own inputs', () => {
    expect(isExample(cltv, exampleTexts(cltv))).toBe(true);
    expect(isExample(cltv, { ...exampleTexts(cltv), retention: '90.0' })).toBe(true);
    expect(isExample(cltv, { ...exampleTexts(cltv), retention: '91' })).toBe(false);
  });
});

describe('scenarios relative to the base (delta)', () => {
  it('moves the base by the delta and holds it to the field’s range, saying so', () => {
    const moved = applyDelta(cltv, { ...exampleTexts(cltv), retention: '99' }, { retention: 3 });
    expect(moved.texts.retention).toBe('100');
    expect(moved.clamps).toEqual([{ field: 'retention', label: 'Annual retention', wanted: 102, used: 100 }]);
  });

  it('equals the base when the delta is zero, and a higher retention never lowers lifetime value', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 20 }), (r, up) => {
        const base = { ...exampleTexts(cltv), retention: String(r) };
        expect(applyDelta(cltv, base, { retention: 0 }).texts).toEqual({ ...base });
        const before = evaluate(cltv, base).result!.outputs['cltv-discounted'];
        const after = evaluate(cltv, applyDelta(cltv, base, { retention: up }).texts).result!.outputs['cltv-discounted'];
        expect(n(after)).toBeGreaterThanOrEqual(n(before));
      }),
    );
  });
});
