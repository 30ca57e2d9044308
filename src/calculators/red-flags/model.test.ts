import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { n } from '../testing';
import type { Inputs, OutputValue } from '../contract';
import { checkReading } from '../testing-reading';

const signs = ['churn', 'forecast', 'fit', 'expansion'] as const;
const answer = fc.constantFrom('unanswered', 'yes', 'no');
const answers = fc.record(Object.fromEntries(signs.map((s) => [s, answer]))) as fc.Arbitrary<Inputs>;
const run = (over: Partial<Record<(typeof signs)[number], string>>) => {
  const inputs = { churn: 'unanswered', forecast: 'unanswered', fit: 'unanswered', expansion: 'unanswered', ...over } as Inputs;
  return { inputs, result: model.compute(inputs) };
};
const kw = (o: OutputValue | undefined) => (o && 'label' in o ? o.value : undefined);

describe('red-flags model', () => {
  it('reads no signs as no red flags, one as a problem and two or more as an emergency', () => {
    expect(kw(run({ churn: 'no', forecast: 'no', fit: 'no', expansion: 'no' }).result.outputs.verdict)).toBe('none');
    expect(run({ churn: 'yes', forecast: 'no', fit: 'no', expansion: 'no' }).result.outputs.verdict).toEqual({ value: 'problem', label: 'A problem: CS is overdue' });
    for (const k of [2, 3, 4]) {
      const over = Object.fromEntries(signs.map((s, i) => [s, i < k ? 'yes' : 'no']));
      expect(kw(run(over).result.outputs.verdict)).toBe('emergency');
      expect(n(run(over).result.outputs.flags)).toBe(k);
    }
  });

  it('calls the check incomplete while fewer than two signs are known, and settles it at two whatever is unanswered', () => {
    expect(run({}).result.outputs.verdict).toEqual({ value: 'incomplete', label: 'Incomplete: answer every sign' });
    expect(run({ churn: 'yes' }).result.outputs.verdict).toEqual({ value: 'incomplete', label: 'At least a problem: answer the rest' });
    expect(kw(run({ churn: 'yes', fit: 'yes' }).result.outputs.verdict)).toBe('emergency');
    expect(n(run({ churn: 'no' }).result.outputs.unanswered)).toBe(3);
  });

  it('reads each case in words', () => {
    const text = (over: Parameters<typeof run>[0]) => checkReading(model, run(over).inputs).text;
    expect(text({ churn: 'yes', fit: 'yes' })).toBe(
      'You see 2 of the 4 signs. Two or more make it an emergency, and a structural one rather than a passing phase: create a function whose job is to answer these questions. 2 signs are still unanswered, but no answer could change that.',
    );
    expect(text({ churn: 'yes', forecast: 'no', fit: 'no', expansion: 'no' })).toContain('One is already a problem');
    expect(text({ churn: 'no', forecast: 'no', fit: 'no', expansion: 'no' })).toContain('on this test CS is not overdue');
    expect(text({ churn: 'yes' })).toBe('You see one sign so far, which is already a problem; 3 signs are still unanswered, and one more would make it an emergency.');
    expect(text({ churn: 'no', forecast: 'no', fit: 'no' })).toBe('No sign so far, but 1 sign is still unanswered: the reading needs all four.');
  });

  it('counts the yes answers and never reads more or less than they say, for any answers', () => {
    fc.assert(
      fc.property(answers, (i) => {
        const { text, result } = checkReading(model, i);
        const yes = signs.filter((s) => i[s] === 'yes').length;
        expect(n(result.outputs.flags)).toBe(yes);
        if (yes >= 2) expect(text).toContain('emergency, and a structural one');
        else expect(text).not.toContain('Two or more make it an emergency');
      }),
    );
  });
});
