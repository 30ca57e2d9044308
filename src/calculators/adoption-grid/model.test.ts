import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { computeWith, defaultsOf, kw, n } from '../testing';
import { evaluate } from '../inputs';
import type { OutputValue } from '../contract';

const defaults = defaultsOf(model);
const compute = computeWith(model);
const base = Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));

describe('adoption-grid model', () => {
  it('places 150 of 200 users on 3 of 12 workflows as wide but shallow', () => {
    const { outputs, notes } = compute();
    expect(n(outputs.breadth)).toBe(75);
    expect(n(outputs.depth)).toBe(25);
    expect(outputs.quadrant).toEqual({ value: 'wide-shallow', label: 'Wide but shallow: many people, few features' });
    expect(notes[0]!.text).toMatch(/^Next layer of value: show the teams/);
  });

  it('calls one person on one feature barely adopted, however often they log in', () => {
    expect(kw(compute({ 'active-users': 1, 'features-used': 1 }).outputs.quadrant)).toBe('barely');
  });

  it.each([
    [100, 6, 'dependent'], // 100 ÷ 200 and 6 ÷ 12 both sit exactly on the 50% cut-off: counted as high
    [99, 6, 'deep-narrow'],
    [100, 5, 'wide-shallow'],
  ])('puts a figure exactly on the cut-off on the high side (%s users, %s workflows: %s)', (users, used, quadrant) => {
    expect(kw(compute({ 'active-users': users, 'features-used': used }).outputs.quadrant)).toBe(quadrant);
  });

  it('refuses more active users than potential ones, and zero potential users', () => {
    expect(evaluate(model, { ...base, 'active-users': '250' }).errors).toEqual({ 'active-users': expect.stringContaining('cannot exceed') });
    expect(evaluate(model, { ...base, 'features-used': '13' }).errors).toHaveProperty('features-used');
    expect(evaluate(model, { ...base, 'potential-users': '0' }).errors).toHaveProperty('potential-users');
    expect(evaluate(model, { ...base, 'active-users': '-2' }).errors).toHaveProperty('active-users');
  });

  it('keeps breadth and depth within 0% to 100% and never moves down a quadrant as usage grows', () => {
    const order = ['barely', 'wide-shallow', 'deep-narrow', 'dependent'];
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 50 }), fc.double({ min: 0, max: 1, noNaN: true }), (pot, a, rel, u) => {
        const active = Math.floor(pot * a);
        const used = Math.floor(rel * u);
        const out: Record<string, OutputValue> = compute({ 'potential-users': pot, 'active-users': active, 'features-relevant': rel, 'features-used': used }).outputs;
        for (const id of ['breadth', 'depth']) {
          expect(n(out[id])).toBeGreaterThanOrEqual(0);
          expect(n(out[id])).toBeLessThanOrEqual(100);
        }
        const q = kw(out.quadrant)!;
        expect(order).toContain(q);
        if (active < pot) {
          const more = kw(compute({ 'potential-users': pot, 'active-users': active + 1, 'features-relevant': rel, 'features-used': used }).outputs.quadrant)!;
          // More users can only widen: barely → wide, deep-narrow → dependent.
          expect(more === q || (q === 'barely' && more === 'wide-shallow') || (q === 'deep-narrow' && more === 'dependent')).toBe(true);
        }
      }),
    );
  });
});
