/**
 * Readings on the reader's figures for the print edition. For each calculator in the book (its
 * id and the chapter's presets) it works out what the live calculator would say with "my
 * numbers" on: its reading where it has one, otherwise its results, and which figures came from
 * the reader. A calculator the profile does not fill is left out, so it stays on the example.
 * Pure: the print edition runs it in a worker, only when the reader asks.
 */
import { models } from '../calculators/registry';
import { startingState } from '../calculators/sources';
import { evaluate } from '../calculators/inputs';
import { readingText, shown } from '../calculators/cite';
import { cleanProfile } from '../calculators/profile';
import { currencies, type Currency } from '../calculators/units';

export interface BookItem {
  id: string;
  /** The chapter's presets as the page carries them: JSON text, read here rather than on the page. */
  presets?: string;
}

function readPresets(text: string | undefined): Record<string, unknown> | undefined {
  try {
    const value: unknown = text ? JSON.parse(text) : undefined;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

export interface BookReading {
  /** Index of the item it belongs to. */
  index: number;
  /** The fields the reader's figures filled, in words. */
  from: string;
  text: string;
}

export function bookReadings(items: readonly BookItem[], rawProfile: unknown, rawCurrency: unknown): BookReading[] {
  const { profile } = cleanProfile(rawProfile);
  const currency: Currency = currencies.includes(rawCurrency as Currency) ? (rawCurrency as Currency) : 'USD';
  const out: BookReading[] = [];
  items.forEach(({ id, presets }, index) => {
    const model = models[id];
    if (!model) return;
    const start = startingState(model, { presets: readPresets(presets), mode: 'mine', profile });
    if (!start.fill?.filled.length) return;
    const ev = evaluate(model, start.texts);
    const from = start.fill.filled.map((f) => f.label.charAt(0).toLowerCase() + f.label.slice(1)).join(', ');
    if (!ev.result) {
      out.push({ index, from, text: `Your figures do not fit this calculator: ${Object.values(ev.errors).join(' ')}` });
      return;
    }
    const result = ev.result;
    const sentences = model.reading?.(ev.values, result) ?? [];
    const text = sentences.length
      ? readingText(model, result, sentences, currency)
      : `${model.outputs.map((o) => `${o.label}: ${result.outputs[o.id] ? shown(o, result.outputs[o.id]!, currency).text : 'not calculated'}`).join('; ')}.`;
    out.push({ index, from, text });
  });
  return out;
}
