/**
 * What a page embeds, so components inside its MDX can decide how to render: prose cites
 * a calculator live only when that calculator is on the page, which keeps a chapter that
 * only points to a tool (a ToolCard) within its JavaScript budget (DESIGN §8).
 */
export interface PageIslands {
  calculators: Set<string>;
}

const CALCULATOR_TAG = /<Calculator\s+id="([a-z0-9-]+)"/g;

export function pageIslands(mdxSource: string, extra: string[] = []): PageIslands {
  return { calculators: new Set([...extra, ...[...mdxSource.matchAll(CALCULATOR_TAG)].map((m) => m[1])]) };
}

/** Reads what the page declared; a component outside such a page treats everything as embedded. */
export function islandsOf(locals: object): PageIslands | undefined {
  return (locals as { islands?: PageIslands }).islands;
}

export function declareIslands(locals: object, islands: PageIslands): void {
  (locals as { islands?: PageIslands }).islands = islands;
}
