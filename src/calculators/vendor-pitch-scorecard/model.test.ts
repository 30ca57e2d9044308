import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model, { verdict } from './model';
import { evaluate } from '../inputs';
import { n } from '../testing';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const run = (over: Inputs = {}) => model.compute({ ...defaults, ...over } as never);
const kw = (o: OutputValue | undefined) => (o && 'value' in o ? o.value : o);

describe('vendor-pitch-scorecard model', () => {
  it('reproduces the worked example: vendor A 5 of 6, follow up on errors; vendor B deflects the first question', () => {
    const r = run();
    expect(n(r.outputs['total-a'])).toBe(5);
    expect(kw(r.outputs['verdict-a'])).toBe('follow-up');
    expect(kw(r.outputs['verdict-b'])).toBe('red-flag');
    expect(r.outputs.preferred).toEqual({ value: 'a', label: 'Vendor A: the only one without a red flag' });
    expect(r.notes.map((x) => x.text)).toEqual(['Vendor A: press further on how its errors would come to light.', 'Vendor B gave no real answer on what the AI actually does.']);
  });

  it('counts an unanswered question as 0 and a red flag', () => {
    const r = run({ 'a-errors': 'none' });
    expect(n(r.outputs['total-a'])).toBe(4);
    expect(kw(r.outputs['verdict-a'])).toBe('red-flag');
    expect(r.notes[0]!.text).toBe('Vendor A gave no real answer on how its errors would come to light (unanswered questions count as 0).');
    expect(kw(r.outputs.preferred)).toBe('neither');
  });

  it('calls a tie a tie, and uses the names the reader gives', () => {
    const r = run({ 'name-a': 'Acme AI', 'name-b': 'Brightly', 'a-errors': '2', 'b-what': '2', 'b-decisions': '2', 'b-errors': '2' });
    expect(r.outputs.preferred).toEqual({ value: 'tie', label: 'A tie on points: press both on their weakest answer' });
    expect(kw(run({ 'b-what': '2' }).outputs.preferred)).toBe('a');
    expect((run({ 'name-b': 'Brightly', 'b-what': '2', 'b-decisions': '2', 'b-errors': '2' }).outputs.preferred as { label: string }).label).toBe('Brightly: the more concrete answers');
  });

  it('flags any zero whatever the total, and keeps totals between 0 and 6', () => {
    const score = fc.constantFrom('none', '0', '1', '2');
    fc.assert(
      fc.property(fc.tuple(score, score, score), (s) => {
        const v = verdict(s);
        expect(v === 'red-flag').toBe(s.some((x) => x === 'none' || x === '0'));
        const total = n(run({ 'a-what': s[0], 'a-decisions': s[1], 'a-errors': s[2] }).outputs['total-a']);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(6);
        if (total === 6) expect(v).toBe('credible');
      }),
    );
  });

  it('reads the comparison', () => {
    const texts = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
    const e = evaluate(model, { ...texts, 'b-what': '1' });
    const text = model.reading!(e.values, e.result!).map((s) => s.map((p) => (typeof p === 'string' ? p : 'output' in p ? `[${p.output}]` : p.value)).join(''));
    expect(text).toEqual(['Vendor A scores [total-a] of 6 and Vendor B [total-b] of 6; on these answers the choice is [preferred].']);
  });
});
