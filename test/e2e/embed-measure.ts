import type { Page } from 'playwright-core';
import type { CalculatorModel } from '../../src/calculators/contract';
import { TARGET, toQuery } from '../../src/calculators/inputs';
import { EMBED_WIDTHS, type EmbedHeights } from '../../src/calculators/embed';
import { preset } from './presets';

/** Height of an embed as its own resize message reports it, in a frame of this width. */
export async function embedHeight(page: Page, url: string, width: number): Promise<number> {
  await page.setViewportSize({ width, height: 400 });
  await page.goto(url);
  await page.waitForSelector('.calc[data-ready="true"]');
  // Charts and late layout settle within two frames.
  return page.evaluate(async () => {
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return Math.ceil(document.documentElement.getBoundingClientRect().height);
  });
}

/**
 * What a snippet needs: the embed with the book's example (oEmbed, at 720 px), and with figures in
 * its link, which adds "figures set by this page" and the reading, at each common host width;
 * for calculators that compare, with the comparison open too.
 */
export async function measureEmbed(page: Page, site: string, model: CalculatorModel): Promise<EmbedHeights> {
  const at = async (query: string) => {
    const heights: number[] = [];
    for (const w of EMBED_WIDTHS) heights.push(await embedHeight(page, `${site}/embed/${model.id}/${query}`, w));
    return heights;
  };
  const texts = preset(model);
  const measured: EmbedHeights = { example: await embedHeight(page, `${site}/embed/${model.id}/`, 720), linked: await at(`?${toQuery(model, texts)}`) };
  if (model.scenarios) measured.compared = await at(`?${toQuery(model, texts)}&${toQuery(model, texts, TARGET)}`);
  return measured;
}
