#!/usr/bin/env node
// The budgets of DESIGN §8, measured on the built site in gzip bytes of everything a page loads.
//   before  JavaScript before any island scrolls into view: inline scripts, module scripts and
//           islands that hydrate at once (client:load / idle / only)        ≤ 3 KB on every page
//           and, on a page with no islands, before search opens             ≤ 2 KB
//   all     every island the page can hydrate as well (all visible)         ≤ 20 KB on a tool page
//           (/tools/<id>/) or an embed page (/embed/<id>/), ≤ 28 KB on a chapter read to the end;
//           DESIGN names no figure for the other island pages (assessment, templates, worksheets,
//           my numbers), which carry several tools at once like a chapter, so they get its 28 KB
//   CSS     stylesheets and style elements                                  ≤ 8 KB on every page
// Inline scripts count as they travel, compressed together inside the page; each file, alone.
// Code a reader's action loads (search, the share box, the comparison) is listed apart, as
// "on action", and a unit test (test/unit/dynamic-imports.test.ts) names each such import.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles, read, urlPath } from './html.mjs';

const dist = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
const KB = 1024;
export const BUDGETS = { prose: 2 * KB, before: 3 * KB, tool: 20 * KB, chapter: 28 * KB, page: 28 * KB, search: 20 * KB, css: 8 * KB };
const gz = (text) => gzipSync(text, { level: 9 }).length;

const sizes = new Map();
const size = (file) => sizes.get(file) ?? sizes.set(file, gz(readFileSync(file))).get(file);

/** Static and dynamic imports of a built module, as files. */
function imports(file) {
  const code = readFileSync(file, 'utf8');
  const rel = (p) => join(dirname(file), p);
  const statics = [...code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)].map((m) => rel(m[1]));
  const dynamics = [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => rel(m[1]));
  return { statics, dynamics };
}

/** Every module the entries load statically, and the ones reachable only through import(). */
function closure(entries) {
  const seen = new Set();
  const later = new Set();
  const stack = [...entries];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    const { statics, dynamics } = imports(file);
    stack.push(...statics);
    for (const d of dynamics) later.add(d);
  }
  return { now: seen, later };
}

const total = (files) => [...files].reduce((n, f) => n + size(f), 0);
const local = (url) => join(dist, url.split('?')[0]);

function islandsOf(html) {
  return [...html.matchAll(/<astro-island\b[^>]*>/g)].map(([tag]) => ({
    files: [...tag.matchAll(/\s(?:component|renderer)-url="([^"]+)"/g)].map((m) => local(m[1])),
    eager: !/\sclient="visible"/.test(tag),
  }));
}

