import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { QUESTIONS, SCALES } from './fixtures';
import { answeredOnly, groupBySet } from './sets';
import { BANDS, actionList, bandFor, movement, nextLevel, overallReading, scoreQuestions, weakestFirst } from './scoring';
import { LEVELS, type Answer, type Answers, type Level } from './types';

/** Answers from a string of p / a / e / u (don't know) / x (exception on average) / - (unanswered), one per question. */
const from = (pattern: string): Answers => {
  const map: Record<string, Answers[string]> = { p: { level: 'poor' }, a: { level: 'average' }, e: { level: 'excellent' }, u: { unsure: true }, x: { level: 'average', exception: true } };
  return Object.fromEntries([...pattern].flatMap((c, i) => (map[c] ? [[QUESTIONS[i]!.id, map[c]]] : [])));
};

describe('overall reading', () => {
  it('scores poor 0, average 1, excellent 2 and bands 0–6, 7–12, 13–18', () => {
    expect(overallReading(QUESTIONS, from('ppppppppp'))).toMatchObject({ total: 0, max: 18, scaled: 0, band: { id: 'sidelines' }, provisional: false });
    expect(overallReading(QUESTIONS, from('eeeeeeeee'))).toMatchObject({ total: 18, band: { id: 'customer-centred' } });
    // 2 + 1 + 0 + 1 + 1 + 0 + 2 + 1 + 2 = 10
    expect(overallReading(QUESTIONS, from('eapaapeae'))).toMatchObject({ total: 10, max: 18, band: { id: 'developing', label: 'Developing' } });
  });

  it('puts each band edge in the right band', () => {
    expect([0, 6, 7, 12, 13, 18].map((t) => bandFor(t).id)).toEqual(['sidelines', 'sidelines', 'developing', 'developing', 'customer-centred', 'customer-centred']);
    expect(overallReading(QUESTIONS, from('aaaaaappp')).band?.id).toBe('sidelines'); // 6
    expect(overallReading(QUESTIONS, from('aaaaaaapp')).band?.id).toBe('developing'); // 7
    expect(overallReading(QUESTIONS, from('eeeaaaaaa')).band?.id).toBe('developing'); // 12
    expect(overallReading(QUESTIONS, from('eeeeaaaaa')).band?.id).toBe('customer-centred'); // 13
  });

  it('never scores an unanswered or unsure question as poor, and scales the rest', () => {
    // Seven scored: 2+2+2+1+1+1+1 = 10 of 14, so 10 / 14 × 18 = 12.86, which rounds to 13.
    const reading = overallReading(QUESTIONS, from('eeeaaaa-u'));
    expect(reading).toMatchObject({ total: 10, max: 14, provisional: true, band: { id: 'customer-centred' } });
    expect(reading.scaled).toBeCloseTo(12.857, 3);
    expect(reading.counts).toEqual({ poor: 0, average: 4, excellent: 3, unanswered: 1, unsure: 1, exception: 0 });
  });

  it('scores the rest of the base when the exception excepts the named accounts', () => {
    // Seed 004's exception takes only the largest long-cycle accounts out: the average chosen
    // for everyone else still counts, so 1 point of 18 and nothing provisional.
    const reading = overallReading(QUESTIONS, from('pxppppppp'));
    expect(reading).toMatchObject({ total: 1, max: 18, provisional: false, counts: { exception: 1, poor: 8, average: 1 } });
    expect(overallReading(QUESTIONS, from('pxppppppp')).total).toBe(overallReading(QUESTIONS, from('pappppppp')).total);
  });

  it('scores an exception exactly as the same level without it, whatever the other answers', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('p', 'a', 'e', 'u', '-'), { minLength: 9, maxLength: 9 }), fc.constantFrom(...LEVELS), (cells, level) => {
        const plain = from(cells.join(''));
        const q2 = QUESTIONS[1]!.id;
        const withException = { ...plain, [q2]: { level, exception: true } };
        const without = { ...plain, [q2]: { level } };
        const a = overallReading(QUESTIONS, withException);
        const b = overallReading(QUESTIONS, without);
        expect({ ...a, counts: { ...a.counts, exception: 0 } }).toEqual(b);
        expect(a.counts.exception).toBe(1);
      }),
    );
  });

  it('does not score an exception ticked without a level', () => {
    const reading = overallReading(QUESTIONS, { [QUESTIONS[1]!.id]: { exception: true } });
    expect(reading).toMatchObject({ total: 0, max: 0, band: null, counts: { unanswered: 9, exception: 0 } });
  });

  it('gives no band when nothing is answered', () => {
    expect(overallReading(QUESTIONS, {})).toMatchObject({ total: 0, max: 0, scaled: null, band: null, provisional: true });
  });

  it('ignores answers to questions it was not given', () => {
    expect(overallReading(QUESTIONS, { 'q99-old': { level: 'excellent' }, ...from('p') }).total).toBe(0);
  });

  it('always lands in exactly one band', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('p', 'a', 'e', 'u', 'x', '-'), { minLength: 9, maxLength: 9 }), (cells) => {
        const r = overallReading(QUESTIONS, from(cells.join('')));
        if (r.scaled === null) return;
        expect(BANDS.filter((b) => r.band === b)).toHaveLength(1);
        expect(r.total).toBeLessThanOrEqual(r.max);
      }),
    );
  });
});

