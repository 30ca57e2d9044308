import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { QUESTIONS, SCALES } from './fixtures';
import { answeredOnly, groupBySet } from './sets';

describe('grouping the chapters’ scales', () => {
  it('groups by chapter in book order, scales in order, each numbered within its chapter', () => {
    const groups = groupBySet(SCALES);
    expect(groups.map((g) => [g.set, g.scales.map((q) => [q.id, q.position])])).toEqual([
      [
        'onboarding',
        [
          ['onboarding-handoff', 1],
          ['onboarding-destination', 2],
          ['onboarding-sequence', 3],
        ],
      ],
      [
        'renewals-and-churn',
        [
          ['renewals-and-churn-forecast', 1],
          ['renewals-and-churn-forensics', 2],
        ],
      ],
    ]);
  });

  it('leaves the framework questions out and ignores the order it is given', () => {
    const expected = groupBySet(SCALES);
    fc.assert(
      fc.property(fc.shuffledSubarray([...SCALES, ...QUESTIONS], { minLength: SCALES.length + QUESTIONS.length }), (mixed) => {
        expect(groupBySet(mixed)).toEqual(expected);
      }),
    );
    expect(groupBySet(QUESTIONS)).toEqual([]);
  });

  it('never changes the scales it is given', () => {
    const copy = structuredClone(SCALES);
    groupBySet(SCALES);
    expect(SCALES).toEqual(copy);
  });
});

describe('answered scales', () => {
  it('counts a level or "don’t know" as answered, a note alone as not', () => {
    const answers = { 'onboarding-handoff': { level: 'poor' as const }, 'onboarding-sequence': { unsure: true }, 'onboarding-destination': { note: 'ask Sam' } };
    expect(answeredOnly(SCALES, answers).map((q) => q.id)).toEqual(['onboarding-handoff', 'onboarding-sequence']);
    expect(answeredOnly(SCALES, {})).toEqual([]);
  });
});