export function measure(html, kind) {
  const inline = [...html.matchAll(/<script(?![^>]*\ssrc=)(?![^>]*type="application\/(?:ld\+)?json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  const external = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => local(m[1]));
  const islands = islandsOf(html);
  // Inline scripts travel inside the HTML, which is compressed as one stream: they are measured
  // together, as they are sent, rather than as if each were a file of its own.
  const inlineBytes = inline.length ? gz(inline.join('\n')) : 0;
  const before = closure([...external, ...islands.filter((i) => i.eager).flatMap((i) => i.files)]);
  const hydrated = closure([...external, ...islands.flatMap((i) => i.files)]);
  // The code that rewrites figures following a calculator loads as that calculator comes alive,
  // on the pages whose prose has such figures: part of those pages' JavaScript, not an action's.
  const followers = /\sdata-follows="/.test(html) ? [...hydrated.later].filter((f) => /[\\/]followers\.[^\\/]*\.js$/.test(f)) : [];
  // Tool and embed pages read figures from their link as they come alive: theirs too.
  const link = kind === 'tool' ? [...hydrated.later].filter((f) => /[\\/]link\.[^\\/]*\.js$/.test(f)) : [];
  const all = closure([...external, ...islands.flatMap((i) => i.files), ...followers, ...link]);
  const onAction = closure([...all.later].filter((f) => !all.now.has(f)));
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => readFileSync(local(m[1]), 'utf8'));
  return {
    islands: islands.length,
    cites: (html.match(/<span class="cite"/g) ?? []).length,
    before: inlineBytes + total(before.now),
    all: inlineBytes + total(all.now),
    onAction: total([...onAction.now].filter((f) => !all.now.has(f))),
    css: gz(styles.join('') + [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('')),
  };
}

export function kindOf(path, html) {
  if (/<[^>]+\sdata-search-autobind/.test(html)) return 'search';
  if (/^\/chapters\//.test(path)) return 'chapter';
  if (/^\/(tools|embed)\/[^/]+\/$/.test(path)) return 'tool';
  if (/<astro-island\b/.test(html)) return 'page';
  return 'prose';
}

function check(path, kind, m) {
  const over = [];
  if (m.before > BUDGETS.before) over.push(`${fmt(m.before)} before any island is in view (budget ${fmt(BUDGETS.before)})`);
  if (kind === 'prose' && m.all > BUDGETS.prose) over.push(`${fmt(m.all)} on a page without islands (budget ${fmt(BUDGETS.prose)})`);
  const limit = { chapter: BUDGETS.chapter, tool: BUDGETS.tool, page: BUDGETS.page, search: BUDGETS.search }[kind];
  if (limit && m.all > limit) over.push(`${fmt(m.all)} with every island hydrated (budget ${fmt(limit)})`);
  if (m.css > BUDGETS.css) over.push(`${fmt(m.css)} of CSS (budget ${fmt(BUDGETS.css)})`);
  return over.map((o) => `${path}: ${o}`);
}

const fmt = (n) => `${(n / KB).toFixed(2)} KB`;

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = htmlFiles(dist).map((file) => {
    const html = read(file);
    const path = urlPath(dist, file);
    const kind = kindOf(path, html);
    return { path, kind, ...measure(html, kind) };
  });
  const order = ['chapter', 'tool', 'page', 'search', 'prose'];
  rows.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || b.all - a.all);
  const col = (s, w) => String(s).padStart(w);
  console.log('DESIGN §8 budgets, gzip: before islands ≤ 3 KB (prose pages ≤ 2 KB); all islands ≤ 20 KB (tool and embed pages) or ≤ 28 KB (chapters; other island pages); CSS ≤ 8 KB');
  console.log(`${'page'.padEnd(46)} ${'type'.padEnd(8)}${col('before', 10)}${col('all', 10)}${col('on action', 11)}${col('CSS', 10)}${col('islands', 8)}${col('figures', 8)}`);
  for (const r of rows) console.log(`${r.path.padEnd(46)} ${r.kind.padEnd(8)}${col(fmt(r.before), 10)}${col(fmt(r.all), 10)}${col(fmt(r.onAction), 11)}${col(fmt(r.css), 10)}${col(r.islands, 8)}${col(r.cites, 8)}`);
  const worst = (kind, key) => rows.filter((r) => kind === '*' || r.kind === kind).reduce((a, r) => (r[key] > a[key] ? r : a), { path: '-', [key]: 0 });
  for (const [label, kind, key] of [['largest chapter, every island hydrated', 'chapter', 'all'], ['largest tool or embed page', 'tool', 'all'], ['largest other island page', 'page', 'all'], ['largest prose page', 'prose', 'all'], ['most before any island is in view', '*', 'before'], ['most CSS', '*', 'css']]) {
    const w = worst(kind, key);
    console.log(`${label}: ${fmt(w[key])} (${w.path})`);
  }
  const figures = rows.filter((r) => r.kind === 'chapter').reduce((n, r) => n + r.cites, 0);
  // Each figure in prose used to be an island of its own; now it is plain text its calculator updates.
  console.log(`figures in chapter prose: ${figures}, none of them an island (each was one before; the largest chapter carried ${worst('chapter', 'cites').cites})`);
  const failures = rows.flatMap((r) => check(r.path, r.kind, r));
  for (const f of failures) console.log(`OVER BUDGET ${f}`);
  // A chapter's bundle carries its own copy of the stores its islands use (CHAPTER_COPIED in
  // src/plugins/calculator-islands.mjs): that holds only while no other island shares the page.
  const mixed = htmlFiles(dist)
    .filter((file) => urlPath(dist, file).startsWith('/chapters/'))
    .filter((file) => new Set([...read(file).matchAll(/\scomponent-url="([^"]+)"/g)].map((m) => m[1])).size > 1)
    .map((file) => urlPath(dist, file));
  for (const path of mixed) console.log(`MIXED ISLANDS ${path}: a chapter's islands must all come from its one bundle`);
  process.exit(failures.length || mixed.length ? 1 : 0);
}
