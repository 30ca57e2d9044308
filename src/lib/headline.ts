/** A headline figure as a chapter states it: `<Stat value="5×">…</Stat>`. */
export interface Figure {
  value: string;
  text: string;
}

/** The <Stat> figures of an MDX source, in order; the cover needs three. */
export function headlineFigures(source: string): Figure[] {
  const figures = [...source.matchAll(/<Stat value="([^"]+)">([\s\S]*?)<\/Stat>/g)].map((m) => ({ value: m[1]!, text: m[2]!.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim() }));
  if (figures.length < 3) throw new Error(`The cover shows the introduction's first three <Stat> figures, but content/chapters/introduction.mdx has ${figures.length}.`);
  return figures.slice(0, 3);
}
