import { describe, expect, it } from 'vitest';
import { moveUpSteps, stepsFrom } from './move-up';

const text = 'From poor, move renewals into CS. From average, move upsells too, with a quota.';

describe('what moving up takes, from the reader’s level', () => {
  it('splits the advice at each starting level', () => {
    expect(moveUpSteps(text)).toEqual({ poor: 'From poor, move renewals into CS.', average: 'From average, move upsells too, with a quota.' });
  });

  it('gives only the step from the level chosen', () => {
    expect(stepsFrom(text, 'poor', 'average')).toBe('From poor, move renewals into CS.');
    expect(stepsFrom(text, 'average')).toBe('From average, move upsells too, with a quota.');
    expect(stepsFrom(text, 'excellent')).toBe('');
  });

  it('gives every step between a level and a target two rungs up', () => {
    expect(stepsFrom(text, 'poor')).toBe(text);
    expect(stepsFrom(text, undefined)).toBe(text);
  });

  it('keeps advice written for every level whole', () => {
    const whole = 'Bring CS into pre-sales as a solutions partner.';
    expect(moveUpSteps(whole)).toBeUndefined();
    expect(stepsFrom(whole, 'average')).toBe(whole);
  });
});
