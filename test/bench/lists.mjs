#!/usr/bin/env node
// Benchmark, not a test: how long a reader waits with a long list, on the built site (dist/),
// in headless Chromium with the CPU slowed four times (a mid-range laptop on battery).
//
//   node test/bench/lists.mjs            list tools at 1,000, 5,000 and 10,000 rows; team view at 50 and 200 codes
//   node test/bench/lists.mjs --runs 5   the median of five runs per figure (default 3)
//
// "paste → result" runs from the paste event to the frame after the tool's count output shows
// every row: the page's script, the browser laying out the box and the results, all of it.
// "script" is the share of that spent running JavaScript (sampled by the DevTools profiler), the
// part the book's own code decides. "box alone" is the same paste into a bare textarea of the same
// size and font on an empty page: what any page pays for a box of that many lines.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, FULL_CHROMIUM } from '../e2e/chromium.ts';
import { build } from 'esbuild';
import { serve } from '../serve.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const THROTTLE = 4;

/** Each list tool: its list box, a realistic row, and the output that counts the rows read. */
const TOOLS = [
  { id: 'segment-planner', field: 'customers', output: 'customers', row: (i) => `Northwind Customer ${i + 1} Ltd,${12000 + ((i * 7919) % 280000)},${i % 17 ? '' : 'strategic'}` },
  { id: 'time-to-value', field: 'customers', output: 'reached', row: (i) => `Harbour Customer ${i + 1},2025-03-03,2025-0${4 + (i % 5)}-1${i % 9}` },
  { id: 'health-backtest', field: 'customers', output: 'tested', row: (i) => `Fenwick Customer ${i + 1},${['red', 'yellow', 'green'][i % 3]},${i % 7 ? 'no' : 'yes'}` },
  // Each account due is worth 1, so the total due counts the accounts read.
  { id: 'renewal-forecast', field: 'accounts', output: 'total', row: (i) => `Alder Account ${i + 1},1,${['committed', 'likely', 'at risk', 'critical'][i % 4]},${i % 3 ? 'yes' : ''},green` },
];
const SIZES = [1_000, 5_000, 10_000];
const TEAMS = [50, 200];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Share codes made by the book's own encoder, bundled on the fly from the source. */
async function makeCodes(n) {
  const out = await build({ entryPoints: ['src/assessment/codec.ts'], bundle: true, format: 'esm', write: false, platform: 'neutral', logLevel: 'silent' });
  const codec = await import(`data:text/javascript;base64,${Buffer.from(out.outputFiles[0].text).toString('base64')}`);
  const levels = ['poor', 'average', 'excellent'];
  return Array.from({ length: n }, (_, p) =>
    codec.encodeResult(
      Object.fromEntries(codec.V2_QUESTIONS.map((id, i) => [id, (i + p) % 5 === 4 ? { unsure: true } : { level: levels[(i * 7 + p) % 3], ...(i % 3 ? {} : { note: `Why ${p} ${i}` }) }])),
      { name: `Person ${p + 1}`, created: '2025-03-31' },
    ),
  );
}

async function throttled(browser) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  /** Starts the profiler; the function it returns stops it and gives the milliseconds of JavaScript sampled. */
  const script = async () => {
    await cdp.send('Profiler.start');
    return async () => {
      const { profile } = await cdp.send('Profiler.stop');
      const native = new Set(profile.nodes.filter((n) => ['(idle)', '(program)', '(root)'].includes(n.callFrame.functionName)).map((n) => n.id));
      return profile.samples.reduce((sum, id, i) => sum + (native.has(id) ? 0 : (profile.timeDeltas[i] ?? 0)), 0) / 1000;
    };
  };
  return { page, script };
}

/**
 * Pastes `text` into `box` and resolves, in the page, with the milliseconds until `done()`
 * holds and the next frame has been drawn.
 */
const pasteAndWait = (page, box, text, doneSelector, attribute, want) =>
  page.evaluate(
    ({ box, text, doneSelector, attribute, want }) =>
      new Promise((resolve) => {
        const el = document.querySelector(box);
        const start = performance.now();
        const check = () => {
          const target = document.querySelector(doneSelector);
          if (target && (attribute ? target.getAttribute(attribute) === want : true)) {
            observer.disconnect();
            requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
          }
        };
        const observer = new MutationObserver(check);
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
        el.value = text;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
        check();
      }),
    { box, text, doneSelector, attribute, want },
  );

