import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { expectSoundReading, readingFor } from '../testing-reading';
import type { Inputs, OutputValue } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over })!;
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o.value : undefined);

describe('first-hire reading', () => {
  it('explains a Series B team of seven: no stage rule, so the Tuesday test decides', () => {
    const run = read({ team: 7, tuesday: 'managing' });
    expectSoundReading(model, run);
    expect(run.text).toBe('At Series B, with 7 people expected in CS a year from now, between six and nine, the stage rules give no answer. The Tuesday test decides: hire an operator.');
  });

  it('names a conflict and a growth-stage pair of answers', () => {
    expect(read({ tuesday: 'board' }).text).toContain('The Tuesday test points to a strategist instead');
    expect(read({ stage: 'growth', professionalising: 'yes', architecture: 'yes', tuesday: 'board', team: 1 }).text).toBe(
      'At the growth stage the rules point to a strategist or an operator. The Tuesday test agrees: hire a strategist.',
    );
  });

  it('agrees with the recommendation in every combination', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('seed-a', 'series-b', 'growth'),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom('no', 'yes'),
        fc.constantFrom('no', 'yes'),
        fc.constantFrom('meetings', 'managing', 'board', 'unsure'),
        (stage, team, professionalising, architecture, tuesday) => {
          const run = read({ stage, team, professionalising, architecture, tuesday });
          expectSoundReading(model, run);
          const archetype = kw(run.result.outputs.archetype);
          expect(run.text.includes('not ready to hire')).toBe(archetype === 'not-ready');
          expect(run.text.includes('instead')).toBe(archetype === 'conflict');
        },
      ),
    );
  });
});
