import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { expectSoundReading, readingFor } from '../testing-reading';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over })!;

describe('time-to-value reading', () => {
  it('reads the example list at a 30-day window', () => {
    const run = read({ window: 30 });
    expectSoundReading(model, run);
    expect(run.text).toBe(
      '5 of 6 customers reached first value; 1 has not yet. Those who got there took a median of 14 days and a mean of 28.2 days, so the mean sits 14.2 days above the median. 1 customer is flagged as an outlier: report the median. Within the 30-day window, 66.7% of the list activated.',
    );
  });

  it('reads a list where nobody has arrived, and one where mean and median agree', () => {
    expect(read({ customers: 'A,\nB,' }).text).toBe('None of these 2 customers have reached first value yet, so there is no time to measure. Within the 90-day window, 0% of the list activated.');
    expect(read({ customers: 'A,10\nB,20' }).text).toContain('a median of 15 days and a mean of 15 days: the two agree.');
    expect(read({ customers: 'A,1\nB,30\nC,31\nD,32\nE,33' }).text).toContain('so the mean sits 5.6 days below the median');
  });

  it('gives no reading for an empty list', () => {
    expect(read({ customers: '' }).sentences).toEqual([]);
  });

  it('is sound for any list, and puts the mean above or below the median as the figures do', () => {
    const day = fc.option(fc.integer({ min: 0, max: 400 }), { nil: null });
    fc.assert(
      fc.property(fc.array(day, { minLength: 1, maxLength: 30 }), fc.integer({ min: 1, max: 3650 }), (days, window) => {
        const run = read({ customers: days.map((d, i) => `C${i},${d ?? ''}`).join('\n'), window });
        expectSoundReading(model, run);
        const gap = run.result.outputs.gap;
        if ('value' in gap && typeof gap.value === 'number') {
          expect(run.text.includes('above the median')).toBe(gap.value > 0);
          expect(run.text.includes('below the median')).toBe(gap.value < 0);
        }
      }),
    );
  });
});
