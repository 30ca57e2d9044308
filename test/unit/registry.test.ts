import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTexts, evaluate } from '../../src/calculators/inputs';
import { models } from '../../src/calculators/registry';
import { CHAPTER_COPIED, COPIED, chapterCalculators, chapterHasScale, bundleCopies, chapterSource, islandsSource } from '../../src/plugins/calculator-islands.mjs';
import { readFileSync } from 'node:fs';
import { profileFields } from '../../src/calculators/profile-fields';

const root = resolve(import.meta.dirname, '../..');
const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe('the calculator registry', () => {
  it('registers every calculator folder, each with an island and an explanation page', () => {
    const folders = readdirSync(resolve(root, 'src/calculators'), { withFileTypes: true }).filter((d) => d.isDirectory() && existsSync(resolve(root, 'src/calculators', d.name, 'model.ts')));
    expect(Object.keys(models).sort()).toEqual(folders.map((d) => d.name).sort());
    for (const id of Object.keys(models)) {
      expect(existsSync(resolve(root, `src/calculators/${id}/Calculator.tsx`)), `${id} island`).toBe(true);
      expect(existsSync(resolve(root, `content/tools/${id}.mdx`)), `${id} tool page`).toBe(true);
      expect(islandsSource(resolve(root, 'src/calculators'))).toContain(`id === '${id}'`);
    }
  });

  it('bundles each chapter’s calculators in one island module that matches the chapter', () => {
    const chapters: Record<string, string[]> = chapterCalculators(resolve(root, 'content/chapters'), Object.keys(models));
    expect(chapters.expansion).toEqual(expect.arrayContaining(['expansion-signals', 'comp-plan', 'retention']));
    for (const [slug, ids] of Object.entries(chapters)) {
      const mdx = readFileSync(resolve(root, `content/chapters/${slug}.mdx`), 'utf8');
      for (const id of ids) expect(mdx).toContain(`<Calculator id="${id}"`);
      // The committed file is what the build writes, so type checks on a fresh clone see it.
      expect(readFileSync(resolve(root, `src/calculators/chapter-islands/${slug}.tsx`), 'utf8')).toBe(chapterSource(slug, ids, chapterHasScale(resolve(root, 'content/chapters'), slug)));
    }
  });

  it('shows a tool as a card only to point at the chapter that carries it live', () => {
    const chapters: Record<string, string[]> = chapterCalculators(resolve(root, 'content/chapters'), Object.keys(models));
    const live = new Set(Object.values(chapters).flat());
    for (const file of readdirSync(resolve(root, 'content/chapters'))) {
      const mdx = readFileSync(resolve(root, 'content/chapters', file), 'utf8');
      for (const [, id] of mdx.matchAll(/<ToolCard\s+id="([^"]+)"/g)) {
        expect(mdx, `${file}: ${id} is discussed here, so it is live here, not a card`).not.toContain(`<Calculator id="${id}"`);
        expect(live.has(id!), `${file}: the card for ${id} points at a tool no chapter carries live`).toBe(true);
      }
    }
    // Every calculator has a chapter that carries it live (DESIGN §8: no tool is a card to save bytes).
    expect(Object.keys(models).filter((id) => !live.has(id))).toEqual([]);
  });

  it('gives a chapter its own copy of calculator code, but one copy of the platform and the stores', async () => {
    const src = resolve(root, 'src');
    const plugin = bundleCopies({ root, shared: /islands[\\/]CalculatorView\.tsx/ }) as { resolveId: (s: string, i?: string, o?: object) => Promise<unknown> };
    const context = { resolve: async (s: string) => ({ id: resolve(src, 'calculators/comp-plan', s) + '.ts' }) };
    const from = (source: string, importer?: string) => plugin.resolveId.call(context, source, importer, {});
    const inChapter = `${src}/calculators/comp-plan/Calculator.tsx?bundle=chapter-expansion`;
    expect(await from('./model', inChapter)).toEqual({ id: `${src}/calculators/comp-plan/model.ts?bundle=chapter-expansion` });
    // A chapter's page has only its bundle's islands, so the bundle holds its stores' one copy there;
    // a tool's bundle shares them, and persistence is shared everywhere.
    expect(await from('../../state/profile', inChapter)).toEqual({ id: `${src}/state/profile.ts?bundle=chapter-expansion` });
    expect(await from('../../state/profile', `${src}/calculators/comp-plan/Calculator.tsx?bundle=comp-plan`)).toEqual({ id: `${src}/state/profile.ts` });
    expect(await from('../../state/persist', inChapter)).toEqual({ id: `${src}/state/persist.ts` });
    const shared = { resolve: async () => ({ id: `${src}/islands/CalculatorView.tsx` }) };
    expect(await plugin.resolveId.call(shared, '../../islands/CalculatorView', inChapter, {})).toEqual({ id: `${src}/islands/CalculatorView.tsx` });
    // Only calculators' own code is copied: a worksheet model the stores also import is not.
    expect(['calculators/comp-plan/model.ts', 'charts/LineChart.tsx', 'lib/csv.ts', 'islands/ResultTables.tsx'].every((p) => COPIED.test(p))).toBe(true);
    expect(['state/profile.ts', 'worksheets/board-slide/model.ts', 'islands/StorageNotices.tsx', 'lib/records.ts'].some((p) => COPIED.test(p))).toBe(false);
    expect(['state/persist.ts', 'state/currency.ts', 'islands/CalculatorView.tsx'].some((p) => CHAPTER_COPIED.test(p))).toBe(false);
    // Outside a chapter's bundle, nothing changes.
    expect(await from('./model', `${src}/calculators/comp-plan/Calculator.tsx`)).toBeNull();
  });

  it('hands the reader’s figures to exactly the calculators whose fields take them', () => {
    for (const model of Object.values(models)) {
      const wrapper = readFileSync(resolve(root, `src/calculators/${model.id}/Calculator.tsx`), 'utf8');
      expect(wrapper.includes('numbers={readerNumbers}'), model.id).toBe(model.fields.some((f) => f.profile));
    }
  });

  it('gives every calculator kebab-case ids that can be query parameters and data-outputs', () => {
    for (const model of Object.values(models)) {
      const ids = [...model.fields.map((f) => f.id), ...model.outputs.map((o) => o.id)];
      for (const id of ids) expect(id, `${model.id}: ${id}`).toMatch(kebab);
      expect(new Set(model.fields.map((f) => f.id)).size).toBe(model.fields.length);
      expect(new Set(model.outputs.map((o) => o.id)).size).toBe(model.outputs.length);
    }
  });

  it('computes every output at the defaults: the book’s worked example always works', () => {
    for (const model of Object.values(models)) {
      const { result, errors } = evaluate(model, defaultTexts(model));
      expect(errors, model.id).toEqual({});
      for (const out of model.outputs) expect(result!.outputs[out.id], `${model.id}.${out.id}`).toBeDefined();
    }
  });

  it('refers only to fields and outputs that exist: sensitivity tables, groups and derived figures', () => {
    for (const model of Object.values(models)) {
      const fields = new Map(model.fields.map((f) => [f.id, f]));
      const outputs = new Set(model.outputs.map((o) => o.id));
      if (model.sensitivity) {
        expect(fields.get(model.sensitivity.field)?.kind, `${model.id}: sensitivity field ${model.sensitivity.field}`).toBe('number');
        for (const o of model.sensitivity.outputs) expect(outputs.has(o), `${model.id}: sensitivity output ${o}`).toBe(true);
      }
      for (const field of model.fields) {
        // A group fills from the reader's figures; a field in it without a source could never fill.
        if (field.group) expect(field.profile, `${model.id}.${field.id} is in group ${field.group} but has no profile source`).toBeDefined();
        if (field.profile && typeof field.profile === 'string') expect(profileFields.some((p) => p.id === field.profile), `${model.id}.${field.id}: profile key ${field.profile}`).toBe(true);
      }
    }
  });
});

