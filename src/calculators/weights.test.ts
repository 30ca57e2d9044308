import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rescaleWeights, weightsMessage, wholePercentages } from './weights';

const FIELDS = [
  { id: 'a-weight', name: 'usage' },
  { id: 'b-weight', name: 'sentiment' },
  { id: 'c-weight', name: 'relationship' },
];
const weight = fc.double({ min: 0, max: 100, noNaN: true });
const inputs = (w: number[]) => Object.fromEntries(FIELDS.map((f, i) => [f.id, w[i]!]));

describe('weights that must total 100', () => {
  it('rounds to whole percentages that total exactly 100, keeping the order of sizes', () => {
    expect(wholePercentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercentages([34, 33])).toEqual([51, 49]);
    expect(wholePercentages([60, 30, 5])).toEqual([63, 32, 5]);
    expect(wholePercentages([0, 0])).toEqual([0, 0]);
    fc.assert(
      fc.property(fc.array(weight, { minLength: 1, maxLength: 6 }).filter((w) => w.some((x) => x > 0)), (w) => {
        const out = wholePercentages(w);
        expect(out.reduce((a, b) => a + b, 0)).toBe(100);
        out.forEach((x, i) => expect(Math.abs(x - (w[i]! * 100) / w.reduce((a, b) => a + b, 0))).toBeLessThan(1 + 1e-9));
      }),
    );
  });

  it('says nothing when they total 100 and names the rescaled set when they do not', () => {
    expect(weightsMessage(inputs([34, 33, 33]), FIELDS)).toBeUndefined();
    expect(weightsMessage(inputs([50, 50, 50]), FIELDS)).toBe('The three weights add up to 150%, not 100%. Keeping their proportions gives usage 34%, sentiment 33% and relationship 33%.');
    expect(weightsMessage(inputs([0, 0, 0]), FIELDS)).toBe('At least one weight must be above zero.');
    expect(weightsMessage({ 'a-weight': 10 }, FIELDS)).toBeUndefined();
  });

  it('offers a repair exactly when the weights are off and can be rescaled, and the repair passes the check', () => {
    fc.assert(
      fc.property(fc.array(weight, { minLength: 3, maxLength: 3 }), (w) => {
        const fix = rescaleWeights(inputs(w), FIELDS);
        const off = weightsMessage(inputs(w), FIELDS) !== undefined;
        expect(fix !== undefined).toBe(off && w.some((x) => x > 0));
        if (fix) expect(weightsMessage(inputs(FIELDS.map((f) => Number(fix.texts[f.id]))), FIELDS)).toBeUndefined();
      }),
    );
    expect(rescaleWeights(inputs([60, 30, 5]), FIELDS)?.label).toBe('Use 63%, 32% and 5%');
  });
});
