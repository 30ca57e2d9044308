import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, n } from '../testing';
import type { Inputs, OutputValue } from '../contract';
import { checkReading } from '../testing-reading';

const stages = ['presale', 'onboarding', 'adoption', 'renewal', 'advocacy'];
const defaults = defaultsOf(model);
const compute = computeWith(model);
const map = (ideal: (number | null)[], actual: (number | null)[]) =>
  model.compute(Object.fromEntries(stages.flatMap((s, i) => [[`ideal-${s}`, ideal[i]!], [`actual-${s}`, actual[i]!]])) as Inputs);
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o : undefined);

const rating = fc.option(fc.integer({ min: 1, max: 5 }), { nil: null, freq: 4 });
const ratings = fc.record(Object.fromEntries(model.fields.map((f) => [f.id, rating]))) as fc.Arbitrary<Inputs>;

describe('journey-gap model', () => {
  it('has ten optional whole-number fields from 1 to 5, an ideal and an actual per stage', () => {
    expect(model.fields.map((f) => f.id)).toEqual(stages.flatMap((s) => [`ideal-${s}`, `actual-${s}`]));
    for (const f of model.fields) expect(f).toMatchObject({ kind: 'number', min: 1, max: 5, integer: true, optional: true });
  });

  it('points to adoption as the single widest gap in the book’s illustrative map', () => {
    const { outputs } = compute();
    expect(stages.map((s) => n(outputs[`gap-${s}`]))).toEqual([1, 2, 3, 2, 2]);
    expect(kw(outputs.widest)).toEqual({ value: 'adoption', label: 'Adoption' });
    expect(n(outputs['widest-gap'])).toBe(3);
  });

  it('says the widest gap wins, not the lowest actual score', () => {
    // Advocacy scores lowest (1) but sits close to a modest ideal; onboarding is further from design.
    const { outputs, notes } = map([3, 5, 4, 4, 2], [3, 2, 3, 3, 1]);
    expect(kw(outputs.widest)!.value).toBe('onboarding');
    expect(notes.some((x) => x.text.includes('widest gap'))).toBe(true);
  });

  it('lists every stage tied for the widest gap', () => {
    const two = map([4, 5, 5, 5, 4], [3, 2, 2, 3, 3]).outputs;
    expect(kw(two.widest)).toEqual({ value: 'onboarding+adoption', label: 'Onboarding and Adoption (tied)' });
    const three = map([4, 5, 5, 5, 4], [3, 2, 2, 3, 1]).outputs;
    expect(kw(three.widest)).toEqual({ value: 'onboarding+adoption+advocacy', label: 'Onboarding, Adoption and Advocacy (tied)' });
    expect(n(three['widest-gap'])).toBe(3);
  });

  it('leaves a half-rated stage out, explains its missing gap and flags it in a note', () => {
    const { outputs, notes } = compute({ 'actual-presale': null, 'ideal-advocacy': null });
    expect(outputs['gap-presale']).toHaveProperty('unavailable');
    expect(outputs['gap-advocacy']).toHaveProperty('unavailable');
    expect(notes).toContainEqual({ level: 'info', text: 'Left out because a rating is missing: Pre-sale and Advocacy.' });
    expect(kw(outputs.widest)!.value).toBe('adoption');
  });

  it('does not let a blank stage win even if its other rating looks extreme', () => {
    const { outputs } = compute({ 'ideal-presale': 5, 'actual-presale': null, 'actual-adoption': 4 });
    expect(kw(outputs.widest)!.value).not.toContain('presale');
  });

  it('says where actual performance is at or above design', () => {
    const { outputs, notes } = map([4, 5, 5, 3, 4], [5, 2, 2, 3, 2]);
    expect(n(outputs['gap-presale'])).toBe(-1);
    expect(notes).toContainEqual({ level: 'info', text: 'Performing at or above design: Pre-sale and Renewal and expansion.' });
  });

  it('finds no gap when every actual matches its ideal, and asks how candid the actual map is', () => {
    const { outputs, notes } = map([3, 3, 3, 3, 3], [3, 3, 3, 3, 3]);
    expect(kw(outputs.widest)).toEqual({ value: 'none', label: 'No gap found' });
    expect(n(outputs['widest-gap'])).toBe(0);
    expect(notes).toEqual([expect.objectContaining({ level: 'warning', text: expect.stringContaining('No gap found') })]);
  });

  it('finds no gap when every stage beats its design', () => {
    const { outputs, notes } = map([2, 2, 2, 2, 2], [3, 3, 3, 3, 2]);
    expect(kw(outputs.widest)!.value).toBe('none');
    expect(n(outputs['widest-gap'])).toBe(0);
    expect(notes.some((x) => x.text.startsWith('Performing at or above design'))).toBe(true);
  });

  it('explains that nothing can be found when no stage is fully rated', () => {
    const { outputs } = map([null, null, null, null, null], [1, 2, 3, 4, 5]);
    expect(outputs.widest).toHaveProperty('unavailable');
    expect(outputs['widest-gap']).toHaveProperty('unavailable');
  });

  it('names a widest stage whose gap equals the widest gap and is at least every rated gap', () => {
    fc.assert(
      fc.property(ratings, (i) => {
        const { outputs } = model.compute(i);
        const gaps = stages.filter((s) => 'value' in outputs[`gap-${s}`]!).map((s) => [s, n(outputs[`gap-${s}`])] as const);
        const w = outputs.widest!;
        if (!gaps.length) {
          expect(w).toHaveProperty('unavailable');
          return;
        }
        const max = Math.max(...gaps.map(([, g]) => g));
        expect(n(outputs['widest-gap'])).toBe(Math.max(max, 0));
        const named = kw(w)!.value;
        if (max <= 0) expect(named).toBe('none');
        else expect(named.split('+')).toEqual(gaps.filter(([, g]) => g === max).map(([s]) => s));
      }),
    );
  });

  it('gives each rated stage a gap of ideal minus actual and never lets a rating raise its own gap by improving', () => {
    fc.assert(
      fc.property(ratings, fc.constantFrom(...stages), (i, s) => {
        fc.pre(i[`ideal-${s}`] !== null && i[`actual-${s}`] !== null);
        const gap = n(model.compute(i).outputs[`gap-${s}`]);
        expect(gap).toBe((i[`ideal-${s}`] as number) - (i[`actual-${s}`] as number));
        const better = Math.min(5, (i[`actual-${s}`] as number) + 1);
        expect(n(model.compute({ ...i, [`actual-${s}`]: better }).outputs[`gap-${s}`])).toBeLessThanOrEqual(gap);
      }),
    );
  });

  describe('reading', () => {
    const inputs = (ideal: (number | null)[], actual: (number | null)[]) => Object.fromEntries(stages.flatMap((s, i) => [[`ideal-${s}`, ideal[i]!], [`actual-${s}`, actual[i]!]])) as Inputs;

    it('names the widest gap and explains why a lower actual score does not come first', () => {
      expect(checkReading(model, inputs([4, 5, 3, 4, 2], [1, 4, 1, 3, 1])).text).toBe(
        'On these ratings the widest gap is at pre-sale, 3 points short of its design: that is where the next pound should go. Adoption and advocacy score lowest in practice but fall less far short of their design, so they do not come first.',
      );
      expect(checkReading(model, inputs([4, 5, 5, 5, 4], [4, 3, 4, 4, 4])).text).toBe('On these ratings the widest gap is at onboarding, 2 points short of its design: that is where the next pound should go.');
      expect(checkReading(model, inputs([3, 5, 4, 4, 2], [3, 2, 3, 3, 1])).text).toBe(
        'On these ratings the widest gap is at onboarding, 3 points short of its design: that is where the next pound should go. Advocacy scores lowest in practice but falls less far short of its design, so it does not come first.',
      );
    });

    it('lists a tie and doubts a map with no gap', () => {
      expect(checkReading(model, inputs([4, 5, 5, 5, 4], [3, 3, 4, 3, 2])).text).toContain('onboarding, renewal and expansion and advocacy share the widest gap, each 2 points short');
      expect(checkReading(model, inputs([3, 3, 3, 3, 3], [3, 4, 3, 5, 3])).text).toContain('No stage falls short of its design');
      expect(checkReading(model, inputs([null, null, null, null, null], [1, 2, 3, 4, 5])).text).toBe('');
    });

    it('names exactly the stages the tool flags, for any ratings', () => {
      fc.assert(
        fc.property(ratings, (i) => {
          const { text, result } = checkReading(model, i);
          const widest = result.outputs.widest;
          if (!widest || !('label' in widest) || widest.value === 'none') return;
          for (const id of widest.value.split('+')) expect(text).toContain(model.fields.find((f) => f.id === `ideal-${id}`)!.label.replace('Ideal rating for ', ''));
          expect(text).toContain(`${n(result.outputs['widest-gap'])} point`);
        }),
      );
    });
  });
});
