import { parseField } from './inputs';
import { profileField, type Profile, type ProfileKey } from './profile';

// Apart from profile.ts, which every calculator page loads: only /my-numbers/ edits figures.
/** The profile after the reader types `text` into a figure's box: blank removes it; a bad value changes nothing and says why. */
export function editProfile(profile: Profile, key: ProfileKey, text: string): { profile: Profile; error?: string } {
  const parsed = parseField({ ...profileField(key), optional: true }, text);
  if ('error' in parsed) return { profile, error: parsed.error };
  const next = { ...profile };
  if (parsed.value === null) delete next[key];
  else next[key] = parsed.value as number;
  return { profile: next };
}
