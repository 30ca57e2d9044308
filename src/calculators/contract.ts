/**
 * The calculator contract (DESIGN.md §4). A calculator is a folder holding a pure
 * `model.ts` that default-exports `defineCalculator({...})`, a thin Preact island
 * `Calculator.tsx`, and `model.test.ts`. The field list below is the single input
 * schema: it drives validation, URL presets, the share and embed links, "my numbers"
 * and the tests. `defineCalculator` types `compute` from it, so a misspelt input or
 * output id, or a keyword where a number belongs, fails the type check.
 */
import type { Profile, ProfileKey } from './profile-fields';
import type { Unit } from './units';

export type { Unit } from './units';

/** A figure one calculator takes from another's output on the reader's figures (lifetime value into LTV:CAC). */
export interface Derivation {
  /** Where the figure comes from, for the note beside the calculator ("the lifetime value calculator"). */
  label: string;
  /** Every profile figure the derivation needs, for the list of what is missing. */
  needs: readonly ProfileKey[];
  /** The figure, or undefined when the profile cannot give a valid one. */
  derive: (profile: Profile) => number | undefined;
}

interface FieldBase<Id extends string = string> {
  /** kebab-case; also the query parameter name. */
  id: Id;
  /** Sentence-case label shown beside the field and used in messages. */
  label: string;
  /** One short line under the field. */
  hint?: string;
  /** Where "my numbers" can fill this field from: a profile figure or another calculator's output. */
  profile?: ProfileKey | Derivation;
  /**
   * Fields that together describe one situation share a group name (DESIGN §4a): they fill
   * from "my numbers" only when the profile has every one of them. Ungrouped fields stand alone.
   */
  group?: string;
}

