import type { CalculatorModel, NumberField } from './contract';
import { shown, type Citation } from './cite';
import { formatValue } from './format';
import { evaluate, parseField } from './inputs';
import type { Currency } from './units';

/**
 * Figures in prose outside a calculator: a fixed scenario at build time (`<Value>`), or a figure
 * that follows its calculator (`<Value follow>`), possibly moved by a delta. Apart from the view's
 * shared code, because a page loads it only when it has figures that follow a calculator.
 */

export interface Clamp {
  field: string;
  label: string;
  wanted: number;
  used: number;
}

/**
 * A scenario relative to the base in force (DESIGN §4a `delta`): each number field moved by its
 * delta and held to the field's range. What had to be held is reported so a sentence can say so.
 */
export function applyDelta(model: CalculatorModel, texts: Record<string, string>, delta: Record<string, number>): { texts: Record<string, string>; clamps: Clamp[] } {
  const out = { ...texts };
  const clamps: Clamp[] = [];
  for (const field of model.fields) {
    const by = delta[field.id];
    if (by === undefined || field.kind !== 'number') continue;
    const parsed = parseField(field, texts[field.id] ?? '');
    if ('error' in parsed || typeof parsed.value !== 'number') continue;
    const wanted = parsed.value + by;
    const used = clampTo(field, wanted);
    out[field.id] = String(used);
    if (used !== wanted) clamps.push({ field: field.id, label: field.label, wanted, used });
  }
  return { texts: out, clamps };
}

function clampTo(field: NumberField, v: number): number {
  let x = field.integer ? Math.round(v) : v;
  if (field.max !== undefined) x = Math.min(x, field.max);
  if (field.min !== undefined) x = Math.max(x, field.min);
  return Object.is(x, -0) ? 0 : x;
}

/**
 * One output for a sentence: a formatted number, a keyword's label in lower case, or words
 * saying it cannot be worked out; never a broken number. With `delta`, the figure is for the
 * base moved by those amounts, and a field held at the edge of its range is said so.
 */
export function citation(model: CalculatorModel, texts: Record<string, string>, output: string, currency: Currency, delta?: Record<string, number>): Citation {
  const spec = model.outputs.find((o) => o.id === output);
  const moved = delta ? applyDelta(model, texts, delta) : { texts, clamps: [] };
  const v = evaluate(model, moved.texts).result?.outputs[output];
  const held = moved.clamps.map((c) => `${c.label.toLowerCase()} held at ${formatValue(c.used, unitOf(model, c.field), { currency })}, the end of its range`).join('; ');
  if (!spec || !v || 'unavailable' in v) return { text: `not calculable at these inputs${held ? ` (${held})` : ''}`, raw: 'n/a' };
  const { text, raw } = shown(spec, v, currency);
  // A keyword's label starts a sentence on its own ("Healthy"), but sits mid-sentence here.
  const words = typeof v.value === 'string' ? text.charAt(0).toLowerCase() + text.slice(1) : text;
  return { text: held ? `${words} (${held})` : words, raw };
}

const unitOf = (model: CalculatorModel, id: string) => {
  const field = model.fields.find((f) => f.id === id);
  return field?.kind === 'number' ? field.unit : 'number';
};
