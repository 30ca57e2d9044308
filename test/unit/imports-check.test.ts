import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cycles, graph, wrongDirection } from '../checks/imports.mjs';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'imports-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the import direction check', () => {
  it('finds a domain module that imports a store, even as a type', () => {
    const dir = tree({ 'calculators/a.ts': "import type { X } from '../state/s';", 'state/s.ts': 'export type X = 1;' });
    expect(wrongDirection(graph(dir), dir)).toEqual([expect.stringMatching(/calculators\/a\.ts imports state\/s\.ts/)]);
  });

  it('lets a calculator’s view import the shared views', () => {
    const dir = tree({ 'calculators/x/Calculator.tsx': "import { V } from '../../islands/V';", 'islands/V.tsx': 'export const V = 1;' });
    expect(wrongDirection(graph(dir), dir)).toEqual([]);
  });

  it('finds a cycle made only of type imports', () => {
    const dir = tree({ 'calculators/a.ts': "import type { B } from './b';\nexport type A = 1;", 'calculators/b.ts': "import type { A } from './a';\nexport type B = 2;" });
    expect(cycles(graph(dir), dir)).toHaveLength(1);
  });
});
