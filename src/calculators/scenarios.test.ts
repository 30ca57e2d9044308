import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CalculatorModel, Field, OutputValue } from './contract';
import { defaultTexts, evaluate } from './inputs';
import { changeBetween, compareScenarios } from './scenarios';
import { models } from './registry';
import cltv from './cltv/model';
import { n } from './testing';

const withScenarios = Object.values(models).filter((m) => m.scenarios);

/** What a reader could type into a field: mostly valid values, sometimes junk, blanks or absurd sizes. */
function fieldText(field: Field): fc.Arbitrary<string> {
  const junk = fc.constantFrom('', 'abc', '1e20', '-5', '12,000', '$3.50', '90%', '1e400');
  if (field.kind === 'choice') return fc.oneof(fc.constantFrom(...field.options.map((o) => o.value)), junk);
  if (field.kind === 'text') return fc.string({ maxLength: 40 });
  const lo = field.min ?? -1e6;
  const hi = field.max ?? Math.max(lo + 1e6, field.default * 10);
  const inRange = fc.double({ min: lo, max: hi, noNaN: true }).map((x) => String(field.integer ? Math.round(x) : Math.round(x * 100) / 100));
  return fc.oneof({ arbitrary: inRange, weight: 6 }, { arbitrary: junk, weight: 1 });
}

const texts = (model: CalculatorModel) => fc.record(Object.fromEntries(model.fields.map((f) => [f.id, fieldText(f)])) as Record<string, fc.Arbitrary<string>>);

const numbersIn = (v: unknown): number[] =>
  typeof v === 'number' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(numbersIn) : [];

describe('today and target scenarios', () => {
  it('are offered by the economics calculators', () => {
    expect(withScenarios.map((m) => m.id).sort()).toEqual(['cltv', 'cs-payback', 'ltv-cac', 'margin-aware-budget', 'retention', 'retention-value']);
  });

  it('doubles churn-based lifetime value when retention moves from 90% to 95%', () => {
    const today = defaultTexts(cltv);
    const { rows } = compareScenarios(cltv, today, { ...today, retention: '95' });
    const row = rows.find((r) => r.output.id === 'cltv')!;
    const atToday = n(evaluate(cltv, today).result!.outputs.cltv);
    const atTarget = n(evaluate(cltv, { ...today, retention: '95' }).result!.outputs.cltv);
    expect([atToday, atTarget]).toEqual([90000, 180000]);
    expect(n(row.today)).toBe(atToday);
    expect(n(row.target)).toBe(atTarget);
    expect(row.change).toEqual({ delta: 90000, percent: 100 });
    expect(rows.find((r) => r.output.id === 'lifespan')!.change).toEqual({ delta: 10, percent: 100 });
  });

  it('shows both keywords and whether they differ, without a number', () => {
    const model = models['ltv-cac']!;
    const { rows } = compareScenarios(model, { ltv: '60000', cac: '30000' }, { ltv: '120000', cac: '30000' });
    const band = rows.find((r) => r.output.id === 'band')!;
    expect(band.today).toMatchObject({ value: 'weak' });
    expect(band.target).toMatchObject({ value: 'healthy' });
    expect(band.change).toEqual({ same: false });
  });

  it('gives no percentage from a base of zero, only the difference', () => {
    expect(changeBetween({ value: 0 }, { value: 250 })).toEqual({ delta: 250 });
    expect(changeBetween({ value: -200 }, { value: -100 })).toEqual({ delta: 100, percent: 50 });
  });

  it('says why there is no change when either side cannot be calculated', () => {
    const model = models['ltv-cac']!;
    const { rows } = compareScenarios(model, { ltv: '90000', cac: '30000' }, { ltv: '90000', cac: '0' });
    const ratio = rows.find((r) => r.output.id === 'ratio')!;
    expect(ratio.target).toEqual({ unavailable: 'No acquisition cost entered, so there is nothing to divide by.' });
    expect(ratio.change).toEqual({ unavailable: expect.stringContaining('target') });
    const waiting = compareScenarios(model, { ltv: 'lots', cac: '30000' }, { ltv: '90000', cac: '30000' }).rows[0]!;
    expect(waiting.today).toEqual({ unavailable: 'Waiting for a valid Customer lifetime value.' });
    expect(waiting.change).toEqual({ unavailable: expect.stringContaining('today') });
  });

  it('never reports a change too large to be a number as a number', () => {
    expect(changeBetween({ value: -Number.MAX_VALUE }, { value: Number.MAX_VALUE })).toEqual({ unavailable: 'The change is too large to show.' });
    expect(changeBetween({ value: 1e-320 }, { value: 1e300 })).toEqual({ delta: 1e300 });
  });

  for (const model of withScenarios) {
    describe(model.id, () => {
      it('shows no change anywhere when the target equals today', () => {
        fc.assert(
          fc.property(texts(model), (today) => {
            for (const row of compareScenarios(model, today, { ...today }).rows) {
              if ('unavailable' in row.today) expect(row.change).toHaveProperty('unavailable');
              else if ('same' in row.change) expect(row.change.same).toBe(true);
              else if ('delta' in row.change) expect(row.change).toEqual(row.change.percent === undefined ? { delta: 0 } : { delta: 0, percent: 0 });
              else throw new Error(`${row.output.id}: no change expected, got ${JSON.stringify(row.change)}`);
            }
          }),
        );
      });

      it('reports each change as target minus today, and never a non-finite number', () => {
        fc.assert(
          fc.property(texts(model), texts(model), (today, target) => {
            for (const row of compareScenarios(model, today, target).rows) {
              for (const x of numbersIn(row)) expect(Number.isFinite(x), JSON.stringify(row)).toBe(true);
              const [a, b] = [row.today, row.target].map((v: OutputValue) => ('value' in v ? v.value : undefined));
              if ('delta' in row.change) {
                expect(row.change.delta).toBe((b as number) - (a as number));
                if (row.change.percent !== undefined) expect(row.change.percent).toBeCloseTo((row.change.delta / Math.abs(a as number)) * 100, 9);
                else expect(a === 0 || !Number.isFinite(row.change.delta / (a as number))).toBe(true);
              } else if ('same' in row.change) expect(row.change.same).toBe(a === b);
              else expect(row.change.unavailable).toMatch(/\S/);
              for (const side of [row.today, row.target]) if ('unavailable' in side) expect(side.unavailable).toMatch(/\S/);
            }
          }),
        );
      });
    });
  }
});
