import type { CalculatorModel, Inputs } from './contract';
import { defaultTexts, evaluate, overlay, type Evaluation } from './inputs';
import type { ProfileKey } from './profile-fields';

/**
 * Where a calculator's starting values come from (DESIGN §4a), in order of precedence: the
 * model's defaults (the book's worked example), the chapter's presets, then either the figures a
 * link sets or, with "my numbers" on, every situation the reader's profile completes. The
 * profile's part (sources.ts) loads only with the calculators that take the reader's figures.
 */

/** What the reader's figures fill in a calculator (worked out in sources.ts). */
export interface Filled {
  field: string;
  label: string;
  /** How the figure was worked out when the reader did not enter it ("ARR ÷ customers"). */
  derived?: string;
}

export interface Unfilled {
  /** The labels of the calculator's fields that stay on the example. */
  labels: string[];
  /** Profile figures that would fill them, in the order /my-numbers/ shows them. */
  needs: ProfileKey[];
  /** A figure the reader has but this calculator cannot take, with the reason. */
  problem?: string;
}

export interface ProfileFill {
  values: Record<string, string>;
  filled: Filled[];
  unfilled: Unfilled[];
}

/** The texts the book's example starts from: defaults, then the chapter's presets. */
export const exampleTexts = (model: CalculatorModel, presets?: Record<string, unknown>): Record<string, string> => overlay(model, defaultTexts(model), presets);

/** What a link sets: texts over the example, the comparison's target, and what it could not use. */
export interface LinkStart {
  texts: Record<string, string>;
  target?: Record<string, string>;
  rejected: string[];
}

export interface Start {
  texts: Record<string, string>;
  /** The comparison's target texts when the link opens it. */
  target?: Record<string, string>;
  /** One sentence per link value that could not be used. */
  rejected: string[];
  /** True when the link set any of the calculator's figures: they are the page's, not the reader's saved ones. */
  setByLink: boolean;
  fill?: ProfileFill;
}

/**
 * Everything a calculator starts from: a link's figures, or the example with what the reader's
 * figures fill (`fill`, when "my numbers" is on). A link's figures describe a situation of their
 * own, so they apply over the example, never mixed with the reader's saved figures.
 */
export function startFrom(model: CalculatorModel, presets: Record<string, unknown> | undefined, link?: LinkStart, fill?: ProfileFill): Start {
  if (link) return { ...link, setByLink: true };
  const example = exampleTexts(model, presets);
  return fill ? { texts: { ...example, ...fill.values }, rejected: [], setByLink: false, fill } : { texts: example, rejected: [], setByLink: false };
}

/** True when an evaluation reads the same inputs as the book's example (`example`: the example's values), so no reading is needed. */
export const readsAsExample = (model: CalculatorModel, now: Evaluation, example: Inputs): boolean =>
  Object.keys(now.errors).length === 0 && model.fields.every((f) => now.values[f.id] === example[f.id]);

/** True when these texts compute the same inputs as the book's example, so no reading is needed. */
export function isExample(model: CalculatorModel, texts: Record<string, string>, presets?: Record<string, unknown>): boolean {
  return readsAsExample(model, evaluate(model, texts), evaluate(model, exampleTexts(model, presets)).values);
}
