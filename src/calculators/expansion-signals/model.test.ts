import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const texts = (over: Record<string, string>) => ({ ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), ...over });
const scan = (rows: string, over: Inputs = {}) => compute({ accounts: rows, ...over });
const counts = (over: Inputs = {}) => {
  const out = compute(over).outputs;
  return ['accounts', 'ceiling', 'spreading', 'strategic', 'signalled', 'overdue'].map((id) => n(out[id as 'accounts']));
};

describe('expansion-signals model', () => {
  it('finds 205 of 250 seats in use (82%) above the 80% mark and pairs it with the natural-fit conversation', () => {
    const { outputs, tables } = scan('Northwind,250,205');
    expect(n(outputs.ceiling)).toBe(1);
    expect(tables![0]!.rows[0]).toMatchObject({ name: 'Northwind', use: 82, signals: 'usage near the ceiling', playbook: 'Natural-fit conversation' });
    // 200 seats is the 80% mark; one fewer is below it.
    expect(n(scan('A,250,200').outputs.ceiling)).toBe(1);
    expect(n(scan('A,250,199').outputs.ceiling)).toBe(0);
  });

  it('scans the book’s list: two near the ceiling, one spreading, one strategic, two overdue', () => {
    expect(counts()).toEqual([5, 2, 1, 1, 4, 2]);
    const rows = compute().tables![0]!.rows;
    expect(rows.map((r) => r.playbook)).toEqual(['Natural-fit conversation', 'New-use-case conversation', 'Executive-level conversation', 'Natural-fit conversation', 'Keep watching']);
    expect(rows[4]!.review).toBe('No review on record');
  });

  it('fires the usage-ceiling family on a contract limit or a tier at its limits, without seat data', () => {
    expect(n(scan('A,,,85').outputs.ceiling)).toBe(1);
    expect(n(scan('A,,,79').outputs.ceiling)).toBe(0);
    expect(n(scan('A,,,,yes').outputs.ceiling)).toBe(1);
  });

  it('lists more than one playbook when an account shows several signals', () => {
    const { tables } = scan('A,100,90,,no,1,2,New region,10');
    expect(tables![0]!.rows[0]!.playbook).toBe('Natural-fit conversation; New-use-case conversation; Executive-level conversation');
  });

  it('treats active seats above licensed as an overage and still a signal', () => {
    const { outputs, notes } = scan('A,60,66');
    expect(n(outputs.ceiling)).toBe(1);
    expect(notes[0]!.text).toBe('Row 1: 66 active on 60 seats is an overage, and still a signal.');
  });

  it('cannot work out seat use with no licensed seats, but still checks the other signals', () => {
    const { outputs, notes, tables } = scan('A,0,5,,,1,2');
    expect(tables![0]!.rows[0]!.use).toBe('');
    expect(n(outputs.spreading)).toBe(1);
    expect(notes[0]!.text).toBe('Row 1: no licensed seats, so no seat use; other signals still count.');
  });

  it('leaves out rows it cannot read and says which', () => {
    const { outputs, notes } = scan('Account\n,10,5\nB,ten,5\nC,10,5,,maybe\nD,-3,1\nE,10,5');
    expect(n(outputs.accounts)).toBe(1);
    expect(notes.filter((x) => x.level === 'warning').map((x) => x.text)).toEqual([
      'Row 2: no account name; row left out.',
      'Row 3: "ten" is not a number of 0 or more; row left out.',
      'Row 4: tier at limit must be yes, no or blank; row left out.',
      'Row 5: "-3" is not a number of 0 or more; row left out.',
    ]);
  });

  it('explains an empty list instead of counting', () => {
    const { outputs } = scan('');
    expect(n(outputs.accounts)).toBe(0);
    expect(outputs.ceiling).toEqual({ unavailable: 'No accounts yet: paste one a row.' });
  });

  it('refuses a threshold outside 0% to 100% and a cadence of zero days at the field', () => {
    expect(evaluate(model, texts({ threshold: '120' })).errors.threshold).toBe('Usage that counts as near the ceiling must be between 0% and 100%.');
    expect(evaluate(model, texts({ cadence: '0' })).errors.cadence).toBe('Review every (days) must be between 1 and 730.');
  });

  it('never counts more signalled accounts than accounts, and never fewer than any one family', () => {
    const row = fc.tuple(fc.integer({ min: 0, max: 500 }), fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 100 }), fc.boolean(), fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 5 }), fc.boolean(), fc.integer({ min: 0, max: 400 }));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.integer({ min: 0, max: 100 }), (list, threshold) => {
        const text = list.map(([l, a, u, t, b, w, e, d], i) => `Acc${i},${l},${a},${u},${t ? 'yes' : 'no'},${b},${w},${e ? 'Funding' : ''},${d}`).join('\n');
        const out = scan(text, { threshold }).outputs;
        const [accounts, ceiling, spreading, strategic, signalled] = ['accounts', 'ceiling', 'spreading', 'strategic', 'signalled'].map((id) => n(out[id as 'accounts']));
        expect(accounts).toBe(list.length);
        expect(signalled).toBeLessThanOrEqual(accounts!);
        expect(signalled).toBeGreaterThanOrEqual(Math.max(ceiling!, spreading!, strategic!));
      }),
    );
  });

  it('never finds fewer accounts near the ceiling when the threshold falls', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const at = (t: number) => n(compute({ threshold: t }).outputs.ceiling);
        expect(at(Math.min(a, b))).toBeGreaterThanOrEqual(at(Math.max(a, b)));
      }),
    );
  });
});
