#!/usr/bin/env node
// Budgets from DESIGN §8, measured on the built site: gzip bytes of every script and
// stylesheet a page loads before search opens. Prints the figures; fails over budget.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributes, htmlFiles, read, urlPath } from './html.mjs';

const dist = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
const KB = 1024;
const budgets = { prose: 2 * KB, calculator: 20 * KB, search: 20 * KB, css: 12 * KB };
const gz = (text) => gzipSync(text, { level: 9 }).length;

/**
 * Static imports of a built module. Dynamic imports are left out on purpose: the site's
 * only ones load on a reader's action (opening search, choosing a file, opening a shared
 * result), never on page load or hydration, and a unit test keeps it that way.
 */
function imports(file, code) {
  const out = [];
  for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)) out.push(m[1]);
  return out.map((p) => join(dirname(file), p));
}

function closure(entries) {
  const seen = new Set();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    stack.push(...imports(file, readFileSync(file, 'utf8')));
  }
  return seen;
}

const local = (url) => join(dist, url.split('?')[0]);
const rows = [];
let failed = false;
for (const file of htmlFiles(dist)) {
  const html = read(file);
  const path = urlPath(dist, file);
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const external = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => local(m[1]));
  const islands = [...attributes(html, 'component-url'), ...attributes(html, 'renderer-url')].map(local);
  const modules = closure([...external, ...islands]);
  const js = inline.reduce((n, s) => n + gz(s), 0) + [...modules].reduce((n, f) => n + gz(readFileSync(f)), 0);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(local(m[1]), 'utf8'));
  const css = gz(styles.join('') + [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join(''));
  const kind = /<[^>]+\sdata-search-autobind/.test(html) ? 'search' : islands.length ? 'calculator' : 'prose';
  const over = js > budgets[kind] || css > budgets.css;
  failed ||= over;
  rows.push({ path, kind, js, css, over });
}
rows.sort((a, b) => a.kind.localeCompare(b.kind) || b.js - a.js);
const f = (n) => `${(n / KB).toFixed(2)} KB`.padStart(9);
console.log(`budgets (gzip): prose JS ≤ ${budgets.prose / KB} KB, calculator JS ≤ ${budgets.calculator / KB} KB, CSS ≤ ${budgets.css / KB} KB per page`);
console.log(`${'page'.padEnd(40)} ${'type'.padEnd(10)} ${'JS'.padStart(9)} ${'CSS'.padStart(9)}`);
for (const r of rows) console.log(`${r.path.padEnd(40)} ${r.kind.padEnd(10)} ${f(r.js)} ${f(r.css)}${r.over ? '  OVER BUDGET' : ''}`);
const worst = (kind) => Math.max(0, ...rows.filter((r) => r.kind === kind).map((r) => r.js));
console.log(`largest prose page: ${f(worst('prose'))} of JS; largest calculator page: ${f(worst('calculator'))}`);
process.exit(failed ? 1 : 0);
