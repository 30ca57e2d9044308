import type { CalculatorModel, Derivation, Field } from './contract';
import { evaluate, parseField } from './inputs';
import { exampleTexts, startFrom, type Filled, type LinkStart, type ProfileFill, type Start, type Unfilled } from './start';
import { derivedFigures, missingFor, profileFields, profileFigure, type Mode, type Profile, type ProfileKey } from './profile';

/**
 * What the reader's own figures fill in a calculator (DESIGN §4a): whole situations only, with
 * what is missing named. Pages load this with the calculators that take the reader's figures;
 * start.ts has what every calculator starts from.
 */
export { exampleTexts, isExample, startFrom, type Filled, type LinkStart, type ProfileFill, type Start, type Unfilled } from './start';

/** A set of fields that fill together: a named group, or one profile-backed field on its own. */
export interface FillUnit {
  group?: string;
  fields: Field[];
}

/** Every profile-backed field, ungrouped fields alone and grouped ones with their group, in field order. */
export function fillUnits(model: CalculatorModel): FillUnit[] {
  const units: FillUnit[] = [];
  for (const field of model.fields) {
    if (!field.profile) continue;
    const unit = field.group ? units.find((u) => u.group === field.group) : undefined;
    if (unit) unit.fields.push(field);
    else units.push(field.group ? { group: field.group, fields: [field] } : { fields: [field] });
  }
  return units;
}

/** What the profile gives one field: its text, or what is missing or wrong. */
function fromProfile(field: Field, profile: Profile): { text: string; derived?: string } | { needs: ProfileKey[] } | { problem: string } {
  const source = field.profile!;
  let value: number | undefined;
  let derived: string | undefined;
  if (typeof source === 'string') {
    const figure = profileFigure(profile, source);
    if (!figure) return { needs: missingFor(profile, source) };
    ({ value, derived } = figure);
  } else {
    value = source.derive(profile);
    if (value === undefined) {
      const needs = source.needs.filter((k) => profileFigure(profile, k) === undefined).flatMap((k) => missingFor(profile, k));
      return needs.length ? { needs } : { problem: `${field.label}: ${source.label} cannot be worked out from your figures.` };
    }
    derived = source.label;
  }
  const text = String(field.kind === 'number' && field.integer ? Math.round(value) : value);
  const parsed = parseField(field, text);
  if ('error' in parsed) return { problem: `Your figure does not fit here: ${parsed.error}` };
  return { text, derived };
}

/** Fills whole units only: a group the profile cannot complete stays on the example, named with what it needs. */
export function profileFill(model: CalculatorModel, profile: Profile): ProfileFill {
  const values: Record<string, string> = {};
  const filled: Filled[] = [];
  const unfilled: Unfilled[] = [];
  for (const unit of fillUnits(model)) {
    const got = unit.fields.map((field) => ({ field, from: fromProfile(field, profile) }));
    if (got.every((g) => 'text' in g.from)) {
      for (const { field, from } of got) {
        const { text, derived } = from as { text: string; derived?: string };
        values[field.id] = text;
        filled.push(derived ? { field: field.id, label: field.label, derived } : { field: field.id, label: field.label });
      }
      continue;
    }
    const needs = [...new Set(got.flatMap((g) => ('needs' in g.from ? g.from.needs : [])))];
    const problem = got.map((g) => ('problem' in g.from ? g.from.problem : undefined)).find(Boolean);
    unfilled.push({ labels: unit.fields.map((f) => f.label), needs: orderByProfile(needs), ...(problem ? { problem } : {}) });
  }
  // Figures valid one by one can still contradict each other (more churn than starting ARR):
  // a unit that breaks a cross-field rule stays on the example, with the rule as the reason.
  const { errors } = evaluate(model, { ...exampleTexts(model), ...values });
  for (const unit of fillUnits(model)) {
    const broken = unit.fields.find((f) => f.id in values && errors[f.id]);
    if (!broken) continue;
    for (const f of unit.fields) delete values[f.id];
    const ids = new Set(unit.fields.map((f) => f.id));
    filled.splice(0, filled.length, ...filled.filter((f) => !ids.has(f.field)));
    unfilled.push({ labels: unit.fields.map((f) => f.label), needs: [], problem: `Your figures do not fit together here: ${errors[broken.id]}` });
  }
  return { values, filled, unfilled };
}

const order: string[] = profileFields.map((f) => f.id);
const orderByProfile = (keys: ProfileKey[]) => [...keys].sort((a, b) => order.indexOf(a) - order.indexOf(b));

/** Starting texts without a link: the example, or the example with every situation the profile completes. */
export function startingTexts(model: CalculatorModel, presets: Record<string, unknown> | undefined, mode: Mode, profile: Profile): Record<string, string> {
  const texts = exampleTexts(model, presets);
  return mode === 'mine' ? { ...texts, ...profileFill(model, profile).values } : texts;
}

export interface StartOptions {
  presets?: Record<string, unknown>;
  mode: Mode;
  profile: Profile;
  /** What the page's link set (tool and embed pages; see link.ts): its figures replace the reader's. */
  link?: LinkStart;
}

/** Everything a calculator starts from, the reader's figures included when "my numbers" is on (see startFrom). */
export function startingState(model: CalculatorModel, { presets, mode, profile, link }: StartOptions): Start {
  return startFrom(model, presets, link, !link && mode === 'mine' ? profileFill(model, profile) : undefined);
}

/**
 * A figure one calculator takes from another's output on the reader's figures (lifetime value
 * into LTV:CAC): available only when the profile fills every field the output rests on.
 */
export function derivedOutput(model: CalculatorModel, output: string, rests: readonly string[], needs: readonly ProfileKey[], label: string): Derivation {
  return {
    label,
    needs,
    derive(profile) {
      const fill = profileFill(model, profile);
      if (!rests.every((id) => id in fill.values)) return undefined;
      const v = evaluate(model, { ...exampleTexts(model), ...fill.values }).result?.outputs[output];
      return v && 'value' in v && typeof v.value === 'number' ? v.value : undefined;
    },
  };
}

/**
 * For each fill unit, the sets of saved figures that would complete it (revenue per customer is
 * entered or comes from ARR and customers, and so on), for a page to count without running the
 * models which of its calculators the reader's numbers can fill. Ranges are not checked here;
 * each calculator says so itself once it runs.
 */
export function fillKeySets(model: CalculatorModel): ProfileKey[][][] {
  const ways = (key: ProfileKey): ProfileKey[][] => {
    const rule = derivedFigures[key];
    return rule ? [[key], [...rule.needs]] : [[key]];
  };
  const all = (keys: readonly ProfileKey[]): ProfileKey[][] =>
    keys.reduce<ProfileKey[][]>((sets, key) => sets.flatMap((set) => ways(key).map((w) => [...new Set([...set, ...w])])), [[]]);
  return fillUnits(model).map((unit) => all(unit.fields.flatMap((f) => (typeof f.profile === 'string' ? [f.profile] : [...f.profile!.needs]))));
}

