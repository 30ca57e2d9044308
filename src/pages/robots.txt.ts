import type { APIRoute } from 'astro';

/** Names the sitemap when the public address is known (a sitemap line must be absolute). */
export const GET: APIRoute = ({ site }) =>
  new Response(['User-agent: *', 'Allow: /', 'Disallow: /embed/', ...(site ? [`Sitemap: ${new URL('/sitemap-index.xml', site).href}`] : []), ''].join('\n'), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
