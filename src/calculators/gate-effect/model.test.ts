import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import type { OutputValue } from '../contract';
import { computeWith, defaultsOf } from '../testing';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const n = (o: OutputValue | undefined) => (o as { value: number }).value;

describe('gate-effect model', () => {
  it('shows +8 points for 104% after the gate against 96% before, with a line for the CRO', () => {
    const { outputs, notes } = compute();
    expect(n(outputs.uplift)).toBe(8);
    expect(outputs.reading).toEqual({ value: 'improved', label: 'Better since the gate' });
    expect(notes).toHaveLength(1);
    expect(notes[0]!.text).toContain('at 104% NRR, against 96% for the 20 signed before it, a gain of 8 points across 15 accounts');
  });

  it('cautions when either group is under ten accounts', () => {
    expect(compute({ 'accounts-after': 6 }).notes[0]).toMatchObject({ level: 'warning', text: expect.stringContaining('fewer than 10 accounts') });
  });

  it('says the gate has not shown an effect yet when NRR fell or stood still', () => {
    expect(compute({ 'nrr-after': 93 }).outputs.reading).toEqual({ value: 'worse', label: 'Worse since the gate' });
    expect(compute({ 'nrr-after': 96 }).notes.some((x) => x.text.startsWith('The gate has not shown an effect yet'))).toBe(true);
  });

  it('warns with fewer than six months of data', () => {
    expect(compute({ months: 4 }).notes[0]!.text).toContain('Only 4 months of data');
  });

  it('explains why an empty group cannot be compared', () => {
    expect(compute({ 'accounts-before': 0 }).outputs.uplift).toHaveProperty('unavailable');
  });

  it('reports the uplift as after minus before, to one decimal', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 3000 }), (a, b) => {
        expect(n(compute({ 'nrr-before': a / 10, 'nrr-after': b / 10 }).outputs.uplift)).toBeCloseTo((b - a) / 10, 9);
      }),
    );
  });
});
