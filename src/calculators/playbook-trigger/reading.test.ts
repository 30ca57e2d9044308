import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { expectSoundReading, readingFor } from '../testing-readings';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over })!;

describe('playbook-trigger reading', () => {
  it('reads an account flat for 20 days with three contacts', () => {
    const run = read({ 'flat-days': 20, contacts: 3, 'new-stakeholder': 'yes' });
    expectSoundReading(model, run);
    expect(run.text).toBe('Usage has been flat for 20 days, 10 days short of the threshold of 30 days. With 3 engaged contacts, the single-threaded playbook stays quiet. One playbook fires in all.');
  });

  it('reads the edges: exactly the threshold, one day, no contact and nothing firing', () => {
    expect(read({ 'flat-days': 30 }).text).toContain('exactly the threshold, so the plateau playbook fires.');
    expect(read({ 'flat-days': 31 }).text).toContain('1 day past the threshold of 30 days');
    expect(read({ contacts: 0 }).text).toContain('Nobody at the customer is engaged');
    expect(read({ 'flat-days': 0, contacts: 2 }).text).toContain('No playbook fires, so keep watching.');
  });

  it('is sound for every account and counts the playbooks the model fires', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 1, max: 365 }), fc.integer({ min: 0, max: 1000 }), fc.constantFrom('no', 'yes'), (flat, limit, contacts, fresh) => {
        const run = read({ 'flat-days': flat, 'plateau-days': limit, contacts, 'new-stakeholder': fresh });
        expectSoundReading(model, run);
        expect(run.text.includes('plateau playbook fires')).toBe(flat >= limit);
        const fired = (run.result.outputs.count as { value: number }).value;
        expect(run.text.includes('No playbook fires')).toBe(fired === 0);
      }),
    );
  });
});
