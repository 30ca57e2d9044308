import type { CalculatorModel, Figure, OutputSpec, OutputValue, Result, Sentence } from './contract';
import { formatValue, rawValue } from './format';
import type { Currency } from './units';

/** What an output shows: the text on screen, the exact value for data-value, and why it is missing if it is. */
export function shown(out: OutputSpec, v: OutputValue, currency: Currency): { text: string; raw: string; reason?: string } {
  if ('unavailable' in v) return { text: 'Not calculated', raw: 'n/a', reason: v.unavailable };
  if (typeof v.value === 'string') return { text: 'label' in v ? v.label : v.value, raw: v.value };
  const unit = out.unit === 'keyword' ? 'number' : out.unit;
  return { text: formatValue(v.value, unit, { currency, decimals: out.decimals }), raw: rawValue(v.value, unit, out.decimals) };
}

/** A figure for a sentence: the text on screen and the machine-readable value. */
export interface Citation {
  text: string;
  /** The machine-readable value, as data-value on the calculator's own output. */
  raw: string;
}

/** A reading's figure as text and raw value; an output that cannot be computed reads as words. */
export function figureText(model: CalculatorModel, result: Result, figure: Figure, currency: Currency): Citation & { output?: string } {
  if ('output' in figure) {
    const spec = model.outputs.find((o) => o.id === figure.output)!;
    const v = result.outputs[figure.output];
    if (!v || 'unavailable' in v) return { text: 'not calculable', raw: 'n/a', output: figure.output };
    const { text, raw } = shown(spec, v, currency);
    return { text: typeof v.value === 'string' ? text.charAt(0).toLowerCase() + text.slice(1) : text, raw, output: figure.output };
  }
  if (!Number.isFinite(figure.value)) return { text: 'not calculable', raw: 'n/a' };
  return { text: formatValue(figure.value, figure.unit, { currency, decimals: figure.decimals }), raw: rawValue(figure.value, figure.unit, figure.decimals) };
}

/** A reading as plain text, for tests, print and the book edition. */
export function readingText(model: CalculatorModel, result: Result, sentences: readonly Sentence[], currency: Currency): string {
  return sentences.map((s) => s.map((part) => (typeof part === 'string' ? part : figureText(model, result, part, currency).text)).join('')).join(' ');
}
