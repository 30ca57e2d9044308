#!/usr/bin/env node
// `npm test`: every check the project has, in order, on the built site.
// Build → type check → import directions → unit tests → links → budgets → browser tests →
// Lighthouse → originality. Each step's time is printed; the whole must stay under 10 minutes.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const bin = (name) => `node_modules/.bin/${name}`;
const steps = [
  { name: 'build (Astro + Pagefind)', cmd: 'npm', args: ['run', 'build', '--silent'] },
  { name: 'type check (tsc)', cmd: bin('tsc'), args: ['--noEmit', '-p', '.'] },
  { name: 'import directions and cycles', cmd: 'node', args: ['test/checks/imports.mjs'] },
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
const results = [];
const started = Date.now();
for (const step of steps) {
  if (only.length && !only.some((o) => step.name.toLowerCase().includes(o))) continue;
  console.log(`\n━━ ${step.name} ━━`);
  const t = Date.now();
  const run = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: { ...process.env, FORCE_COLOR: '0' } });
  const ok = run.status === 0;
  results.push({ name: step.name, ok, seconds: Math.round((Date.now() - t) / 1000) });
  // Without a build nothing else can be judged.
  if (!ok && step.name.startsWith('build')) break;
}
console.log('\n━━ summary ━━');
for (const r of results) console.log(`${r.ok ? 'pass' : 'FAIL'}  ${r.name} (${r.seconds} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`total time ${Math.round((Date.now() - started) / 1000)} s`);
console.log(`checks: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
