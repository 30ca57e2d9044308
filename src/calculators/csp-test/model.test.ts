import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const texts = (over: Record<string, string>) => ({ ...Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])), ...over });
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o.value : undefined);
const benefits = ['workspace', 'health', 'forecasting', 'playbooks', 'alerts'] as const;
const none = Object.fromEntries(benefits.map((b) => [b, 'no']));
const yn = fc.constantFrom('yes', 'no');
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);
const answers = fc.record({
  crm: yn, support: yn, analytics: yn, workspace: yn, health: yn, forecasting: yn, playbooks: yn, alerts: yn,
  csms: fc.integer({ min: 0, max: 500 }), licence: typed(0, 1e6), 'fte-share': typed(0, 5), 'ops-cost': typed(0, 5e5),
});

describe('csp-test model', () => {
  it('builds health scores in the CRM first: half an ops person at $150,000 is $75,000 against a $120,000 licence, $45,000 a year less', () => {
    const { outputs, notes } = compute();
    expect(outputs.verdict).toEqual({ value: 'build-in-crm', label: 'Build it in the CRM first' });
    expect(n(outputs['diy-cost'])).toBe(75_000);
    expect(n(outputs['csp-cost'])).toBe(120_000);
    expect(n(outputs.difference)).toBe(45_000);
    expect(notes.map((x) => x.level)).toEqual(['warning']);
  });

  it('sees no case to buy when the CSP would add nothing named', () => {
    expect(kw(compute(none).outputs.verdict)).toBe('no-case');
  });

  it('asks a small team to revisit shared workflows at a larger scale, and calls them worth it from ten CSMs', () => {
    expect(kw(compute({ workspace: 'yes', csms: 9 }).outputs.verdict)).toBe('revisit');
    expect(kw(compute({ workspace: 'yes', csms: 10 }).outputs.verdict)).toBe('worth-it');
  });

  it('leans to buying when building would take more than one person, or cost more than the licence', () => {
    expect(kw(compute({ 'fte-share': 1.5, 'ops-cost': 50_000 }).outputs.verdict)).toBe('worth-it');
    expect(kw(compute({ 'fte-share': 0.9 }).outputs.verdict)).toBe('worth-it');
  });

  it('still checks overlap when the licence is free', () => {
    const { outputs, notes } = compute({ licence: 0 });
    expect(n(outputs.difference)).toBe(-75_000);
    expect(notes.map((x) => x.text).join(' ')).toMatch(/free tier/);
  });

  it('warns when any of the three base tools is missing', () => {
    expect(compute({ analytics: 'no', support: 'no' }).notes[0]!.text).toBe('No support system or product analytics: a CSP joins up what they hold, so fill that gap first.');
  });

  it('refuses a negative licence and a fractional CSM count at the field', () => {
    expect(evaluate(model, texts({ licence: '-1' })).errors.licence).toBe('CSP licence a year must be between $0 and $1,000,000,000.');
    expect(evaluate(model, texts({ csms: '2.5' })).errors.csms).toBe('CSMs must be a whole number.');
  });

  it('only ever says build in the CRM when building is cheaper and takes one person at most', () => {
    fc.assert(
      fc.property(answers, (i) => {
        const out = model.compute(i).outputs;
        expect(n(out.difference)).toBeCloseTo(i.licence - i['fte-share'] * i['ops-cost'], 4);
        if (kw(out.verdict) === 'build-in-crm') {
          expect(n(out['diy-cost'])).toBeLessThan(i.licence);
          expect(i['fte-share']).toBeLessThanOrEqual(1);
        }
      }),
    );
  });
});
