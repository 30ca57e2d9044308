import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model, { readRates } from './model';
import { evaluate } from '../inputs';
import { n } from '../testing';
import type { OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
const run = (over: Record<string, string> = {}) => {
  const e = evaluate(model, { ...defaults, ...over });
  if (!e.result) throw new Error(JSON.stringify(e.errors));
  return e.result;
};
const kw = (o: OutputValue | undefined) => (o && 'value' in o ? o.value : o);

describe('first-transition-symptoms model', () => {
  it('reproduces the worked example: rates 94, 88, 81, 90 and 72 and all three symptoms', () => {
    const out = run().outputs;
    expect(n(out.mean)).toBe(85);
    expect(n(out.range)).toBe(22);
    expect(n(out['best-gap'])).toBe(9);
    expect(n(out.sd)).toBeCloseTo(7.745967, 5);
    expect(n(out.symptoms)).toBe(3);
    expect(kw(out.action)).toBe('act-now');
  });

  it('reads rates on one row, one a row, with names and percent signs, and skips blanks and a header', () => {
    expect(readRates('94, 88, 81, 90, 72').rates.map((r) => r.rate)).toEqual([94, 88, 81, 90, 72]);
    expect(readRates('CSM\tRenewal rate\nAsha\t94%\n\nBen\t88\nCara\t').rates.map((r) => [r.name, r.rate])).toEqual([['Asha', 94], ['Ben', 88]]);
    expect(readRates('Asha 94\nBen: 88').rates.map((r) => [r.name, r.rate])).toEqual([['Asha', 94], ['Ben', 88]]);
    expect(readRates('').rates).toEqual([]);
  });

  it('explains a rate outside 0% to 100% or a row with no rate at the field', () => {
    const errors = (rates: string) => evaluate(model, { ...defaults, rates }).errors;
    expect(errors('Asha, 94\nBen, 105').rates).toBe('Row 2: 105 is not a renewal rate. Enter a percentage from 0 to 100.');
    expect(errors('Asha, 94\nBen, -1').rates).toBe('Row 2: -1 is not a renewal rate. Enter a percentage from 0 to 100.');
    expect(errors('Asha, 94\nBen, soon').rates).toBe('Row 2: “Ben, soon” has no renewal rate. Enter one rate per CSM, such as “Asha, 94”.');
  });

  it('says the spread is meaningless for fewer than two CSMs', () => {
    const one = run({ rates: 'Asha, 91' }).outputs;
    expect(n(one.mean)).toBe(91);
    expect(one.range).toEqual({ unavailable: 'The spread needs renewal rates for at least two CSMs.' });
    expect(run({ rates: '' }).outputs.sd).toEqual({ unavailable: 'No renewal rates entered.' });
    expect(run({ rates: '' }).outputs.mean).toEqual({ unavailable: 'No renewal rates entered.' });
  });

  it('counts only clear symptoms and asks for preparation when any is partly there', () => {
    expect(kw(run({ 'results-differ': 'no', 'leader-behind': 'no', 'experience-depends': 'no' }).outputs.action)).toBe('watch');
    const partly = run({ 'results-differ': 'partly', 'leader-behind': 'no', 'experience-depends': 'no' });
    expect(n(partly.outputs.symptoms)).toBe(0);
    expect(kw(partly.outputs.action)).toBe('prepare');
    expect(partly.notes[0]!.text).toContain('1 symptom is partly present');
    expect(kw(run({ 'leader-behind': 'no', 'experience-depends': 'no' }).outputs.action)).toBe('prepare');
    expect(kw(run({ 'experience-depends': 'no' }).outputs.action)).toBe('act-now');
  });

  it('keeps the spread consistent for any list of rates: worst ≤ average ≤ best, and never a broken number', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }).map((x) => x / 100), { minLength: 2, maxLength: 40 }), (values) => {
        const out = run({ rates: values.map((v, i) => `CSM ${i + 1}, ${v}`).join('\n') }).outputs;
        const [mean, range, gap, sd] = [n(out.mean), n(out.range), n(out['best-gap']), n(out.sd)];
        expect(gap).toBeGreaterThanOrEqual(-1e-9);
        expect(gap).toBeLessThanOrEqual(range + 1e-9);
        expect(sd).toBeLessThanOrEqual(range / 2 + 1e-9);
        expect(mean).toBeGreaterThanOrEqual(Math.min(...values) - 1e-9);
        expect(Number.isFinite(sd)).toBe(true);
      }),
    );
  });

  it('reads the symptoms and the spread in sentences', () => {
    const e = evaluate(model, { ...defaults, 'leader-behind': 'no' });
    const text = model.reading!(e.values, e.result!).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `[${p.output}]` : p.value)).join(''));
    expect(text).toEqual([
      '2 of the three symptoms are present, so [action].',
      'Across 5 CSMs, renewal rates run from 72 to 94: the best renews [best-gap] points above the average of [mean], and the gap from best to worst is [range] points.',
    ]);
  });
});
