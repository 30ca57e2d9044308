/**
 * The calculator contract (DESIGN.md §4). A calculator is a folder holding a pure
 * `model.ts` that default-exports `defineCalculator({...})`, a thin Preact island
 * `Calculator.tsx`, and `model.test.ts`. The field list below is the single input
 * schema: it drives validation, URL presets, the share and embed links, "my numbers"
 * and the tests.
 */
import type { ProfileKey } from '../state/profile-fields';

export type Unit = 'currency' | 'percent' | 'years' | 'months' | 'count' | 'ratio' | 'score' | 'number';

interface FieldBase {
  /** kebab-case; also the query parameter name. */
  id: string;
  /** Sentence-case label shown beside the field and used in messages. */
  label: string;
  /** One short line under the field. */
  hint?: string;
  /** Where "my numbers" can fill this field from. */
  profile?: ProfileKey;
}

export interface NumberField extends FieldBase {
  kind: 'number';
  unit: Unit;
  default: number;
  /** Inclusive bounds unless the matching *Exclusive flag is set. */
  min?: number;
  max?: number;
  minExclusive?: boolean;
  integer?: boolean;
  /** Blank is allowed and reaches compute() as null. */
  optional?: boolean;
  step?: number;
}

export interface ChoiceField extends FieldBase {
  kind: 'choice';
  options: readonly { value: string; label: string }[];
  default: string;
}

/** A pasted list (spreadsheet rows or CSV); the model parses it with lib/csv.ts. */
export interface TextField extends FieldBase {
  kind: 'text';
  default: string;
  /** Longer pastes are refused with a message rather than slowing the page. */
  maxLength: number;
  rows?: number;
  /** Offer "Load a CSV file" beside the box. */
  csv?: boolean;
}

export type Field = NumberField | ChoiceField | TextField;

/** A fix offered beside a failed cross-check: the button's words and the field texts it sets. */
export interface Repair {
  label: string;
  texts: Record<string, string>;
}
export type InputValue = number | string | null;
export type Inputs = Record<string, InputValue>;

export interface OutputSpec {
  id: string;
  label: string;
  /** `keyword` outputs carry a machine keyword in data-value and a label on screen. */
  unit: Unit | 'keyword';
  /** Decimal places kept in data-value (and shown). Defaults: currency 2, others 4. */
  decimals?: number;
}

/** A computed output: a number, a keyword with its display label, or a reason it cannot be computed. */
export type OutputValue =
  | { value: number }
  | { value: string; label: string }
  | { unavailable: string };

export interface Note {
  level: 'info' | 'warning';
  text: string;
}

/** Row-by-row output of a list tool, shown as a table with a CSV download. */
export interface TableOutput {
  id: string;
  caption: string;
  columns: readonly { id: string; label: string; unit: Unit | 'text' }[];
  rows: Record<string, number | string>[];
}

export interface Result {
  outputs: Record<string, OutputValue>;
  notes: Note[];
  tables?: TableOutput[];
  /** Year-by-year (or step-by-step) figures for a chart and its data table; equal-length arrays keyed by name. */
  series?: Record<string, number[]>;
}

export interface CalculatorModel {
  id: string;
  title: string;
  fields: readonly Field[];
  outputs: readonly OutputSpec[];
  /** Rules that span fields ("Churn and contraction cannot exceed the starting ARR"): field id → message. */
  crossCheck?: (inputs: Inputs) => Record<string, string>;
  /** A one-click fix the view offers while a cross-check fails (weights rescaled to 100, say). */
  repair?: (inputs: Inputs) => Repair | undefined;
  /** Rate-driven calculators: a small table of `outputs` with `field` moved by each delta. */
  sensitivity?: { field: string; outputs: readonly string[]; deltas: readonly number[] };
  /** Economics calculators: offer "today" and a "target" side by side, with the change in every output. */
  scenarios?: boolean;
  /** Called only with inputs that passed field and cross checks. */
  compute: (inputs: Inputs) => Result;
}

export function defineCalculator<M extends CalculatorModel>(model: M): M {
  return model;
}

/** Numeric input value (compute() receives validated inputs, so a cast is safe). */
export const num = (inputs: Inputs, id: string): number => inputs[id] as number;
export const str = (inputs: Inputs, id: string): string => inputs[id] as string;

export const value = (v: number): OutputValue => (Number.isFinite(v) ? { value: v } : { unavailable: 'This figure has no finite value for these inputs.' });
export const keyword = (v: string, label: string): OutputValue => ({ value: v, label });
export const unavailable = (reason: string): OutputValue => ({ unavailable: reason });
