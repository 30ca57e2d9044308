/**
 * What a page embeds, so components inside its MDX can check what they refer to: a figure
 * that follows a calculator (`<Value follow>`) needs that calculator on the same page.
 */
export interface PageIslands {
  calculators: Set<string>;
}

const CALCULATOR_TAG = /<Calculator\s+id="([a-z0-9-]+)"/g;

export function pageIslands(mdxSource: string, extra: string[] = []): PageIslands {
  return { calculators: new Set([...extra, ...[...mdxSource.matchAll(CALCULATOR_TAG)].map((m) => m[1]!)]) };
}