const server = await serve({ port: 0, dir: process.env.DIST_DIR ?? 'dist' });
const site = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: FULL_CHROMIUM, args: CHROMIUM_ARGS });
const rows = [];
try {
  for (const tool of TOOLS) {
    for (const size of SIZES) {
      const text = ['Customer,Value,Detail', ...Array.from({ length: size }, (_, i) => tool.row(i))].join('\n');
      const times = [];
      const scripts = [];
      const bare = [];
      for (let r = 0; r < runs; r++) {
        const { page, script } = await throttled(browser);
        await page.setContent('<textarea rows="8" style="width: 46rem; font: 0.9rem/1.4 ui-monospace, monospace; padding: 0.5rem"></textarea><output></output>');
        bare.push(
          await page.evaluate(
            (text) =>
              new Promise((resolve) => {
                const start = performance.now();
                const box = document.querySelector('textarea');
                box.addEventListener('input', () => (document.querySelector('output').textContent = String(box.value.length)));
                box.value = text;
                box.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
              }),
            text,
          ),
        );
        await page.goto(`${site}/tools/${tool.id}/`);
        await page.waitForSelector('.calc[data-ready="true"]');
        const stop = await script();
        const box = `.calc textarea[name="${tool.field}"]`;
        const ms = await pasteAndWait(page, box, text, `.calc-outputs [data-output="${tool.output}"]`, 'data-value', String(size));
        times.push(ms);
        scripts.push(await stop());
        await page.close();
      }
      rows.push({ what: `/tools/${tool.id}/`, size: `${size.toLocaleString('en-GB')} rows`, chars: text.length, ms: median(times), script: median(scripts), bare: median(bare) });
    }
  }
  const codes = await makeCodes(Math.max(...TEAMS));
  for (const n of TEAMS) {
    const text = codes.slice(0, n).join('\n');
    const times = [];
    const scripts = [];
    for (let r = 0; r < runs; r++) {
      const { page, script } = await throttled(browser);
      await page.goto(`${site}/assessment/team/`);
      await page.waitForSelector('.team[data-ready]');
      // The box first (as a paste), then the button: combining is what the reader waits for.
      await page.$eval('#team-codes', (el, t) => {
        el.value = t;
        el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }, text);
      const stop = await script();
      const ms = await page.evaluate(
        (n) =>
          new Promise((resolve) => {
            const start = performance.now();
            const observer = new MutationObserver(() => {
              if (document.querySelector(`[data-accepted="${n}"]`)) {
                observer.disconnect();
                requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start)));
              }
            });
            observer.observe(document.body, { subtree: true, childList: true, attributes: true });
            [...document.querySelectorAll('button')].find((b) => b.textContent?.includes('Combine the answers')).click();
          }),
        n,
      );
      times.push(ms);
      scripts.push(await stop());
      await page.close();
    }
    rows.push({ what: '/assessment/team/ (combine)', size: `${n} codes`, chars: text.length, ms: median(times), script: median(scripts) });
  }
} finally {
  await browser.close();
  server.close();
}

const pad = (s, n, right = false) => (right ? String(s).padStart(n) : String(s).padEnd(n));
console.log(`\nLong lists, CPU slowed ${THROTTLE}×, median of ${runs} run(s)\n`);
const ms = (x) => (x === undefined ? '' : `${Math.round(x).toLocaleString('en-GB')} ms`);
console.log(`${pad('page', 30)}${pad('list', 13)}${pad('characters', 11, true)}${pad('paste → result', 16, true)}${pad('of it script', 14, true)}${pad('box alone', 11, true)}`);
for (const r of rows) console.log(`${pad(r.what, 30)}${pad(r.size, 13)}${pad(r.chars.toLocaleString('en-GB'), 11, true)}${pad(ms(r.ms), 16, true)}${pad(ms(r.script), 14, true)}${pad(ms(r.bare), 11, true)}`);
console.log('\nThe goal (DESIGN §8) is a result within 250 ms of script at 5,000 rows; the rest of the wait is the browser laying out the box.');
