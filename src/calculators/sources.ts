import type { CalculatorModel } from './contract';
import { defaultTexts, overlay } from './inputs';
import type { Mode } from '../state/profile';
import type { Profile } from '../state/profile-fields';

/**
 * Where a calculator's starting values come from, in order of precedence:
 * the model's defaults (the book's worked example), the chapter's presets,
 * then, with "my numbers" on, every field the reader's profile has a figure for.
 */
export function startingTexts(model: CalculatorModel, presets: Record<string, unknown> | undefined, mode: Mode, profile: Profile): Record<string, string> {
  const texts = overlay(model, defaultTexts(model), presets);
  if (mode !== 'mine') return texts;
  const mine: Record<string, unknown> = {};
  for (const field of model.fields) {
    if (field.profile && profile[field.profile] !== undefined) mine[field.id] = profile[field.profile];
  }
  return overlay(model, texts, mine);
}

/** Which fields "my numbers" filled, by label, for the notice under the toolbar. */
export function filledFromProfile(model: CalculatorModel, profile: Profile): string[] {
  return model.fields.filter((f) => f.profile && profile[f.profile] !== undefined).map((f) => f.label);
}
