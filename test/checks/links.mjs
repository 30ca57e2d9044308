#!/usr/bin/env node
// Every internal link and fragment in dist/ must resolve: zero broken links (DESIGN §8).
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attributes, htmlFiles, read, urlPath } from './html.mjs';

const dist = process.argv[2] ?? process.env.DIST_DIR ?? 'dist';
const files = htmlFiles(dist);
const ids = new Map();
for (const file of files) ids.set(urlPath(dist, file), new Set(attributes(read(file), 'id').concat(attributes(read(file), 'name'))));

function target(path) {
  const file = join(dist, decodeURIComponent(path));
  if (existsSync(file) && statSync(file).isFile()) return file;
  if (existsSync(join(file, 'index.html'))) return join(file, 'index.html');
  return undefined;
}

const broken = [];
let checked = 0;
for (const file of files) {
  const from = urlPath(dist, file);
  if (from === '/404') continue;
  const html = read(file);
  for (const href of [...attributes(html, 'href'), ...attributes(html, 'src')]) {
    if (/^(https?:|mailto:|data:|blob:|javascript:)/.test(href) || href.startsWith('//')) continue;
    checked++;
    const url = new URL(href, `http://site${from}`);
    const path = url.pathname;
    if (!target(path)) {
      broken.push(`${from} → ${href} (no such page or file)`);
      continue;
    }
    if (url.hash && path.endsWith('/')) {
      const anchors = ids.get(path);
      const id = decodeURIComponent(url.hash.slice(1));
      if (anchors && !anchors.has(id)) broken.push(`${from} → ${href} (no element with id "${id}")`);
    }
  }
}
console.log(`links: ${checked} internal links and anchors checked across ${files.length} pages, ${broken.length} broken`);
for (const b of broken) console.log(`  broken: ${b}`);
process.exit(broken.length ? 1 : 0);
