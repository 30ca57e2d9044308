import { describe, it, expect } from 'vitest';
import { QUESTIONS, SCALES } from './fixtures';
import { aggregateTeam, chapterSpreads, labelMembers, readPastedCodes, MAX_TEAM } from './team';
import { groupBySet } from './sets';
import { encodeResult } from './codec';
import type { Answers, Result } from './types';

const THREE = QUESTIONS.slice(0, 3);
const [Q1, Q2, Q3] = THREE.map((q) => q.id) as [string, string, string];
const person = (answers: Answers, name?: string): Result => ({ version: 1, created: '2025-03-31', answers, ...(name ? { name } : {}) });

describe('team view, worked by hand', () => {
  // Q1: all three say average → agreement.
  // Q2: poor, excellent, average → a split (spread 2), dissent 1 − 1/3, median average.
  // Q3: average, (missing), excellent → mixed (spread 1), dissent 1/2, lower median average.
  const team = labelMembers([
    person({ [Q1]: { level: 'average' }, [Q2]: { level: 'poor' }, [Q3]: { level: 'average' } }, 'Ana'),
    person({ [Q1]: { level: 'average' }, [Q2]: { level: 'excellent', note: 'We own upsells' } }, 'Ben'),
    person({ [Q1]: { level: 'average' }, [Q2]: { level: 'average' }, [Q3]: { level: 'excellent' } }),
  ]);
  const view = aggregateTeam(THREE, team);

  it('puts the split first, the mixed question next and the agreement last', () => {
    expect(view.questions.map((q) => [q.id, q.agreement, q.spread])).toEqual([
      [Q2, 'split', 2],
      [Q3, 'mixed', 1],
      [Q1, 'agree', 0],
    ]);
  });

  it('counts each level and the missing answer', () => {
    const [q2, q3, q1] = view.questions;
    expect(q1!.counts).toEqual({ poor: 0, average: 3, excellent: 0, missing: 0, exception: 0 });
    expect(q2!.counts).toEqual({ poor: 1, average: 1, excellent: 1, missing: 0, exception: 0 });
    expect(q3!.counts).toEqual({ poor: 0, average: 1, excellent: 1, missing: 1, exception: 0 });
    expect(q3!.answered).toBe(2);
    expect(q2!.dissent).toBeCloseTo(2 / 3, 10);
    expect(q3!.dissent).toBe(0.5);
    expect(q1!.dissent).toBe(0);
    expect([q1!.median, q2!.median, q3!.median]).toEqual(['average', 'average', 'average']);
    expect([q2!.lowest, q2!.highest]).toEqual(['poor', 'excellent']);
  });

  it('shows who said what, with notes, in member order', () => {
    expect(view.questions[0]!.answers).toEqual([
      { label: 'Ana', status: 'scored', level: 'poor' },
      { label: 'Ben', status: 'scored', level: 'excellent', note: 'We own upsells' },
      { label: 'Person 3', status: 'scored', level: 'average' },
    ]);
    expect(view.questions[1]!.answers[1]).toEqual({ label: 'Ben', status: 'unanswered' });
  });

  it('reads the team from the medians: 1 + 1 + 1 = 3 of 6, so 9 of 18, developing', () => {
    expect(view.reading).toMatchObject({ total: 3, max: 6, scaled: 9, band: { id: 'developing' }, provisional: false });
  });

  it('keeps each person’s own reading', () => {
    // Ana 2 of 6 → 6 (sidelines); Ben 3 of 4 → 13.5 → 14 (customer-centred, provisional); Person 3: 4 of 6 → 12.
    expect(view.people.map((p) => [p.label, p.reading.scaled, p.reading.band?.id, p.reading.provisional])).toEqual([
      ['Ana', 6, 'sidelines', false],
      ['Ben', 13.5, 'customer-centred', true],
      ['Person 3', 12, 'developing', false],
    ]);
  });
});

describe('team view, edge cases', () => {
  it('takes the lower median when a pair disagrees', () => {
    const view = aggregateTeam(THREE, labelMembers([person({ [Q1]: { level: 'poor' } }), person({ [Q1]: { level: 'excellent' } })]));
    const q1 = view.questions.find((q) => q.id === Q1)!;
    expect(q1).toMatchObject({ agreement: 'split', median: 'poor', dissent: 0.5 });
  });

  it('puts a question nobody answered last and marks the reading provisional', () => {
    const view = aggregateTeam(THREE, labelMembers([person({ [Q1]: { level: 'poor' }, [Q2]: { level: 'poor' } }), person({ [Q1]: { level: 'poor' }, [Q2]: { unsure: true } })]));
    expect(view.questions.map((q) => [q.id, q.agreement])).toEqual([
      [Q1, 'agree'],
      [Q2, 'agree'],
      [Q3, 'no-answers'],
    ]);
    expect(view.questions[2]!.counts.missing).toBe(2);
    expect(view.reading).toMatchObject({ total: 0, max: 4, provisional: true });
  });

  it('counts an exception in the spread and in the median: it excepts only the named accounts', () => {
    const view = aggregateTeam(THREE, labelMembers([person({ [Q2]: { level: 'poor', exception: true } }), person({ [Q2]: { level: 'excellent' } })]));
    const q2 = view.questions.find((q) => q.id === Q2)!;
    expect(q2).toMatchObject({ agreement: 'split', median: 'poor', counts: { poor: 1, excellent: 1, exception: 1, missing: 0 } });
    expect(q2.answers[0]).toMatchObject({ level: 'poor', exception: true });
  });

  it('gives an empty team no band', () => {
    const view = aggregateTeam(THREE, []);
    expect(view.members).toBe(0);
    expect(view.reading.band).toBeNull();
    expect(view.questions.every((q) => q.agreement === 'no-answers')).toBe(true);
  });

  it('makes repeated names unique', () => {
    expect(labelMembers([person({}, 'Sam'), person({}), person({}, 'Sam')]).map((m) => m.label)).toEqual(['Sam', 'Person 2', 'Sam (2)']);
  });
});

