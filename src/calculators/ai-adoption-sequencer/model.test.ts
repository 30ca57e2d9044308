import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { evaluate } from '../inputs';
import { n } from '../testing';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const run = (over: Inputs = {}) => model.compute({ ...defaults, ...over } as never);
const kw = (o: OutputValue | undefined) => (o && 'value' in o ? o.value : o);
const notes = (over: Inputs = {}) => run(over).notes.map((x) => x.text);
const all = { signals: 'yes', automation: 'yes', 'customer-facing': 'yes', response: 'yes', calibrated: 'yes', errors: 'yes' };

describe('ai-adoption-sequencer model', () => {
  it('reproduces the worked example: automation live, no signal detection, no response playbook', () => {
    const out = run().outputs;
    expect(out['next-step']).toEqual({ value: 'signals', label: 'Signal detection, with an owned response to every score change' });
    expect(n(out['layers-live'])).toBe(1);
    expect(kw(out.order)).toBe('automation-first');
    const e = evaluate(model, Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)])));
    const text = model.reading!(e.values, e.result!).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `[${p.output}]` : p.value)).join(''));
    expect(text).toEqual(['1 of the three layers is live, and the next step is [next-step].', 'Hold customer-facing AI until signal detection and automation have both earned trust.']);
  });

  it('gives each of the brief’s three warnings', () => {
    expect(notes({ automation: 'no', 'customer-facing': 'yes' })[0]).toContain('the riskiest layer came first');
    expect(kw(run({ automation: 'no', 'customer-facing': 'yes' }).outputs['next-step'])).toBe('pause-customer-facing');
    expect(notes({ signals: 'yes' }).some((t) => t.includes('a more accurate alarm that nobody answers'))).toBe(true);
    expect(notes({ signals: 'yes', response: 'yes' }).some((t) => t.includes('trust in them runs ahead of their track record'))).toBe(true);
  });

  it('walks the layers from least to most risky', () => {
    expect(kw(run({ signals: 'yes', automation: 'no' }).outputs['next-step'])).toBe('response');
    expect(kw(run({ signals: 'yes', response: 'yes' }).outputs['next-step'])).toBe('calibrate');
    expect(kw(run({ signals: 'yes', response: 'yes', calibrated: 'yes', automation: 'no' }).outputs['next-step'])).toBe('automation');
    expect(kw(run({ signals: 'yes', response: 'yes', calibrated: 'yes' }).outputs['next-step'])).toBe('errors');
    expect(kw(run({ ...all, 'customer-facing': 'no' }).outputs['next-step'])).toBe('customer-facing');
    const done = run(all);
    expect(kw(done.outputs['next-step'])).toBe('refine');
    expect(kw(done.outputs.order)).toBe('in-order');
    expect(done.notes).toEqual([]);
  });

  it('never recommends customer-facing AI before signal detection and automation are live', () => {
    const yn = fc.constantFrom('yes', 'no');
    fc.assert(
      fc.property(fc.record({ signals: yn, automation: yn, 'customer-facing': yn, response: yn, calibrated: yn, errors: yn }), (a) => {
        const out = run(a).outputs;
        if (kw(out['next-step']) === 'customer-facing') expect(a.signals === 'yes' && a.automation === 'yes').toBe(true);
        if (a['customer-facing'] === 'yes' && a.signals === 'no') expect(kw(out['next-step'])).toBe('pause-customer-facing');
        expect(n(out['layers-live'])).toBe([a.signals, a.automation, a['customer-facing']].filter((x) => x === 'yes').length);
      }),
    );
  });
});
