import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHTS, snippetHeight } from '../../src/calculators/embed';
import { models } from '../../src/calculators/registry';

// The share panel builds its embed code from the measured table: a calculator missing from it
// cannot show its share panel at all. test/e2e/finish-embeds.test.ts remeasures the table.
describe('embed heights', () => {
  it('has a measured height for every calculator, so each share panel can give its embed code', () => {
    expect(Object.keys(EMBED_HEIGHTS).sort()).toEqual(Object.keys(models).sort());
    for (const model of Object.values(models)) {
      expect(snippetHeight(model.id), model.id).toBeGreaterThan(200);
      if (model.scenarios) expect(snippetHeight(model.id, true), `${model.id} compared`).toBeGreaterThan(snippetHeight(model.id));
    }
  });
});
