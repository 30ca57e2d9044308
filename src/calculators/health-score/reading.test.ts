import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { expectSoundReading, readingFor } from '../testing-reading';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over });

describe('health-score reading', () => {
  it('reads the example account with the relationship weighted up', () => {
    const run = read({ 'usage-weight': 20, 'sentiment-weight': 30, 'relationship-weight': 50 })!;
    expectSoundReading(model, run);
    expect(run.text).toBe(
      'This account scores 53, which reads yellow: at risk. It is 17 points short of green and 13 above the yellow cut-off of 40. Relationship, at 40, is the weakest signal and carries 50% of the weight.',
    );
  });

  it('reads green and red accounts, ties and a single weighted signal', () => {
    expect(read({ usage: 90, sentiment: 90, relationship: 90 })!.text).toBe(
      'This account scores 90, which reads green: healthy. It sits 20 points clear of the green cut-off of 70. Every weighted signal scores 90, so none pulls harder than another.',
    );
    expect(read({ usage: 10, sentiment: 30, relationship: 10 })!.text).toContain('It is 23 points short of yellow. Usage and relationship, at 10, are the weakest signals and carry 67% of the weight.');
    expect(read({ sentiment: null, 'usage-weight': 0, 'sentiment-weight': 50, 'relationship-weight': 50 })!.text).toContain('Only relationship carries weight');
    expect(read({ usage: 70, sentiment: 70, relationship: 70 })!.text).toContain('It sits exactly on the green cut-off.');
  });

  it('is sound for every valid account, and its distances agree with the status', () => {
    const score = fc.integer({ min: 0, max: 100 });
    fc.assert(
      fc.property(score, fc.option(score, { nil: null }), score, fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 99 }),
        (usage, sentiment, relationship, a, b, green, yellow) => {
          const [x, y] = [Math.min(a, b), Math.max(a, b)];
          const run = read({ usage, sentiment, relationship, 'usage-weight': x, 'sentiment-weight': y - x, 'relationship-weight': 100 - y, green, yellow });
          if (!run) return;
          expectSoundReading(model, run);
          const status = run.result.outputs.status;
          if (!('value' in status)) return;
          expect(run.text.includes('clear of the green') || run.text.includes('exactly on the green')).toBe(status.value === 'green');
          expect(run.text.includes('short of yellow')).toBe(status.value === 'red');
        }),
    );
  });
});
