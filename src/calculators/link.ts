import type { CalculatorModel } from './contract';
import { fieldText, parseField, TARGET } from './inputs';
import { exampleTexts, type LinkStart } from './start';

/**
 * Figures a link sets (DESIGN §4): each input is a query parameter named after its field, and a
 * `target-` prefix sets the comparison's target. Only tool and embed pages read links, so this
 * loads there alone and chapters do not carry it.
 */

export interface Preset {
  texts: Record<string, string>;
  /** One sentence per rejected parameter, for a visible note. */
  rejected: string[];
}


/**
 * URL presets: known parameters that pass validation apply; invalid ones fall back with a note.
 * With `prefix` (TARGET), reads the target scenario's parameters over today's texts instead.
 */
export function readQuery(model: CalculatorModel, params: URLSearchParams, base: Record<string, string>, prefix = ''): Preset {
  const texts = { ...base };
  const rejected: string[] = [];
  for (const field of model.fields) {
    const all = params.getAll(prefix + field.id);
    if (all.length === 0) continue;
    const text = all[all.length - 1].slice(0, field.kind === 'text' ? field.maxLength + 1 : 64);
    const parsed = parseField(field, text);
    if ('error' in parsed) rejected.push(`The link's ${prefix ? 'target ' : ''}value for "${field.label}" was not used: ${parsed.error} ${prefix ? "Today's value" : 'The default'} applies.`);
    // A number from a link shows in its plain form ("-0" as 0, "1e3" as 1000); a text as sent.
    else texts[field.id] = field.kind === 'number' ? fieldText(parsed.value) : text;
  }
  return { texts, rejected };
}

/** A link opens the comparison when it carries a target value for one of the calculator's fields. */
export const hasTarget = (model: CalculatorModel, params: URLSearchParams): boolean => model.fields.some((f) => params.has(TARGET + f.id));

/**
 * What a page's query string sets for a calculator, or undefined when it sets none of its figures
 * (a link that only carries `?utm_source=wiki` leaves the reader's numbers in charge).
 */
export function readLink(model: CalculatorModel, search: string, presets?: Record<string, unknown>): LinkStart | undefined {
  const params = new URLSearchParams(search);
  if (!model.fields.some((f) => params.has(f.id) || params.has(TARGET + f.id))) return undefined;
  const preset = readQuery(model, params, exampleTexts(model, presets));
  const goal = model.scenarios && hasTarget(model, params) ? readQuery(model, params, preset.texts, TARGET) : undefined;
  return { texts: preset.texts, rejected: [...preset.rejected, ...(goal?.rejected ?? [])], ...(goal ? { target: goal.texts } : {}) };
}
