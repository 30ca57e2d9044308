import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoProblems, siteUrl, useBrowser, type WatchedPage } from './browser';
import { PHONE } from './finish-pages';

const browser = useBrowser();

/**
 * A slow phone on a slow network: the CPU six times slower, as Chrome's DevTools throttling does
 * it, and each script arriving half a second late, so the page is painted and answerable
 * well before its islands come alive.
 */
async function slowPhone(): Promise<WatchedPage & { cdp: CDPSession }> {
  const context = await browser.context(PHONE);
  await context.route(/\/_astro\/.*\.js$/, async (route) => {
    await new Promise((r) => setTimeout(r, 500));
    await route.continue();
  });
  const page = await browser.page({}, context);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
  return Object.assign(page, { cdp });
}

/**
 * Opens a page and returns as soon as `selector` is painted, before the island that holds it has
 * hydrated (a small island elsewhere on the page may already be alive: that tests nothing here).
 */
async function atFirstPaint(page: Page, path: string, selector: string) {
  await page.goto(`${siteUrl()}${path}`, { waitUntil: 'commit' });
  const target = page.locator(selector).first();
  await target.waitFor({ state: 'attached' });
  const waiting = await target.evaluate((el) => el.closest('astro-island')?.hasAttribute('ssr') ?? null);
  expect(waiting, 'the island holding the element had already hydrated: the test no longer tests anything').toBe(true);
}

// Every island a reader can see; one in a folded section wakes only when it is opened.
const hydrated = (page: Page) => page.waitForFunction(() => !document.querySelector('astro-island[ssr]:not(details:not([open]) *)'), null, { timeout: 60_000 });
const saved = (page: Page, key: string) => page.evaluate((k) => JSON.parse(localStorage.getItem(`csp:v1:${k}`) ?? 'null'), key);

describe('what a reader does before the page comes alive is kept', () => {
  it('saves the first answer tapped on the assessment', async () => {
    const page = await slowPhone();
    await atFirstPaint(page, '/assessment/', '#q1-leader-seat input[value="average"]');
    await page.locator('#q1-leader-seat input[value="average"]').tap({ force: true });
    await hydrated(page);
    await page.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expect.poll(() => saved(page, 'assessment')).toEqual({ 'q1-leader-seat': { level: 'average' } });
    expect(await page.locator('#q1-leader-seat input[value="average"]').isChecked()).toBe(true);
    expect(await page.locator('[data-answered]').getAttribute('data-answered')).toBe('1');
    expectNoProblems(page);
  });

  it('keeps a list pasted into the team view', async () => {
    const page = await slowPhone();
    await atFirstPaint(page, '/assessment/team/', '#team-codes');
    await page.locator('#team-codes').fill('pasted-before-hydration');
    await page.locator('#team-codes').scrollIntoViewIfNeeded();
    await hydrated(page);
    await page.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.waitForSelector('.team[data-ready="true"]');
    expect(await page.locator('#team-codes').inputValue()).toBe('pasted-before-hydration');
  });

  it('saves worksheet answers typed and ticked early', async () => {
    const page = await slowPhone();
    await atFirstPaint(page, '/worksheets/mis-sell/', '#ms-account');
    await page.locator('#ms-account').fill('Northwind');
    await page.locator('input[name="ms-scope-promised"][value="yes"]').tap({ force: true });
    await hydrated(page);
    await page.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expect.poll(async () => ((await saved(page, 'mis-sell')) as { account?: string } | null)?.account).toBe('Northwind');
    expect(((await saved(page, 'mis-sell')) as { answers: Record<string, string> }).answers['scope-promised']).toBe('yes');
    expect(await page.locator('input[name="ms-scope-promised"][value="yes"]').isChecked()).toBe(true);
  });

  it('saves a deal review’s account name typed early', async () => {
    const page = await slowPhone();
    await atFirstPaint(page, '/templates/deal-review/', '#dr-account');
    await page.locator('#dr-account').fill('Contoso');
    await hydrated(page);
    await page.cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await expect.poll(async () => ((await saved(page, 'deal-review')) as { account?: string } | null)?.account).toBe('Contoso');
  });
});
