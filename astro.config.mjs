import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { unwrittenChapters } from './src/plugins/unwritten-chapters.mjs';
import { calculatorIslands } from './src/plugins/calculator-islands.mjs';
import { compactIslandRuntime } from './src/plugins/compact-island-runtime.mjs';

/**
 * Astro switches Vite's module preloading on for the browser build, which adds a preload
 * helper (about 1 KB gzip) to every page with a dynamic import. Our lazy chunks have no
 * CSS and few dependencies, and a prose page must stay under 2 KB (DESIGN §8).
 */
function withoutPreloadHelper() {
  return {
    name: 'csp:without-preload-helper',
    enforce: 'post',
    configEnvironment(name, config) {
      if (name === 'client') config.build = { ...config.build, modulePreload: false };
    },
  };
}

/**
 * @astrojs/preact's client loads @preact/signals with import() in case an island receives
 * a signal as a prop. This site never passes signals, and that one dynamic import alone
 * pulls Vite's preload helper (about 1 KB gzip) into every page with an island.
 */
function withoutSignalProps() {
  return {
    name: 'csp:without-signal-props',
    enforce: 'pre',
    transform(code, id) {
      if (!/@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/.test(id)) return;
      return code.replace('await import("@preact/signals")', 'await Promise.reject(new Error("Signal props are not used on this site"))');
    },
  };
}

/**
 * A few shared chunks instead of a dozen small ones: every island page needs the runtime,
 * every page that shows figures the number handling, every calculator page the view.
 * One file compresses better than many (about 1.5 KB gzip on a calculator page).
 */
const chunkGroups = [
  { name: 'runtime', test: /node_modules[\\/](preact|nanostores|@astrojs[\\/]preact)[\\/]|src[\\/]state[\\/](persist|use-store)\.ts/ },
  { name: 'numbers', test: /src[\\/](calculators[\\/](contract|inputs|format|sources)\.ts|state[\\/](profile|profile-fields)\.ts)/ },
  { name: 'calculator', test: /src[\\/](islands[\\/](CalculatorView|FieldInput|CiteView)\.tsx|calculators[\\/](embed)\.ts)/ },
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
    plugins: [withoutPreloadHelper(), withoutSignalProps()],
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } } } } },
  },
});
