import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoBrokenNumbers, expectNoProblems, hydrateAll, siteUrl, useBrowser, type WatchedPage } from './browser';

// DESIGN §4a: the reader's own figures, told truthfully.
const browser = useBrowser();

const PROFILE = { arr: 24_000_000, customers: 400, retention: 88, margin: 78, cac: 45_000 };

async function withProfile(profile: object, mode?: 'mine' | 'example'): Promise<WatchedPage> {
  const context = await browser.context();
  await context.addInitScript(
    ([p, m]) => {
      if (sessionStorage.getItem('seeded')) return;
      localStorage.setItem('csp:v1:profile', p as string);
      if (m) localStorage.setItem('csp:v1:mode', JSON.stringify(m));
      sessionStorage.setItem('seeded', '1');
    },
    [JSON.stringify(profile), mode],
  );
  return browser.page({}, context);
}

async function calculator(page: WatchedPage, id: string) {
  const calc = page.locator(`.calc[data-calculator="${id}"]`).first();
  await calc.scrollIntoViewIfNeeded();
  await page.waitForSelector(`.calc[data-calculator="${id}"][data-ready="true"]`);
  return calc;
}

describe('the reader’s numbers in a chapter', () => {
  it('offers the switch at the top of the chapter and says how many calculators the figures fill', async () => {
    const page = await withProfile(PROFILE);
    await page.goto(`${siteUrl()}/chapters/economics/`);
    const bar = page.getByRole('group', { name: 'Numbers in this chapter’s calculators' });
    await bar.waitFor();
    expect(await page.getByRole('status').filter({ hasText: 'Your saved numbers can fill' }).count()).toBe(1);
    await bar.getByRole('radio', { name: 'My numbers' }).check();
    await expect.poll(() => page.locator('[data-mode-note]').innerText()).toMatch(/^Your numbers fill \d of this chapter’s \d calculators/);
    const cltv = await calculator(page, 'cltv');
    // Revenue per customer is ARR ÷ customers, and the calculator says so.
    expect(await cltv.getByLabel('Annual revenue per customer', { exact: true }).inputValue()).toBe('60000');
    expect(await cltv.getByRole('status').filter({ hasText: 'worked out as ARR ÷ customers' }).count()).toBe(1);
    // The worked example in the prose keeps the book's figures.
    expect(await page.locator('.cite').allTextContents()).toContain('$90,000');
    // Beside the calculator, a reading in the reader's figures: $60,000 × 78% ÷ 12% = $390,000.
    const reading = cltv.locator('[data-reading="cltv"]');
    expect(await reading.locator('[data-figure="cltv"]').getAttribute('data-value')).toBe('390000');
    expect(await reading.innerText()).toContain('about 4.3 times the book’s example customer');
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('carries the reader’s lifetime value into LTV:CAC and keeps the retention year on the example when it is incomplete', async () => {
    const page = await withProfile(PROFILE, 'mine');
    await page.goto(`${siteUrl()}/chapters/economics/`);
    const ratio = await calculator(page, 'ltv-cac');
    expect(Number(await ratio.getByLabel('Customer lifetime value', { exact: true }).inputValue())).toBeCloseTo(390_000, 6);
    expect(await ratio.getByRole('status').filter({ hasText: 'the lifetime value calculator on your figures' }).count()).toBe(1);
    const retention = await calculator(page, 'retention');
    expect(await retention.getByLabel('Starting ARR', { exact: true }).inputValue()).toBe('100000000');
    const note = retention.getByRole('status').filter({ hasText: 'Still the book’s example' });
    expect(await note.innerText()).toContain('add ARR a year ago from the customers you had then');
    expect(await note.getByRole('link', { name: 'My numbers', exact: true }).getAttribute('href')).toBe('/my-numbers/?focus=start-arr');
    await expectAccessible(page);
    expectNoProblems(page);
  });

  it('tells an embed’s reader that the figures are the page’s own, with no switch', async () => {
    const page = await withProfile(PROFILE, 'mine');
    await page.goto(`${siteUrl()}/embed/cltv/?revenue=20000&retention=95`);
    await hydrateAll(page);
    await page.waitForSelector('.calc[data-ready="true"]');
    expect(await page.getByRole('status').filter({ hasText: 'Figures set by this page' }).count()).toBe(1);
    expect(await page.getByRole('radio', { name: 'My numbers' }).count()).toBe(0);
    expect(await page.getByLabel('Annual revenue per customer', { exact: true }).inputValue()).toBe('20000');
    expectNoProblems(page);
  });
});

describe('My numbers', () => {
  it('offers to switch the book once a figure is saved, and focuses the figure a calculator asked for', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/my-numbers/?focus=expansion`);
    await hydrateAll(page);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('mine-expansion');
    await page.getByLabel('Expansion ARR over the last year').fill('2,500,000');
    await page.getByRole('button', { name: 'Use my numbers across the book' }).click();
    expect(await page.evaluate(() => localStorage.getItem('csp:v1:mode'))).toBe('"mine"');
    expect(await page.getByRole('radio', { name: 'My numbers' }).isChecked()).toBe(true);
    expectNoProblems(page);
  });
});
