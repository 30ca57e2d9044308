import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, n, textsFor } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs, TableOutput } from '../contract';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const texts = textsFor(model);
const table = (t: TableOutput[] | undefined) => {
  const money = t!.find((x) => x.id === 'calibration')!.rows;
  const rates = t!.find((x) => x.id === 'rates')!.rows;
  return money.map((row, i) => ({ ...row, ...rates[i] }));
};
const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThan(1e-6 * Math.max(1, Math.abs(b)));

const ids = ['committed', 'likely', 'at-risk', 'critical'];
const amount = fc.integer({ min: 0, max: 1e9 });
const probability = fc.integer({ min: 0, max: 10000 }).map((x) => x / 100);

describe('renewal-forecast model', () => {
  it('weights worked example A to $8,000,000, 80% of the $10,000,000 due', () => {
    const { outputs } = compute();
    expect(n(outputs.total)).toBe(10_000_000);
    close(n(outputs.forecast), 8_000_000);
    close(n(outputs['forecast-share']), 80);
    close(n(outputs['expected-loss']), 2_000_000);
    expect(n(outputs['at-risk-arr'])).toBe(2_000_000);
    expect(n(outputs.best)).toBe(10_000_000);
    close(n(outputs.worst), 4_750_000);
  });

  it('drops to $7,500,000 once the committed probability is calibrated to 85%', () => {
    close(n(compute({ 'committed-probability': 85 }).outputs.forecast), 7_500_000);
  });

  it('calibrates worked example B: $7,450,000 renewed, $550,000 (6.875%) below the forecast', () => {
    const { outputs, tables } = compute();
    close(n(outputs.actual), 7_450_000);
    close(n(outputs.error), 550_000);
    close(n(outputs['error-share']), 6.875);
    const rows = table(tables);
    expect(rows.map((r) => r.rate)).toEqual([85, 85, 40, 10]);
    expect(rows.map((r) => r.miss)).toEqual([-10, 5, -10, -10]);
    expect(rows[0]).toMatchObject({ category: 'Committed', due: 5_000_000, probability: 95, renewed: 4_250_000 });
    close(rows[0]!.difference as number, 500_000);
  });

  it('uses the default probability for a blank one and says so', () => {
    const { outputs, notes } = compute({ 'likely-probability': null });
    close(n(outputs.forecast), 8_000_000);
    expect(notes).toContainEqual({ level: 'info', text: 'No probability given, so the default applies: likely (80%).' });
  });

  it('warns when the probabilities are not in descending order', () => {
    const { notes } = compute({ 'at-risk-probability': 85 });
    expect(notes.some((x) => x.level === 'warning' && /descending/.test(x.text))).toBe(true);
    expect(compute().notes.some((x) => /descending/.test(x.text))).toBe(false);
  });

  it('refuses renewed ARR above the ARR due, at the field, and a probability above 100%', () => {
    expect(evaluate(model, texts({ 'likely-renewed': '3500000' })).errors).toEqual({ 'likely-renewed': expect.stringContaining('take expansion out') });
    expect(evaluate(model, texts({ 'committed-probability': '105' })).errors['committed-probability']).toBe('Committed probability must be between 0% and 100%.');
  });

  it('gives no share when nothing is due, and no calibration before outcomes are known', () => {
    const zero = compute({ committed: 0, likely: 0, 'at-risk': 0, critical: 0, 'committed-renewed': 0, 'likely-renewed': 0, 'at-risk-renewed': 0, 'critical-renewed': 0 }).outputs;
    expect(zero['forecast-share']).toHaveProperty('unavailable');
    expect(n(zero.forecast)).toBe(0);
    const open = compute({ 'committed-renewed': null, 'likely-renewed': null, 'at-risk-renewed': null, 'critical-renewed': null }).outputs;
    expect(open.actual).toEqual({ unavailable: expect.stringContaining('once the period closes') });
    expect(open.error).toHaveProperty('unavailable');
  });

  it('calibrates only the categories with an outcome, and says which', () => {
    const { outputs, notes } = compute({ 'at-risk-renewed': null, 'critical-renewed': null });
    close(n(outputs.actual), 6_800_000);
    close(n(outputs.error), 350_000); // 4,750,000 + 2,400,000 − 6,800,000
    expect(notes.map((x) => x.text)).toContain('Calibration covers committed, likely only: the other categories have no outcome yet.');
  });

  describe('from an account list', () => {
    const list = [
      'Account,ARR,Category,Renewed,Health,Reason',
      'Northwind,400000,committed,yes,green,',
      'Contoso,250000,Committed,no,red,',
      'Fabrikam,$150,000,likely,yes,green,', // unquoted comma splits the amount: a bad row
      'Tailspin,100000,at risk,,yellow,',
      'Litware,80000,At-Risk,no,green,Champion left last month',
      'Adatum,50000,critical,yes,red,',
      'Proseware,abc,likely,yes,,',
      'Wingtip,60000,lapsed,yes,,',
      'Humongous,30000,critical,maybe,,',
      'Alpine,30000,critical,no,purple,',
    ].join('\n');

    it('replaces the amounts, reports bad rows by number and keeps the good ones', () => {
      const { outputs, notes, tables } = compute({ accounts: list });
      expect(n(outputs.total)).toBe(880_000);
      close(n(outputs.forecast), 400_000 * 0.95 + 250_000 * 0.95 + 180_000 * 0.5 + 50_000 * 0.2);
      close(n(outputs.actual), 450_000);
      const text = notes.map((x) => x.text);
      expect(text).toContain('Rows 4 and 9: the category must be committed, likely, at risk or critical; the rows were left out.');
      expect(text).toContain('Row 8: ARR must be an amount of zero or more; the row was left out.');
      expect(text).toContain('Row 10: renewed must be yes, no or blank; the row was left out.');
      expect(text).toContain('Row 11: health must be green, yellow, red or blank; the row was left out.');
      expect(text).toContain('Amounts come from the account list; the ARR and renewed fields above are not used.');
      const rows = table(tables);
      // At risk: Tailspin has no outcome yet, so only Litware's $80,000 is calibrated.
      expect(rows[2]).toMatchObject({ due: 80_000, renewed: 0, rate: 0 });
      expect(rows[1]).toMatchObject({ due: 0, renewed: '', rate: '' });
    });

    it('flags health that disagrees with the category unless a reason is written down', () => {
      const { notes } = compute({ accounts: list });
      const mismatch = notes.find((x) => /disagree/.test(x.text))!;
      expect(mismatch.level).toBe('warning');
      expect(mismatch.text).toContain('Contoso (red, committed)');
      expect(mismatch.text).not.toContain('Litware');
    });

    it('flags categories with fewer than five accounts as small samples', () => {
      expect(compute({ accounts: list }).notes.map((x) => x.text).join()).toMatch(/Fewer than five accounts in committed, at risk, critical/);
    });

    it('reads tab-separated rows pasted from a spreadsheet, with no header', () => {
      const { outputs } = compute({ accounts: 'A\t1,000\tcommitted\tyes\nB\t2,000\tcritical\tno' });
      expect(n(outputs.total)).toBe(3000);
      close(n(outputs.forecast), 950 + 400);
      expect(n(outputs.actual)).toBe(1000);
    });

    it('explains a list with no usable row instead of showing numbers', () => {
      const { outputs } = compute({ accounts: 'Account,ARR,Category\nX,lots,committed' });
      expect(outputs.forecast).toEqual({ unavailable: expect.stringContaining('No usable rows') });
    });

    it('ignores the renewed-above-due check on the amount fields when a list is used', () => {
      expect(model.crossCheck!({ ...defaults, 'likely-renewed': 9e9, accounts: 'A,1,committed' })).toEqual({});
    });
  });

  const valid = fc.record({
    committed: amount, likely: amount, 'at-risk': amount, critical: amount,
    'committed-probability': probability, 'likely-probability': probability, 'at-risk-probability': probability, 'critical-probability': probability,
  });

  it('keeps the weighted forecast between the worst and the best case', () => {
    fc.assert(
      fc.property(valid, (v) => {
        const out = compute(v as Inputs).outputs;
        expect(n(out.worst)).toBeLessThanOrEqual(n(out.forecast) + 1e-6);
        expect(n(out.forecast)).toBeLessThanOrEqual(n(out.best) + 1e-6);
        expect(n(out['expected-loss'])).toBeGreaterThanOrEqual(-1e-6);
        if (n(out.total) > 0) {
          expect(n(out['forecast-share'])).toBeGreaterThanOrEqual(0);
          expect(n(out['forecast-share'])).toBeLessThanOrEqual(100 + 1e-9);
        }
      }),
    );
  });

  it('never lowers the forecast when a probability rises', () => {
    fc.assert(
      fc.property(valid, fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 100 }), (v, i, up) => {
        const key = `${ids[i]}-probability`;
        const raised = Math.min(100, (v as Inputs)[key] as number + up);
        expect(n(compute({ ...v, [key]: raised } as Inputs).outputs.forecast)).toBeGreaterThanOrEqual(n(compute(v as Inputs).outputs.forecast) - 1e-6);
      }),
    );
  });

  it('puts each category’s actual rate between 0% and 100% for any valid outcome', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(amount, fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 4, maxLength: 4 }), (cats) => {
        const over: Inputs = {};
        cats.forEach(([due, share], i) => {
          over[ids[i]!] = due;
          over[`${ids[i]}-renewed`] = Math.floor(due * share);
        });
        expect(model.crossCheck!({ ...defaults, ...over })).toEqual({});
        for (const r of table(compute(over).tables)) {
          if (r.rate === '') continue;
          expect(r.rate as number).toBeGreaterThanOrEqual(0);
          expect(r.rate as number).toBeLessThanOrEqual(100);
        }
      }),
    );
  });
});
