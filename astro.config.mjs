import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';
import { satteri } from '@astrojs/markdown-satteri';
import { unwrittenChapters } from './src/plugins/unwritten-chapters.mjs';
import { proseTables } from './src/plugins/prose-tables.mjs';
import { calculatorIslands, bundleCopies } from './src/plugins/calculator-islands.mjs';
import { compactIslandRuntime } from './src/plugins/compact-island-runtime.mjs';
import sitemap from '@astrojs/sitemap';

/**
 * A few shared chunks instead of a dozen small ones, because one file compresses better than
 * several: every island page needs the platform (Preact, the stores, the number handling and the
 * calculator view; the assessment pages load the last two without using them, within their
 * budget, so calculator pages save about 0.8 KB gzip); calculators that take the reader's own
 * figures the numbers (the saved figures and their rules; what they fill in a calculator, and the
 * note that says so, travel in each calculator's bundle); and pages with maturity scales the
 * scale. The share box and the comparison load on demand instead. A bundle's own copy of a module
 * (`?bundle=`, see bundleCopies) stays in its bundle.
 */
const sharedModules = [
  {
    name: 'platform',
    test: /node_modules[\\/](preact|nanostores|@astrojs[\\/]preact)[\\/]|vite[\\/]preload-helper|src[\\/](state[\\/](persist|use-store|currency)\.ts|islands[\\/](kept-input\.ts|CalculatorView\.tsx|FieldInput\.tsx)|calculators[\\/](contract|inputs|format|start|cite|units)\.ts)/,
  },
  { name: 'numbers', test: /src[\\/](state[\\/]profile\.ts|calculators[\\/](profile|profile-fields)\.ts)/ },
  { name: 'scale', test: /src[\\/](state[\\/]assessment\.ts|assessment[\\/](normalise|types)\.ts)/ },
];
/** Modules every bundle shares rather than copies (see bundleCopies): the chunks above. */
const shared = new RegExp(sharedModules.map((g) => g.test.source).join('|'));
const chunkGroups = sharedModules.map(({ name, test }) => ({ name, test: new RegExp(`^(?!.*\\?bundle=)(?:.*?)(?:${test.source})`) }));

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
    plugins: [bundleCopies({ shared })],
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } } } } },
  },
});
