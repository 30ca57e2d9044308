import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import type { Inputs, OutputValue } from '../contract';
import { expectSoundReading, readingOf } from '../testing-reading';
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

  it('reads the book’s cohorts as a finding: twenty and fifteen accounts, six months on', () => {
    expect(readingOf(model, defaults).text).toBe(
      'Accounts signed since the gate stand 8 points of NRR above those signed before it. With at least 10 accounts in each group and six months of data or more, it is a finding you can take to the CRO.',
    );
  });

  it('calls small groups an early signal, and says when the gate has not helped', () => {
    expect(readingOf(model, { ...defaults, 'accounts-after': 8 }).text).toContain('With fewer than 10 accounts in a group, treat it as an early signal, not a finding.');
    const worse = readingOf(model, { ...defaults, 'nrr-after': 93.5, months: 4, 'accounts-before': 30, 'accounts-after': 25 }).text;
    expect(worse).toBe('Accounts signed since the gate stand 2.5 points of NRR below those signed before it: the gate has not helped yet. With only 4 months of data, treat it as an early signal, not a finding.');
  });

  it('never shows a broken figure, and its direction agrees with the change', () => {
    fc.assert(
      fc.property(
        fc.record({ 'nrr-before': fc.integer({ min: 0, max: 300 }), 'nrr-after': fc.integer({ min: 0, max: 300 }), 'accounts-before': fc.integer({ min: 0, max: 50 }), 'accounts-after': fc.integer({ min: 0, max: 50 }), months: fc.integer({ min: 0, max: 60 }) }),
        (i) => {
          const read = expectSoundReading(model, i);
          if (!i['accounts-before'] || !i['accounts-after']) return;
          expect(read.text.includes(' above those signed before')).toBe(i['nrr-after'] > i['nrr-before']);
          expect(read.text.includes(' below those signed before')).toBe(i['nrr-after'] < i['nrr-before']);
        },
      ),
    );
  });
});
