import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model, { readAccounts } from './model';
import { computeWith, defaultsOf, n, textsFor } from '../testing';
import { evaluate } from '../inputs';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const texts = textsFor(model);
const cut = (arr: number) => (arr > 100000 ? 0 : arr >= 25000 ? 1 : 2);
const tiers = ['high-touch', 'low-touch', 'tech-touch'];

describe('segment-planner model', () => {
  it('tiers the example list by revenue, promotes the two flagged customers and staffs each tier', () => {
    const { outputs, notes, tables } = compute();
    expect(n(outputs.customers)).toBe(12);
    expect(n(outputs.promoted)).toBe(2);
    expect(n(outputs['promoted-share'])).toBe(16.7);
    expect(tiers.map((t) => n(outputs[`${t}-csms`]))).toEqual([1, 1, 1]);
    expect(n(outputs['total-csms'])).toBe(3);
    expect(notes).toEqual([]);
    expect(tables?.[0]?.rows.map((r) => r.customers)).toEqual([3, 4, 5]);
    const promoted = tables?.[1]?.rows.filter((r) => r.reason);
    expect(promoted).toEqual([
      { name: 'Corvid Analytics', arr: 95000, base: 'Low-touch', tier: 'High-touch', reason: 'strategic value' },
      { name: 'Kestrel', arr: 4000, base: 'Tech-touch', tier: 'Low-touch', reason: 'active churn risk' },
    ]);
  });

  it('reproduces the composite tiering of 50, 300 and 2,000 customers: 85.1% in tech-touch', () => {
    const rows = [
      ...Array.from({ length: 50 }, (_, i) => `Top ${i},150000`),
      ...Array.from({ length: 300 }, (_, i) => `Middle ${i},50000`),
      ...Array.from({ length: 2000 }, (_, i) => `Small ${i},5000`),
    ].join('\n');
    const { outputs, tables } = compute({ customers: rows });
    expect(n(outputs.customers)).toBe(2350);
    expect(tables?.[0]?.rows.map((r) => r.share)).toEqual([2.1, 12.8, 85.1]);
    expect(tiers.map((t) => n(outputs[`${t}-csms`]))).toEqual([3, 3, 4]);
  });

  it('puts exactly 100,000 and exactly 25,000 in low-touch, as in Chapter 5', () => {
    const { accounts } = readAccounts('A,100000\nB,25000\nC,24999\nD,100001', cut);
    expect(accounts.map((a) => a.base)).toEqual([1, 1, 2, 0]);
  });

  it('moves a customer up one tier however many criteria apply, and never above the top', () => {
    const { accounts } = readAccounts('A,5000,strategic risk\nB,5000,regulated\nC,500000,strategic', cut);
    expect(accounts.map((a) => [a.tier, a.reason])).toEqual([
      [1, 'strategic value, active churn risk'],
      [1, 'complexity'],
      [0, ''],
    ]);
  });

  it('reports bad rows by line number, keeps the good rows, and ignores a flag that is no written criterion', () => {
    const { outputs, notes } = compute({ customers: 'Customer,ARR,Flags\nA,50000\n\nB,lots\nC,-10\nD,\nE,8000,vip\nF,12000;strategic' });
    expect(notes.map((x) => x.text)).toEqual([
      'Rows 4, 6 and 8: ARR must be a number; the rows were left out.',
      'Row 5: ARR cannot be negative; the row was left out.',
      'Row 7: "vip" is no written criterion (strategic, complex, risk), so it was ignored.',
    ]);
    expect(n(outputs.customers)).toBe(2);
    expect(n(outputs.promoted)).toBe(0);
  });

  it('reads tab-separated rows pasted from a spreadsheet, with flags in separate cells', () => {
    const { accounts, problems } = readAccounts('Name\tARR\tFlag 1\tFlag 2\nA\t$30,000\tstrategic\trisk\nB\t"12,000"', cut);
    expect(problems).toEqual([]);
    expect(accounts.map((a) => [a.name, a.arr, a.tier])).toEqual([
      ['A', 30000, 0],
      ['B', 12000, 2],
    ]);
  });

  it('warns about drift when more customers are promoted than the threshold allows', () => {
    const { notes } = compute({ drift: 10 });
    expect(notes[0]?.text).toBe('16.7% of customers sit above their revenue tier: exceptions at this rate drift towards over-coverage. Check each against the written criteria.');
  });

  it('explains an empty list instead of showing zeros', () => {
    const { outputs } = compute({ customers: 'Customer,ARR,Flags\n' });
    expect(outputs['total-csms']).toEqual({ unavailable: 'No customers yet: paste or type at least one row with a name and ARR.' });
  });

  it('blocks cut-offs in the wrong order and a zero ratio at the field', () => {
    expect(evaluate(model, texts({ 'low-cut': '150000' })).errors['low-cut']).toBe('The low-touch floor must be below the high-touch cut-off.');
    expect(evaluate(model, texts({ 'tech-ratio': '0' })).errors['tech-ratio']).toBe('Tech-touch accounts per CSM must be between 1 and 10,000.');
  });

  it('never undercounts CSMs: each tier’s CSMs carry all its customers, and one fewer could not', () => {
    const arr = fc.integer({ min: 0, max: 400000 });
    fc.assert(
      fc.property(fc.array(arr, { minLength: 1, maxLength: 80 }), fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 600 }), (arrs, h, l, t) => {
        const { outputs, tables } = compute({ customers: arrs.map((a, i) => `C${i},${a}`).join('\n'), 'high-ratio': h, 'low-ratio': l, 'tech-ratio': t });
        const counts = tables![0]!.rows.map((r) => r.customers as number);
        expect(counts.reduce((a, b) => a + b, 0)).toBe(arrs.length);
        [h, l, t].forEach((ratio, i) => {
          const k = n(outputs[`${tiers[i]}-csms`]);
          expect(k * ratio).toBeGreaterThanOrEqual(counts[i]!);
          if (k > 0) expect((k - 1) * ratio).toBeLessThan(counts[i]!);
        });
      }),
    );
  });

  it('never lowers a customer’s tier when its ARR rises or a flag is added', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400000 }), fc.integer({ min: 0, max: 400000 }), fc.boolean(), (a, b, flag) => {
        const [lo, hi] = [Math.min(a, b), Math.max(a, b)];
        const { accounts } = readAccounts(`L,${lo}\nH,${hi}\nF,${lo},${flag ? 'strategic' : ''}`, cut);
        expect(accounts[1]!.tier).toBeLessThanOrEqual(accounts[0]!.tier);
        expect(accounts[2]!.tier).toBeLessThanOrEqual(accounts[0]!.tier);
      }),
    );
  });
});
