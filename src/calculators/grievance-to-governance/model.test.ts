import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model, { grievanceMarkers } from './model';
import { defaultTexts, evaluate } from '../inputs';

const run = (draft: string) => model.compute({ draft });
const kw = (o: unknown) => (o as { value: string }).value;

describe('grievance-to-governance model', () => {
  it('finds six grievance markers in the example sentence and suggests neutral wording', () => {
    const { outputs, tables } = run(model.fields[0]!.default as string);
    expect(outputs.markers).toEqual({ value: 6 });
    expect(kw(outputs.reading)).toBe('grievance');
    expect(tables![0]!.rows.map((r) => r.phrase)).toEqual(['Your team', 'keeps selling', 'bad-fit', 'always', 'clean up', 'mess']);
    expect(tables![0]!.rows[2]!.instead).toBe('a named cohort outside the ICP');
  });

  it('recognises a full governance pitch with all five parts', () => {
    const pitch =
      'Of the deals signed in the last three quarters, 9 of 12 now at churn risk share two traits. Had we screened for them, we would not have signed four of them. Their retention cost is $420,000 and their NRR sits 24 points below the ICP-matched cohort. I propose we add one criterion at deal review.';
    const { outputs, notes } = run(pitch);
    expect(outputs.markers).toEqual({ value: 0 });
    expect(outputs.elements).toEqual({ value: 5 });
    expect(kw(outputs.reading)).toBe('governance');
    expect(notes[0]!.text).toContain('already neutral');
  });

  it('says which parts a neutral draft still lacks', () => {
    const { outputs, notes } = run('Several recent accounts look hard to retain.');
    expect(kw(outputs.reading)).toBe('neutral');
    expect(notes[1]!.text).toBe('To turn it into a governance pitch, add: cohort, pattern, counterfactual, cost, ask.');
  });

  it('asks for a sentence when the box is empty', () => {
    expect(run('   ').outputs.reading).toHaveProperty('unavailable');
  });

  it('refuses a draft over 2,000 characters with a message at the field', () => {
    const { errors } = evaluate(model, { ...defaultTexts(model), draft: 'a'.repeat(2001) });
    expect(errors.draft).toBe('What you would say to the CRO is too long: 2,001 characters, where the most is 2,000.');
  });

  it('catches mis-sell in its common spellings', () => {
    expect(grievanceMarkers('A mis-sell, two missold deals, mis-selling again').map((m) => m.phrase)).toEqual(['mis-sell', 'missold', 'mis-selling']);
  });

  it('never finds a marker in text made only of neutral words', () => {
    const neutral = fc.constantFrom('cohort', 'accounts', 'signed', 'quarter', 'renewal', 'criterion', 'NRR', 'cost', 'trait', 'review');
    fc.assert(fc.property(fc.array(neutral, { maxLength: 40 }), (words) => {
      expect(grievanceMarkers(words.join(' '))).toEqual([]);
    }));
  });
});
