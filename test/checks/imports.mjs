#!/usr/bin/env node
// One direction of imports (STYLE.md): domain (the .ts modules of calculators, assessment, worksheets) ← state
// (stores) ← islands (views) ← pages. The domain imports nothing from state or views, and no
// module imports itself round a cycle, type-only imports included. Read with TypeScript's own
// pre-processor, so every import form counts: `import type`, re-exports and import().
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const root = resolve(process.argv[2] ?? 'src');
const DOMAIN = ['calculators', 'assessment', 'worksheets'];
const VIEWS = ['state', 'islands', 'components', 'layouts', 'pages', 'charts', 'scripts'];
const EXTENSIONS = ['', '.ts', '.tsx', '.mjs', '.js', '.astro', '/index.ts', '/index.tsx'];

function* sources(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(ts|tsx|mjs|astro)$/.test(name) && !/\.(test\.tsx?|d\.ts)$/.test(name)) yield path;
  }
}

/** The code TypeScript should read: an .astro file's frontmatter and scripts, anything else whole. */
function code(file) {
  const text = readFileSync(file, 'utf8');
  if (!file.endsWith('.astro')) return text;
  const front = text.match(/^---\n([\s\S]*?)\n---/)?.[1] ?? '';
  const scripts = [...text.matchAll(/<script(?![^>]*is:inline)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  return [front, ...scripts].join('\n');
}

function resolveImport(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec.replace(/\?.*$/, ''));
  for (const ext of EXTENSIONS) if (existsSync(base + ext) && statSync(base + ext).isFile()) return base + ext;
  return undefined;
}

export function graph(dir = root) {
  const edges = new Map();
  for (const file of sources(dir)) {
    const info = ts.preProcessFile(code(file), true, true);
    const targets = info.importedFiles.map((f) => resolveImport(file, f.fileName)).filter(Boolean);
    edges.set(file, [...new Set(targets)]);
  }
  return edges;
}

const area = (file, dir = root) => relative(dir, file).split(/[\\/]/)[0];
/** Pure modules of the domain areas; a calculator folder's Calculator.tsx is its view and may import views. */
const isDomain = (file, dir = root) => DOMAIN.includes(area(file, dir)) && /\.(ts|mjs)$/.test(file);

export function wrongDirection(edges, dir = root) {
  const out = [];
  for (const [file, targets] of edges)
    if (isDomain(file, dir))
      for (const t of targets) if (VIEWS.includes(area(t, dir))) out.push(`${relative(dir, file)} imports ${relative(dir, t)}: the domain must not depend on ${area(t, dir)}/`);
  return out;
}

/** Every cycle, each reported once by its members in order. */
export function cycles(edges, dir = root) {
  const found = new Map();
  const state = new Map();
  const stack = [];
  const visit = (file) => {
    state.set(file, 'open');
    stack.push(file);
    for (const t of edges.get(file) ?? []) {
      if (state.get(t) === 'open') {
        const loop = stack.slice(stack.indexOf(t));
        const key = [...loop].sort().join('|');
        if (!found.has(key)) found.set(key, loop.map((f) => relative(dir, f)).join(' → ') + ` → ${relative(dir, t)}`);
      } else if (!state.has(t)) visit(t);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of edges.keys()) if (!state.has(file)) visit(file);
  return [...found.values()];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const edges = graph();
  const problems = [...wrongDirection(edges), ...cycles(edges).map((c) => `import cycle: ${c}`)];
  const count = [...edges.values()].reduce((n, t) => n + t.length, 0);
  console.log(`imports: ${edges.size} modules, ${count} local imports read`);
  for (const p of problems) console.log(`  ${p}`);
  console.log(problems.length ? `${problems.length} problem(s)` : 'domain imports nothing from state or views; no cycles');
  process.exit(problems.length ? 1 : 0);
}
