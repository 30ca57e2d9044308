import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A throwaway site with the project's real content schema and the given content folder. */
function syncWith(content: string) {
  const dir = mkdtempSync(join(tmpdir(), 'csp-schema-'));
  made.push(dir);
  mkdirSync(join(dir, 'src'));
  cpSync(join(root, 'src/content.config.ts'), join(dir, 'src/content.config.ts'));
  cpSync(content, join(dir, 'content'), { recursive: true });
  writeFileSync(join(dir, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nexport default { integrations: [mdx()] };\n");
  writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  const run = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'sync'], { cwd: dir, encoding: 'utf8', timeout: 120_000 });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

describe('chapter frontmatter', () => {
  it('fails the build naming the file and the missing field', () => {
    const { status, output } = syncWith(join(root, 'test/fixtures/bad-frontmatter/content'));
    expect(status).not.toBe(0);
    expect(output).toContain('missing-summary');
    expect(output).toMatch(/summary/);
  }, 120_000);
});
