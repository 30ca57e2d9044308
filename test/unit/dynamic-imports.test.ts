import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * Every file of the site's own code that uses import(), with the reader's action that runs it.
 * The budget check (test/checks/budgets.mjs) leaves dynamic imports out of a page's JavaScript
 * on the strength of this list: code behind import() must never run on page load or hydration.
 * Adding a file here means naming the action that loads its code.
 */
const onAction: Record<string, string> = {
  'src/islands/assessment/Team.tsx': 'pasting or loading team codes, or adding one’s own answers',
  'src/islands/assessment/file-io.ts': 'choosing a file to import or export',
  'src/islands/assessment/ResultsPage.tsx': 'opening a link that carries a shared result',
  'src/islands/CalculatorView.tsx':
    'opening "Share or embed these numbers", pressing "Compare today with a target", or opening a link that carries target-* values',
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mjs|astro)$/.test(d.name) && !/\.test\.tsx?$/.test(d.name) ? [path] : [];
  });
}

/** The code with comments blanked, so a comment that mentions import() does not count. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
const dynamicImports = (text: string) => [...code(text).matchAll(/\bimport\s*\(/g)].length;

describe('code that loads on demand', () => {
  const files = sourceFiles(join(root, 'src')).map((f) => ({ path: relative(root, f).split('\\').join('/'), text: readFileSync(f, 'utf8') }));

  it('uses import() only in the files listed with the reader action that triggers it', () => {
    const using = files.filter((f) => dynamicImports(f.text) > 0).map((f) => f.path);
    expect(using.sort()).toEqual(Object.keys(onAction).sort());
  });

  it('keeps every import() in the calculator view inside a loader that an action calls', () => {
    const view = files.find((f) => f.path === 'src/islands/CalculatorView.tsx')!.text;
    // Each import() is the body of an arrow function handed to useOnDemand, which calls it
    // only from the share box's toggle, the compare button or a link with target values.
    const imports = [...code(view).matchAll(/\bimport\s*\(/g)].length;
    const loaders = [...code(view).matchAll(/useOnDemand<\w+>\(\(\) => import\('\.\/\w+'\)/g)].length;
    expect(imports).toBe(2);
    expect(loaders).toBe(imports);
    expect(view).toMatch(/onToggle=\{loadShare\}/);
    expect(view).toMatch(/if \(goal\) loadScenarios\(\)/);
  });
});
