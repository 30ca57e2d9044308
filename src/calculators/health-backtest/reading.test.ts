import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { expectSoundReading, readingFor } from '../testing-reading';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over })!;
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o.value : undefined);
const group = (flag: string, count: number, churned: number) => Array.from({ length: count }, (_, i) => `${flag} ${i},${flag},${i < churned ? 'yes' : 'no'}`);
const list = (...groups: string[][]) => groups.flat().join('\n');

describe('health-backtest reading', () => {
  it('reads the chapter’s full-size check: 10 of 40 against 10 of 200', () => {
    const run = read({ customers: list(group('yellow', 40, 10), group('green', 200, 10)) });
    expectSoundReading(model, run);
    expect(run.text).toBe('Customers flagged red or yellow churned at 25%, green ones at 5%: a customer flagged at risk was 5 times as likely to leave.');
  });

  it('reads the two rates in words that match the verdict, and leaves the other verdicts to the tool', () => {
    expect(read({ customers: list(group('red', 5, 1), group('green', 5, 0)) }).text).toBe('Customers flagged red or yellow churned at 20%, green ones at 0%, and no green customer left.');
    expect(read({ customers: list(group('red', 10, 1), group('green', 10, 1)) }).text).toContain('the flagged customers left no more often, so the score does not predict churn.');
    expect(read({ customers: list(group('red', 10, 1), group('green', 10, 5)) }).text).toContain('no more often');
    expect(read({ customers: list(group('red', 1000, 201), group('green', 1000, 200)) }).text).toContain('only marginally more often');
    for (const other of [list(group('green', 10, 1)), list(group('red', 3, 1)), list(group('red', 3, 0), group('green', 3, 0))]) expect(read({ customers: other }).sentences).toEqual([]);
  });

  it('is sound for any list, and says the score predicts only when flagged customers churned more', () => {
    const row = fc.record({ flag: fc.constantFrom('red', 'yellow', 'green', '85', '12'), churned: fc.boolean() });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 60 }), (rows) => {
        const run = read({ customers: rows.map((r, i) => `C${i},${r.flag},${r.churned ? 'yes' : 'no'}`).join('\n') });
        expectSoundReading(model, run);
        if (run.sentences.length) expect(run.text.includes('does not predict')).toBe(kw(run.result.outputs.verdict) === 'no-predictive-power');
      }),
    );
  });
});
