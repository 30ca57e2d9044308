/**
 * Whether saved figures complete at least one way of filling one of a calculator's units.
 * `sets` comes from fillKeySets (sources.ts) at build time; this part runs in the page, so it
 * imports nothing and costs a few bytes.
 */
export const fillsSomething = (sets: readonly (readonly (readonly string[])[])[], has: (key: string) => boolean): boolean =>
  sets.some((unit) => unit.some((set) => set.every(has)));
