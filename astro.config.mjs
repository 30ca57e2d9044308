import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

export default defineConfig({
  // The public address of the published book: share links, canonical URLs and oEmbed use it.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  integrations: [mdx(), preact()],
  security: { csp: { scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } } },
  trailingSlash: 'always',
  // Shiki colours code with inline styles, which the Content-Security-Policy forbids.
  markdown: { syntaxHighlight: false },
});
