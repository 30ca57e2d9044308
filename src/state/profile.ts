import { cleanProfile, type Mode, type Profile } from '../calculators/profile';
import { persistentAtom } from './persist';

/** The reader's own figures and whether the book uses them: loaded with the calculators that take them. */

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
