import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoProblems, siteUrl, useBrowser } from './browser';

const browser = useBrowser();

describe('reading the book', () => {
  it('opens the cover with its reading paths and a contents list', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/`);
    expect(await page.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    expect(await page.getByRole('heading', { name: 'Three ways to read it' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'Go to Part One' }).isVisible()).toBe(true);
    expect(await page.locator('#contents a[href^="/chapters/"]').count()).toBeGreaterThanOrEqual(2);
    expectNoProblems(page);
  });

  it('reads a chapter, goes to the next one and comes back', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/`);
    await page.getByRole('link', { name: 'Begin with the introduction' }).click();
    await page.waitForURL('**/chapters/introduction/');
    expect(await page.locator('.chapter-meta').innerText()).toMatch(/\d+ min read/);
    expect(await page.getByRole('heading', { name: 'The bottom line' }).isVisible()).toBe(true);
    const nav = page.getByRole('navigation', { name: 'Previous and next chapter' });
    await nav.locator('a[rel="next"]').click();
    await page.waitForURL('**/chapters/what-customer-success-is/');
    expect(await page.locator('.book-nav a[aria-current="page"]').innerText()).toContain('What Customer Success is');
    await page.locator('a[rel="prev"]').click();
    await page.waitForURL('**/chapters/introduction/');
    await page.goBack();
    await page.waitForURL('**/chapters/what-customer-success-is/');
    expectNoProblems(page);
  });

  it('finds a word that only Chapter 1 uses and lands on it', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/chapters/economics/`);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByLabel('Search the playbook').fill('chameleon');
    const result = dialog.locator('.search-results a').first();
    await result.waitFor();
    expect(await dialog.locator('.search-results a').count()).toBe(1);
    expect(await result.innerText()).toContain('What Customer Success is');
    await result.click();
    await page.waitForURL(/\/chapters\/what-customer-success-is\/(#.+)?$/);
    expect(await page.locator('.prose').textContent()).toContain('chameleon');
    expectNoProblems(page);
  });

  it('opens search with the slash key and on its own page', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/glossary/`);
    await page.keyboard.press('/');
    // The search UI loads on demand, so the dialog opens a moment after the key press.
    await page.getByRole('dialog', { name: 'Search' }).waitFor();
    await page.keyboard.press('Escape');
    await page.goto(`${siteUrl()}/search/?q=chameleon`);
    await page.locator('.search-page .search-results a').first().waitFor();
    expect(await page.locator('.search-page .search-results').innerText()).toContain('What Customer Success is');
    expectNoProblems(page);
  });

  it('shows a glossary definition on keyboard focus and links to the entry', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/chapters/introduction/`);
    const term = page.locator('.term').first();
    const link = term.locator('a');
    const tip = term.getByRole('tooltip');
    expect(await tip.isVisible()).toBe(false);
    await link.focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await link.getAttribute('aria-describedby')).toBe(await tip.getAttribute('id'));
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    const href = await link.getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${href}`);
    expect(await page.locator(`[id="${href!.split('#')[1]}"]`).isVisible()).toBe(true);
    expectNoProblems(page);
  });

  it('remembers the dark theme across a reload with no flash of the light one', async () => {
    const context = await browser.context({ colorScheme: 'light' });
    const page = await browser.page({}, context);
    await page.goto(`${siteUrl()}/chapters/introduction/`);
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    await toggle.click();
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    await page.reload({ waitUntil: 'commit' });
    // The theme is set by the inline head script, before the body is parsed.
    await page.waitForSelector('html[data-theme="dark"]', { timeout: 2000 });
    await page.waitForLoadState('load');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(bg).toBe('rgb(21, 24, 27)');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
    expectNoProblems(page);
  });

  it('follows the system theme until the reader chooses', async () => {
    const page = await browser.page({ colorScheme: 'dark' });
    await page.goto(`${siteUrl()}/`);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(21, 24, 27)');
    expect(await page.getByRole('button', { name: 'Dark theme' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('answers a missing address with a helpful 404 page that can search', async () => {
    const page = await browser.page();
    const response = await page.goto(`${siteUrl()}/this-page-does-not-exist/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('not in the playbook');
    await page.locator('.not-found input[type="search"]').fill('chameleon');
    await page.locator('.not-found .search-results a').first().waitFor();
    expectNoProblems(page);
  });

  it('prints a chapter without navigation, and without the paths of links within the book', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/chapters/what-customer-success-is/`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.book-nav').isVisible()).toBe(false);
    const after = await page.evaluate(() => {
      const link = document.querySelector('.prose a[href^="/"]');
      return link ? getComputedStyle(link, '::after').content : 'none found';
    });
    // A path such as /chapters/economics/ means nothing on paper (issue 13); external addresses still print.
    expect(after).toBe('none');
  });

  it('lays a chapter out for a 320 px phone without sideways scrolling', async () => {
    const page = await browser.page({ viewport: { width: 320, height: 640 } });
    await page.goto(`${siteUrl()}/chapters/economics/`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('skips laying out far-off results and prose, never a block that holds a form field, and nothing in an embed', async () => {
    // The browser's form filler lays out, there and then, any skipped block with a field in it,
    // one block at a time in a single long task when the page has loaded (global.css says more).
    const page = await browser.page({ viewport: { width: 412, height: 823 } });
    for (const path of ['/chapters/economics/', '/assessment/chapter/renewals-and-churn/', '/tools/cltv/', '/embed/qbr-builder/']) {
      await page.goto(`${siteUrl()}${path}`);
      const found = await page.evaluate(() => {
        const skippable = (el: Element | null): boolean => !!el && el !== document.body && (getComputedStyle(el).contentVisibility !== 'visible' || skippable(el.parentElement));
        const fields = [...document.querySelectorAll('input, select, textarea')];
        return { fields: fields.length, inSkippable: fields.filter((f) => skippable(f.parentElement)).map((f) => f.outerHTML.slice(0, 80)), skippable: [...document.querySelectorAll('body *')].filter((el) => getComputedStyle(el).contentVisibility === 'auto').length };
      });
      expect(found.fields, path).toBeGreaterThan(3);
      expect(found.inSkippable, path).toEqual([]);
      if (path.startsWith('/chapters/')) expect(found.skippable, path).toBeGreaterThan(10);
      // An embed reports its whole height to the page around it: nothing in it may stand in at a guessed size.
      if (path.startsWith('/embed/')) expect(found.skippable, path).toBe(0);
    }
    // Once a calculator is alive its results answer the reader's typing, and are laid out wherever they are.
    await page.goto(`${siteUrl()}/chapters/economics/`);
    const calc = page.locator('.calc').first();
    const skipped = () => calc.locator('.calc-results').evaluate((el) => getComputedStyle(el).contentVisibility);
    expect(await skipped()).toBe('auto');
    await calc.scrollIntoViewIfNeeded();
    await page.waitForSelector('.calc[data-ready="true"]');
    expect(await skipped()).toBe('visible');
  });
});

describe('accessibility of every page type', () => {
  const pages = ['/', '/chapters/introduction/', '/chapters/economics/', '/glossary/', '/search/?q=retention', '/tools/', '/tools/compounding/', '/embed/cltv/', '/my-numbers/', '/assessment/', '/templates/', '/embedding/', '/this-page-does-not-exist/'];
  // One page of each type, in both schemes (DESIGN §8); other files check further pages of a type in light.
  for (const path of pages) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`${path} has no axe violations in ${colorScheme} mode`, async () => {
        const page = await browser.page({ colorScheme });
        await page.goto(`${siteUrl()}${path}`, { waitUntil: 'networkidle' });
        await expectAccessible(page);
        expectNoProblems(page);
      });
    }
  }
});