describe('weakest first', () => {
  it('orders by points, ties in question order, then unknowns; an exception sits by its level', () => {
    const order = weakestFirst(scoreQuestions(QUESTIONS, from('ex-paupea'))).map((s) => `${s.order}:${s.status === 'scored' ? s.level : s.status}${s.exception ? '*' : ''}`);
    expect(order).toEqual(['4:poor', '7:poor', '2:average*', '5:average', '9:average', '1:excellent', '8:excellent', '3:unanswered', '6:unsure']);
  });
});

describe('action list', () => {
  it('lists gaps biggest first, then targets on questions not yet known', () => {
    const targets: Record<string, Level> = {
      'q1-leader-seat': 'excellent', // average → excellent: 1
      'q2-commercial-ownership': 'excellent', // exception on average: the rest of the base still has a rung to climb
      'q3-shared-goals': 'average', // unanswered: find out
      'q4-cost-to-retain': 'excellent', // poor → excellent: 2
      'q5-health-score': 'average', // already average: left out
      'q7-value': 'average', // poor → average: 1
    };
    const items = actionList(QUESTIONS, from('ax-papp'), targets);
    expect(items.map((i) => [i.id, i.current, i.target, i.gap])).toEqual([
      ['q4-cost-to-retain', 'poor', 'excellent', 2],
      ['q1-leader-seat', 'average', 'excellent', 1],
      ['q2-commercial-ownership', 'average', 'excellent', 1],
      ['q7-value', 'poor', 'average', 1],
      ['q3-shared-goals', null, 'average', null],
    ]);
    expect(items[0]).toMatchObject({ chapter: 'economics', dimension: 'Funding and capacity' });
  });

  it('is empty without targets', () => {
    expect(actionList(QUESTIONS, from('ppppppppp'), {})).toEqual([]);
  });
});

describe('movement between assessments', () => {
  it('counts rungs moved and leaves unknowns open', () => {
    const changes = movement(QUESTIONS, from('pa-e'), from('ep-e'));
    expect(changes.slice(0, 4).map((c) => c.change)).toEqual([2, -1, null, 0]);
  });
});

describe('levels', () => {
  it('steps up one rung at a time', () => {
    expect(LEVELS.map(nextLevel)).toEqual(['average', 'excellent', undefined]);
  });
});

describe('the chapters’ scales beside the framework', () => {
  const [onboarding, renewals] = groupBySet(SCALES).map((g) => g.scales);
  const answer: fc.Arbitrary<Answer> = fc.record({ level: fc.constantFrom(...LEVELS), unsure: fc.boolean(), exception: fc.boolean(), note: fc.string({ maxLength: 5 }) }, { requiredKeys: [] });

  it('never changes the nine-question reading, whatever the scales say', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('p', 'a', 'e', 'u', 'x', '-'), { minLength: 9, maxLength: 9 }), fc.dictionary(fc.constantFrom(...SCALES.map((q) => q.id)), answer), (cells, chapter) => {
        const framework = from(cells.join(''));
        expect(overallReading(QUESTIONS, { ...framework, ...chapter })).toEqual(overallReading(QUESTIONS, framework));
      }),
    );
  });

  it('lists a chapter’s answered scales weakest first, then those marked "don’t know", numbered within the chapter', () => {
    const answers: Answers = {
      'onboarding-handoff': { level: 'excellent' },
      'onboarding-destination': { unsure: true },
      'onboarding-sequence': { level: 'poor', note: 'Kick-off slips' },
      'renewals-and-churn-forecast': { level: 'average' },
      'q1-leader-seat': { level: 'poor' },
    };
    const scores = scoreQuestions(answeredOnly(onboarding!, answers), answers);
    expect(weakestFirst(scores).map((s) => [s.position, s.id, s.status, s.level ?? null])).toEqual([
      [3, 'onboarding-sequence', 'scored', 'poor'],
      [1, 'onboarding-handoff', 'scored', 'excellent'],
      [2, 'onboarding-destination', 'unsure', null],
    ]);
    expect(scores.every((s) => s.set === 'onboarding' && s.chapter === 'onboarding')).toBe(true);
    expect(overallReading(scores, answers).counts).toMatchObject({ poor: 1, excellent: 1, unsure: 1, unanswered: 0 });
    // A chapter nobody has scored has nothing to show.
    expect(answeredOnly(renewals!, { 'renewals-and-churn-forensics': { note: 'to do' } })).toEqual([]);
  });

  it('lists actions on answered scales by gap, each with its chapter, apart from the framework’s', () => {
    const answers: Answers = { 'onboarding-handoff': { level: 'poor' }, 'renewals-and-churn-forecast': { level: 'average' }, 'onboarding-destination': { unsure: true } };
    const targets: Record<string, Level> = { 'onboarding-handoff': 'average', 'renewals-and-churn-forecast': 'excellent', 'onboarding-destination': 'excellent', 'renewals-and-churn-forensics': 'excellent', 'q1-leader-seat': 'excellent' };
    const scales = answeredOnly(groupBySet(SCALES).flatMap((g) => g.scales), answers);
    const items = actionList(scales, answers, targets);
    expect(items.map((i) => [i.id, i.current, i.target, i.gap, i.chapter])).toEqual([
      ['onboarding-handoff', 'poor', 'average', 1, 'onboarding'],
      ['renewals-and-churn-forecast', 'average', 'excellent', 1, 'renewals-and-churn'],
      ['onboarding-destination', null, 'excellent', null, 'onboarding'],
    ]);
    // The framework's list is untouched by targets on scales.
    expect(actionList(QUESTIONS, answers, targets).map((i) => i.id)).toEqual(['q1-leader-seat']);
  });
});
