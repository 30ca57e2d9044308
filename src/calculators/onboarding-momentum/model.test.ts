import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model, { readCustomers } from './model';
import { n } from '../testing';
import { expectSoundReading, readingFor } from '../testing-reading';
import { evaluate } from '../inputs';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const texts = (over: Record<string, string>) => ({ ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), ...over });
const counts = (over: Inputs = {}) => {
  const out = compute(over).outputs;
  return Object.fromEntries(['customers', 'reached', 'moving', 'stalled', 'drifting', 'premature', 'flagged'].map((k) => [k, n(out[k as 'customers'])]));
};
const table = (over: Inputs = {}) => compute(over).tables![0]!.rows;

describe('onboarding-momentum model', () => {
  it('reads the simulated list: three stalls, two drifting, one closed without value', () => {
    expect(counts()).toEqual({ customers: 8, reached: 2, moving: 1, stalled: 3, drifting: 2, premature: 1, flagged: 5 });
    expect(n(compute().outputs['flagged-share'])).toBe(62.5);
  });

  it('flags the chapter’s stall: two steps done keenly, then ten days of silence', () => {
    const birch = table().find((r) => r.name === 'Birch')!;
    expect(birch.status).toBe('Stalled');
    expect(birch.play).toBe('Call this week to find the cause: an obstacle, another priority, or a lost champion.');
    expect(table({ stall: 11 }).find((r) => r.name === 'Birch')!.status).toBe('Moving');
  });

  it('treats three months against a six-week plan as drift, and closing before value as premature', () => {
    const rows = table();
    expect(rows.find((r) => r.name === 'Cinder')!.status).toBe('Drifting');
    expect(rows.find((r) => r.name === 'Dune')!.status).toBe('Closed without value');
    expect(rows.find((r) => r.name === 'Dune')!.play).toMatch(/^Reopen onboarding/);
    expect(rows.find((r) => r.name === 'Elm')!.status).toBe('At first value');
  });

  it('suggests the play for the recorded cause: a new champion, a smaller first win', () => {
    const rows = table();
    expect(rows.find((r) => r.name === 'Fjord')).toMatchObject({ status: 'Stalled, Drifting', play: expect.stringMatching(/^Find a new champion/) });
    expect(rows.find((r) => r.name === 'Garnet')!.play).toMatch(/^Shrink the first win/);
  });

  it('leaves out bad rows by their line number, blank lines counted, and keeps the rest', () => {
    const { customers, problems } = readCustomers('Customer,Days,Silent,Value,Closed\n\nA,-1,0,no,no\nB,5,9,no,no\nC,10,2,maybe,no\nD,10,2,no,no,lunch\nE,10,2,,');
    expect(problems).toEqual([
      'Row 3: days since signature must be 0 or more; the row was left out.',
      'Row 4: the last progress cannot come before the signature; the row was left out.',
      'Row 5: first value must be yes or no; the row was left out.',
      'Row 6: "lunch" is no known cause, so the play follows the flag.',
    ]);
    expect(customers.map((c) => c.name)).toEqual(['D', 'E']);
  });

  it('says why nothing is counted for an empty list, and refuses a zero-day plan', () => {
    const out = compute({ customers: '' }).outputs;
    expect(n(out.customers)).toBe(0);
    expect(out.flagged).toEqual({ unavailable: 'No customers yet: paste or type at least one row.' });
    expect(evaluate(model, texts({ planned: '0' })).errors.planned).toMatch(/between 1 and/);
  });

  it('reads the list back with the figures it counted', () => {
    const run = readingFor(model, { ...defaults, planned: 60 })!;
    expect(readingFor(model, defaults)!.text).toContain('3 stalled, 2 drifting past the 42-day plan and 1 closed without value (1 customer carries two flags).');
    expectSoundReading(model, run);
    expect(run.text).toBe(
      'Of 8 customers, 2 reached first value and 1 is still moving. 5 need a recovery play, 62.5% of the list: 3 stalled, 1 drifting past the 60-day plan and 1 closed without value.',
    );
    expect(readingFor(model, { ...defaults, customers: 'Solo,5,1,no,no' })!.text).toBe('Of 1 customer, 0 reached first value and 1 is still moving. None needs a recovery play.');
  });

  it('places every customer once: at value, moving or flagged; and reads soundly', () => {
    const row = fc.record({ elapsed: fc.integer({ min: 0, max: 400 }), quiet: fc.nat(), value: fc.boolean(), closed: fc.boolean(), cause: fc.constantFrom('', 'obstacle', 'goal', 'overwhelmed', 'champion') });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.integer({ min: 1, max: 365 }), fc.integer({ min: 1, max: 3650 }), (rows, stall, planned) => {
        const list = rows.map((r, i) => `C${i},${r.elapsed},${r.quiet % (r.elapsed + 1)},${r.value ? 'yes' : 'no'},${r.closed ? 'yes' : 'no'},${r.cause}`).join('\n');
        const c = counts({ customers: list, stall, planned });
        expect(c.customers).toBe(rows.length);
        expect(c.reached + c.moving + c.flagged).toBe(c.customers);
        expect(c.flagged).toBeLessThanOrEqual(c.stalled + c.drifting + c.premature);
        const run = readingFor(model, { customers: list, stall, planned })!;
        expectSoundReading(model, run);
        expect(run.text.includes('None needs')).toBe(c.flagged === 0);
      }),
    );
  });
});
