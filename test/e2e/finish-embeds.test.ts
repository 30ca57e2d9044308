import { writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EMBED_HEIGHTS, EMBED_WIDTHS, embedSnippet, snippetHeight, type EmbedHeights } from '../../src/calculators/embed';
import { models } from '../../src/calculators/registry';
import { measureEmbed, embedHeight } from './embed-measure';
import { preset } from './presets';
import { toQuery } from '../../src/calculators/inputs';
import { expectNoProblems, siteUrl, useBrowser } from './browser';

const browser = useBrowser();
const HEIGHTS_FILE = new URL('../../src/calculators/embed-heights.json', import.meta.url);

/**
 * The snippet's default height comes from the rendered embed, not a guess. After a change to the
 * calculators' layout, rebuild and run this file with UPDATE_EMBED_HEIGHTS=1 to measure every
 * calculator again (about two minutes); the ordinary run checks a sample against the stored table.
 */
describe('embed heights', () => {
  if (process.env.UPDATE_EMBED_HEIGHTS) {
    it('measures every calculator at the common host widths', async () => {
      const page = await browser.page();
      const table: Record<string, EmbedHeights> = {};
      for (const model of Object.values(models).sort((a, b) => a.id.localeCompare(b.id))) table[model.id] = await measureEmbed(page, siteUrl(), model);
      // One calculator a line, so a change of layout reads as a short diff.
      writeFileSync(HEIGHTS_FILE, `{\n${Object.entries(table).map(([id, h]) => ` ${JSON.stringify(id)}: ${JSON.stringify(h)}`).join(',\n')}\n}\n`);
    }, 600_000);
    return;
  }

  it('has a measured height for every calculator', () => {
    expect(Object.keys(EMBED_HEIGHTS).sort()).toEqual(Object.keys(models).sort());
  });

  const sample = ['cltv', 'qbr-builder', 'compounding'];
  for (const id of sample) {
    it(`stores the heights ${id}'s embed really has (rebuild, then UPDATE_EMBED_HEIGHTS=1 if not)`, async () => {
      const page = await browser.page();
      const now = await measureEmbed(page, siteUrl(), models[id]!);
      // Never shorter than the embed (the frame would cut it), and not much taller (blank space in
      // the wiki): past either, the layout has changed since the table was measured.
      const near = (now: number, stored: number) => stored >= now - 2 && stored <= now + 80;
      expect(near(now.example, EMBED_HEIGHTS[id]!.example), `example ${now.example} vs ${EMBED_HEIGHTS[id]!.example}`).toBe(true);
      now.linked.forEach((h, i) => expect(near(h, EMBED_HEIGHTS[id]!.linked[i]!), `${EMBED_WIDTHS[i]} px: ${h} vs ${EMBED_HEIGHTS[id]!.linked[i]}`).toBe(true));
      expectNoProblems(page);
    });
  }

  it('gives a snippet tall enough for the whole calculator in a 720 px wiki column, with no listener', async () => {
    const page = await browser.page();
    for (const id of ['cltv', 'retention', 'qbr-builder']) {
      const model = models[id]!;
      const snippet = embedSnippet(siteUrl(), id, model.title, snippetHeight(id), toQuery(model, preset(model)));
      await page.setContent(`<!doctype html><title>Wiki</title><main style="width:720px">${snippet.replace('loading="lazy"', '')}</main>`);
      const frame = page.frames().find((f) => f.url().includes(`/embed/${id}/`))!;
      await frame.waitForSelector('.calc[data-ready="true"]');
      const { content, box } = await frame.evaluate(() => ({ content: Math.ceil(document.documentElement.getBoundingClientRect().height), box: innerHeight }));
      expect(content, `${id}: content ${content} px in a ${box} px frame`).toBeLessThanOrEqual(box);
    }
  });

  it('measures the same height the embed reports to its host', async () => {
    const page = await browser.page();
    const h = await embedHeight(page, `${siteUrl()}/embed/cltv/`, 720);
    expect(h).toBe(EMBED_HEIGHTS.cltv!.example);
  });
});
