import { describe, expect, it } from 'vitest';
import { expectNoProblems, siteUrl, useBrowser, hydrateAll } from './browser';


const browser = useBrowser();

/** Pages in a PDF, counted from its page objects. */
const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('print wastes no paper', () => {
  it('prints the economics chapter with no page lost to a box that jumped (it took sixteen), calculators whole and compact', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/chapters/economics/`);
    await hydrateAll(page);
    const pages = pageCount(await page.pdf({ format: 'A4', printBackground: true }));
    // The same content laid out as one long sheet of the printed width (A4 less the @page margins
    // of global.css: 180 × 268 mm) fills `ideal` pages; boxes that move rather than split may
    // cost part of one page in all, never a page each.
    await page.emulateMedia({ media: 'print' });
    await page.setViewportSize({ width: Math.round((180 / 25.4) * 96), height: 1000 });
    const ideal = Math.ceil((await page.evaluate(() => document.documentElement.scrollHeight)) / ((268 / 25.4) * 96));
    expect(pages).toBeGreaterThan(1);
    expect(pages).toBeLessThanOrEqual(ideal + 1);
    // An A4 page less its margins is about 990 CSS pixels tall: no calculator takes half of one.
    const heights = await page.locator('.calc').evaluateAll((calcs) => calcs.map((c) => c.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(495);
    // Inputs and results read as rows of a table: label and value on one line.
    const row = page.locator('.calc .field').first();
    expect(await row.evaluate((r) => getComputedStyle(r).display)).toBe('flex');
    expect(await page.locator('.calc-toolbar').first().isVisible()).toBe(false);
    expectNoProblems(page);
  });

  it('prints internal links without their paths and external ones with their address', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/chapters/economics/`);
    await page.emulateMedia({ media: 'print' });
    const after = (selector: string) => page.locator(selector).first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(await after('.prose a[href^="/"]')).toBe('none');
  });

  it('prints the board page’s tables at the page’s own text size, words wide and figures narrow', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/worksheets/mis-sell/`);
    await hydrateAll(page);
    await page.getByText('Worksheet options').click();
    await page.getByRole('button', { name: 'Load the book’s example' }).click();
    await page.goto(`${siteUrl()}/worksheets/mis-sell/board/`);
    await page.locator('.board-page[data-complete="true"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const sizes = await page.evaluate(() => {
      const body = parseFloat(getComputedStyle(document.querySelector('.board-page p')!).fontSize);
      const cells = [...document.querySelectorAll('.board-page .ws-table td')].map((c) => parseFloat(getComputedStyle(c).fontSize));
      const first = document.querySelector('.board-pattern td')!.getBoundingClientRect().width;
      const table = document.querySelector('.board-pattern')!.getBoundingClientRect().width;
      return { body, cells, share: first / table };
    });
    expect(sizes.cells.every((s) => s === sizes.body)).toBe(true);
    expect(sizes.share).toBeGreaterThan(0.5);
    expect(pageCount(await page.pdf({ format: 'A4' }))).toBe(1);
  });
});
