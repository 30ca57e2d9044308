import type { CalculatorModel, Inputs, NumberField, OutputSpec } from './contract';
import { parseField } from './inputs';

export interface SensitivityTable {
  field: NumberField;
  outputs: OutputSpec[];
  rows: { input: number; current: boolean; cells: (number | undefined)[] }[];
}

/** The model's key rate moved by each delta (within its valid range), with the chosen outputs. */
export function sensitivityRows(model: CalculatorModel, values: Inputs): SensitivityTable | undefined {
  const spec = model.sensitivity;
  if (!spec) return undefined;
  const field = model.fields.find((f): f is NumberField => f.id === spec.field && f.kind === 'number');
  const current = values[spec.field];
  if (!field || typeof current !== 'number') return undefined;
  const outputs = spec.outputs.map((id) => model.outputs.find((o) => o.id === id)).filter((o): o is OutputSpec => !!o);
  const rows: SensitivityTable['rows'] = [];
  for (const delta of spec.deltas) {
    const input = Number((current + delta).toFixed(6));
    if ('error' in parseField(field, String(input))) continue;
    const trial = { ...values, [field.id]: input };
    if (Object.keys(model.crossCheck?.(trial) ?? {}).length) continue;
    const result = model.compute(trial);
    rows.push({
      input,
      current: delta === 0,
      cells: outputs.map((o) => {
        const v = result.outputs[o.id];
        return v && 'value' in v && typeof v.value === 'number' && Number.isFinite(v.value) ? v.value : undefined;
      }),
    });
  }
  return rows.length > 1 ? { field, outputs, rows } : undefined;
}
