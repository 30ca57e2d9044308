import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model, { signals, tally } from './model';
import { evaluate } from '../inputs';
import { n } from '../testing';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const run = (over: Inputs = {}) => model.compute({ ...defaults, ...over } as never);
const kw = (o: OutputValue | undefined) => (o && 'value' in o ? o.value : o);
const texts = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));

describe('motion-finder model', () => {
  it('reproduces the worked example: $8,000 a year, a free tier, usage-based conversion and two stakeholders is product-led', () => {
    const out = run().outputs;
    expect(kw(out.motion)).toBe('product-led');
    expect(n(out.agreement)).toBe(6);
    expect(out.metric).toEqual({ value: 'activation-conversion', label: 'Activation and conversion' });
    expect(out.expansion).toEqual({ value: 'self-serve', label: 'In the product, self-serve' });
    expect(run().notes).toEqual([]);
  });

  it('finds the enterprise and SMB motions with their rows of the table', () => {
    const enterprise = run({ acv: 200000, cycle: 26, complexity: 'high', stakeholders: 8, 'self-serve': 'no', 'usage-conversion': 'no' }).outputs;
    expect([kw(enterprise.motion), kw(enterprise.metric), kw(enterprise.touch), kw(enterprise['csm-profile'])]).toEqual(['enterprise', 'nrr', 'high-touch', 'senior-strategic']);
    const smb = run({ acv: 15000, cycle: 4, complexity: 'medium', stakeholders: 2, 'self-serve': 'no', 'usage-conversion': 'no' }).outputs;
    expect([kw(smb.motion), kw(smb.metric), kw(smb.expansion)]).toEqual(['smb', 'grr', 'partly-automated']);
  });

  it('flags a multi-motion business when strong signals point two ways', () => {
    const out = run({ acv: 150000, cycle: 20, complexity: 'high', stakeholders: 6 });
    expect(kw(out.outputs.motion)).toBe('enterprise');
    expect(out.notes[0]!.text).toBe('Your answers also point firmly to the product-led motion: you run a multi-motion business. Give each motion its own people, headline metric and tools.');
  });

  it('treats a zero contract value as free users and blocks negative figures at the field', () => {
    const out = run({ acv: 0 });
    expect(kw(out.outputs.motion)).toBe('product-led');
    expect(out.notes.some((x) => x.text.startsWith('With no contract value, these are free users'))).toBe(true);
    expect(evaluate(model, { ...texts, acv: '-5' }).errors.acv).toBe('Average contract value a year must be between $0 and $1,000,000,000.');
    expect(evaluate(model, { ...texts, cycle: '-1' }).errors.cycle).toBeDefined();
    expect(evaluate(model, { ...texts, stakeholders: '0' }).errors.stakeholders).toBeDefined();
  });

  it('always names one motion whose signals are at least as many as any other’s', () => {
    const answers = fc.record({
      acv: fc.integer({ min: 0, max: 1e7 }),
      cycle: fc.integer({ min: 0, max: 520 }),
      complexity: fc.constantFrom('low', 'medium', 'high'),
      stakeholders: fc.integer({ min: 1, max: 1000 }),
      'self-serve': fc.constantFrom('yes', 'no'),
      'usage-conversion': fc.constantFrom('yes', 'no'),
    });
    fc.assert(
      fc.property(answers, (a) => {
        const { motion, votes } = tally(signals(a));
        expect(Math.max(...Object.values(votes))).toBe(votes[motion]);
        const out = run(a).outputs;
        expect(kw(out.motion)).toBe(motion);
        expect(n(out.agreement)).toBeGreaterThanOrEqual(2);
      }),
    );
  });

  it('reads how many answers fit', () => {
    const e = evaluate(model, { ...texts, acv: '40000', cycle: '6', complexity: 'medium', 'self-serve': 'no', 'usage-conversion': 'no' });
    const text = model.reading!(e.values, e.result!).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `[${p.output}]` : p.value)).join(''));
    expect(text).toEqual(['Every one of the six answers fits the [motion] motion, so its headline metric is [metric]; 2 fit enterprise as well.']);
  });
});
