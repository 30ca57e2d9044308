import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import model from './model';
import { evaluate } from '../inputs';
import { exampleTexts } from '../sources';
import { n } from '../testing';

const run = (over: Record<string, string> = {}) => evaluate(model, { ...exampleTexts(model), ...over });
const kw = (o: unknown) => (o as { value: string; label: string });

describe('afterthought-check', () => {
  it('reads the book’s example: support under a new name and churn seen only in total', () => {
    const o = run().result!.outputs;
    expect(n(o.count)).toBe(2);
    expect(kw(o.verdict).value).toBe('accruing');
    expect(kw(o.signs).label).toBe('CS as relabelled support, churn seen only in total');
  });

  it('gives one sign its own reading and none a prompt to confirm with cohorts', () => {
    expect(kw(run({ aggregate: 'no' }).result!.outputs.verdict).value).toBe('warning');
    const clear = run({ relabelled: 'no', aggregate: 'no' }).result!;
    expect(kw(clear.outputs.verdict).value).toBe('clear');
    expect(clear.notes[0]!.text).toMatch(/cohort view/);
  });

  it('counts exactly the signs ticked', () => {
    const ids = model.fields.map((f) => f.id);
    fc.assert(
      fc.property(fc.array(fc.boolean(), { minLength: 5, maxLength: 5 }), (ticks) => {
        const o = run(Object.fromEntries(ids.map((id, i) => [id, ticks[i] ? 'yes' : 'no']))).result!.outputs;
        expect(n(o.count)).toBe(ticks.filter(Boolean).length);
      }),
    );
  });
});
