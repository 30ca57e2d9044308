import type { CalculatorModel, ChoiceField, Field, InputValue, Inputs, NumberField, OutputValue, Repair, Result } from './contract';
import { formatValue } from './format';

export type Parsed = { value: InputValue } | { error: string };

/** Absurdly large inputs are refused rather than allowed to overflow into Infinity. */
const HARD_MAX = 1e15;

function bound(field: NumberField, v: number): string {
  return formatValue(v, field.unit === 'ratio' ? 'number' : field.unit, { decimals: 4 });
}

/** The sentence shown when a value is outside a field's range. */
export function rangeMessage(field: NumberField): string {
  const { label, min, max, minExclusive } = field;
  if (min !== undefined && max !== undefined && !minExclusive) return `${label} must be between ${bound(field, min)} and ${bound(field, max)}.`;
  if (min !== undefined && max !== undefined) return `${label} must be more than ${bound(field, min)} and at most ${bound(field, max)}.`;
  if (min !== undefined) return `${label} must be ${minExclusive ? 'more than' : 'at least'} ${bound(field, min)}.`;
  if (max !== undefined) return `${label} must be at most ${bound(field, max)}.`;
  return `${label} is out of range.`;
}

/** Accepts what people type or paste: "12,000", "$12,000", "90%", " 7 ". */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/[\s,_]/g, '').replace(/^[$£€]/, '').replace(/%$/, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(cleaned)) return undefined;
  const n = Number(cleaned);
  // "-0" is zero: a negative zero would reach the screen as "-0".
  return Number.isFinite(n) ? n + 0 : undefined;
}

export function parseField(field: Field, text: string): Parsed {
  const trimmed = text.trim();
  if (field.kind === 'choice') return parseChoice(field, trimmed);
  if (field.kind === 'text') {
    return text.length > field.maxLength
      ? { error: `${field.label} is too long: ${formatValue(text.length, 'count')} characters, where the most is ${formatValue(field.maxLength, 'count')}.` }
      : { value: text };
  }
  if (trimmed === '') return field.optional ? { value: null } : { error: `${field.label} is needed: enter a number.` };
  const n = parseNumber(trimmed);
  if (n === undefined) return { error: `${field.label} must be a number (you entered "${trimmed.slice(0, 24)}").` };
  if (Math.abs(n) > HARD_MAX) return { error: `${field.label} is too large to calculate with.` };
  if (field.integer && !Number.isInteger(n)) return { error: `${field.label} must be a whole number.` };
  const { min, max, minExclusive } = field;
  if ((min !== undefined && (n < min || (minExclusive && n === min))) || (max !== undefined && n > max)) return { error: rangeMessage(field) };
  return { value: n };
}

function parseChoice(field: ChoiceField, text: string): Parsed {
  if (field.options.some((o) => o.value === text)) return { value: text };
  return { error: `${field.label} must be one of: ${field.options.map((o) => o.label).join(', ')}.` };
}

/** The text a field shows for a value. */
export function fieldText(value: InputValue): string {
  return value === null ? '' : String(value);
}

export function defaultTexts(model: CalculatorModel): Record<string, string> {
  return Object.fromEntries(model.fields.map((f) => [f.id, String(f.default)]));
}

/** Overlays values on texts, ignoring unknown ids and values that fail their field. */
export function overlay(model: CalculatorModel, texts: Record<string, string>, values: Record<string, unknown> | undefined): Record<string, string> {
  const out = { ...texts };
  if (!values) return out;
  for (const field of model.fields) {
    const v = values[field.id];
    if (v === undefined) continue;
    const text = v === null ? '' : String(v);
    if (!('error' in parseField(field, text))) out[field.id] = text;
  }
  return out;
}

/** The target scenario's query parameters carry this prefix: `?retention=90&target-retention=95`. */
export const TARGET = 'target-';

/**
 * Longest text a link carries for one field, about fifty rows of a pasted list. A longer list
 * is left out of share and embed links (the share panel says so): an address of hundreds of
 * kilobytes breaks in mail, chat and many servers, and the page that shows it slows to a crawl.
 */
export const LINK_TEXT_MAX = 2000;

/** The text fields whose current text is too long for a link, and so left out of it. */
export const leftOutOfLink = (model: CalculatorModel, texts: Record<string, string>): Field[] =>
  model.fields.filter((f) => f.kind === 'text' && (texts[f.id] ?? '').length > LINK_TEXT_MAX);

/** The query string for texts: each valid field in its plain form ("$12,000" gives 12000); `prefix` as in readQuery. */
export function toQuery(model: CalculatorModel, texts: Record<string, string>, prefix = ''): string {
  const params = new URLSearchParams();
  const tooLong = leftOutOfLink(model, texts);
  for (const field of model.fields) {
    if (tooLong.includes(field)) continue;
    const parsed = parseField(field, texts[field.id] ?? '');
    if (!('error' in parsed)) params.set(prefix + field.id, fieldText(parsed.value));
  }
  return params.toString();
}

export interface Evaluation {
  /** Field id → message, for fields that failed their own rules or a cross-field rule. */
  errors: Record<string, string>;
  values: Inputs;
  /** Present when every field is valid. */
  result?: Result;
  /** The model's one-click fix, when every field reads but a cross-field rule fails. */
  repair?: Repair;
}

export function evaluate(model: CalculatorModel, texts: Record<string, string>): Evaluation {
  const errors: Record<string, string> = {};
  const values: Inputs = {};
  for (const field of model.fields) {
    const parsed = parseField(field, texts[field.id] ?? String(field.default));
    if ('error' in parsed) errors[field.id] = parsed.error;
    else values[field.id] = parsed.value;
  }
  if (Object.keys(errors).length) return { errors, values };
  const cross = Object.fromEntries(Object.entries(model.crossCheck?.(values) ?? {}).filter((e): e is [string, string] => !!e[1]));
  if (Object.keys(cross).length) {
    const repair = model.repair?.(values);
    return repair ? { errors: cross, values, repair } : { errors: cross, values };
  }
  return { errors, values, result: model.compute(values) };
}

/** One output of an evaluation; while fields are invalid, the reason names them. */
export function outputOf(model: CalculatorModel, evaluation: Evaluation, id: string): OutputValue {
  return evaluation.result?.outputs[id] ?? { unavailable: `Waiting for a valid ${Object.keys(evaluation.errors).map((e) => model.fields.find((f) => f.id === e)?.label ?? e).join(', ')}.` };
}
