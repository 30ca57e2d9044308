/** Site-wide facts used by pages, oEmbed and share links. */
export const SITE_TITLE = 'Customer Success Playbook';
export const SITE_DESCRIPTION = 'The leadership playbook on Customer Success: the strategy, the economics and the operating model, with calculators and a maturity self-assessment.';

export type Part = 'one' | 'two' | 'alignment' | 'back';
export const partNames: Record<Part, string> = {
  one: 'Part One: the strategic case',
  two: 'Part Two: building and running the function',
  alignment: 'Alignment: Sales, CS and the board',
  back: 'Back matter',
};
export const partOrder: Part[] = ['one', 'two', 'alignment', 'back'];

/** "Chapter 4", "Introduction", or nothing for back matter. */
export function chapterLabel(part: Part, order: number): string {
  if (order === 0) return 'Introduction';
  return part === 'back' ? '' : `Chapter ${order}`;
}

const WORDS_PER_MINUTE = 230;

/** Minutes to read an MDX source: prose words only, components and markup stripped. */
export function readingMinutes(source: string): number {
  const text = source
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/[#*_`|>[\]()-]+/g, ' ');
  const words = text.split(/\s+/).filter((w) => /[a-z0-9]/i.test(w)).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
