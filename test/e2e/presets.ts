import type { CalculatorModel, NumberField } from '../../src/calculators/contract';
import { defaultTexts, evaluate } from '../../src/calculators/inputs';

/** A valid value for a number field that differs from its default. */
export function another(field: NumberField): number | undefined {
  const lo = field.min ?? 0;
  const hi = field.max ?? Math.max(lo + 10, field.default * 2 + 10);
  for (const candidate of [field.default + (field.integer ? 1 : 1.5), field.default - 1, (lo + hi) / 2, lo + 1, hi - 1]) {
    const v = field.integer ? Math.round(candidate) : candidate;
    if (v !== field.default && v >= lo && v <= hi && !(field.minExclusive && v === lo)) return v;
  }
  return undefined;
}

/**
 * Default inputs with one field changed, chosen so the calculator still computes. Text fields are
 * left alone unless `texts` is set, when a list loses its last row or a sentence half its length:
 * the embeds' measured heights are taken on the presets without it.
 */
export function preset(model: CalculatorModel, { texts: cutText = false } = {}): Record<string, string> {
  const base = defaultTexts(model);
  for (const field of model.fields) {
    const texts = { ...base };
    if (field.kind === 'number') {
      const v = another(field);
      if (v === undefined) continue;
      texts[field.id] = String(v);
    } else if (field.kind === 'choice') {
      const other = field.options.find((o) => o.value !== field.default);
      if (!other) continue;
      texts[field.id] = other.value;
    } else if (cutText) {
      const lines = field.default.split('\n');
      texts[field.id] = lines.length > 2 ? lines.slice(0, -1).join('\n') : field.default.slice(0, Math.ceil(field.default.length / 2));
      if (texts[field.id] === field.default) continue;
    } else continue;
    if (evaluate(model, texts).result) return texts;
  }
  return base;
}
