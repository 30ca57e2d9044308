import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTexts, evaluate } from '../../src/calculators/inputs';
import { models } from '../../src/calculators/registry';
import { islandsSource } from '../../src/plugins/calculator-islands.mjs';

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
});
