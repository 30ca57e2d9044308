import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A smaller island runtime than Astro's stock one, guarded as DESIGN §8 requires.
 *
 * Three internals are replaced, each worth bytes on every island page (a calculator page has
 * 20 KB of JavaScript in all): Astro's inline `<astro-island>` bootstrap (about 1.8 KB gzip; it
 * handles slots, nested islands, view transitions and rich props, none of which the site uses),
 * `@astrojs/preact`'s hydration client (slots and signal props, about 0.3 KB), and Vite's module
 * preload helper (about 0.9 KB; with module preloading off and no CSS in lazy chunks it only
 * ever calls the loader).
 *
 * Each replacement depends on code that is not a public API, so each is fingerprinted: when a
 * dependency update changes that code, the build stops and says what to review. The hash the
 * Content-Security-Policy needs for the short bootstrap is added through Astro's public
 * `security.csp.scriptDirective.hashes`, with the algorithm read from the same configuration,
 * and every built page is checked so that no inline script runs without its hash.
 */

const require = createRequire(import.meta.url);
const sha = (text) => createHash('sha256').update(text).digest('hex').slice(0, 16);
/** A file inside an installed package, read past its exports map: "astro/dist/…" → node_modules/astro/dist/…. */
function source(file) {
  const [scope, name] = file.split('/');
  const pkg = scope.startsWith('@') ? `${scope}/${name}` : scope;
  const dir = require.resolve.paths(pkg).map((d) => join(d, pkg)).find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new Error(`The compact island runtime cannot find the package ${pkg}.`);
  return readFileSync(join(dir, file.slice(pkg.length + 1)), 'utf8');
}

/** The internals this runtime was written against, by content. Update only after reviewing the code named. */
export const FINGERPRINTS = {
  bootstrap: { file: 'astro/dist/runtime/server/astro-island.prebuilt.js', sha: 'c9fc3b347727c6a2', review: 'the compact bootstrap below against astro/src/runtime/server/astro-island.ts' },
  visible: { file: 'astro/dist/runtime/client/visible.prebuilt.js', sha: '71a5a2d905a7667f', review: 'how the compact bootstrap calls Astro[client](load, opts, element)' },
  preact: { file: '@astrojs/preact/dist/client.js', sha: '9026d63355d0859a', review: 'plainPreactHydration against the new client (the island mask and the ssr check)' },
};

/** Vite's own names for its preload helper, read from its source so a rename stops the build. */
const VITE_HELPER = { id: '\0vite/preload-helper.js', declaration: 'const preloadHelperId = "\\0vite/preload-helper.js";', method: 'const preloadMethod = `__vitePreload`;' };

export function checkFingerprints(read = source) {
  const changed = Object.values(FINGERPRINTS).filter(({ file, sha: expected }) => sha(read(file)) !== expected);
  const problems = changed.map(({ file, review }) => `${file} has changed since the compact island runtime was written: review ${review}, then update its fingerprint in src/plugins/compact-island-runtime.mjs.`);
  const vite = read('vite/dist/node/chunks/node.js');
  if (!vite.includes(VITE_HELPER.declaration) || !vite.includes(VITE_HELPER.method))
    problems.push('Vite no longer names its preload helper "\\0vite/preload-helper.js" / __vitePreload: review withoutPreloadHelper in src/plugins/compact-island-runtime.mjs.');
  return problems;
}

export const COMPACT_ISLAND_SCRIPT = `(()=>{const d=([t,v])=>t===1?v.map(d):t===0?v&&typeof v=="object"?Object.fromEntries(Object.entries(v).map(([k,x])=>[k,d(x)])):v:void 0;customElements.get("astro-island")||customElements.define("astro-island",class extends HTMLElement{connectedCallback(){document.readyState=="loading"?document.addEventListener("DOMContentLoaded",()=>this.start(),{once:!0}):this.start()}start(){const a=n=>this.getAttribute(n),c=a("client");if(!Astro[c]){addEventListener("astro:"+c,()=>this.start(),{once:!0});return}Astro[c](async()=>{const[m,r]=await Promise.all([import(a("component-url")),import(a("renderer-url"))]);return async()=>{try{await r.default(this)(m[a("component-export")||"default"],d([0,JSON.parse(a("props")||"{}")]),{},{client:c});this.removeAttribute("ssr");this.dispatchEvent(new CustomEvent("astro:hydrate"))}catch(e){console.error("[astro-island] could not hydrate "+a("component-url"),e)}}},JSON.parse(a("opts")),this)}})})();`;

