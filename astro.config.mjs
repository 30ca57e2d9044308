import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { unwrittenChapters } from './src/plugins/unwritten-chapters.mjs';
import { calculatorIslands } from './src/plugins/calculator-islands.mjs';
import { compactIslandRuntime } from './src/plugins/compact-island-runtime.mjs';

/**
 * A few shared chunks instead of a dozen small ones: every island page needs the runtime,
 * every page that shows figures the number handling, every calculator page the view.
 * One file compresses better than many (about 1.5 KB gzip on a calculator page). The
 * share box (CopyField, the embed snippet) and the comparison load on demand instead.
 */
const chunkGroups = [
  { name: 'runtime', test: /node_modules[\\/](preact|nanostores|@astrojs[\\/]preact)[\\/]|src[\\/]state[\\/](persist|use-store)\.ts|vite[\\/]preload-helper/ },
  { name: 'numbers', test: /src[\\/](calculators[\\/](contract|inputs|format|sources|cite|units|profile|profile-fields)\.ts|state[\\/]profile\.ts)/ },
  { name: 'calculator', test: /src[\\/]islands[\\/](CalculatorView|FieldInput|CiteView)\.tsx/ },
  { name: 'scale', test: /src[\\/](islands[\\/]assessment[\\/](Notices|ScaleIsland)\.tsx|state[\\/]assessment\.ts|assessment[\\/](normalise|types)\.ts)/ },
];

export default defineConfig({
  // The public address of the published book: share links, canonical URLs and oEmbed use it.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  integrations: [calculatorIslands(), mdx(), preact(), compactIslandRuntime()],
  security: { csp: { scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } } },
  trailingSlash: 'always',
  // Shiki colours code with inline styles, which the Content-Security-Policy forbids.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [unwrittenChapters()] }) },
  vite: {
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } } } } },
  },
});
