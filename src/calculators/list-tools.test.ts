/**
 * What every list tool promises about the rows a reader pastes: each row is counted or named
 * in a note under the number the reader's editor shows (blank lines counted), a stray quote
 * never swallows the rows after it, and ten thousand rows compute quickly.
 */
import { describe, expect, it } from 'vitest';
import { modelFor } from './registry';
import { evaluate } from './inputs';
import { LIST_ROWS } from './list-rows';
import type { Inputs } from './contract';
import { n } from './testing';

const run = (id: string, over: Inputs) => {
  const model = modelFor(id);
  return model.compute({ ...Object.fromEntries(model.fields.map((f) => [f.id, f.default])), ...over });
};
const warnings = (r: ReturnType<typeof run>) => r.notes.filter((x) => x.level === 'warning').map((x) => x.text);

describe('bad rows are named by the line the reader sees, blank lines counted', () => {
  it('renewal-forecast', () => {
    const r = run('renewal-forecast', { accounts: 'Account,ARR,Category\n\nAcme,1000,committed\n\nBeta,lots,likely\nGamma,500,maybe' });
    expect(warnings(r)).toEqual([
      'Row 5: ARR must be an amount of zero or more; the row was left out.',
      'Row 6: the category must be committed, likely, at risk or critical; the row was left out.',
    ]);
  });

  it('qbr-builder', () => {
    const r = run('qbr-builder', { attendees: 'Priya Shah, Director, yes\n\nTom Reid, Lead, perhaps', actions: 'Pick office, Priya, customer\n\n\nMeasure hours, Tom' });
    expect(warnings(r)).toEqual([
      'Attendees, row 3: decision-maker must be yes or no; the row was left out.',
      'Actions, row 4: give the action, its owner and a side of customer or vendor; the row was left out.',
    ]);
  });

  it('health-backtest', () => {
    const r = run('health-backtest', { customers: 'Customer,Status,Churned\nA,red,yes\n\nB,purple,no\nC,green,maybe' });
    expect(warnings(r)).toEqual([
      'Row 4: the status must be green, yellow, red or a score from 0 to 100; the row was left out.',
      'Row 5: churned must be yes or no; the row was left out.',
    ]);
  });
});

describe('a stray quote keeps every row', () => {
  const quoted = 'Acme 5" Inc,1000\nBeta,2000\nGamma,3000\nDelta,4000';
  it('segment-planner plans all four customers', () => {
    expect(n(run('segment-planner', { customers: quoted }).outputs.customers)).toBe(4);
  });
  it('time-to-value reaches all four', () => {
    expect(n(run('time-to-value', { customers: 'Acme 5" Inc,10\nBeta,12\nGamma,14\nDelta,15' }).outputs.reached)).toBe(4);
  });
  it('health-backtest tests all four', () => {
    expect(n(run('health-backtest', { customers: 'Acme 5" Inc,red,yes\nBeta,green,no\nGamma,green,no\n"Delta,green,yes' }).outputs.tested)).toBe(4);
  });
  it('renewal-forecast counts all four, and names the quote that never closed', () => {
    const r = run('renewal-forecast', { accounts: 'Acme 5" Inc,1000,committed\nBeta,2000,likely\n"Gamma,3000,at risk\nDelta,4000,critical' });
    expect(n(r.outputs.total)).toBe(10000);
    expect(warnings(r)).toContain('A quote opens a cell and never closes, so it was read as part of the text: row 3.');
  });
});

describe('ten thousand rows', () => {
  const rows = (make: (i: number) => string) => Array.from({ length: LIST_ROWS }, (_, i) => make(i)).join('\n');
  const cases: [string, string, Inputs, (r: ReturnType<typeof run>) => number][] = [
    ['segment-planner', 'customers', {}, (r) => n(r.outputs.customers)],
    ['time-to-value', 'customers', {}, (r) => n(r.outputs.reached) + n(r.outputs['not-reached'])],
    ['health-backtest', 'customers', {}, (r) => n(r.outputs.tested)],
  ];
  const lists: Record<string, string> = {
    'segment-planner': rows((i) => `Customer ${i},${1000 + i * 37},${i % 9 ? '' : 'strategic'}`),
    'time-to-value': rows((i) => `Customer ${i},${i % 120}`),
    'health-backtest': rows((i) => `Customer ${i},${['red', 'yellow', 'green'][i % 3]},${i % 7 ? 'no' : 'yes'}`),
  };
  for (const [id, field, , count] of cases) {
    it(`${id} passes its field check and counts every row`, () => {
      const model = modelFor(id);
      const texts = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
      const e = evaluate(model, { ...texts, [field]: lists[id]! });
      expect(e.errors).toEqual({});
      expect(count(e.result as ReturnType<typeof run>)).toBe(LIST_ROWS);
    });
  }
  it('renewal-forecast passes its field check and counts every row', () => {
    const model = modelFor('renewal-forecast');
    const texts = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
    const accounts = rows((i) => `Account ${i},1000,${['committed', 'likely', 'at risk', 'critical'][i % 4]},${i % 2 ? 'yes' : ''}`);
    const e = evaluate(model, { ...texts, accounts });
    expect(e.errors).toEqual({});
    expect(n(e.result!.outputs.total)).toBe(LIST_ROWS * 1000);
  });
});
