import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import astroIslandScript from 'astro/runtime/server/astro-island.prebuilt.js';

/**
 * Astro inlines one general `<astro-island>` bootstrap (about 1.8 KB gzip) in every page with
 * an island. It handles slots, nested islands, view transitions and rich prop types, none of
 * which this site uses, and a calculator page has 20 KB of JavaScript in all (DESIGN §8).
 * After the build this swaps it for the few lines below, which do what the site needs: decode
 * plain props, wait for the parsed children, let the client directive decide when, hydrate
 * with the renderer, then drop `ssr` and announce `astro:hydrate` as Astro does.
 *
 * The swap also swaps the script's hash in the page's Content-Security-Policy. It refuses to
 * build, rather than ship islands that would not hydrate, when a page uses a feature the short
 * bootstrap lacks or when Astro's own bootstrap is not the one it knows how to replace.
 */
export const COMPACT_ISLAND_SCRIPT = `(()=>{const d=([t,v])=>t===1?v.map(d):t===0?v&&typeof v=="object"?Object.fromEntries(Object.entries(v).map(([k,x])=>[k,d(x)])):v:void 0;customElements.get("astro-island")||customElements.define("astro-island",class extends HTMLElement{connectedCallback(){document.readyState=="loading"?document.addEventListener("DOMContentLoaded",()=>this.start(),{once:!0}):this.start()}start(){const a=n=>this.getAttribute(n),c=a("client");if(!Astro[c]){addEventListener("astro:"+c,()=>this.start(),{once:!0});return}Astro[c](async()=>{const[m,r]=await Promise.all([import(a("component-url")),import(a("renderer-url"))]);return async()=>{try{await r.default(this)(m[a("component-export")||"default"],d([0,JSON.parse(a("props")||"{}")]),{},{client:c});this.removeAttribute("ssr");this.dispatchEvent(new CustomEvent("astro:hydrate"))}catch(e){console.error("[astro-island] could not hydrate "+a("component-url"),e)}}},JSON.parse(a("opts")),this)}})})();`;

const hash = (text) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

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

/**
 * The page with Astro's bootstrap and its CSP hash replaced, or the page as it was when it has none.
 * @param {string} html
 * @param {string} [original] Astro's bootstrap as it inlines it
 */
export function compactPage(html, original = astroIslandScript) {
  const script = `<script>${original}</script>`;
  if (!html.includes(script)) {
    if (html.includes('customElements.define("astro-island"')) throw new Error('an island bootstrap that is not the Astro version this swap was written for');
    return html;
  }
  const reason = unsupported(html);
  if (reason) throw new Error(`${reason}, which the compact island bootstrap does not support`);
  return html.replace(script, `<script>${COMPACT_ISLAND_SCRIPT}</script>`).replace(hash(original), hash(COMPACT_ISLAND_SCRIPT));
}

function* htmlFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(path);
    else if (entry.name.endsWith('.html')) yield path;
  }
}

export function compactIslandRuntime() {
  return {
    name: 'csp:compact-island-runtime',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        let pages = 0;
        for (const file of htmlFiles(fileURLToPath(dir))) {
          const html = readFileSync(file, 'utf8');
          let next;
          try {
            next = compactPage(html);
          } catch (error) {
            throw new Error(`${file}: ${error.message}`);
          }
          if (next !== html) {
            writeFileSync(file, next);
            pages++;
          }
        }
        logger.info(`compact island bootstrap on ${pages} pages`);
      },
    },
  };
}
