#!/usr/bin/env node
// Lighthouse on one page of each type, served locally, in Debian's Chromium: performance,
// accessibility, best practices and SEO must each score 100 (DESIGN §8). A single run is noisy
// on a busy two-core machine, so each page is judged on the median of three runs, as Starlight's
// baseline was measured: a category passes when two of the three score 100. The runs go in rounds,
// every page once per round, so that a busy minute on a shared machine falls on one run of several
// pages rather than on every run of one. When a page's first two runs already decide every
// category (both 100, or both below), its third cannot change the median and is not run. Every run
// is printed, with how busy the CPU was; a run the virtual machine's host starved is taken again
// (see STOLEN below).
// Embed pages are noindex by design, so their SEO category is reported, not required.
import { readFileSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { serve } from '../serve.mjs';
import { CHROMIUM_ARGS, FULL_CHROMIUM } from '../e2e/chromium.ts';

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
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await serve({ port: 0, dir: dist });
const origin = `http://localhost:${server.address().port}`;
const chrome = await chromeLauncher.launch({
  chromePath: FULL_CHROMIUM,
  chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
});

/** The machine's CPU counters (Linux's /proc/stat); undefined elsewhere. */
function cpuTimes() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    return fields.map(Number);
  } catch {
    return undefined;
  }
}
/** Shares of a run's CPU time, in per cent: not idle, and taken by the virtual machine's host ("steal"). */
function shares(before, after) {
  if (!before || !after) return undefined;
  const d = after.map((x, i) => x - before[i]);
  const total = d.slice(0, 8).reduce((a, b) => a + b, 0) || 1;
  const pct = (x) => Math.round((100 * x) / total);
  return { busy: pct(total - d[3] - d[4] - d[7]), stolen: pct(d[7]) };
}

// A run that scored below 100 while the virtual machine's host kept a twentieth or more of the CPU
// from this machine measured the host, not the page. In five passes here (110 runs), all ten runs
// that went past 90 ms of blocking time (92-529 ms, on pages that otherwise block for 0-70 ms) had
// 7-19% of the CPU taken, and busy minutes came in spells; with under 5% taken, no run went past
// 70 ms. Such a run is taken again after a pause long enough to leave the spell, a few times per
// pass at most, so that a machine that stays starved still fails, and says why.
const STOLEN = 5;
const PAUSE_S = 8;
let retakes = 5;
const pause = (ms) => new Promise((r) => setTimeout(r, ms));

async function run(page) {
  for (;;) {
    const before = cpuTimes();
    // The screenshots are for a report nobody opens here, and carry no weight in any score: left
    // out, each run takes about 40% less time.
    const { lhr } = await lighthouse(`${origin}${page.path}`, {
      port: chrome.port,
      logLevel: 'error',
      onlyCategories: categories,
      disableFullPageScreenshot: true,
      skipAudits: ['screenshot-thumbnails', 'final-screenshot'],
    });
    const cpu = shares(before, cpuTimes());
    const scores = Object.fromEntries(categories.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]));
    const tbt = lhr.audits['total-blocking-time']?.numericValue ?? 0;
    const load = cpu ? `, CPU busy ${cpu.busy}%, taken by the host ${cpu.stolen}%` : '';
    console.log(`  ${page.path.padEnd(24)} ${categories.map((c) => `${c} ${scores[c]}`).join('  ')}  (blocking ${Math.round(tbt)} ms${load})`);
    // A starved run that still scored 100 everywhere needs no second look.
    if (!cpu || cpu.stolen < STOLEN || retakes === 0 || required(page).every((c) => scores[c] === 100)) return { lhr, scores };
    retakes--;
    console.log(`    not counted: the host took ${cpu.stolen}% of the CPU; taken again in ${PAUSE_S} s (${retakes} more retakes this pass)`);
    await pause(PAUSE_S * 1000);
  }
}

const required = (page) => categories.filter((c) => !(page.noindex && c === 'seo'));
/** The median of three is 100 exactly when two runs are: the first two decide unless they differ. */
const decided = (page, runs) => runs.length === 3 || (runs.length === 2 && required(page).every((c) => (runs[0].scores[c] === 100) === (runs[1].scores[c] === 100)));

const below = [];
try {
  const runs = new Map(pages.map((page) => [page, []]));
  for (let round = 1; round <= 3; round++) {
    const due = pages.filter((page) => !decided(page, runs.get(page)));
    if (!due.length) break;
    console.log(`round ${round} of 3${round === 3 ? ': the pages whose first two runs disagree' : ''}`);
    for (const page of due) runs.get(page).push(await run(page));
  }
  console.log('median of three runs (where the first two agree, the third cannot change it and was not run):');
  for (const page of pages) {
    const mine = runs.get(page);
    const scores = Object.fromEntries(categories.map((c) => [c, mine.length === 3 ? median(mine.map((r) => r.scores[c])) : Math.max(...mine.map((r) => r.scores[c]))]));
    const low = required(page).filter((c) => scores[c] < 100);
    if (low.length) below.push(`${page.path} (${low.map((c) => `${c} ${scores[c]}`).join(', ')})`);
    console.log(`  ${page.path.padEnd(24)} ${page.type.padEnd(25)} ${categories.map((c) => `${c} ${scores[c]}`).join('  ')}  (${mine.length} runs)${low.length ? '  BELOW 100' : ''}`);
    for (const c of low) {
      const { lhr } = mine.find((r) => r.scores[c] === scores[c]);
      const audits = lhr.categories[c].auditRefs
        .map((ref) => lhr.audits[ref.id])
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual');
      for (const a of audits.slice(0, 6)) console.log(`    ${c}: ${a.id} — ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}`);
    }
  }
} finally {
  await chrome.kill();
  server.close();
}
// The last line names the pages below 100: a CI log that keeps only its tail still says which.
console.log(`lighthouse: ${pages.length - below.length} of ${pages.length} pages at 100 (median of three runs)${below.length ? `; below 100: ${below.join('; ')}` : ''}`);
process.exit(below.length ? 1 : 0);
