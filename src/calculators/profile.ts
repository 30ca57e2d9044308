import type { NumberField } from './contract';
import { parseField } from './inputs';
import { profileFields, type Profile, type ProfileKey } from './profile-fields';

export { profileFields, type Profile, type ProfileKey, type Mode } from './profile-fields';

const known = new Map<string, NumberField>(profileFields.map((f) => [f.id, f]));
export const profileField = (key: ProfileKey): NumberField => known.get(key)!;

/**
 * Figures that follow from others when the reader has not entered them (DESIGN §4a):
 * the value, the figures it needs, and how the calculator names its origin.
 */
export const derivedFigures: Partial<Record<ProfileKey, { needs: readonly ProfileKey[]; how: string; derive: (p: Required<Profile>) => number | undefined }>> = {
  arpc: { needs: ['arr', 'customers'], how: 'ARR ÷ customers', derive: (p) => (p.customers > 0 ? p.arr / p.customers : undefined) },
  retention: {
    needs: ['start-arr', 'contraction', 'churned'],
    how: 'gross revenue retention from your last year',
    derive: (p) => ((p['start-arr'] - p.contraction - p.churned) / p['start-arr']) * 100,
  },
};

export interface ProfileFigure {
  value: number;
  /** How it was worked out, when the reader did not enter it. */
  derived?: string;
}

/** A profile figure as entered or, failing that, derived from the ones it follows from. */
export function profileFigure(profile: Profile, key: ProfileKey): ProfileFigure | undefined {
  const entered = profile[key];
  if (entered !== undefined) return { value: entered };
  const rule = derivedFigures[key];
  if (!rule || rule.needs.some((k) => profile[k] === undefined)) return undefined;
  const v = rule.derive(profile as Required<Profile>);
  return v === undefined || !Number.isFinite(v) ? undefined : { value: v, derived: rule.how };
}

/** The figures the reader could enter to supply `key`: itself, or what it derives from. */
export function missingFor(profile: Profile, key: ProfileKey): ProfileKey[] {
  if (profileFigure(profile, key)) return [];
  const rule = derivedFigures[key];
  // Only suggest the derivation when the reader is part of the way there.
  const partial = rule && rule.needs.some((k) => profile[k] !== undefined);
  return partial ? rule.needs.filter((k) => profile[k] === undefined) : [key];
}

/** Keeps only known keys whose values pass their field's rules; reports what it dropped. Never calls a method of `raw`. */
export function cleanProfile(raw: unknown): { profile: Profile; rejected: string[] } {
  const profile: Profile = {};
  const rejected: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { profile, rejected: ['the file does not hold a set of named figures'] };
  for (const key of Object.keys(raw)) {
    const value: unknown = (raw as Record<string, unknown>)[key];
    const field = known.get(key);
    if (!field) {
      rejected.push(`"${key.slice(0, 40)}" is not a figure the playbook uses`);
      continue;
    }
    if (value === null || value === '') continue;
    const parsed = parseField(field, typeof value === 'number' ? String(value) : typeof value === 'string' ? value : '?');
    if ('error' in parsed) rejected.push(parsed.error);
    else if (typeof parsed.value === 'number') profile[key as ProfileKey] = parsed.value;
  }
  return { profile, rejected };
}

