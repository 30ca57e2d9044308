import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

/**
 * The budgets script (test/checks/budgets.mjs) counts only static imports, because every dynamic
 * import in the site loads on something a reader does. Each one is listed here with that action;
 * a new one fails this test until it is added, which is the moment to check it is not loaded on
 * page load or hydration, where it would escape the budget.
 */
const ON_ACTION: Record<string, string> = {
  "src/islands/assessment/ResultsPage.tsx: import('../../assessment/decode')": 'opening a shared result link',
  "src/islands/assessment/Team.tsx: import('./team-load')": 'combining codes (a list kept from an earlier visit waits for the button), adding a file or one’s own answers, or opening a result link',
  "src/islands/assessment/file-io.ts: import('../../assessment/files')": 'choosing a file to import, or an export button',
  "src/islands/CalculatorView.tsx: import('./Scenarios')": 'pressing "Compare today with a target", or opening a link that carries target-* values',
  "src/islands/CalculatorView.tsx: import('./SharePanel')": 'opening "Share or embed these numbers"',
  // Not an action: a page whose prose has figures that follow a calculator loads it as the
  // calculator comes alive, and the budgets script counts it on exactly those pages.
  // Not an action either: a tool or embed page opened from a link with figures in it, counted on those pages.
  "src/islands/CalculatorView.tsx: import('../calculators/link')": 'opening a tool or embed page whose link carries figures',
  "src/islands/CalculatorView.tsx: import('./followers')": 'a calculator coming alive on a page with figures that follow it (<Value follow>)',
  "src/islands/worksheets/templates/BoardSlide.tsx: import('../../../worksheets/board-slide/extras')": 'pressing "Download as Markdown" or "Load the book’s example" on the board slide',
  "src/islands/StorageNotices.tsx: import('./NoticeList')": 'a message about saved data appearing (storage unreadable, full or blocked), which most pages never have',
  "src/islands/ResultTables.tsx: import('./export-table')": 'pressing "Download as CSV" under a result table',
  "src/islands/FieldInput.tsx: import('./load-file')": 'choosing a file with "Load a CSV file"',
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sources(path);
    return /\.(ts|tsx|mjs|astro)$/.test(d.name) && !/\.(test\.tsx?|d\.ts)$/.test(d.name) ? [path] : [];
  });
}

/** The code with comments blanked, so a comment that mentions import() does not count. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('dynamic imports', () => {
  it('are only the ones that load on a reader’s action', () => {
    // Build plugins run in Node at build time; only code that ships to the browser counts.
    const shipped = sources(resolve(root, 'src')).filter((file) => !relative(root, file).startsWith(join('src', 'plugins')));
    const found = shipped.flatMap((file) =>
      [...code(readFileSync(file, 'utf8')).matchAll(/\bimport\(\s*(['"`][^'"`]+['"`])\s*\)/g)].map((m) => `${relative(root, file).split('\\').join('/')}: import(${m[1]!.replace(/"/g, "'")})`),
    );
    expect(found.sort()).toEqual(Object.keys(ON_ACTION).sort());
  });

  it('keeps every import() in the calculator view inside a loader that an action calls', () => {
    const view = code(readFileSync(join(root, 'src/islands/CalculatorView.tsx'), 'utf8'));
    // Each import() is the body of an arrow function handed to useOnDemand, which calls it
    // only from the share box's toggle, the compare button or a link with target values.
    const imports = [...view.matchAll(/\bimport\s*\(/g)].length;
    const loaders = [...view.matchAll(/useOnDemand<\w+>\(\(\) => import\('\.\/\w+'\)/g)].length;
    // The one other: figures that follow the calculator, loaded only when the page has some.
    const followers = [...view.matchAll(/!document\.querySelector\(`\[data-follows="\$\{model\.id\}"\]`\)\) return;\s*import\('\.\/followers'\)/g)].length;
    const link = [...view.matchAll(/if \(first && place !== 'inline' && location\.search\) import\('\.\.\/calculators\/link'\)/g)].length;
    expect(followers).toBe(1);
    expect(link).toBe(1);
    expect(loaders + followers + link).toBe(imports);
    expect(view).toMatch(/onClick=\{\(\) => \(setSharing\(!sharing\), loadShare\(\)\)\}/);
    expect(view).toMatch(/if \(goal\) loadScenarios\(\)/);
  });
});
