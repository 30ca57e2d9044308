import { cleanProfile, type Profile } from '../calculators/profile';
import { unwrap, wrap } from '../lib/envelope';

/** The kind in the file's envelope; files from before the envelope say it as `format`. */
export const PROFILE_FORMAT = 'csp-my-numbers';
/** Anything bigger is not a profile export; refusing it early keeps the page responsive. */
export const MAX_PROFILE_FILE = 100_000;

export function exportProfile(profile: Profile, now = new Date()): string {
  return wrap(PROFILE_FORMAT, { figures: profile }, now.toISOString());
}

export type ImportResult = { ok: true; profile: Profile } | { ok: false; problems: string[] };

/** Reads an exported file; any problem rejects the whole file so nothing is half-applied. Never throws. */
export function importProfile(text: unknown): ImportResult {
  const opened = unwrap(text, PROFILE_FORMAT, { what: 'a "my numbers" export from this playbook', maxChars: MAX_PROFILE_FILE });
  if (!opened.ok) return { ok: false, problems: [opened.error] };
  const { profile, rejected } = cleanProfile(opened.body.figures);
  return rejected.length ? { ok: false, problems: rejected } : { ok: true, profile };
}
