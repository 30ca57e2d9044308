#!/usr/bin/env node
// `npm run bench`: the speed a reader feels (DESIGN §8). A benchmark, not a test: it prints
// figures and never fails on them. Goals: a keystroke updates a calculator within one frame
// (16 ms of script) with the CPU slowed four times; a list of 5,000 rows gives its result within
// 250 ms; the team view takes 50 codes; the whole book builds quickly.
//   node test/bench/run.mjs [build|keys|lists]   (all three by default; keys and lists need a built dist/)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, FULL_CHROMIUM } from '../e2e/chromium.ts';
import { serve } from '../serve.mjs';

const only = process.argv[2];
const dist = process.env.DIST_DIR ?? 'dist';
const THROTTLE = 4;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`.padStart(10);

function buildTime() {
  const out = mkdtempSync(join(tmpdir(), 'bench-build-'));
  const started = Date.now();
  const astro = spawnSync('node_modules/.bin/astro', ['build', '--outDir', out], { stdio: 'ignore' });
  const astroSeconds = (Date.now() - started) / 1000;
  const pagefind = spawnSync('node_modules/.bin/pagefind', ['--site', out, '--output-subdir', 'pagefind'], { stdio: 'ignore' });
  const total = (Date.now() - started) / 1000;
  rmSync(out, { recursive: true, force: true });
  console.log(`\nwhole-book build: ${total.toFixed(1)} s (Astro ${astroSeconds.toFixed(1)} s, Pagefind ${(total - astroSeconds).toFixed(1)} s)${astro.status || pagefind.status ? '  FAILED' : ''}`);
}

/** Every calculator's tool page, from the built site. */
const tools = () => readdirSync(join(dist, 'tools'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);

async function keystrokes(browser, site) {
  console.log(`\nkeystroke to outputs and reading, script only, CPU slowed ${THROTTLE}× (goal: 16 ms): the first keystroke, and the median of the ten after it`);
  const rows = [];
  for (const tool of tools()) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await page.goto(`${site}/tools/${tool}/`);
    await page.waitForSelector('.calc[data-ready="true"]');
    // The first number box; list tools type into their list instead.
    const box = page.locator('.calc .calc-fields input[inputmode="decimal"], .calc .calc-fields textarea').first();
    if (!(await box.count())) {
      await page.close();
      continue;
    }
    const id = await box.getAttribute('id');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const times = [];
    for (let i = 0; i < 11; i++) {
      const current = await page.locator(`#${id}`).inputValue();
      // A number moves by one; a list gains or loses a copy of its last row.
      const lines = current.split('\n');
      const next = /^-?[\d.]+$/.test(current) ? String(Number(current) + (i % 2 ? -1 : 1)) : i % 2 ? lines.slice(0, -1).join('\n') : `${current}\n${lines.at(-1)}`;
      times.push(
        await page.evaluate(
          ([id, text]) =>
            new Promise((done) => {
              // Preact renders in a microtask queued by the input event; one queued after it runs
              // once the outputs and reading are on the page, so the time is the script a
              // keystroke costs. Style, layout and paint come after, in the browser's next frame.
              const input = document.getElementById(id);
              const start = performance.now();
              input.value = text;
              input.dispatchEvent(new Event('input', { bubbles: true }));
              Promise.resolve().then(() => done(performance.now() - start));
            }),
          [id, next],
        ),
      );
    }
    rows.push({ id: tool, first: times[0], ms: median(times.slice(1)) });
    await page.close();
  }
  for (const r of rows.sort((a, b) => b.ms - a.ms)) console.log(`${r.id.padEnd(28)}${ms(r.ms)}   first ${ms(r.first).trim()}${r.ms > 16 ? '  over one frame' : ''}`);
  console.log(`slowest: ${rows[0]?.id} at ${rows[0] ? ms(rows[0].ms).trim() : '-'}; median calculator ${ms(median(rows.map((r) => r.ms))).trim()}, its first keystroke ${ms(median(rows.map((r) => r.first))).trim()}`);
}

if (!only || only === 'build') buildTime();
if (!only || only === 'keys' || only === 'lists') {
  if (!existsSync(dist)) {
    console.log(`\n(no ${dist}/: run npm run build first for the browser figures)`);
    process.exit(0);
  }
  const server = await serve({ port: 0, dir: dist });
  const site = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({ executablePath: FULL_CHROMIUM, args: CHROMIUM_ARGS });
  try {
    if (!only || only === 'keys') {
      await keystrokes(browser, site);
    }
    // The list benchmark is a script of its own (its own server and browser): importing it runs it.
    if (!only || only === 'lists') await import('./lists.mjs');
  } finally {
    await browser.close();
    server.close();
  }
}
