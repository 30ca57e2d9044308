// Kept apart from the calculator so the board report's language check loads only this list.
/** Words that turn data into an accusation, with what to say instead. Shared with the board report's language check. */
export const GRIEVANCE_MARKERS: readonly { pattern: RegExp; instead: string }[] = [
  { pattern: /\bmis-?s(?:ell|old|elling|ells)\b/gi, instead: 'qualification mismatch' },
  { pattern: /\bbad[- ]fits?\b/gi, instead: 'a named cohort outside the ICP' },
  { pattern: /\byour (?:team|people|reps|sellers|salespeople)\b/gi, instead: 'the deals signed in a stated period' },
  { pattern: /\bkeeps? (?:on )?selling\b/gi, instead: 'how many accounts, out of how many, share the trait' },
  { pattern: /\b(?:always|never|every single|every time|constantly)\b/gi, instead: 'a count: so many of so many' },
  // Every form of the word: "blamed", "blaming", "dumping", "messed up" accuse as much as "blame".
  { pattern: /\b(?:blam(?:e|es|ed|ing)|faults?|faulty|dump(?:s|ed|ing)?|over the wall|clean(?:s|ed|ing)? up|mess(?:es|ed|y)?)\b/gi, instead: 'the cost, as net contribution' },
  { pattern: /\b(?:should be careful|be more careful|should try|stop selling)\b/gi, instead: 'one yes/no question at deal review' },
];

export interface Marker {
  phrase: string;
  instead: string;
}

/** Every grievance phrase in a text, in reading order. */
export function grievanceMarkers(text: string): Marker[] {
  const found: (Marker & { at: number })[] = [];
  for (const { pattern, instead } of GRIEVANCE_MARKERS) for (const m of text.matchAll(pattern)) found.push({ phrase: m[0], instead, at: m.index ?? 0 });
  return found.sort((a, b) => a.at - b.at).map(({ phrase, instead }) => ({ phrase, instead }));
}
