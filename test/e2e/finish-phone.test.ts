import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoProblems, siteUrl, useBrowser, hydrateAll } from './browser';
import { DESKTOP, PHONE, allPages, calculatorsInChapters, scrollsSideways, withAnswers } from './finish-pages';
import { SCOPE, pick } from './sample';

const browser = useBrowser();

/** Answers that fill the results picture: every question, every level. */
const ANSWERS = {
  'q1-leader-seat': 'poor',
  'q2-commercial-ownership': 'average',
  'q3-shared-goals': 'excellent',
  'q4-cost-to-retain': 'poor',
  'q5-health-score': 'average',
  'q6-churn-insight': 'excellent',
  'q7-value': 'poor',
  'q8-product-feedback': 'average',
  'q9-exec-attention': 'excellent',
};

describe('on a 390 px phone', () => {
  it(`no page scrolls sideways, with every island alive (tool, embed and chapter scale pages: ${SCOPE})`, async () => {
    const page = await browser.page(PHONE);
    const wide: string[] = [];
    // A tool page is its chapter's calculator with the tool's notes around it, and an embed page
    // that calculator alone: every chapter is checked, with every tool page whose calculator no
    // chapter carries; ten tool and ten embed pages a day stand for the rest, and the full sweep
    // checks them all.
    const pages = allPages();
    const inChapters = calculatorsInChapters();
    const tools = pages.filter((p) => p.startsWith('/tools/') && p !== '/tools/');
    const always = tools.filter((p) => !inChapters.has(p.split('/')[2]!));
    const others = tools.filter((p) => !always.includes(p));
    const embeds = pages.filter((p) => p.startsWith('/embed/'));
    // The chapter scale pages are one layout over each chapter's scales: three a day.
    const scales = pages.filter((p) => p.startsWith('/assessment/chapter/'));
    const rest = pages.filter((p) => !tools.includes(p) && !embeds.includes(p) && !scales.includes(p));
    for (const path of [...rest, ...always, ...pick(others, 10, 3), ...pick(embeds, 10, 2), ...pick(scales, 3, 6)]) {
      await page.goto(`${siteUrl()}${path}`);
      await hydrateAll(page);
      if (await scrollsSideways(page)) wide.push(`${path} (${await page.evaluate(() => document.documentElement.scrollWidth)} px)`);
    }
    expect(wide).toEqual([]);
  }, 300_000);

  it('stacks a table of sentences into labelled rows, and keeps a wide table scrolling inside its box', async () => {
    const page = await browser.page(PHONE);
    await page.goto(`${siteUrl()}/chapters/renewals-and-churn/`);
    const first = page.locator('.prose table').first();
    expect(await first.getAttribute('class')).toBe('stack');
    // Each cell after the first reads as "Column: text", at a width a sentence can use.
    const cell = first.locator('tbody tr').first().locator('td').nth(1);
    expect(await cell.getAttribute('data-label')).toBeTruthy();
    expect((await cell.boundingBox())!.width).toBeGreaterThan(300);
    await page.goto(`${siteUrl()}/tools/cltv/`);
    await page.waitForSelector('.calc[data-ready="true"]');
    expect(await scrollsSideways(page)).toBe(false);
    const box = page.getByRole('group', { name: /What if annual retention moves/ });
    expect(await box.getAttribute('tabindex')).toBe('0');
  });

  it('keeps the header to one row, with the sections, chapters and contents in a menu', async () => {
    const page = await browser.page(PHONE);
    await page.goto(`${siteUrl()}/chapters/economics/`);
    const header = (await page.locator('.site-header').boundingBox())!;
    expect(header.height).toBeLessThan(70);
    expect(await page.getByRole('navigation', { name: 'Site', exact: true }).isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Menu', exact: true }).tap();
    const menu = page.locator('#menu');
    expect(await menu.getByRole('link', { name: 'Tools' }).isVisible()).toBe(true);
    expect(await menu.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: 'Net and gross revenue retention' }).isVisible()).toBe(true);
    expect(await menu.getByRole('navigation', { name: 'Chapters' }).locator('a[aria-current="page"]').innerText()).toContain('economics');
    await expectAccessible(page);
    await menu.getByRole('link', { name: 'Net and gross revenue retention' }).tap();
    await page.waitForURL('**#net-and-gross-revenue-retention');
    expect(await menu.isVisible()).toBe(false);
    expectNoProblems(page);
  });

  it('shows no keyboard shortcut on a touch screen, and ⌘K on a Mac', async () => {
    const phone = await browser.page(PHONE);
    await phone.goto(`${siteUrl()}/`);
    expect(await phone.locator('.search-open kbd').isVisible()).toBe(false);
    const mac = await browser.context(DESKTOP);
    await mac.addInitScript(() => Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel' }));
    const page = await mac.newPage();
    await page.goto(`${siteUrl()}/`);
    await expect.poll(() => page.locator('.search-open kbd').innerText()).toBe('⌘K');
    expect(await page.locator('.search-open').getAttribute('aria-keyshortcuts')).toBe('Meta+K /');
    await page.keyboard.press('Meta+k');
    await page.getByRole('dialog', { name: 'Search' }).waitFor();
  });

  it('opens a glossary term’s definition in place on a tap, and closes it on a second tap or Escape', async () => {
    const page = await browser.page(PHONE);
    await page.goto(`${siteUrl()}/chapters/economics/`);
    const term = page.locator('.term').first();
    await term.scrollIntoViewIfNeeded();
    await term.locator('.term-link').tap();
    const tip = term.getByRole('tooltip');
    expect(await tip.isVisible()).toBe(true);
    expect(page.url()).toBe(`${siteUrl()}/chapters/economics/`);
    // The tip stays inside the screen, so it never widens the page.
    const box = (await tip.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await term.locator('.term-link').tap();
    expect(await tip.isVisible()).toBe(false);
    await term.locator('.term-link').tap();
    expect(await tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
    expectNoProblems(page);
  });

  it('keeps the search dialog’s close button clear of the search field', async () => {
    const page = await browser.page(PHONE);
    await page.goto(`${siteUrl()}/`);
    await page.locator('.search-open').tap();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.waitFor();
    const close = (await dialog.getByRole('button', { name: 'Close search' }).boundingBox())!;
    const field = (await dialog.getByRole('searchbox').boundingBox())!;
    const overlaps = close.x < field.x + field.width && field.x < close.x + close.width && close.y < field.y + field.height && field.y < close.y + close.height;
    expect(overlaps).toBe(false);
  });

  for (const [path, name] of [
    ['/assessment/results/', 'results'],
    ['/assessment/team/', 'team view'],
  ] as const) {
    it(`fits the level chart of the ${name} in its box, with text of at least 12 px`, async () => {
      const context = await withAnswers(browser, ANSWERS, PHONE);
      const page = await browser.page({}, context);
      await page.goto(`${siteUrl()}${path}`);
      await hydrateAll(page);
      if (path === '/assessment/team/') {
        await page.waitForSelector('.team[data-ready="true"]');
        await page.getByRole('button', { name: 'Add my own answers' }).tap();
      }
      const chart = page.locator('.level-chart .lc').first();
      await chart.waitFor();
      const fit = await chart.evaluate((el) => {
        const box = el.parentElement!.getBoundingClientRect();
        const cells = [...el.querySelectorAll<HTMLElement>('span')].filter((c) => c.getBoundingClientRect().width > 0);
        return {
          inside: cells.every((c) => c.getBoundingClientRect().right <= box.right + 0.5 && c.getBoundingClientRect().left >= box.left - 0.5),
          smallest: Math.min(...cells.filter((c) => c.textContent).map((c) => parseFloat(getComputedStyle(c).fontSize))),
        };
      });
      expect(fit.inside).toBe(true);
      expect(fit.smallest).toBeGreaterThanOrEqual(12);
      expect(await scrollsSideways(page)).toBe(false);
      expectNoProblems(page);
    });
  }
});

describe('accessible at phone and desktop widths, light and dark', () => {
  // The pages whose layout this work changed most (book.test.ts covers every page type at desktop width).
  const pages = ['/', '/chapters/economics/', '/tools/cltv/', '/embedding/', '/assessment/results/', '/worksheets/mis-sell/board/', '/search/?q=churn'];
  // Each page at both widths, and in dark mode at the phone's, where the layout is tightest.
  for (const [label, size, schemes] of [
    ['phone', PHONE, ['light', 'dark']],
    ['desktop', DESKTOP, ['light']],
  ] as const) {
    for (const colorScheme of schemes) {
      it(`passes axe on every kind of page this work touched (${label}, ${colorScheme})`, async () => {
        const context = await withAnswers(browser, ANSWERS, { ...size, colorScheme });
        const page = await browser.page({}, context);
        for (const path of pages) {
          await page.goto(`${siteUrl()}${path}`);
          await hydrateAll(page);
          if (path.startsWith('/search/')) await page.locator('.search-results a').first().waitFor();
          await expectAccessible(page);
        }
        expectNoProblems(page);
      }, 180_000);
    }
  }
});
