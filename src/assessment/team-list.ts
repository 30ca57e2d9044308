/**
 * The team page's list of codes as text: light enough for the page to load with it, so a list
 * kept from an earlier visit shows without loading the code reader (team-view.ts has the rest).
 */

/** Longest text read from one paste (the same cap as an imported file). */
export const MAX_PASTE_LENGTH = 1_000_000;

/** The list with codes added at the end, one a line. */
export const appendCodes = (list: string, codes: readonly string[]): string => [list.trimEnd(), ...codes].filter((s) => s !== '').join('\n');

/**
 * The list kept from an earlier visit: the text as it was, or its first MAX_PASTE_LENGTH
 * characters with `cut` saying how many more there were, so the page can say what it kept.
 */
export function savedList(raw: unknown): { text: string; cut: number } | undefined {
  if (typeof raw !== 'string') return undefined;
  return raw.length > MAX_PASTE_LENGTH ? { text: raw.slice(0, MAX_PASTE_LENGTH), cut: raw.length - MAX_PASTE_LENGTH } : { text: raw, cut: 0 };
}
