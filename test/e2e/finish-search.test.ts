import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoProblems, siteUrl, useBrowser } from './browser';

const browser = useBrowser();

/**
 * What readers type, and the page (or section) that must come first. When a change to the
 * content or to the ranking in public/search.js moves one of these, the reader's obvious answer
 * has been lost: fix the ranking, the page's terms (src/lib/search-terms.ts) or its headings.
 */
const FIRST: [query: string, first: RegExp][] = [
  ['NRR', /^\/chapters\/economics\/#net-and-gross-revenue-retention$|^\/glossary\/#nrr$/],
  ['churn', /^\/chapters\/renewals-and-churn\//],
  // The builder and the agenda template are both pages about running a QBR.
  ['QBR', /^\/tools\/qbr-builder\/|^\/templates\/qbr-agenda\//],
  ['health score', /^\/chapters\/health-and-adoption\//],
  ['onboarding', /^\/chapters\/onboarding\//],
  ['mis-sold', /^\/chapters\/mis-sold-contracts\//],
  ['business case', /^\/chapters\/business-case\//],
  ['lifetime value', /^\/tools\/cltv\/|^\/chapters\/economics\/#customer-lifetime-value$/],
  ['embed', /^\/embedding\//],
];

/** Types a query into the search on the page (or, when open, the dialog) and waits for its answer. */
async function search(page: Page, query: string) {
  const dialog = await page.locator('dialog[open]').count();
  const scope = dialog ? page.locator('dialog[open]') : page.locator('main');
  await scope.getByLabel('Search the playbook').fill(query);
  await scope.locator('[data-search-status]', { hasText: `“${query}”` }).waitFor();
}

const firstLink = (page: Page) => page.locator('main .search-results > li > a').first().getAttribute('href');

describe('search finds the obvious', () => {
  it('puts the page a reader means first', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/search/`);
    const wrong: string[] = [];
    for (const [query, first] of FIRST) {
      await search(page, query);
      const href = (await firstLink(page)) ?? '';
      if (!first.test(href)) wrong.push(`${query} → ${href}`);
    }
    expect(wrong).toEqual([]);
    expectNoProblems(page);
  });

  it('says how many pages match, offers more than eight and keeps the query in the address', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/search/`);
    await search(page, 'churn');
    const status = await page.locator('main [data-search-status]').innerText();
    const total = Number(/^(\d+) pages match/.exec(status)?.[1]);
    expect(total).toBeGreaterThan(10);
    expect(await page.locator('main .search-results > li').count()).toBe(10);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await expect.poll(() => page.locator('main .search-results > li').count()).toBe(Math.min(total, 20));
    expect(new URL(page.url()).searchParams.get('q')).toBe('churn');
    // The address opens the same search for whoever it is sent to.
    const other = await browser.page();
    await other.goto(page.url());
    await other.locator('main [data-search-status]', { hasText: '“churn”' }).waitFor();
    expect(await firstLink(other)).toBe(await firstLink(page));
  });

  it('moves through the results with the arrow keys', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/`);
    await page.keyboard.press('/');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.waitFor();
    await search(page, 'churn');
    const links = dialog.locator('.search-results a');
    await page.keyboard.press('ArrowDown');
    expect(await links.first().evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    expect(await links.nth(1).evaluate((a) => a === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await dialog.getByRole('searchbox').evaluate((i) => i === document.activeElement)).toBe(true);
  });

  it('shows each page’s best sections with their headings, and opens glossary hits at the entry', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/search/?q=QBR`);
    const glossary = page.locator('.search-results a[href^="/glossary/"]').first();
    await glossary.waitFor();
    expect(await glossary.getAttribute('href')).toBe('/glossary/#qbr');
    expect(await glossary.locator('.result-section').innerText()).toMatch(/^QBR/);
    await page.goto(`${siteUrl()}/search/?q=NRR`);
    const economics = page.locator('.search-results > li', { has: page.locator('a[href^="/chapters/economics/"]') }).first();
    await economics.waitFor();
    expect(await economics.locator('.result-section').first().innerText()).toBe('Net and gross revenue retention');
    expect(await economics.locator('.result-subs a').count()).toBeGreaterThan(0);
  });

  it('keeps tooltips, calculator figures and breadcrumbs out of the excerpts', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/search/?q=lifetime%20value`);
    await page.locator('.search-results a').first().waitFor();
    const excerpts = (await page.locator('.result-excerpt').allInnerTexts()).join(' ');
    // A glossary tip's definition, a calculator's field labels and the chapter kicker.
    expect(excerpts).not.toMatch(/This book counts it in gross profit|Annual revenue per customer|Part One: the strategic case/);
  });
});
