import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import { defaultTexts, evaluate } from '../inputs';
import type { Inputs, OutputValue, TableOutput } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o.value : undefined);
const rows = (t: TableOutput[] | undefined) => t![0]!.rows;
const decisions = (over: Inputs = {}) => Object.fromEntries(rows(compute(over).tables).map((r) => [r.account, r.decision as string]));

describe('executive-sponsorship model', () => {
  it('sponsors the four example accounts that pass the test and sit in the top handful or carry strategic value', () => {
    const { outputs } = compute();
    expect(n(outputs.shortlist)).toBe(4);
    expect(n(outputs.sponsored)).toBe(4);
    expect(n(outputs['sponsored-arr'])).toBe(5_850_000);
    expect(n(outputs.waiting)).toBe(0);
    expect(n(outputs.unsure)).toBe(1);
    expect(kw(outputs.verdict)).toBe('within');
    const d = decisions();
    expect(d['Northwind Health']).toBe('Sponsor');
    expect(d['Pinecrest Foods']).toBe('Sponsor');
    expect(d['Atlas Logistics']).toBe('Not now');
    expect(d['Harbour Retail']).toBe('Decide first');
    expect(d['Orion Media']).toMatch(/^Next tier/);
  });

  it('warns when more accounts pass than the executives can hold, and sponsors the largest first', () => {
    const { outputs, notes } = compute({ capacity: 2 });
    expect(n(outputs.sponsored)).toBe(2);
    expect(n(outputs.waiting)).toBe(2);
    expect(n(outputs['sponsored-arr'])).toBe(4_300_000);
    expect(kw(outputs.verdict)).toBe('over');
    expect(notes[0]!.text).toMatch(/^More accounts pass than your executives can hold: Kestrel Energy, Pinecrest Foods must wait/);
    expect(decisions({ capacity: 2 })['Kestrel Energy']).toBe('Waits for a sponsor');
  });

  it('warns about a yes in the next tier and prompts for reasons on unsure answers', () => {
    const texts = compute().notes.map((x) => x.text);
    expect(texts).toContain('Next tier, usually a no: Orion Media. Write down why if you sponsor one.');
    expect(texts).toContain('Unsure: Harbour Retail. Write down what a peer tie would change rather than defaulting to yes.');
  });

  it('counts accounts level on ARR at the edge of the handful as in it', () => {
    const accounts = 'A, 300, no, no, yes\nB, 200, no, no, yes\nC, 200, no, no, yes\nD, 100, no, no, yes';
    const { outputs, notes } = compute({ accounts, handful: 2, capacity: 10 });
    expect(n(outputs.shortlist)).toBe(3);
    expect(notes.some((x) => x.text.startsWith('Accounts level on ARR'))).toBe(true);
  });

  it('handles no accounts, a capacity of zero and rows it cannot read', () => {
    expect(compute({ accounts: '' }).outputs.shortlist).toEqual({ unavailable: 'No usable accounts yet: list your largest accounts, one per line.' });
    const zero = compute({ capacity: 0 });
    expect(n(zero.outputs.sponsored)).toBe(0);
    expect(n(zero.outputs.waiting)).toBe(4);
    const bad = compute({ accounts: 'A, lots, no, no, yes\nB, 100, perhaps, no, yes\nC, 100, no, no, maybe' });
    expect(bad.notes.slice(0, 2).map((x) => x.text)).toEqual(['Row 1: ARR must be an amount of zero or more; the row was left out.', 'Row 2: reference value must be yes or no; the row was left out.']);
    expect(n(bad.outputs.unsure)).toBe(1);
  });

  it('refuses a handful of zero and a negative capacity', () => {
    expect(evaluate(model, { ...defaultTexts(model), handful: '0' }).errors).toHaveProperty('handful');
    expect(evaluate(model, { ...defaultTexts(model), capacity: '-1' }).errors).toHaveProperty('capacity');
  });

  it('never sponsors more than capacity, nor an account whose answer is no or unsure, for any list', () => {
    const row = fc.tuple(fc.stringMatching(/^[A-Z][a-z]{1,8}$/), fc.integer({ min: 0, max: 1e8 }), fc.constantFrom('yes', 'no'), fc.constantFrom('yes', 'no'), fc.constantFrom('yes', 'no', 'unsure'));
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 0, max: 10 }), (list, handful, capacity) => {
        const inputs = { accounts: list.map((r) => r.join(', ')).join('\n'), handful, capacity };
        const { outputs, tables } = model.compute(inputs);
        expect(n(outputs.sponsored)).toBeLessThanOrEqual(capacity);
        expect(n(outputs.sponsored) + n(outputs.waiting)).toBe(n(outputs.shortlist));
        for (const r of rows(tables)) if (r.decision === 'Sponsor') expect(r.test).toBe('yes');
      }),
    );
  });
});
