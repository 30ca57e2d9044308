import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, kw, n } from '../testing';
import { evaluate } from '../inputs';

const defaults = defaultsOf(model);
const compute = computeWith(model);

const account = fc.record({
  contacts: fc.integer({ min: 0, max: 20 }),
  seniority: fc.constantFrom('executive', 'manager', 'individual'),
  teams: fc.integer({ min: 1, max: 10 }),
  sponsor: fc.constantFrom('yes', 'no'),
  departure: fc.constantFrom('yes', 'no'),
});

describe('multi-threading model', () => {
  it('rates a single-threaded account with a manager champion, one team and no sponsor as high risk', () => {
    const { outputs, notes } = compute();
    expect(n(outputs.points)).toBe(6); // 3 + 1 + 1 + 1
    expect(kw(outputs.risk)).toBe('high');
    expect(outputs.threads).toEqual({ value: 'single', label: 'Single-threaded' });
    expect(notes[0]).toEqual({ level: 'warning', text: expect.stringContaining('one resignation away') });
    expect(notes.map((x) => x.text).join()).toMatch(/manager to the next business review.*second team.*top handful/);
  });

  it('rates a well-threaded account low', () => {
    const { outputs, notes } = compute({ contacts: 5, seniority: 'executive', teams: 3, sponsor: 'yes' });
    expect(n(outputs.points)).toBe(0);
    expect(kw(outputs.risk)).toBe('low');
    expect(kw(outputs.threads)).toBe('multi');
    expect(notes).toEqual([]);
  });

  it('makes a likely departure of a sole champion severe', () => {
    const { outputs, notes } = compute({ departure: 'yes' });
    expect(n(outputs.points)).toBe(9);
    expect(kw(outputs.risk)).toBe('severe');
    expect(notes.map((x) => x.text)).toContain('The champion may be leaving: meet the likely successor now, before any vendor review.');
  });

  it('tells the reader to escalate when nobody is engaged', () => {
    const { outputs } = compute({ contacts: 0 });
    expect(outputs.risk).toEqual({ value: 'absent', label: 'No relationship: escalate' });
    expect(kw(outputs.threads)).toBe('none');
  });

  it('refuses negative contacts and zero teams at the field', () => {
    const base = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
    expect(evaluate(model, { ...base, contacts: '-1' }).errors).toHaveProperty('contacts');
    expect(evaluate(model, { ...base, teams: '0' }).errors).toHaveProperty('teams');
  });

  it('never raises the risk when a contact, a team or a sponsor is added', () => {
    fc.assert(
      fc.property(account, (a) => {
        const base = n(compute(a).outputs.points);
        expect(base).toBeGreaterThanOrEqual(0);
        expect(base).toBeLessThanOrEqual(10);
        expect(n(compute({ ...a, contacts: a.contacts + 1 }).outputs.points)).toBeLessThanOrEqual(base);
        expect(n(compute({ ...a, teams: a.teams + 1 }).outputs.points)).toBeLessThanOrEqual(base);
        expect(n(compute({ ...a, sponsor: 'yes' }).outputs.points)).toBeLessThanOrEqual(base);
        expect(n(compute({ ...a, departure: 'yes' }).outputs.points)).toBeGreaterThanOrEqual(base);
      }),
    );
  });
});
