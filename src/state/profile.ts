import { atom } from 'nanostores';
import { persistentAtom } from './persist';
import { profileFields, type Profile, type ProfileKey } from './profile-fields';
import { parseField } from '../calculators/inputs';

const known = new Map(profileFields.map((f) => [f.id as string, f]));

/** Keeps only known keys whose values pass their field's rules; reports what it dropped. */
export function cleanProfile(raw: unknown): { profile: Profile; rejected: string[] } {
  const profile: Profile = {};
  const rejected: string[] = [];
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { profile, rejected: ['the file does not hold a set of named figures'] };
  for (const [key, value] of Object.entries(raw)) {
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

export const $profile = persistentAtom<Profile>('profile', {}, {
  describe: 'company figures ("my numbers")',
  parse: (raw) => {
    const { profile, rejected } = cleanProfile(raw);
    return rejected.length ? undefined : profile;
  },
});

export type Mode = 'example' | 'mine';
export const $mode = persistentAtom<Mode>('mode', 'example', {
  describe: 'choice between example numbers and your numbers',
  parse: (raw) => (raw === 'example' || raw === 'mine' ? raw : undefined),
});

export type Currency = 'USD' | 'GBP' | 'EUR';
export const currencies: readonly Currency[] = ['USD', 'GBP', 'EUR'];
export const $currency = persistentAtom<Currency>('currency', 'USD', {
  describe: 'currency choice',
  parse: (raw) => (currencies.includes(raw as Currency) ? (raw as Currency) : undefined),
});

/** Live inputs of the calculators on this page, so prose citations follow them. */
export const $liveInputs = atom<Record<string, Record<string, number | string | null>>>({});
