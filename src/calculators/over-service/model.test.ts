import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, n } from '../testing';
import { evaluate } from '../inputs';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const close = (a: number, b: number, tol = 1e-9) => expect(Math.abs(a - b)).toBeLessThan(tol);

describe('over-service model', () => {
  it('prices a third of a $150,000 CSM on one of 20 accounts: $49,950, 6.66 times an even 5% share', () => {
    const { outputs, notes } = compute();
    close(n(outputs.cost), 49_950, 1e-6);
    close(n(outputs['fair-share']), 5);
    close(n(outputs.multiple), 6.66);
    close(n(outputs['others-share']), 66.7 / 19); // ≈ 3.51%
    expect(n(outputs['hours-given'])).toBe(599); // 1,800 × 33.3%
    expect(n(outputs['excess-hours'])).toBe(509); // 1,800 × 28.3%
    close(n(outputs['excess-cost']), 42_450, 1e-6);
    close(n(outputs['cost-share']), 83.25);
    expect(notes.map((x) => x.level)).toEqual(['warning']);
  });

  it('gives $50,000 and $83,333 for exactly a third of the $150,000 and $250,000 costs', () => {
    close(n(compute({ share: 100 / 3 }).outputs.cost), 50_000, 1e-6);
    close(n(compute({ share: 100 / 3, 'csm-cost': 250_000 }).outputs.cost), 83_333.33, 0.01);
  });

  it('warns when the account costs more to serve than it pays', () => {
    expect(compute({ acv: 40_000 }).notes.map((x) => x.text)).toContain('Serving this account costs more than the contract brings in.');
  });

  it('gives nothing beyond the even share to an under-served account', () => {
    const { outputs, notes } = compute({ share: 3 });
    expect(n(outputs['excess-hours'])).toBe(0);
    expect(n(outputs['excess-cost'])).toBe(0);
    expect(notes[0]!.text).toMatch(/less than an even share/);
  });

  it('explains the figures it cannot give: no contract value, or a single account', () => {
    expect(compute({ acv: 0 }).outputs['cost-share']).toHaveProperty('unavailable');
    expect(compute({ accounts: 1, share: 100 }).outputs['others-share']).toHaveProperty('unavailable');
  });

  it('refuses a share above 100% and zero accounts at the field', () => {
    const base = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
    expect(evaluate(model, { ...base, share: '120' }).errors.share).toBe('Share of the CSM’s time on this account must be between 0% and 100%.');
    expect(evaluate(model, { ...base, accounts: '0' }).errors.accounts).toMatch(/between 1 and/);
  });

  it('keeps the time given and the time left adding back to the whole CSM', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 500 }), fc.integer({ min: 0, max: 1000 }).map((x) => x / 10), (accounts, share) => {
        const out = compute({ accounts, share }).outputs;
        close(share + n(out['others-share']) * (accounts - 1), 100, 1e-9);
        close(n(out.multiple), share / n(out['fair-share']), 1e-9);
        expect(n(out['excess-cost'])).toBeLessThanOrEqual(n(out.cost) + 1e-9);
      }),
    );
  });
});
