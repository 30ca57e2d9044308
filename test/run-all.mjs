#!/usr/bin/env node
// `npm test`: every check the project has, in order, on the built site.
// Build → type check, import directions and unit tests side by side → links → budgets → browser
// tests → Lighthouse → originality. Each step's time is printed; the whole must stay under 10 minutes.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  { name: 'build (Astro + Pagefind)', cmd: 'npm', args: ['run', 'build', '--silent'] },
  // The type check and the import check run beside the unit tests: each is one process, and two cores share them.
  { name: 'type check (tsc)', cmd: bin('tsc'), args: ['--noEmit', '-p', '.'], beside: true },
  { name: 'import directions and cycles', cmd: 'node', args: ['test/checks/imports.mjs'], beside: true },
  { name: 'unit tests (Vitest)', cmd: bin('vitest'), args: ['run'] },
  { name: 'internal links and anchors', cmd: 'node', args: ['test/checks/links.mjs'] },
  { name: 'budgets (DESIGN §8)', cmd: 'node', args: ['test/checks/budgets.mjs'] },
  { name: 'browser tests (Chromium)', cmd: bin('vitest'), args: ['run', '--config', 'test/e2e/vitest.config.ts'] },
  { name: 'Lighthouse', cmd: 'node', args: ['test/checks/lighthouse.mjs'] },
];
const originality = '../shared/tools/originality.mjs';
if (existsSync(originality)) steps.push({ name: 'originality', cmd: 'node', args: [originality, 'content', 'src'] });
else console.log(`(originality check skipped: ${originality} is not beside this clone)`);

const only = process.argv.slice(2);
const chosen = steps.filter((step) => !only.length || only.some((o) => step.name.toLowerCase().includes(o)));

/** Runs a step; its output is printed as it comes, or held and printed whole when it runs beside
 * another. The end of its output is kept either way, for the summary to quote when the step fails. */
function run(step, held) {
  const t = Date.now();
  const child = spawn(step.cmd, step.args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
  let output = '';
  for (const [stream, out] of [[child.stdout, process.stdout], [child.stderr, process.stderr]]) {
    stream.on('data', (d) => {
      if (!held) out.write(d);
      output = held ? output + d : (output + d).slice(-20000);
    });
  }
  return new Promise((done) => {
    child.on('error', (e) => (output += `${e.message}\n`));
    child.on('close', (code) => done({ name: step.name, ok: code === 0, seconds: Math.round((Date.now() - t) / 1000), output }));
  });
}

/** Why a step failed, in a few lines: those that name a failure (a failed test file, an error, a
 * page or budget over its mark), then the step's last lines. A CI page that shows only the end of
 * the log then still says what went wrong. Colour codes (Vitest writes them) are taken out. */
function whyFailed(output) {
  const lines = output.replace(/\x1b\[[0-9;]*m/g, '').split('\n').map((l) => l.trimEnd()).filter(Boolean);
  const named = lines.filter((l) => /^\s*FAIL\b|Error\b|error TS\d|BELOW 100|\bOVER\b/.test(l)).slice(0, 6);
  return [...new Set([...named, ...lines.slice(-3)])];
}

const results = [];
const started = Date.now();
for (let i = 0; i < chosen.length; i++) {
  // A step marked `beside` runs together with the steps after it, up to one that is not.
  const group = [chosen[i]];
  while (chosen[i].beside && i + 1 < chosen.length) group.push(chosen[++i]);
  const held = group.length > 1;
  if (held) console.log(`\n━━ ${group.map((s) => s.name).join(', ')} (side by side) ━━`);
  else console.log(`\n━━ ${group[0].name} ━━`);
  const done = await Promise.all(group.map((step) => run(step, held)));
  for (const r of done) {
    if (held) process.stdout.write(`\n━━ ${r.name} ━━\n${r.output}`);
    results.push(r);
  }
  // Without a build nothing else can be judged.
  if (done.some((r) => !r.ok && r.name.startsWith('build'))) break;
}
console.log('\n━━ summary ━━');
for (const r of results) {
  console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.name} (${r.seconds} s)`);
  if (!r.ok) for (const line of whyFailed(r.output)) console.log(`        ${line}`);
}
const failed = results.filter((r) => !r.ok).length;
console.log(`total time ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
