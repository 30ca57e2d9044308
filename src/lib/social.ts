/** Where a page's link-card image lives: `social/<kind>/<id>` for chapters and tools, `social/book` otherwise. */
export function socialCard(kind: 'chapter' | 'tool' | 'book', id?: string): string {
  return kind === 'book' ? 'book' : `${kind === 'chapter' ? 'chapters' : 'tools'}/${id}`;
}

/** The image's address on the site. */
export const socialImagePath = (card: string) => `/social/${card}.png`;
