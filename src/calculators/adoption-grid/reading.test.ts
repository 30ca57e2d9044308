import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { expectSoundReading, readingFor } from '../testing-reading';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over });

describe('adoption-grid reading', () => {
  it('reads an account short on depth and says how many workflows would make it deep', () => {
    const run = read({ 'active-users': 40, 'potential-users': 50, 'features-used': 2, 'features-relevant': 10 })!;
    expectSoundReading(model, run);
    expect(run.text).toBe(
      '40 of 50 users are active, a breadth of 80%, and 2 of 10 relevant workflows are in use, a depth of 20%. The account sits at wide but shallow: many people, few features. At your cut-off of 50% it would count as deep with 3 more workflows in use.',
    );
  });

  it('names both gaps, or none', () => {
    expect(read({ 'active-users': 1, 'features-used': 1 })!.text).toContain('it would count as wide with 99 more active users, and as deep with 5 more workflows in use.');
    expect(read({ 'features-used': 12 })!.text).toContain('Both measures clear your cut-off of 50%.');
    expect(read({ 'active-users': 0, 'potential-users': 1, 'features-used': 12, threshold: 100 })!.text).toContain('wide with 1 more active user.');
  });

  it('is sound for every account, and the extra users or workflows it names are exactly what reaches the cut-off', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }), fc.integer({ min: 1, max: 300 }), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 100 }), (potential, relevant, a, f, threshold) => {
        const active = a % (potential + 1);
        const used = f % (relevant + 1);
        const run = read({ 'active-users': active, 'potential-users': potential, 'features-used': used, 'features-relevant': relevant, threshold })!;
        expectSoundReading(model, run);
        const more = Number(run.text.match(/wide with ([\d,]+) more/)?.[1]?.replace(/,/g, '') ?? 0);
        const wide = (k: number) => (k / potential) * 100 >= threshold;
        expect(wide(active)).toBe(more === 0);
        if (more) expect([wide(active + more), wide(active + more - 1)]).toEqual([true, false]);
      }),
    );
  });
});
