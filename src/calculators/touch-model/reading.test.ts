import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { expectSoundReading, readingFor } from '../testing-reading';
import { profileFill } from '../sources';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over })!;
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);

describe('touch-model reading', () => {
  it('reads the saved profile: a $60,000 average customer, 33 accounts per CSM at $160,000', () => {
    const fill = profileFill(model, { arr: 24e6, customers: 400, csms: 12, 'csm-cost': 160000 });
    expect(fill.values).toEqual({ acv: '60000', 'csm-cost': '160000', accounts: '33' });
    expect(fill.filled.find((f) => f.field === 'accounts')?.derived).toBe('your customers ÷ your CSMs');
    const run = read({ acv: 60000, 'csm-cost': 160000, accounts: 33 });
    expectSoundReading(model, run);
    expect(run.text).toBe(
      'On Chapter 5’s bands, a contract of $60,000 a year starts at low-touch. At $160,000 for each CSM and 33 accounts each, coverage costs $4,848 per account a year, 8.1% of the contract, leaving 91.9% for the product, support, sales and margin. 33 accounts per CSM is lighter than the usual 50 to 150 for low-touch.',
    );
  });

  it('says coverage loses money once it costs more than the contract, and names a single account', () => {
    const run = read({ acv: 5000, 'csm-cost': 150000, accounts: 1 });
    expect(run.text).toContain('1 account each');
    expect(run.text).toContain('3,000% of the contract: more than the customer pays');
    expect(run.text).toContain('lighter than the usual 500 or more for tech-touch');
  });

  it('says coverage takes everything at exactly 100%', () => {
    expect(read({ acv: 10000, 'csm-cost': 200000, accounts: 20 }).text).toContain('100% of the contract: everything the customer pays');
  });

  it('leaves accounts per CSM on the example when the reader has no CSMs to divide by', () => {
    const fill = profileFill(model, { customers: 10, csms: 0 });
    expect(fill.values.accounts).toBeUndefined();
    expect(fill.unfilled.find((u) => u.labels.includes('Accounts per CSM'))?.problem).toContain('cannot be worked out');
  });

  it('is sound for every valid input, and its words agree with the share and the load', () => {
    fc.assert(
      fc.property(typed(0.01, 1e8), typed(0.01, 1e6), fc.integer({ min: 1, max: 10000 }), (acv, cost, accounts) => {
        const run = read({ acv, 'csm-cost': cost, accounts });
        expectSoundReading(model, run);
        const share = (run.result.outputs['cost-share'] as { value: number }).value;
        expect(run.text.includes('loses money')).toBe(share > 100);
        expect(run.text.includes('leaving')).toBe(share < 100);
        const model_ = (run.result.outputs.model as { value: string }).value;
        const [low, high] = { 'high-touch': [10, 30], 'low-touch': [50, 150], 'tech-touch': [500, Infinity] }[model_]!;
        expect(run.text.includes('lighter')).toBe(accounts < low!);
        expect(run.text.includes('heavier')).toBe(accounts > high!);
      }),
    );
  });
});
