import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { unwrittenChapters } from './src/plugins/unwritten-chapters.mjs';
import { proseTables } from './src/plugins/prose-tables.mjs';
import { calculatorIslands } from './src/plugins/calculator-islands.mjs';
import { compactIslandRuntime } from './src/plugins/compact-island-runtime.mjs';
import sitemap from '@astrojs/sitemap';

/**
 * Vite wraps every import() of the browser build in its preload helper (about 0.9 KB gzip),
 * imported by whichever chunk holds the import. With module preloading off and lazy chunks
 * that carry no CSS it only ever calls the loader, so a one-line helper does the same and
 * loading code on a reader's action costs a page nothing (DESIGN §8).
 */
const preloadHelperId = '\0vite/preload-helper.js';
function withoutPreloadHelper() {
  return {
    name: 'csp:without-preload-helper',
    enforce: 'pre',
    configEnvironment(name, config) {
      if (name === 'client') config.build = { ...config.build, modulePreload: false };
    },
    resolveId: (id) => (id === preloadHelperId ? id : undefined),
    load: (id) => (id === preloadHelperId ? 'export const __vitePreload = (load) => load();' : undefined),
  };
}

/**
 * @astrojs/preact's client also handles slots and signal props, which this site never uses
 * (the compact island bootstrap refuses slots at build time), at about 0.3 KB gzip on every
 * island page. This keeps only what hydrating a plain Preact island takes.
 */
function plainPreactHydration() {
  return {
    name: 'csp:plain-preact-hydration',
    enforce: 'pre',
    transform(code, id) {
      if (!/@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/.test(id)) return;
      return `import { h, hydrate, render } from 'preact';
export default (element) => async (Component, props, _slots, { client }) => {
  if (!element.hasAttribute('ssr')) return;
  const island = h(Component, props);
  const mask = [Number(element.getAttribute('data-preact-island-id') ?? element.getAttribute('uid')), 0];
  island._mask = island.__m = mask;
  if (client === 'only') {
    element.innerHTML = '';
    render(island, element);
  } else hydrate(island, element);
  element.addEventListener('astro:unmount', () => render(null, element), { once: true });
};
`;
    },
  };
}

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
  // Keeping what a reader did before hydration: only the form islands need it, so it has its own chunk.
  { name: 'kept-input', test: /src[\\/]islands[\\/]kept-input\.ts/ },
  { name: 'scale', test: /src[\\/](islands[\\/]assessment[\\/](Notices|ScaleIsland)\.tsx|state[\\/]assessment\.ts|assessment[\\/](normalise|types)\.ts)/ },
];

/**
 * The public address of the published book (SITE_URL). Canonical links, og:url, social images,
 * the sitemap and oEmbed need it; links a reader copies are built from the address they are on.
 * Without it those parts are left out rather than pointing at localhost, and the build says so.
 */
const site = process.env.SITE_URL || undefined;
function publicAddress() {
  const warn = (logger) =>
    logger.warn(
      [
        '',
        '════════════════════════════════════════════════════════════════════',
        '  SITE_URL is not set: this build does not know its public address.',
        '  Left out: canonical links, og:url and social images in link cards,',
        '  sitemap.xml (and its line in robots.txt) and the oEmbed files.',
        '  To publish: SITE_URL=https://playbook.example.com npm run build',
        '════════════════════════════════════════════════════════════════════',
      ].join('\n'),
    );
  return {
    name: 'csp:public-address',
    hooks: {
      'astro:build:start': ({ logger }) => site || warn(logger),
      'astro:build:done': ({ logger }) => site || warn(logger),
    },
  };
}

export default defineConfig({
  site,
  integrations: [
    publicAddress(),
    calculatorIslands(),
    mdx(),
    preact(),
    compactIslandRuntime(),
    // Embeds, oEmbed files and social images are not pages for a search engine.
    sitemap({ filter: (page) => !/\/(embed|oembed|social)\/|\/404\/?$/.test(new URL(page).pathname) }),
  ],
  security: { csp: { scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } } },
  trailingSlash: 'always',
  // Shiki colours code with inline styles, which the Content-Security-Policy forbids.
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [unwrittenChapters(), proseTables()] }) },
  vite: {
    plugins: [withoutPreloadHelper(), plainPreactHydration()],
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } } } } },
  },
});
