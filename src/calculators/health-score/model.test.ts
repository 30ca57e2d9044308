import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, kw, n, textsFor } from '../testing';
import { evaluate } from '../inputs';
import type { Inputs } from '../contract';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const texts = textsFor(model);

const signal = fc.integer({ min: 0, max: 10000 }).map((x) => x / 100);
const weight = fc.integer({ min: 0, max: 100 });
const ranks = ['red', 'yellow', 'green'];

describe('health-score model', () => {
  it('scores the book example (80, 55, 40 at the 34/33/33 placeholders) as 59, yellow', () => {
    // (80 × 34 + 55 × 33 + 40 × 33) ÷ 100 = 58.55, which rounds to 59.
    const { outputs, notes } = compute();
    expect(n(outputs.score)).toBe(59);
    expect(outputs.status).toEqual({ value: 'yellow', label: 'Yellow: at risk' });
    expect(kw(outputs.response)).toBe('investigate');
    expect(notes).toEqual([{ level: 'info', text: expect.stringContaining('placeholders') }]);
  });

  it('gives each status the response the chapter assigns to it', () => {
    expect(kw(compute({ usage: 90, sentiment: 90, relationship: 90 }).outputs.response)).toBe('maintain');
    expect(kw(compute({ usage: 10, sentiment: 10, relationship: 10 }).outputs.response)).toBe('escalate');
    const red = compute({ usage: 10, sentiment: 10, relationship: 10 }).outputs.response;
    expect(red && 'label' in red && red.label).toMatch(/leadership/);
  });

  it.each([
    // usage, sentiment (weights 50/50/0): the rounded score decides the status
    [70, 70, 70, 'green'],
    [70, 69, 70, 'green'], // 69.5 rounds up to 70
    [70, 68.9, 69, 'yellow'], // 69.45 rounds to 69
    [40, 39, 40, 'yellow'], // 39.5 rounds to 40
    [40, 38.9, 39, 'red'],
  ])('compares the rounded score with the cut-offs: %s and %s give %s, %s', (usage, sentiment, score, status) => {
    const { outputs } = compute({ usage, sentiment, 'usage-weight': 50, 'sentiment-weight': 50, 'relationship-weight': 0 });
    expect(n(outputs.score)).toBe(score);
    expect(kw(outputs.status)).toBe(status);
  });

  it('blocks weights that do not total 100 and offers the normalised set at the relationship weight', () => {
    const e = evaluate(model, texts({ 'relationship-weight': '23' }));
    expect(e.result).toBeUndefined();
    // 34, 33, 23 out of 90 → 37.8, 36.7, 25.6 → 38, 37, 25
    expect(e.errors['relationship-weight']).toBe(
      'The three weights add up to 90%, not 100%. Keeping their proportions gives usage 38%, sentiment 37% and relationship 25%.',
    );
    expect(model.repair!(e.values)).toEqual({ label: 'Use 38%, 37% and 25%', texts: { 'usage-weight': '38', 'sentiment-weight': '37', 'relationship-weight': '25' } });
    const zero = evaluate(model, texts({ 'usage-weight': '0', 'sentiment-weight': '0', 'relationship-weight': '0' }));
    expect(zero.errors['relationship-weight']).toMatch(/above zero/);
    expect(model.repair!(zero.values)).toBeUndefined();
  });

  it('refuses a negative weight and a signal outside 0 to 100 at the field', () => {
    expect(evaluate(model, texts({ 'usage-weight': '-5' })).errors['usage-weight']).toBe('Usage weight must be between 0% and 100%.');
    expect(evaluate(model, texts({ usage: '120' })).errors.usage).toBe('Usage score must be between 0 and 100.');
  });

  it('refuses cut-offs out of order with a message at the yellow cut-off', () => {
    expect(evaluate(model, texts({ yellow: '70' })).errors).toEqual({ yellow: expect.stringContaining('below the green') });
    expect(evaluate(model, texts({ yellow: '80', green: '60' })).errors).toHaveProperty('yellow');
    expect(evaluate(model, texts({ yellow: '69' })).result).toBeDefined();
  });

  it('re-weights usage and relationship when sentiment is blank and flags low confidence', () => {
    // (80 × 34 + 40 × 33) ÷ 67 = 60.3
    const { outputs, notes } = compute({ sentiment: null });
    expect(n(outputs.score)).toBe(60);
    expect(notes[0]).toEqual({ level: 'warning', text: expect.stringContaining('(51% and 49%)') });
    expect(notes[0]!.text).toMatch(/low confidence/);
  });

  it('cannot score when all the weight sits on a blank sentiment', () => {
    const { outputs } = compute({ sentiment: null, 'usage-weight': 0, 'sentiment-weight': 100, 'relationship-weight': 0 });
    expect(outputs.score).toEqual({ unavailable: expect.stringContaining('blank') });
    expect(outputs.status).toHaveProperty('unavailable');
  });

  it('warns about the blind spot of a signal with no weight', () => {
    const { notes } = compute({ 'usage-weight': 50, 'sentiment-weight': 50, 'relationship-weight': 0 });
    expect(notes.some((x) => x.level === 'warning' && /only champion/.test(x.text))).toBe(true);
  });

  it('notes when usage carries the largest weight, but not at the placeholders', () => {
    expect(compute({ 'usage-weight': 60, 'sentiment-weight': 20, 'relationship-weight': 20 }).notes.map((x) => x.text).join()).toMatch(/easiest signal/);
    expect(compute({ 'usage-weight': 20, 'sentiment-weight': 30, 'relationship-weight': 50 }).notes).toEqual([]);
  });

  it('keeps the score a whole number within the range of the signals it uses', () => {
    fc.assert(
      fc.property(signal, fc.option(signal, { nil: null }), signal, weight, weight, weight, (u, s, r, wu, ws, wr) => {
        fc.pre((s === null ? wu + wr : wu + ws + wr) > 0);
        const out = compute({ usage: u, sentiment: s, relationship: r, 'usage-weight': wu, 'sentiment-weight': ws, 'relationship-weight': wr }).outputs;
        const score = n(out.score);
        const used = [u, r, ...(s === null ? [] : [s])];
        expect(Number.isInteger(score)).toBe(true);
        expect(score).toBeGreaterThanOrEqual(Math.round(Math.min(...used)));
        expect(score).toBeLessThanOrEqual(Math.round(Math.max(...used)));
      }),
    );
  });

  it('moves the score toward a signal when only that signal’s weight rises', () => {
    fc.assert(
      fc.property(signal, signal, signal, weight, weight, weight, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 2 }), (u, s, r, wu, ws, wr, extra, which) => {
        fc.pre(wu + ws + wr > 0);
        const ids = ['usage', 'sentiment', 'relationship'];
        const base: Inputs = { usage: u, sentiment: s, relationship: r, 'usage-weight': wu, 'sentiment-weight': ws, 'relationship-weight': wr };
        const id = ids[which]!;
        const before = n(compute(base).outputs.score);
        const after = n(compute({ ...base, [`${id}-weight`]: (base[`${id}-weight`] as number) + extra }).outputs.score);
        const target = base[id] as number;
        if (target >= before) expect(after).toBeGreaterThanOrEqual(before);
        if (target <= before) expect(after).toBeLessThanOrEqual(before);
        expect(Math.abs(after - target)).toBeLessThanOrEqual(Math.abs(before - target) + 0.5);
      }),
    );
  });

  it('never gives a lower status to a higher score', () => {
    fc.assert(
      fc.property(signal, signal, fc.integer({ min: 1, max: 100 }), fc.integer({ min: 0, max: 99 }), (a, b, green, yellow) => {
        fc.pre(yellow < green);
        const at = (x: number) => compute({ usage: x, sentiment: x, relationship: x, green, yellow }).outputs;
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(ranks.indexOf(kw(at(hi).status)!)).toBeGreaterThanOrEqual(ranks.indexOf(kw(at(lo).status)!));
      }),
    );
  });
});
