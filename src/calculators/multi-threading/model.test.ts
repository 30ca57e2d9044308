import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, kw, n } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs, OutputValue } from '../contract';
import { expectSoundReading, readingOf } from '../testing-reading';

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

  it('gives no score and tells the reader to escalate when nobody is engaged', () => {
    const { outputs } = compute({ contacts: 0, departure: 'yes' });
    expect(outputs.points).toEqual({ unavailable: 'Nobody at the customer is engaged, so there is no relationship to score: escalate and find a way in.' });
    expect(outputs.risk).toEqual({ value: 'absent', label: 'No relationship: escalate' });
    expect(kw(outputs.threads)).toBe('none');
    expect(readingOf(model, { ...defaults, contacts: 0 }).text).toBe('Nobody at the customer is engaged, so there is nothing to score: escalate and find a way in.');
  });

  it('reads the default account and names the step that lowers the score most', () => {
    const { text, shown } = readingOf(model, defaults);
    expect(text).toBe('This account scores 6 out of 10; two more engaged contacts would bring it to 3 (moderate).');
    expect(shown.map((f) => f.raw)).toEqual(['6', '3']);
  });

  it('names the sponsor when contacts and teams are already wide, and no step when every thread is in place', () => {
    expect(readingOf(model, { ...defaults, contacts: 4, teams: 2, departure: 'yes' }).text).toBe('This account scores 5 out of 10; an executive sponsor would bring it to 4 (moderate).');
    expect(readingOf(model, { ...defaults, contacts: 3, teams: 2, sponsor: 'yes', seniority: 'executive' }).text).toBe('This account scores 0 out of 10.');
  });

  it('never shows a broken figure in its reading, and the step it names really lowers the score to the figure it gives', () => {
    fc.assert(
      fc.property(account, (a) => {
        const read = expectSoundReading(model, a);
        if (a.contacts === 0) return;
        expect(read.shown[0]!.raw).toBe(String(n(read.result.outputs.points)));
        const step = / bring it to (\d+) \((\w+)\)/.exec(read.text);
        const options = [
          ...(a.contacts < 3 ? [{ ...a, contacts: 3 }] : []),
          ...(a.teams === 1 ? [{ ...a, teams: 2 }] : []),
          ...(a.sponsor === 'no' ? [{ ...a, sponsor: 'yes' }] : []),
        ].map((o) => compute(o).outputs);
        const best = options.reduce<(typeof options)[number] | undefined>((x, o) => (!x || n(o.points) < n(x.points) ? o : x), undefined);
        if (step) {
          expect(Number(step[1])).toBe(n(best!.points));
          expect(Number(step[1])).toBeLessThan(n(read.result.outputs.points));
          expect(step[2]).toBe(kw(best!.risk));
        } else expect(options).toEqual([]);
      }),
    );
  });

  it('refuses negative contacts and zero teams at the field', () => {
    const base = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
    expect(evaluate(model, { ...base, contacts: '-1' }).errors).toHaveProperty('contacts');
    expect(evaluate(model, { ...base, teams: '0' }).errors).toHaveProperty('teams');
  });

  it('never raises the risk when a contact, a team or a sponsor is added', () => {
    fc.assert(
      fc.property(account, (a) => {
        fc.pre(a.contacts > 0);
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
