import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model, { byStage } from './model';
import { evaluate } from '../inputs';
import type { ChoiceField, Inputs, OutputValue } from '../contract';
import { computeWith, defaultsOf, kw, textsFor } from '../testing';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const label = (o: OutputValue | undefined) => (o && 'label' in o ? o.label : undefined);
const notesOf = (over: Inputs) => compute(over).notes.map((x) => x.text).join(' ');
const texts = textsFor(model);

const options = (id: string) => (model.fields.find((f) => f.id === id) as ChoiceField).options.map((o) => o.value);
const anyInputs = fc.record({
  stage: fc.constantFrom(...options('stage')),
  team: fc.integer({ min: 0, max: 1000 }),
  professionalising: fc.constantFrom('no', 'yes'),
  architecture: fc.constantFrom('no', 'yes'),
  tuesday: fc.constantFrom(...options('tuesday')),
});

describe('first-hire model', () => {
  it('recommends a player-coach at seed and Series A whatever the headcount', () => {
    for (const team of [0, 2, 12]) expect(byStage('seed-a', team, false, false)).toEqual(['player-coach']);
    expect(kw(compute({ stage: 'seed-a', team: 2 }).outputs.archetype)).toBe('player-coach');
  });

  it('applies the Series B rule: five or fewer a player-coach, ten or more an operator, six to nine no rule', () => {
    expect(byStage('series-b', 5, false, false)).toEqual(['player-coach']);
    expect(byStage('series-b', 10, false, false)).toEqual(['operator']);
    for (const team of [6, 7, 8, 9]) expect(byStage('series-b', team, false, false)).toEqual([]);
    const gap = compute({ team: 7, tuesday: 'managing' });
    expect(kw(gap.outputs['stage-reading'])).toBe('no-rule');
    expect(kw(gap.outputs.archetype)).toBe('operator');
    expect(notesOf({ team: 7, tuesday: 'managing' })).toMatch(/the Tuesday test decides/);
  });

  it('reads the book’s default: Series B, four people, customer meetings gives a player-coach with its risk', () => {
    const { outputs, notes } = compute();
    expect(kw(outputs.archetype)).toBe('player-coach');
    expect(notes[0]?.text).toMatch(/keep playing instead of coaching/);
  });

  it('at growth stage names a strategist for professionalising and an operator where the architecture exists', () => {
    expect(byStage('growth', 30, true, false)).toEqual(['strategist']);
    expect(byStage('growth', 30, false, true)).toEqual(['operator']);
    expect(byStage('growth', 30, true, true)).toEqual(['strategist', 'operator']);
    expect(label(compute({ stage: 'growth', professionalising: 'yes', architecture: 'yes', tuesday: 'board' }).outputs['stage-reading'])).toBe('Strategist or Operator');
    expect(kw(compute({ stage: 'growth', professionalising: 'yes', tuesday: 'board' }).outputs.archetype)).toBe('strategist');
  });

  it('says "not ready to hire" when nobody can describe the Tuesday morning', () => {
    const out = compute({ tuesday: 'unsure' });
    expect(kw(out.outputs.archetype)).toBe('not-ready');
    expect(kw(out.outputs['tuesday-reading'])).toBe('not-ready');
    expect(notesOf({ tuesday: 'unsure' })).toMatch(/role is not yet defined/);
  });

  it('shows both readings when the stage and the Tuesday test disagree, and warns about an early strategist', () => {
    const out = compute({ tuesday: 'board' });
    expect(kw(out.outputs.archetype)).toBe('conflict');
    expect(label(out.outputs.archetype)).toBe('Conflicting: stage says Player-coach, Tuesday says Strategist');
    expect(notesOf({ tuesday: 'board' })).toMatch(/usually the wrong first leader/);
  });

  it('warns about an operator with five or fewer people to lead', () => {
    expect(notesOf({ stage: 'growth', architecture: 'yes', team: 3, tuesday: 'managing' })).toMatch(/under-used/);
  });

  it('refuses a negative or fractional headcount at the field', () => {
    expect(evaluate(model, texts({ team: '-1' })).errors.team).toBe('CS headcount expected in 12 months must be between 0 and 1,000.');
    expect(evaluate(model, texts({ team: '2.5' })).errors.team).toBe('CS headcount expected in 12 months must be a whole number.');
    expect(evaluate(model, texts({ stage: 'pre-seed' })).errors.stage).toMatch(/must be one of/);
  });

  it('always gives a recommendation, never repeats a note, and agrees with both readings when it names an archetype', () => {
    fc.assert(
      fc.property(anyInputs, (i) => {
        const { outputs, notes } = model.compute(i);
        const texts = notes.map((x) => x.text);
        expect(new Set(texts).size).toBe(texts.length);
        const a = kw(outputs.archetype)!;
        if (!['conflict', 'not-ready'].includes(a)) {
          expect(kw(outputs['tuesday-reading'])).toBe(a);
          const stage = kw(outputs['stage-reading'])!;
          expect(stage === 'no-rule' || stage.split('+').includes(a)).toBe(true);
        }
      }),
    );
  });
});
