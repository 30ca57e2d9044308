import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { expectSoundReading, readingFor } from '../testing-reading';
import type { Inputs } from '../contract';

const defaults = Object.fromEntries(model.fields.map((f) => [f.id, f.default])) as Inputs;
const read = (over: Inputs) => readingFor(model, { ...defaults, ...over })!;

const row = fc.record({
  arr: fc.integer({ min: 0, max: 2_000_000 }),
  flag: fc.constantFrom('', 'strategic', 'regulated', 'risk', 'strategic risk', 'vip'),
});

describe('segment-planner reading', () => {
  it('reads the example list with a lower drift threshold', () => {
    const run = read({ drift: 10 });
    expectSoundReading(model, run);
    expect(run.text).toBe(
      'Once promotions apply, the plan puts 3 in high-touch, 4 in low-touch and 5 in tech-touch: 12 customers in all. 2 customers were promoted by a written criterion, 16.7% of the list, above the 10% you set as the sign of drift. Covering them takes 3 CSMs: 1 high-touch, 1 low-touch and 1 tech-touch.',
    );
  });

  it('says so when nobody is promoted, and counts one customer and one CSM in the singular', () => {
    const run = read({ customers: 'Solo,5000' });
    expect(run.text).toBe(
      'Once promotions apply, the plan puts 0 in high-touch, 0 in low-touch and 1 in tech-touch: 1 customer in all. No customer carries a written criterion that lifts it above its revenue tier. Covering them takes 1 CSM: 0 high-touch, 0 low-touch and 1 tech-touch.',
    );
  });

  it('gives no reading for an empty list', () => {
    expect(read({ customers: '' }).sentences).toEqual([]);
  });

  it('is sound for any list: tiers add up to the customers, and drift is called above only past the threshold', () => {
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 100 }), (rows, drift) => {
        const customers = rows.map((r, i) => `C${i},${r.arr},${r.flag}`).join('\n');
        const run = read({ customers, drift });
        expectSoundReading(model, run);
        const [, h, l, t] = run.text.match(/puts (\d+) in high-touch, (\d+) in low-touch and (\d+) in tech-touch/)!.map(Number);
        expect(h! + l! + t!).toBe(rows.length);
        const share = (run.result.outputs['promoted-share'] as { value: number }).value;
        if (share > 0) expect(run.text.includes(' above the ')).toBe(share > drift);
      }),
    );
  });
});
