import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The book is published as it is written. A link to a chapter whose MDX file does not
 * exist yet becomes plain text, so readers meet no dead ends, and the link returns by
 * itself the day the chapter lands. (A Sätteri hast plugin: Astro 7's Markdown processor.)
 */
export function unwrittenChapters({ contentDir = 'content/chapters' } = {}) {
  return {
    name: 'csp:unwritten-chapters',
    element: {
      filter: ['a'],
      visit(node, ctx) {
      const href = node.properties?.href;
      const slug = typeof href === 'string' ? /^\/chapters\/([a-z0-9-]+)\/?(#.*)?$/.exec(href)?.[1] : undefined;
      if (!slug || existsSync(join(contentDir, `${slug}.mdx`))) return;
      ctx.replaceNode(node, { type: 'element', tagName: 'span', properties: { className: ['unwritten'] }, children: node.children });
      },
    },
  };
}