const PREFIXES = { 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

/** A script's CSP source expression under the configured algorithm, as Astro writes it. */
export function cspHash(text, algorithm = 'SHA-256') {
  const prefix = PREFIXES[algorithm];
  if (!prefix) throw new Error(`The compact island runtime does not know the CSP algorithm "${algorithm}": add it to PREFIXES in src/plugins/compact-island-runtime.mjs.`);
  return `${prefix}-${createHash(prefix).update(text).digest('base64')}`;
}

/** The algorithm `security.csp` asks for; Astro's default is SHA-256. */
export const cspAlgorithm = (security) => (typeof security?.csp === 'object' && security.csp.algorithm) || 'SHA-256';

/** Why the short bootstrap cannot serve this page, or undefined when it can. */
export function unsupported(html) {
  if (/<astro-slot|<template[^>]*data-astro-template|before-hydration-url=/.test(html)) return 'an island with slots or a before-hydration script';
  if (/component-export="[^"]*\./.test(html)) return 'an island with a dotted component export';
  for (const [, props] of html.matchAll(/<astro-island[^>]*\sprops="([^"]*)"/g)) {
    const json = props.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
    if (/\[(?:[2-9]|1[0-9]),/.test(json.replace(/"(?:[^"\\]|\\.)*"/g, '""'))) return 'an island prop that is not plain JSON (a date, map, set, URL or similar)';
  }
  const openings = [...html.matchAll(/<(\/?)astro-island\b/g)];
  let depth = 0;
  for (const [, closing] of openings) {
    depth += closing ? -1 : 1;
    if (depth > 1) return 'an island inside another island';
  }
  return undefined;
}

/** The policy a page declares in its `<meta http-equiv="content-security-policy">`. */
export const pagePolicy = (html) => html.match(/<meta http-equiv="content-security-policy" content="([^"]*)"/)?.[1] ?? '';

/**
 * Inline scripts whose hash the page's policy lacks, so the browser would refuse them. A policy
 * in a <meta> element governs only what follows it, so scripts before it (the theme, which must
 * run before first paint) are not counted.
 */
export function unhashedScripts(html, algorithm) {
  const policy = pagePolicy(html);
  if (!policy) return [];
  const after = html.slice(html.indexOf('http-equiv="content-security-policy"'));
  return [...after.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((script) => !policy.includes(`'${cspHash(script, algorithm)}'`));
}

/**
 * The page with Astro's bootstrap swapped for the compact one, or the page as it was when it
 * has none. Throws when the page needs more than the compact bootstrap does, or when the
 * swapped page would carry a script its policy does not allow.
 */
export function compactPage(html, { original, algorithm = 'SHA-256' }) {
  const script = `<script>${original}</script>`;
  if (!html.includes(script)) {
    if (html.includes('customElements.define("astro-island"')) throw new Error('an island bootstrap that is not the one this swap was written for');
    return html;
  }
  const reason = unsupported(html);
  if (reason) throw new Error(`${reason}, which the compact island bootstrap does not support`);
  const out = html.replace(script, `<script>${COMPACT_ISLAND_SCRIPT}</script>`);
  if (unhashedScripts(out, algorithm).length) throw new Error(`the page's Content-Security-Policy has no ${algorithm} hash for the compact island bootstrap`);
  return out;
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

/** A one-line preload helper: nothing is preloaded, so the loader is all it needs to call. */
export function withoutPreloadHelper() {
  return {
    name: 'csp:without-preload-helper',
    enforce: 'pre',
    configEnvironment(name, config) {
      if (name === 'client') config.build = { ...config.build, modulePreload: false };
    },
    resolveId: (id) => (id === VITE_HELPER.id ? id : undefined),
    load: (id) => (id === VITE_HELPER.id ? 'export const __vitePreload = (load) => load();' : undefined),
    generateBundle(_, bundle) {
      // The stock helper names modulepreload; if it ever reaches a chunk, the stand-in was bypassed.
      const stock = Object.values(bundle).find((c) => c.type === 'chunk' && c.code.includes('modulepreload'));
      if (stock) this.error(`${stock.fileName} carries Vite's stock preload helper: the stand-in in src/plugins/compact-island-runtime.mjs no longer replaces it. Review Vite's preload helper id.`);
    },
  };
}

/** @astrojs/preact's client without slot and signal handling, which the site never uses. */
export function plainPreactHydration() {
  return {
    name: 'csp:plain-preact-hydration',
    enforce: 'pre',
    transform(code, id) {
      if (!/@astrojs[\\/]preact[\\/]dist[\\/]client\.js$/.test(id)) return;
      if (sha(code) !== FINGERPRINTS.preact.sha) this.error(`@astrojs/preact's client has changed: review ${FINGERPRINTS.preact.review}, then update its fingerprint.`);
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

export function compactIslandRuntime() {
  let algorithm = 'SHA-256';
  return {
    name: 'csp:compact-island-runtime',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const problems = checkFingerprints();
        if (problems.length) throw new Error(problems.join('\n'));
        algorithm = cspAlgorithm(config.security);
        updateConfig({ vite: { plugins: [withoutPreloadHelper(), plainPreactHydration()] } });
        if (!config.security?.csp) return;
        // Public configuration: the policy allows the compact bootstrap by its hash.
        updateConfig({ security: { csp: { scriptDirective: { hashes: [cspHash(COMPACT_ISLAND_SCRIPT, algorithm)] } } } });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const { default: original } = await import('astro/runtime/server/astro-island.prebuilt.js');
        let pages = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          let next;
          try {
            next = compactPage(html, { original, algorithm });
          } catch (error) {
            throw new Error(`${file}: ${error.message}`);
          }
          const refused = unhashedScripts(next, algorithm);
          if (refused.length) throw new Error(`${file}: ${refused.length} inline script(s) have no ${algorithm} hash in the page's Content-Security-Policy, so the browser would refuse them.`);
          if (next !== html) {
            writeFileSync(file, next);
            pages++;
          }
        }
        logger.info(`compact island bootstrap on ${pages} pages (CSP ${algorithm})`);
      },
    },
  };
}
