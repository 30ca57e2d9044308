import { cleanProfile, type Profile } from '../calculators/profile';

export const PROFILE_FORMAT = 'csp-my-numbers';
/** Anything bigger is not a profile export; refusing it early keeps the page responsive. */
export const MAX_PROFILE_FILE = 100_000;

export function exportProfile(profile: Profile, now = new Date()): string {
  return JSON.stringify({ format: PROFILE_FORMAT, version: 1, exportedAt: now.toISOString(), figures: profile }, null, 2);
}

export type ImportResult = { ok: true; profile: Profile } | { ok: false; problems: string[] };

/** Reads an exported file; any problem rejects the whole file so nothing is half-applied. */
export function importProfile(text: string): ImportResult {
  if (text.length > MAX_PROFILE_FILE) return { ok: false, problems: ['The file is too large to be a "my numbers" export (over 100 KB).'] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['The file is not valid JSON, so it cannot be a "my numbers" export.'] };
  }
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== PROFILE_FORMAT) {
    return { ok: false, problems: ['The file is not a "my numbers" export from this playbook.'] };
  }
  const { version, figures } = data as { version?: unknown; figures?: unknown };
  if (version !== 1) return { ok: false, problems: [`The file's version (${String(version).slice(0, 12)}) is not one this playbook can read.`] };
  const { profile, rejected } = cleanProfile(figures);
  return rejected.length ? { ok: false, problems: rejected } : { ok: true, profile };
}
