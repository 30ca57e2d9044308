import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, n } from '../testing';
import { evaluate } from '../inputs';
import type { ChoiceField, OutputValue } from '../contract';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o : undefined);
const complete = { goals: 'yes', commitments: 'yes', stakeholders: 'yes', risk: 'smooth' };
const options = (id: string) => (model.fields.find((f) => f.id === id) as ChoiceField).options.map((o) => o.value);

describe('handoff-check model', () => {
  it('has the four handoff items as choices, all starting at "not yet" so the printed sheet is blank', () => {
    expect(model.fields.map((f) => [f.id, f.kind, f.default])).toEqual([
      ['goals', 'choice', 'no'],
      ['commitments', 'choice', 'no'],
      ['stakeholders', 'choice', 'no'],
      ['risk', 'choice', 'no'],
    ]);
    expect(n(compute().outputs.score)).toBe(0);
    expect(kw(compute().outputs.missing)?.value).toBe('goals+commitments+stakeholders+risk');
  });

  it('scores a complete handoff 4 out of 4 with nothing missing and no notes', () => {
    const { outputs, notes } = compute(complete);
    expect(n(outputs.score)).toBe(4);
    expect(kw(outputs.missing)).toEqual({ value: 'none', label: 'Nothing: the handoff is complete' });
    expect(notes).toEqual([]);
  });

  it('counts a partly done item as missing and says what to collect', () => {
    const { outputs, notes } = compute({ ...complete, stakeholders: 'partly' });
    expect(n(outputs.score)).toBe(3);
    expect(kw(outputs.missing)).toEqual({ value: 'stakeholders', label: 'stakeholder map' });
    expect(notes[0]?.text).toBe('Stakeholder map (partly done): name the champion, the budget holder and the sceptics.');
  });

  it('warns first when a hard-won deal arrives without its commitments', () => {
    const { outputs, notes } = compute({ goals: 'yes', risk: 'hard-won' });
    expect(n(outputs.score)).toBe(2);
    expect(notes[0]).toMatchObject({ level: 'warning' });
    expect(notes[0]?.text).toMatch(/may return at renewal/);
    expect(compute({ ...complete, risk: 'hard-won' }).notes).toEqual([]);
  });

  it('refuses an answer that is not one of the options', () => {
    const texts = { goals: 'maybe', commitments: 'no', stakeholders: 'no', risk: 'no' };
    expect(evaluate(model, texts).errors.goals).toBe('Customer goals in their own words must be one of: Not yet, Partly, Handed over.');
  });

  it('keeps score plus missing items at exactly four for every combination', () => {
    const answers = fc.record({
      goals: fc.constantFrom(...options('goals')),
      commitments: fc.constantFrom(...options('commitments')),
      stakeholders: fc.constantFrom(...options('stakeholders')),
      risk: fc.constantFrom(...options('risk')),
    });
    fc.assert(
      fc.property(answers, (a) => {
        const { outputs, notes } = model.compute(a);
        const missing = kw(outputs.missing)!.value;
        const count = missing === 'none' ? 0 : missing.split('+').length;
        expect(n(outputs.score) + count).toBe(4);
        expect(new Set(notes.map((x) => x.text)).size).toBe(notes.length);
      }),
    );
  });
});
