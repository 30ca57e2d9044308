import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n, computeWith, defaultsOf, kw } from '../testing';
import type { Inputs, OutputValue } from '../contract';
import { checkReading } from '../testing-reading';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const ceoWarning = (notes: { text: string }[]) => notes.some((x) => x.text.includes('36 months'));

// What a reader can type: amounts to the cent, percentages to two decimals.
const money = fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 1e11 }).map((c) => c / 100));
const valid = fc.record({
  stage: fc.constantFrom('early', 'growth', 'mature'),
  investment: money,
  benefit: money,
  margin: fc.oneof(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 10000 }).map((x) => x / 100)),
});

describe('cs-payback model', () => {
  it('pays $600,000 a year back in 15 months from $40,000 a month, inside the growth-stage range', () => {
    const { outputs, notes } = compute();
    expect(n(outputs.payback)).toBe(15);
    expect(outputs.band).toEqual({ value: '12-18', label: '12 to 18 months' });
    expect(kw(outputs.verdict)).toBe('inside');
    expect(notes.map((x) => x.level)).toEqual(['info']);
  });

  it('labels the book’s simplification in a note', () => {
    expect(compute().notes[0]!.text).toContain('simplification');
  });

  it('shows each stage’s usual range', () => {
    expect(compute({ stage: 'early' }).outputs.band).toEqual({ value: '6-12', label: '6 to 12 months' });
    expect(compute({ stage: 'mature' }).outputs.band).toEqual({ value: '18-36', label: '18 to 36 months' });
  });

  it('calls 15 months slower than usual for an early-stage team and faster than usual for a mature one', () => {
    expect(kw(compute({ stage: 'early' }).outputs.verdict)).toBe('slower');
    expect(kw(compute({ stage: 'mature' }).outputs.verdict)).toBe('faster');
  });

  it('counts both ends of a range as inside it', () => {
    expect(kw(compute({ investment: 480000 }).outputs.verdict)).toBe('inside');
    expect(kw(compute({ investment: 720000 }).outputs.verdict)).toBe('inside');
    expect(kw(compute({ investment: 720001 }).outputs.verdict)).toBe('slower');
  });

  it('applies the margin to the benefit', () => {
    const { outputs } = compute({ margin: 75 });
    expect(n(outputs.payback)).toBe(20);
    expect(kw(outputs.verdict)).toBe('slower');
  });

  it('raises the CEO diagnostic only beyond 36 months', () => {
    expect(ceoWarning(compute({ investment: 1_440_000 }).notes)).toBe(false);
    const beyond = compute({ stage: 'mature', investment: 1_440_040 });
    expect(n(beyond.outputs.payback)).toBeGreaterThan(36);
    expect(kw(beyond.outputs.verdict)).toBe('slower');
    expect(ceoWarning(beyond.notes)).toBe(true);
    expect(beyond.notes.find((x) => x.level === 'warning')!.text).toMatch(/wrong function/);
  });

  it('says there is no payback when the benefit or the margin is zero', () => {
    for (const over of [{ benefit: 0 }, { margin: 0 }, { benefit: 0, investment: 0 }] as Inputs[]) {
      const { outputs } = compute(over);
      expect(outputs.payback).toEqual({ unavailable: 'No payback: the benefit is zero.' });
      expect(kw(outputs.verdict)).toBe('none');
      expect(outputs.band).toHaveProperty('label');
    }
  });

  it('gives an instant payback with a warning when no investment is entered', () => {
    const { outputs, notes } = compute({ investment: 0 });
    expect(n(outputs.payback)).toBe(0);
    expect(kw(outputs.verdict)).toBe('faster');
    expect(notes.some((x) => x.level === 'warning' && x.text.includes('no investment'))).toBe(true);
  });

  it('gives a finite payback or a reason, and a verdict, for every valid input', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const { outputs } = model.compute(i);
        const p = outputs.payback!;
        if (i.benefit * i.margin === 0) expect(kw(outputs.verdict)).toBe('none');
        else expect(['faster', 'inside', 'slower']).toContain(kw(outputs.verdict));
        if ('value' in p) expect(Number.isFinite(p.value)).toBe(true);
      }),
    );
  });

  it('recovers the investment: payback × monthly benefit × margin equals the yearly investment', () => {
    fc.assert(
      fc.property(valid, (i) => {
        const p = model.compute(i).outputs.payback!;
        fc.pre('value' in p);
        const back = n(p) * i.benefit * (i.margin / 100);
        expect(Math.abs(back - i.investment)).toBeLessThanOrEqual(1e-9 * Math.max(1, i.investment));
      }),
    );
  });

  it('never lengthens payback when the monthly benefit grows', () => {
    fc.assert(
      fc.property(valid, money, (i, extra) => {
        const a = model.compute(i).outputs.payback!;
        const b = model.compute({ ...i, benefit: i.benefit + extra }).outputs.payback!;
        fc.pre('value' in a && 'value' in b);
        expect(n(b)).toBeLessThanOrEqual(n(a) * (1 + 1e-12));
      }),
    );
  });

  describe('reading', () => {
    it('counts the example at a reader’s 78% margin as profit, and says what would bring it inside the range', () => {
      expect(checkReading(model, { ...defaults, margin: 78 }).text).toBe(
        'A year of CS at $600,000 against $31,200 a month of gross profit pays back in 19.2 months, slower than the 12 to 18 months usual for a growth-stage company. To pay back within 18 months, it would need to bring in $33,333 a month of gross profit.',
      );
    });

    it('reads the same 15 months as slow for an early-stage company and quick for a mature one', () => {
      expect(checkReading(model, { ...defaults, stage: 'early' }).text).toContain('pays back in 15 months, slower than the 6 to 12 months usual for an early-stage company');
      expect(checkReading(model, { ...defaults, stage: 'mature' }).text).toContain('pays back in 15 months, faster than the 18 to 36 months usual for a mature company.');
    });

    it('explains a zero benefit and a zero investment', () => {
      expect(checkReading(model, { ...defaults, benefit: 0 }).text).toContain('CS never pays back on this measure');
      expect(checkReading(model, { ...defaults, investment: 0 }).text).toContain('proves nothing');
    });

    it('uses the verdict’s words and never a broken number, for any valid input', () => {
      fc.assert(
        fc.property(valid, (i) => {
          const { text, result } = checkReading(model, i);
          const v = kw(result.outputs.verdict);
          if (i.investment === 0 || v === 'none') return;
          expect(text).toContain(v === 'faster' ? ', faster than the' : v === 'slower' ? ', slower than the' : ', inside the');
        }),
      );
    });
  });
});