describe('pasting several codes', () => {
  const ana = encodeResult({ [Q1]: { level: 'excellent' } }, { name: 'Ana', created: '2025-01-31' });
  const ben = encodeResult({ [Q1]: { level: 'poor' } }, { created: '2025-01-31' });

  it('reads codes and links, names the bad ones and keeps the rest', () => {
    const report = readPastedCodes(`${ana}\nhttps://example.org/assessment/#r=${ben}, 1ABC.zz; <https://example.org/assessment/?r=${ana}>\nhello`);
    expect(report.accepted.map((e) => [e.position, e.result.name ?? null])).toEqual([
      [1, 'Ana'],
      [2, null],
      [4, 'Ana'],
    ]);
    expect(report.rejected.map((r) => [r.position, r.source])).toEqual([
      [3, '1ABC.zz'],
      [5, 'hello'],
    ]);
    expect(report.rejected[0]!.error).toMatch(/answers part/);
    expect(report.notices).toEqual(['Codes 1 and 4 are identical; both are counted. Remove one if the same person was pasted twice.']);
  });

  it('reads at most the cap and says how many were left out', () => {
    const report = readPastedCodes(Array(MAX_TEAM + 3).fill(ben).join(' '));
    expect(report.accepted).toHaveLength(MAX_TEAM);
    expect(report.rejected).toEqual([expect.objectContaining({ error: `Only the first ${MAX_TEAM} codes are read; 3 more were left out.` })]);
  });

  it('refuses a paste over the size cap', () => {
    expect(readPastedCodes('x'.repeat(1_000_001)).rejected[0]!.error).toMatch(/at most 1,000,000/);
  });
});

describe('the chapters’ scales in the team view', () => {
  const sets = groupBySet(SCALES).map((g) => ({ ...g, title: `Chapter ${g.set}` }));
  // Handoff: poor, excellent → a split. Sequence: average, average → agreement.
  // Destination: one "don't know" and one unanswered → shown, with no team level.
  // Renewals: nobody answered anything but a note → the chapter is left out.
  const team = labelMembers([
    person({ 'onboarding-handoff': { level: 'poor' }, 'onboarding-sequence': { level: 'average' }, 'onboarding-destination': { unsure: true }, [Q1]: { level: 'poor' } }, 'Ana'),
    person({ 'onboarding-handoff': { level: 'excellent', note: 'Checklist since May' }, 'onboarding-sequence': { level: 'average' }, 'renewals-and-churn-forecast': { note: 'ask Finance' }, [Q1]: { level: 'poor' } }, 'Ben'),
  ]);
  const chapters = chapterSpreads(sets, team);

  it('shows only the chapters and scales someone answered, splits first, by the framework’s rule', () => {
    expect(chapters.map((c) => [c.set, c.title])).toEqual([['onboarding', 'Chapter onboarding']]);
    expect(chapters[0]!.questions.map((q) => [q.id, q.position, q.agreement, q.spread, q.median ?? null])).toEqual([
      ['onboarding-handoff', 1, 'split', 2, 'poor'],
      ['onboarding-sequence', 3, 'agree', 0, 'average'],
      ['onboarding-destination', 2, 'no-answers', null, null],
    ]);
    expect(chapters[0]!.questions[0]!.answers).toEqual([
      { label: 'Ana', status: 'scored', level: 'poor' },
      { label: 'Ben', status: 'scored', level: 'excellent', note: 'Checklist since May' },
    ]);
  });

  it('leaves the team reading to the nine questions', () => {
    const framework = labelMembers(team.map((m) => ({ ...m.result, answers: { [Q1]: m.result.answers[Q1]! } })));
    expect(aggregateTeam(THREE, team).reading).toEqual(aggregateTeam(THREE, framework).reading);
    expect(aggregateTeam(THREE, team).questions.map((q) => q.id)).toEqual(aggregateTeam(THREE, framework).questions.map((q) => q.id));
  });

  it('reads chapter answers from version 2 codes and none from version 1 codes, pasted together', () => {
    const ana = encodeResult({ 'onboarding-handoff': { level: 'poor' }, [Q1]: { level: 'average' } }, { name: 'Ana', created: '2025-03-31' });
    const report = readPastedCodes(`${ana}\n1E7S212122221.eyJuIjoiQW5hIn0.fJ`);
    expect(report.rejected).toEqual([]);
    const members = labelMembers(report.accepted.map((a) => a.result));
    expect(members.map((m) => m.label)).toEqual(['Ana', 'Ana (2)']);
    const [onboarding] = chapterSpreads(sets, members);
    expect(onboarding!.questions.map((q) => [q.id, q.counts])).toEqual([['onboarding-handoff', { poor: 1, average: 0, excellent: 0, missing: 1, exception: 0 }]]);
    expect(aggregateTeam(THREE, members).questions.find((q) => q.id === Q1)!.counts).toMatchObject({ average: 2 });
  });

  it('shows nothing for a team without chapter answers, or without members', () => {
    expect(chapterSpreads(sets, labelMembers([person({ [Q1]: { level: 'poor' } })]))).toEqual([]);
    expect(chapterSpreads(sets, [])).toEqual([]);
  });
});
