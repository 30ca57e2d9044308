// Shared helpers for the checks that read the built site.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

export function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** The URL path a built file answers on: dist/a/b/index.html → /a/b/. */
export function urlPath(dist, file) {
  const rel = relative(dist, file).split('\\').join('/');
  return '/' + rel.replace(/index\.html$/, '').replace(/\.html$/, '');
}

export const read = (file) => readFileSync(file, 'utf8');

/** Values of an attribute across all tags in some HTML. */
export function attributes(html, attr) {
  const out = [];
  const re = new RegExp(`\\s${attr}="([^"]*)"`, 'g');
  for (const m of html.matchAll(re)) out.push(m[1].replace(/&amp;/g, '&'));
  return out;
}
