import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { evaluate } from '../inputs';
import type { OutputValue } from '../contract';
import { computeWith, defaultsOf, kw } from '../testing';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const n = (o: OutputValue | undefined) => (o && 'value' in o && typeof o.value === 'number' ? o.value : NaN);

describe('playbook-trigger model', () => {
  it('fires the plateau and single-threaded playbooks for 45 flat days and one contact', () => {
    const { outputs, tables } = compute();
    expect(kw(outputs.plateau)).toBe('fires');
    expect(kw(outputs['single-threaded'])).toBe('fires');
    expect(kw(outputs['new-stakeholder'])).toBe('quiet');
    expect(n(outputs.count)).toBe(2);
    expect(tables![0]!.rows.map((r) => r.fires)).toEqual(['Yes', 'Yes', 'No']);
    expect(tables![0]!.rows[0]!.trigger).toBe('Usage flat for 30 days or more');
  });

  it('fires the plateau playbook exactly at the threshold', () => {
    expect(kw(compute({ 'flat-days': 30 }).outputs.plateau)).toBe('fires');
    expect(kw(compute({ 'flat-days': 29 }).outputs.plateau)).toBe('quiet');
  });

  it('fires the new-stakeholder playbook when a new decision-maker arrives', () => {
    expect(kw(compute({ 'new-stakeholder': 'yes', contacts: 4 }).outputs['new-stakeholder'])).toBe('fires');
    expect(kw(compute({ contacts: 4 }).outputs['single-threaded'])).toBe('quiet');
  });

  it('asks for escalation when nobody is engaged', () => {
    const { outputs, notes } = compute({ contacts: 0 });
    expect(kw(outputs['single-threaded'])).toBe('escalate');
    expect(notes[0]!.level).toBe('warning');
  });

  it('says so when no playbook fires', () => {
    const { outputs, notes } = compute({ 'flat-days': 0, contacts: 3 });
    expect(n(outputs.count)).toBe(0);
    expect(notes[0]!.text).toMatch(/No playbook fires/);
  });

  it('refuses a threshold of zero days and negative counts', () => {
    const base = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
    expect(evaluate(model, { ...base, 'plateau-days': '0' }).errors).toHaveProperty('plateau-days');
    expect(evaluate(model, { ...base, 'flat-days': '-3' }).errors).toHaveProperty('flat-days');
  });

  it('counts between 0 and 3 playbooks and never fewer when more contacts are lost', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 365 }), fc.integer({ min: 0, max: 10 }), fc.constantFrom('yes', 'no'), (flat, threshold, contacts, fresh) => {
        const at = (c: number) => n(compute({ 'flat-days': flat, 'plateau-days': threshold, contacts: c, 'new-stakeholder': fresh }).outputs.count);
        expect(at(contacts)).toBeGreaterThanOrEqual(0);
        expect(at(contacts)).toBeLessThanOrEqual(3);
        if (contacts > 0) expect(at(contacts - 1)).toBeGreaterThanOrEqual(at(contacts));
      }),
    );
  });
});
