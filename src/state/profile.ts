import { cleanProfile, type Mode, type Profile } from '../calculators/profile';
import { currencies, type Currency } from '../calculators/units';
import { persistentAtom } from './persist';

export const $profile = persistentAtom<Profile>('profile', {}, {
  describe: 'company figures ("my numbers")',
  parse: (raw) => {
    const { profile, rejected } = cleanProfile(raw);
    return rejected.length ? undefined : profile;
  },
});

export const $mode = persistentAtom<Mode>('mode', 'example', {
  describe: 'choice between example numbers and your numbers',
  parse: (raw) => (raw === 'example' || raw === 'mine' ? raw : undefined),
});

export const $currency = persistentAtom<Currency>('currency', 'USD', {
  describe: 'currency choice',
  parse: (raw) => (currencies.includes(raw as Currency) ? (raw as Currency) : undefined),
});
