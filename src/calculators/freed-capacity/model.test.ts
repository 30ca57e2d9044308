import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { evaluate } from '../inputs';
import { n } from '../testing';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const run = (over: Inputs = {}) => model.compute({ ...defaults, ...over } as never);
const texts = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));

describe('freed-capacity model', () => {
  it('reproduces the worked example: 10 CSMs, 40 hours, 30% admin, half automated, 80% redirected', () => {
    const out = run().outputs;
    expect(n(out.freed)).toBe(60);
    expect(n(out.fte)).toBe(1.5);
    expect(n(out['per-csm'])).toBe(6);
    expect(n(out['redirected-hours'])).toBe(48);
    expect(n(out.leaked)).toBe(12);
  });

  it('says the saving is banked when nothing is redirected, and asks where redirected time goes', () => {
    expect(run({ redirected: 0 }).notes[0]!.text).toContain('the saving is banked as cost');
    expect(run({ destination: 'undecided' }).notes[0]!.text).toContain('name where it goes');
  });

  it('gives no CSM equivalent at zero hours and refuses percentages outside 0 to 100 at the field', () => {
    expect(run({ hours: 0 }).outputs.fte).toEqual({ unavailable: 'With no working hours there is no CSM equivalent to express.' });
    expect(run({ csms: 0 }).outputs['per-csm']).toEqual({ unavailable: 'There are no CSMs to share the time between.' });
    expect(evaluate(model, { ...texts, admin: '120' }).errors.admin).toBe('Share of CSM time spent on admin must be between 0% and 100%.');
    expect(evaluate(model, { ...texts, redirected: '-5' }).errors.redirected).toBeDefined();
  });

  it('handles a very large team', () => {
    expect(n(run({ csms: 1e6, hours: 168, admin: 100, automated: 100 }).outputs.freed)).toBe(168e6);
  });

  it('splits every freed hour into redirected or leaked, and never frees more than the admin there is', () => {
    const p = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 168 }), p, p, p, (csms, hours, admin, automated, redirected) => {
        const out = run({ csms, hours, admin, automated, redirected }).outputs;
        expect(n(out['redirected-hours']) + n(out.leaked)).toBeCloseTo(n(out.freed), 6);
        expect(n(out.freed)).toBeLessThanOrEqual((csms * hours * admin) / 100 + 1e-9);
        if (hours > 0) expect(n(out.fte)).toBeLessThanOrEqual(csms + 1e-9);
      }),
    );
  });

  it('reads the freed time in sentences', () => {
    const e = evaluate(model, { ...texts, csms: '25' });
    const text = model.reading!(e.values, e.result!).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `[${p.output}]` : p.value)).join(''));
    expect(text).toEqual(['Automation frees [freed] hours a week, the time of [fte] CSMs.', 'Of that, [redirected-hours] hours go to chosen work and [leaked] leak away.']);
  });
});
