import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { expectSoundReading, readingFor } from '../testing-readings';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over });
const typed = (min: number, max: number) => fc.double({ min, max, noNaN: true }).map((x) => Math.round(x * 100) / 100);

describe('comp-plan reading', () => {
  it('reads a plan with a 25% variable and expansion ahead of retention', () => {
    const run = read({ ote: 120000, base: 75, 'retention-weight': 40, 'expansion-weight': 50, 'health-weight': 10 })!;
    expectSoundReading(model, run);
    expect(run.text).toBe(
      'On $120,000 of on-target pay, $90,000 is base and $30,000 variable: 25% of pay at risk, within the usual 15% to 30%. Of total pay, gross retention earns 10%, expansion 12.5% and customer health 2.5%. Expansion earns more than gross retention, the reverse of the chapter’s order.',
    );
  });

  it('reads a plan with no variable, and one that is all commission', () => {
    expect(read({ base: 100 })!.text).toContain('0% of pay at risk, below the usual 15% to 30%. With no variable pay, nothing rides on retention, expansion or health.');
    expect(read({ base: 0 })!.text).toContain('100% of pay at risk, above the usual');
  });

  it('reads nothing while the weights do not total 100%, as the page shows no result then', () => {
    const run = read({ 'retention-weight': 0, 'expansion-weight': 0, 'health-weight': 0 });
    expect(run).toBeUndefined();
  });

  it('is sound for every plan whose weights total 100%, and judges the order on the shares it shows', () => {
    fc.assert(
      fc.property(typed(1, 1e7), typed(0, 100), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (ote, base, a, b) => {
        const [x, y] = [Math.min(a, b), Math.max(a, b)];
        const run = read({ ote, base, 'retention-weight': x, 'expansion-weight': y - x, 'health-weight': 100 - y })!;
        expectSoundReading(model, run);
        const v = Math.round((100 - base) * 10) / 10;
        expect(run.text).toContain(v < 15 ? 'below the usual' : v > 30 ? 'above the usual' : 'within the usual');
        const share = (id: string) => (run.result.outputs[`${id}-share`] as { value: number }).value;
        if (v > 0) expect(run.text.includes('No metric earns more')).toBe(share('retention') >= share('expansion') && share('retention') >= share('health'));
      }),
    );
  });
});
