import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model, { SEGMENTS, csmsFor } from './model';
import { computeWith, defaultsOf, kw, n, textsFor } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs, OutputValue } from '../contract';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const texts = textsFor(model);
const ids = SEGMENTS.map((s) => s.id);
const csms = (out: Record<string, OutputValue>) => ids.map((id) => n(out[`${id}-csms`]));
const notesOf = (over: Inputs) => compute(over).notes.map((x) => x.text).join(' ');

const plan = fc.record({
  ...Object.fromEntries(
    ids.flatMap((id) => [
      [`${id}-customers`, fc.integer({ min: 0, max: 1e6 })],
      [`${id}-acv`, fc.double({ min: 0.01, max: 1e8, noNaN: true }).map((x) => Math.round(x * 100) / 100)],
      [`${id}-ratio`, fc.integer({ min: 1, max: 10000 })],
    ]),
  ),
  quota: fc.constantFrom('no', 'yes'),
  reduction: fc.integer({ min: 20, max: 30 }),
}) as fc.Arbitrary<Inputs>;

describe('team-capacity model', () => {
  it('sizes the book’s example at 3 + 4 + 3 + 4 = 14 CSMs, each inside its ARR band', () => {
    const { outputs, notes } = compute();
    expect(csms(outputs)).toEqual([3, 4, 3, 4]);
    expect(n(outputs['total-csms'])).toBe(14);
    expect(ids.map((id) => n(outputs[`${id}-arr-per-csm`]))).toEqual([3e6, 3e6, 8e6 / 3, 1.5e6]);
    expect(notes.filter((x) => x.level === 'warning')).toEqual([]);
  });

  it('calls for a manager and CS operations at 14 CSMs and holds segment leaders back until 20', () => {
    const { outputs } = compute();
    expect(kw(outputs.roles)).toBe('manager+ops');
    expect(notesOf({})).toMatch(/Not yet: segment leaders \(from 20 CSMs, 6 more than this plan\)\. Adding the layer sooner makes the team top-heavy\./);
  });

  it('cuts ratios by 25% for expansion quotas and rounds up: 4 + 5 + 4 + 6 = 19 CSMs', () => {
    const { outputs } = compute({ quota: 'yes' });
    expect(csms(outputs)).toEqual([4, 5, 4, 6]);
    expect(n(outputs['total-csms'])).toBe(19);
    expect(notesOf({ quota: 'yes' })).toMatch(/cut every ratio by 25%/);
  });

  it('matches the derived mid-market range under quotas: 20 becomes 16 or 14, 50 becomes 40 or 35', () => {
    // 16, 14, 40 and 35 customers each fill exactly one CSM at those adjusted ratios.
    expect(csmsFor(16, 20, 20)).toBe(1);
    expect(csmsFor(17, 20, 20)).toBe(2);
    expect(csmsFor(14, 20, 30)).toBe(1);
    expect(csmsFor(40, 50, 20)).toBe(1);
    expect(csmsFor(35, 50, 30)).toBe(1);
    expect(csmsFor(36, 50, 30)).toBe(2);
  });

  it('needs no CSMs for an empty segment and says why ARR per CSM is missing', () => {
    const { outputs } = compute({ 'enterprise-customers': 0 });
    expect(n(outputs['enterprise-csms'])).toBe(0);
    expect(outputs['enterprise-arr-per-csm']).toEqual({ unavailable: 'No customers in this segment, so no CSMs to divide by.' });
    expect(n(outputs['total-csms'])).toBe(11);
  });

  it('names no roles for a team of five and the first manager from six', () => {
    const small = { 'enterprise-customers': 0, 'mid-market-customers': 0, 'smb-customers': 0, 'tech-touch-customers': 2500 };
    expect(kw(compute(small).outputs.roles)).toBe('none');
    expect(notesOf(small)).toMatch(/Not yet: a first-level manager \(from 6 CSMs, 1 more/);
    expect(kw(compute({ ...small, 'tech-touch-customers': 3000 }).outputs.roles)).toBe('manager');
    const big = compute({ 'tech-touch-customers': 5000 });
    expect(n(big.outputs['total-csms'])).toBe(20);
    expect(kw(big.outputs.roles)).toBe('manager+ops+segment-leaders');
  });

  it('warns when ARR per CSM leaves its band and notes contracts and ratios outside the segment benchmarks', () => {
    const low = notesOf({ 'enterprise-acv': 100000 });
    expect(low).toMatch(/Enterprise: ARR per CSM is below the 2M to 5M band/);
    expect(low).toMatch(/Enterprise: this average contract sits outside/);
    expect(notesOf({ 'smb-ratio': 400 })).toMatch(/SMB: ARR per CSM is above the 2M to 4M band/);
    expect(notesOf({ 'smb-ratio': 300 })).toMatch(/SMB: 300 customers per CSM is outside the benchmark range/);
  });

  it('uses Chapter 6’s cut-offs: exactly 250,000 and 50,000 are mid-market, exactly 10,000 is SMB', () => {
    const fits = (id: string, acv: number) => SEGMENTS.find((s) => s.id === id)!.fits(acv);
    expect([fits('enterprise', 250000), fits('mid-market', 250000), fits('mid-market', 50000), fits('smb', 50000)]).toEqual([false, true, true, false]);
    expect([fits('smb', 10000), fits('tech-touch', 10000), fits('tech-touch', 9999.99)]).toEqual([true, false, true]);
  });

  it('refuses negative customers, a zero ratio, a fractional ratio and reductions outside 20% to 30%', () => {
    expect(evaluate(model, texts({ 'smb-customers': '-1' })).errors['smb-customers']).toBe('SMB customers must be between 0 and 1,000,000.');
    expect(evaluate(model, texts({ 'smb-ratio': '0' })).errors['smb-ratio']).toBe('SMB customers per CSM must be between 1 and 10,000.');
    expect(evaluate(model, texts({ 'smb-ratio': '137.5' })).errors['smb-ratio']).toBe('SMB customers per CSM must be a whole number.');
    expect(evaluate(model, texts({ reduction: '100' })).errors.reduction).toBe('Ratio reduction for expansion quotas must be between 20% and 30%.');
    expect(evaluate(model, texts({ 'enterprise-acv': '-1' })).errors['enterprise-acv']).toMatch(/must be between \$0 and/);
  });

  it('never undercounts: every segment’s CSMs cover its customers, and one fewer would not', () => {
    fc.assert(
      fc.property(plan, (i) => {
        const out = model.compute(i).outputs;
        const r = i.quota === 'yes' ? (i.reduction as number) : 0;
        let total = 0;
        for (const id of ids) {
          const c = i[`${id}-customers`] as number;
          const capacity = ((i[`${id}-ratio`] as number) * (100 - r)) / 100;
          const k = n(out[`${id}-csms`]);
          total += k;
          expect(k * capacity).toBeGreaterThanOrEqual(c * (1 - 1e-12));
          if (k > 0) expect((k - 1) * capacity).toBeLessThan(c);
        }
        expect(n(out['total-csms'])).toBe(total);
      }),
    );
  });

  it('never needs fewer CSMs with more customers, a lower ratio or expansion quotas', () => {
    fc.assert(
      fc.property(plan, fc.integer({ min: 0, max: 1000 }), (i, more) => {
        const base = n(model.compute(i).outputs['total-csms']);
        const c = i['smb-customers'] as number;
        expect(n(model.compute({ ...i, 'smb-customers': Math.min(1e6, c + more) }).outputs['total-csms'])).toBeGreaterThanOrEqual(base);
        expect(n(model.compute({ ...i, 'smb-ratio': Math.max(1, (i['smb-ratio'] as number) - 1) }).outputs['total-csms'])).toBeGreaterThanOrEqual(base);
        expect(n(model.compute({ ...i, quota: 'yes' }).outputs['total-csms'])).toBeGreaterThanOrEqual(n(model.compute({ ...i, quota: 'no' }).outputs['total-csms']));
      }),
    );
  });
});
