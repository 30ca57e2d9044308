#!/usr/bin/env node
// Lighthouse on one page of each type, served locally, in Debian's Chromium:
// performance, accessibility, best practices and SEO must each score 100 (DESIGN §8).
// Embed pages are noindex by design, so their SEO category is reported, not required.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../serve.mjs';

const dist = process.env.DIST_DIR ?? 'dist';
const pages = [
  { path: '/', type: 'cover' },
  { path: '/chapters/introduction/', type: 'prose chapter' },
  { path: '/chapters/economics/', type: 'chapter with calculators' },
  { path: '/tools/', type: 'tools index' },
  { path: '/tools/cltv/', type: 'tool page' },
  { path: '/embed/cltv/', type: 'embed', noindex: true },
  { path: '/glossary/', type: 'glossary' },
  { path: '/my-numbers/', type: 'my numbers' },
  { path: '/assessment/', type: 'assessment' },
  { path: '/search/', type: 'search' },
];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];

const server = await serve({ port: 0, dir: dist });
const origin = `http://localhost:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
let failed = 0;
try {
  for (const page of pages) {
    const result = await lighthouse(`${origin}${page.path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories });
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round((result.lhr.categories[c].score ?? 0) * 100)]));
    const required = categories.filter((c) => !(page.noindex && c === 'seo'));
    const low = required.filter((c) => scores[c] < 100);
    failed += low.length ? 1 : 0;
    console.log(`${page.path.padEnd(26)} ${page.type.padEnd(26)} ${categories.map((c) => `${c} ${scores[c]}`).join('  ')}${low.length ? '  BELOW 100' : ''}`);
    for (const c of low) {
      const audits = result.lhr.categories[c].auditRefs
        .map((ref) => result.lhr.audits[ref.id])
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
      for (const a of audits.slice(0, 6)) console.log(`    ${c}: ${a.id} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
console.log(`lighthouse: ${pages.length - failed} of ${pages.length} pages at 100`);
process.exit(failed ? 1 : 0);
