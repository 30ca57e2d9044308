import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, kw, n } from '../testing';
import { evaluate } from '../inputs';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-9);

/** A list of `count` customers with the given flag, the first `churned` of whom left. */
const group = (flag: string, count: number, churned: number, tag = flag) =>
  Array.from({ length: count }, (_, i) => `${tag} ${i + 1},${flag},${i < churned ? 'yes' : 'no'}`);
const list = (...groups: string[][]) => groups.flat().join('\n');

describe('health-backtest model', () => {
  it('finds lift 5 in the example list: 25% of at-risk customers churned against 5% of healthy ones', () => {
    const { outputs, tables, notes } = compute();
    expect(n(outputs.tested)).toBe(48);
    close(n(outputs['churn-rate-red']), 100 / 3);
    close(n(outputs['churn-rate-yellow']), 20);
    close(n(outputs['churn-rate-green']), 5);
    close(n(outputs['churn-rate-at-risk']), 25);
    expect(n(outputs.lift)).toBe(5);
    expect(kw(outputs.verdict)).toBe('predictive');
    expect(notes).toEqual([]);
    expect(tables![0]!.rows).toEqual([
      { flag: 'At risk (red or yellow)', churned: 2, retained: 6, total: 8, rate: 25 },
      { flag: 'Healthy (green)', churned: 2, retained: 38, total: 40, rate: 5 },
      { flag: 'All customers', churned: 4, retained: 44, total: 48, rate: (4 / 48) * 100 },
    ]);
    expect(tables![0]!.caption).toContain('within 9 months');
  });

  it('reproduces the chapter’s check at full size: 10 of 40 against 10 of 200', () => {
    const out = compute({ customers: list(group('yellow', 40, 10), group('green', 200, 10)) }).outputs;
    close(n(out['churn-rate-at-risk']), 25);
    close(n(out['churn-rate-green']), 5);
    expect(n(out.lift)).toBe(5);
  });

  it('classifies scores with the cut-offs, the rounded way the health score does', () => {
    const out = compute({ customers: 'A,70,no\nB,69.9,yes\nC,40,no\nD,39,yes\nE,Amber,no' }).outputs;
    expect(n(out['churn-rate-green'])).toBe(0);
    close(n(out['churn-rate-yellow']), 100 / 3); // B, C and E
    expect(n(out['churn-rate-red'])).toBe(100);
  });

  it('says "flags nobody" when every customer was green', () => {
    const { outputs } = compute({ customers: list(group('green', 20, 3)) });
    expect(outputs.verdict).toEqual({ value: 'flags-nobody', label: expect.stringContaining('never wrong') });
    expect(outputs['churn-rate-red']).toEqual({ unavailable: 'No customer was flagged red at the snapshot.' });
    expect(outputs.lift).toHaveProperty('unavailable');
  });

  it('says "no predictive power" when at-risk customers churn no more than healthy ones', () => {
    const { outputs, notes } = compute({ customers: list(group('red', 10, 1), group('green', 20, 2)) });
    expect(n(outputs.lift)).toBe(1);
    expect(kw(outputs.verdict)).toBe('no-predictive-power');
    expect(notes[0]!.level).toBe('warning');
    expect(kw(compute({ customers: list(group('red', 10, 1), group('green', 20, 6)) }).outputs.verdict)).toBe('no-predictive-power');
  });

  it('shows rates but no lift when no healthy customer churned', () => {
    const { outputs } = compute({ customers: list(group('red', 5, 2), group('green', 30, 0)) });
    expect(outputs.lift).toEqual({ unavailable: expect.stringContaining('compare the two rates') });
    expect(n(outputs['churn-rate-green'])).toBe(0);
    expect(kw(outputs.verdict)).toBe('predictive');
  });

  it('handles a list where everybody churned, or nobody did', () => {
    const everyone = compute({ customers: list(group('red', 4, 4), group('green', 6, 6)) });
    expect(kw(everyone.outputs.verdict)).toBe('no-predictive-power');
    expect(everyone.notes.map((x) => x.text)).toContain('Every customer churned, so no flag could tell them apart.');
    expect(kw(compute({ customers: list(group('red', 4, 0), group('green', 6, 0)) }).outputs.verdict)).toBe('no-churn');
    expect(kw(compute({ customers: list(group('yellow', 4, 1)) }).outputs.verdict)).toBe('flags-everybody');
  });

  it('explains an empty list instead of showing numbers', () => {
    const { outputs } = compute({ customers: '' });
    expect(n(outputs.tested)).toBe(0);
    expect(outputs.verdict).toEqual({ unavailable: expect.stringContaining('Paste at least one customer') });
  });

  it('reports bad rows by number and still counts the good ones', () => {
    const { outputs, notes } = compute({ customers: 'Name\tFlag\tChurned\nA\tred\tyes\nB\tpurple\tno\nC\t120\tno\nD\tgreen\tperhaps\nE\tgreen\tno' });
    expect(n(outputs.tested)).toBe(2);
    expect(notes.map((x) => x.text)).toEqual([
      'Rows 3 and 4: the status must be green, yellow, red or a score from 0 to 100; the rows were left out.',
      'Row 5: churned must be yes or no; the row was left out.',
    ]);
  });

  it('refuses cut-offs out of order and a window of zero months', () => {
    const base = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
    expect(evaluate(model, { ...base, yellow: '75' }).errors).toHaveProperty('yellow');
    expect(evaluate(model, { ...base, window: '0' }).errors.window).toBe('Window after the snapshot must be between 1 month and 36 months.');
  });

  it('keeps every churn rate between 0% and 100% and calls a score predictive exactly when at-risk churn is higher', () => {
    const counts = fc.tuple(fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 })).map(([t, c]) => [t, Math.min(t, c)] as const);
    fc.assert(
      fc.property(counts, counts, counts, ([rt, rc], [yt, yc], [gt, gc]) => {
        const out = compute({ customers: list(group('red', rt, rc), group('yellow', yt, yc), group('green', gt, gc)) }).outputs;
        for (const id of ['churn-rate-red', 'churn-rate-yellow', 'churn-rate-green', 'churn-rate-at-risk']) {
          const o = out[id]!;
          if ('unavailable' in o) continue;
          expect(n(o)).toBeGreaterThanOrEqual(0);
          expect(n(o)).toBeLessThanOrEqual(100);
        }
        if (rt + yt > 0 && gt > 0 && rc + yc + gc > 0)
          expect(kw(out.verdict) === 'predictive').toBe((rc + yc) / (rt + yt) > gc / gt);
      }),
    );
  });
});