export interface NumberField<Id extends string = string> extends FieldBase<Id> {
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

export interface ChoiceField<Id extends string = string, V extends string = string> extends FieldBase<Id> {
  kind: 'choice';
  options: readonly { value: V; label: string }[];
  default: V;
}

/**
 * Text the model parses: a pasted list (spreadsheet rows or CSV, read with list-rows.ts), or
 * with `rows: 1` one short value on a single line (a time-zone name, a time, a date) that the
 * model checks in `crossCheck`.
 */
export interface TextField<Id extends string = string> extends FieldBase<Id> {
  kind: 'text';
  default: string;
  /** Longer pastes are refused with a message rather than slowing the page. */
  maxLength: number;
  /** Height of the box; 1 gives a single-line input. */
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

export interface OutputSpec<Id extends string = string> {
  id: Id;
  label: string;
  /** `keyword` outputs carry a machine keyword in data-value and a label on screen. */
  unit: Unit | 'keyword';
  /** Decimal places kept in data-value (and shown). Defaults: currency 2, others 4. */
  decimals?: number;
}

export type NumberValue = { value: number };
export type KeywordValue = { value: string; label: string };
export type Unavailable = { unavailable: string };
/** A computed output: a number, a keyword with its display label, or a reason it cannot be computed. */
export type OutputValue = NumberValue | KeywordValue | Unavailable;

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

export interface Result<O extends string = string> {
  outputs: Record<O, OutputValue>;
  notes: Note[];
  tables?: TableOutput[];
  /** Year-by-year (or step-by-step) figures for a chart and its data table; equal-length arrays keyed by name. */
  series?: Record<string, number[]>;
}

/**
 * A figure inside a reading: one of the calculator's outputs, or a number the reading
 * computed from them (a difference, a multiple) with the unit to show it in.
 */
export type Figure<O extends string = string> = { output: O } | { value: number; unit: Unit; decimals?: number };
/** One sentence of a reading: words and figures in order. Every word that judges is chosen by code. */
export type Sentence<O extends string = string> = readonly (string | Figure<O>)[];

/** What a view needs of any calculator. Methods, so a typed model is assignable to it. */
export interface CalculatorModel {
  id: string;
  title: string;
  fields: readonly Field[];
  outputs: readonly OutputSpec[];
  /** Rules that span fields ("Churn and contraction cannot exceed the starting ARR"): field id → message. */
  crossCheck?(inputs: Inputs): Partial<Record<string, string>>;
  /** A one-click fix the view offers while a cross-check fails (weights rescaled to 100, say). */
  repair?(inputs: Inputs): Repair | undefined;
  /** Rate-driven calculators: a small table of `outputs` with `field` moved by each delta. */
  sensitivity?: { field: string; outputs: readonly string[]; deltas: readonly number[] };
  /** Economics calculators: offer "today" and a "target" side by side, with the change in every output. */
  scenarios?: boolean;
  /** Called only with inputs that passed field and cross checks. */
  compute(inputs: Inputs): Result;
  /**
   * What these figures mean, in the book's voice (DESIGN §4a): shown beside the calculator
   * whenever its inputs are not the book's example. Figures come from the result, and
   * every judging word is chosen from them, so no sentence can contradict its numbers.
   */
  reading?(inputs: Inputs, result: Result): readonly Sentence[];
}

type ValueOf<F> = F extends { kind: 'number' }
  ? F extends { optional: infer O }
    ? true extends O
      ? number | null
      : number
    : number
    : F extends { kind: 'choice'; options: readonly { value: infer V }[] }
      ? V
      : string;

/** The validated inputs `compute` receives, typed from the field list. */
export type InputsOf<Fs extends readonly Field[]> = string extends Fs[number]['id'] ? Inputs : { [F in Fs[number] as F['id']]: ValueOf<F> };
type NumberIds<Fs extends readonly Field[]> = Extract<Fs[number], { kind: 'number' }>['id'];
type OutputIds<Os extends readonly OutputSpec[]> = Os[number]['id'];
// An output list built by code (a map over tiers, say) widens to plain strings: it is then checked loosely.
type ValueFor<O extends OutputSpec> = 'keyword' extends O['unit'] ? ([O['unit']] extends ['keyword'] ? KeywordValue | Unavailable : OutputValue) : NumberValue | Unavailable;
export type OutputsOf<Os extends readonly OutputSpec[]> = string extends Os[number]['id'] ? Record<string, OutputValue> : { [O in Os[number] as O['id']]: ValueFor<O> };
export type ResultOf<Os extends readonly OutputSpec[]> = Omit<Result, 'outputs'> & { outputs: OutputsOf<Os> };

export interface Definition<Fs extends readonly Field[], Os extends readonly OutputSpec[]> {
  id: string;
  title: string;
  fields: Fs;
  outputs: Os;
  crossCheck?: (inputs: InputsOf<Fs>) => Partial<Record<Fs[number]['id'], string>>;
  repair?: (inputs: InputsOf<Fs>) => Repair | undefined;
  sensitivity?: { field: NumberIds<Fs>; outputs: readonly OutputIds<Os>[]; deltas: readonly number[] };
  scenarios?: boolean;
  compute: (inputs: InputsOf<Fs>) => ResultOf<Os>;
  reading?: (inputs: InputsOf<Fs>, result: ResultOf<Os>) => readonly Sentence<OutputIds<Os>>[];
}

/** A calculator model whose `compute` keeps its typed signature, for the model's own tests. */
export type TypedCalculator<Fs extends readonly Field[], Os extends readonly OutputSpec[]> = CalculatorModel & Definition<Fs, Os>;

/** Field and output ids must stay literal (a helper typed `id: string` would switch the checks off). */
type Literal<Xs extends readonly { id: string }[]> = string extends Xs[number]['id'] ? 'ids must be string literals: give helper functions a generic id parameter' : Xs;

export function defineCalculator<const Fs extends readonly Field[], const Os extends readonly OutputSpec[]>(model: Definition<Fs, Os> & { fields: Literal<Fs> }): TypedCalculator<Fs, Os> {
  return model as TypedCalculator<Fs, Os>;
}

/** A number input by id; the id is checked against the field list. */
export const num = <I extends object>(inputs: I, id: keyof I & string): number => (inputs as Record<string, unknown>)[id] as number;
export const str = <I extends object>(inputs: I, id: keyof I & string): string => (inputs as Record<string, unknown>)[id] as string;

/** A finite number as an output; anything else becomes a reason, never NaN or Infinity on screen. */
export const value = (v: number): NumberValue | Unavailable =>
  Number.isFinite(v) ? { value: Object.is(v, -0) ? 0 : v } : { unavailable: 'This figure has no finite value for these inputs.' };
export const keyword = (v: string, label: string): KeywordValue => ({ value: v, label });
export const unavailable = (reason: string): Unavailable => ({ unavailable: reason });
