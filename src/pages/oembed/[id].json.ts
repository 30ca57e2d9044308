import type { APIRoute, GetStaticPaths } from 'astro';
import { embedSnippet, toolsInOrder, type ToolEntry } from '../../lib/tools';
import { EMBED_HEIGHTS } from '../../calculators/embed';

// An oEmbed answer is made of absolute addresses: without the public address (SITE_URL) there is none.
export const getStaticPaths: GetStaticPaths = async () =>
  import.meta.env.SITE ? (await toolsInOrder()).map((tool) => ({ params: { id: tool.id }, props: { tool } })) : [];

/** A static oEmbed ("rich") answer per tool, advertised from the tool page's <head>. */
export const GET: APIRoute = ({ props, site }) => {
  const tool = props.tool as ToolEntry;
  const origin = site!.origin;
  // The embed as measured at the width declared here, showing the book's example.
  const height = EMBED_HEIGHTS[tool.id]!.example;
  return new Response(
    JSON.stringify({
      version: '1.0',
      type: 'rich',
      provider_name: 'Customer Success Playbook',
      provider_url: `${origin}/`,
      title: tool.data.title,
      html: embedSnippet(origin, tool.id, tool.data.title, height),
      width: 720,
      height,
    }),
    { headers: { 'Content-Type': 'application/json' } },
  );
};
