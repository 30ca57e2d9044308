import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model, { parseCohorts } from './model';
import { n } from '../testing';
import type { Inputs, OutputValue } from '../contract';
import { checkReading } from '../testing-reading';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const compute = (over: Inputs = {}) => model.compute({ ...defaults, ...over });
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o.value : undefined);

// Random cohort tables as a reader might paste them: oldest first, each a run of falling
// retention figures, newer cohorts with fewer periods, figures to one decimal place.
const table = fc
  .array(
    fc.record({
      start: fc.oneof(fc.integer({ min: 1, max: 1e9 }), fc.integer({ min: 1, max: 1e8 }).map((c) => c / 100)),
      drops: fc.array(fc.integer({ min: 0, max: 300 }), { maxLength: 8 }),
    }),
    { minLength: 0, maxLength: 8 },
  )
  .map((rows) =>
    rows
      .map(({ start, drops }, i) => {
        let kept = 1000;
        const figures = drops.map((d) => ((kept = Math.max(0, kept - d)), kept / 10));
        return [`C${i + 1}`, start, ...figures].join(',');
      })
      .join('\n'),
  );
const tolerance = fc.oneof(fc.constantFrom(0, 3, 100), fc.integer({ min: 0, max: 10000 }).map((x) => x / 100));

describe('cohort-retention model', () => {
  it('reads the chapter’s four cohorts: 95% oldest, 85% newest, 90% together, and 2023 falling 7.5 points behind', () => {
    const { outputs, notes } = compute();
    expect(n(outputs.cohorts)).toBe(4);
    expect(n(outputs['oldest-first'])).toBe(95);
    expect(n(outputs['newest-first'])).toBe(85);
    expect(n(outputs['first-period'])).toBe(90);
    // 2023 at year 2: 80% against the average of 90% (2021) and 85% (2022).
    expect(n(outputs.shortfall)).toBe(7.5);
    expect(outputs.verdict).toEqual({ value: 'behind', label: 'A newer cohort is falling behind' });
    expect(notes).toEqual([]);
  });

  it('takes period names from a header row and numbers them without one', () => {
    expect(parseCohorts(defaults.cohorts as string).periods).toEqual(['Year 1', 'Year 2', 'Year 3']);
    const bare = parseCohorts('Q1,1000,90,85\nQ2,1000,88');
    expect(bare.periods).toEqual(['Period 1', 'Period 2']);
    expect(bare.cohorts.map((c) => c.kept)).toEqual([[90, 85], [88]]);
  });

  it('weights the first period by starting ARR', () => {
    // $3M at 95% and $1M at 85%: (2.85 + 0.85) ÷ 4 = 92.5%.
    expect(n(compute({ cohorts: 'A,3000000,95\nB,1000000,85' }).outputs['first-period'])).toBe(92.5);
  });

  it('counts a shortfall equal to the tolerance as keeping pace, and anything more as falling behind', () => {
    const cohorts = 'A,100,95\nB,100,92';
    expect(kw(compute({ cohorts, tolerance: 3 }).outputs.verdict)).toBe('keeping-pace');
    expect(kw(compute({ cohorts, tolerance: 2.99 }).outputs.verdict)).toBe('behind');
    expect(checkReading(model, { ...defaults, cohorts, tolerance: 3 }).text).toContain('No cohort runs more than 3 points below the cohorts before it at the same age; the widest shortfall is 3 points, at period 1.');
  });

  it('leaves out rows it cannot read, naming each, and flags retention that rises', () => {
    const { cohorts, notes } = parseCohorts(['Cohort,ARR,Y1,Y2', 'A,lots,90', 'B,100,120', 'C,100,90,,80', 'D,100,90,abc', 'E,100,85,88', 'F,0,90'].join('\n'));
    expect(cohorts.map((c) => c.label)).toEqual(['E']);
    expect(notes.map((x) => x.text)).toEqual([
      'Row 2: the starting revenue must be a number above zero; the row was left out.',
      'Row 3: gross retention must be between 0% and 100%; the row was left out.',
      'Row 4: period 2 is blank with later periods filled; the row was left out.',
      'Row 5: “abc” in period 2 is not a percentage; the row was left out.',
      'Row 6: retention rises in period 2, which gross retention cannot do: check the figures.',
      'Row 7: the starting revenue must be a number above zero; the row was left out.',
    ]);
  });

  it('reads spreadsheet pastes, semicolons and quoted amounts with thousands separators', () => {
    expect(parseCohorts('2023\t$2,000,000\t88%\t80%\n2024\t$2,000,000\t85%').cohorts).toEqual([
      { label: '2023', start: 2_000_000, kept: [88, 80] },
      { label: '2024', start: 2_000_000, kept: [85] },
    ]);
    expect(parseCohorts('Cohort;ARR;Y1\n2024;1000;85').cohorts).toEqual([{ label: '2024', start: 1000, kept: [85] }]);
    expect(parseCohorts('2023,"2,000,000",88\n\n2024,"1,500,000","85"').cohorts).toEqual([
      { label: '2023', start: 2_000_000, kept: [88] },
      { label: '2024', start: 1_500_000, kept: [85] },
    ]);
    expect(parseCohorts('2023,"2,000,000",88\n\n2024,x,85').notes[0]!.text).toMatch(/^Row 3: /);
  });

  it('keeps cohorts apart that share a name, and accepts percentages with a sign', () => {
    const { cohorts } = parseCohorts('2024,100,90%\n2024,100,"85 %"');
    expect(cohorts.map((c) => c.label)).toEqual(['2024', '2024 (row 2)']);
    expect(cohorts.map((c) => c.kept[0])).toEqual([90, 85]);
  });

  it('explains what is missing for an empty table or a single cohort', () => {
    const empty = compute({ cohorts: '' }).outputs;
    expect(n(empty.cohorts)).toBe(0);
    expect('unavailable' in empty['first-period']!).toBe(true);
    expect(kw(empty.verdict)).toBe('unknown');
    expect(checkReading(model, { ...defaults, cohorts: 'Q1,1000,90,80' }).text).toBe(
      'The one cohort, Q1, kept 90% of its starting revenue in its first period. List at least two cohorts with a period in common to compare them at the same age.',
    );
  });

  it('reads the example with a wider tolerance as keeping pace', () => {
    expect(checkReading(model, { ...defaults, tolerance: 10 }).text).toBe(
      'Weighted by starting revenue, the cohorts kept 90% of their revenue in their first period: the oldest, 2021, kept 95% and the newest, 2024, 85%. No cohort runs more than 10 points below the cohorts before it at the same age; the widest shortfall is 7.5 points, at year 2.',
    );
    expect(checkReading(model, defaults).text).toContain('2023 runs 7.5 points below the cohorts before it at year 2, more than the 3 points allowed');
  });

  it('gives finite figures within range and a reading that matches its verdict, for any table', () => {
    fc.assert(
      fc.property(table, tolerance, (cohorts, tol) => {
        const inputs = { cohorts, tolerance: tol } as Inputs;
        const { text, result } = checkReading(model, inputs);
        const o = result.outputs;
        for (const id of ['oldest-first', 'newest-first', 'first-period']) {
          if (!('value' in o[id]!)) continue;
          expect(n(o[id])).toBeGreaterThanOrEqual(0);
          expect(n(o[id])).toBeLessThanOrEqual(100 + 1e-9);
        }
        const verdict = kw(o.verdict);
        if (verdict === 'behind') {
          expect(n(o.shortfall)).toBeGreaterThan(tol);
          expect(text).toMatch(/ runs [\d.]+ points? below/);
        }
        if (verdict === 'keeping-pace') expect(text).toMatch(/No cohort runs more than|Every cohort retains at least as well/);
        if (verdict === 'unknown') expect('unavailable' in o.shortfall!).toBe(true);
      }),
    );
  });
});
