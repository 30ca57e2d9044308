import { describe, expect, it } from 'vitest';
import { calculatorsReady, expectAccessible, expectNoBrokenNumbers, expectNoProblems, siteUrl, useBrowser, type WatchedPage } from './browser';

const browser = useBrowser();

/** One output in one scenario of the comparison, as data-value. */
const cell = (page: WatchedPage, scenario: 'today' | 'target', output: string) =>
  page.locator(`.scenarios [data-scenario="${scenario}"] [data-output="${output}"]`).getAttribute('data-value');
const change = (page: WatchedPage, output: string) => page.locator(`.scenarios [data-change="${output}"]`);
const target = (page: WatchedPage) => page.getByRole('group', { name: 'Target' });

describe('today and a target', () => {
  it('opens from a link with target values and shows both scenarios and the change', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/tools/cltv/?retention=90&target-retention=95`);
    await calculatorsReady(page);
    await page.locator('.scenarios').waitFor();
    expect(await page.getByRole('button', { name: 'Compare today with a target' }).getAttribute('aria-expanded')).toBe('true');
    expect(await cell(page, 'today', 'cltv')).toBe('90000');
    expect(await cell(page, 'target', 'cltv')).toBe('180000');
    expect(await change(page, 'cltv').getAttribute('data-value')).toBe('90000');
    expect(await change(page, 'cltv').getAttribute('data-percent')).toBe('100');
    expect(await change(page, 'lifespan').innerText()).toBe('+10 years (+100%)');
    expect(await target(page).getByLabel('Annual retention', { exact: true }).inputValue()).toBe('95');
    const table = page.getByRole('table', { name: 'Each figure today, at the target, and the change' });
    expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['Figure', 'Today', 'Target', 'Change']);
    expect(await table.getByRole('rowheader').count()).toBe(5);
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('explains a bad target value at its field while today’s results stay', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/tools/cltv/?retention=90&target-retention=95`);
    await calculatorsReady(page);
    const field = target(page).getByLabel('Annual retention', { exact: true });
    await field.fill('120');
    const error = page.locator(`#${await field.getAttribute('id')}-error`);
    expect(await error.innerText()).toBe('Annual retention must be between 0% and 100%.');
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await cell(page, 'target', 'cltv')).toBe('n/a');
    expect(await change(page, 'cltv').getAttribute('data-value')).toBe('n/a');
    expect(await cell(page, 'today', 'cltv')).toBe('90000');
    expect(await page.locator('.calc-outputs [data-output="cltv"]').getAttribute('data-value')).toBe('90000');
    // The main inputs are untouched: today's retention has no message.
    expect(await page.getByLabel('Annual retention', { exact: true }).first().getAttribute('aria-invalid')).toBeNull();
    await expectNoBrokenNumbers(page);
    await expectAccessible(page);
    expectNoProblems(page);
  });

  it('falls back to today’s value, with a note, for a bad target in the link and ignores unknown ones', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/tools/cltv/?margin=80&target-margin=lots&target-colour=blue&target-retention=93`);
    await calculatorsReady(page);
    await page.locator('.scenarios').waitFor();
    expect(await page.getByRole('alert').allInnerTexts()).toEqual([
      'The link\'s target value for "Gross margin" was not used: Gross margin must be a number (you entered "lots"). Today\'s value applies.',
    ]);
    expect(await target(page).getByLabel('Gross margin', { exact: true }).inputValue()).toBe('80');
    expect(await target(page).getByLabel('Annual retention', { exact: true }).inputValue()).toBe('93');
    expectNoProblems(page);
  });

  it('opens by keyboard, takes typed targets and puts them in the share link and embed code', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/tools/ltv-cac/`);
    await calculatorsReady(page);
    expect(await page.locator('.scenarios').count()).toBe(0);
    const button = page.getByRole('button', { name: 'Compare today with a target' });
    await button.focus();
    await page.keyboard.press('Enter');
    await page.locator('.scenarios').waitFor();
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    // The target's first field follows the button in the tab order.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent)).toBe('Target');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.type('150000');
    await expect.poll(() => cell(page, 'target', 'ratio')).toBe('5');
    expect(await cell(page, 'today', 'ratio')).toBe('3');
    expect(await page.locator('.scenarios [data-scenario="target"] [data-output="band"]').innerText()).toBe('Healthy: 3 to 1 or better');
    expect(await change(page, 'band').getAttribute('data-value')).toBe('same');

    await page.getByRole('button', { name: 'Share or embed these numbers' }).click();
    const share = new URL(await page.getByLabel('Link to these inputs').inputValue());
    expect(share.pathname).toBe('/tools/ltv-cac/');
    expect(share.searchParams.get('ltv')).toBe('90000');
    expect(share.searchParams.get('target-ltv')).toBe('150000');
    expect(share.searchParams.get('target-cac')).toBe('30000');
    const snippet = await page.getByLabel('Embed code for a wiki or web page').inputValue();
    expect(snippet).toContain(`/embed/ltv-cac/?${share.search.slice(1)}"`);

    // Closing the comparison takes the target out of the links.
    await button.press('Enter');
    expect(await page.locator('.scenarios').count()).toBe(0);
    expect(await page.getByLabel('Link to these inputs').inputValue()).not.toContain('target-');
    expectNoProblems(page);
  });

  it('opens on the embed page from target values and keeps them in the link back to the book', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/embed/cltv/?retention=90&target-retention=95`);
    await page.waitForSelector('.calc[data-ready="true"]');
    await page.locator('.scenarios').waitFor();
    expect(await cell(page, 'target', 'cltv')).toBe('180000');
    const back = new URL((await page.getByRole('link', { name: 'Open in the Customer Success Playbook' }).getAttribute('href'))!);
    expect(back.pathname).toBe('/tools/cltv/');
    expect(back.searchParams.get('target-retention')).toBe('95');
    expectNoProblems(page);
  });

  it('does not open the comparison for calculators without scenarios', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/tools/compounding/?target-years=5`);
    await calculatorsReady(page);
    expect(await page.getByRole('button', { name: 'Compare today with a target' }).count()).toBe(0);
    expect(await page.locator('.scenarios').count()).toBe(0);
    expectNoProblems(page);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no accessibility violations with the comparison open (${colorScheme})`, async () => {
      const page = await browser.page({ colorScheme });
      await page.goto(`${siteUrl()}/tools/retention/?target-churn=4000000&target-expansion=abc`);
      await calculatorsReady(page);
      await page.locator('.scenarios').waitFor();
      await page.getByRole('button', { name: 'Share or embed these numbers' }).click();
      await page.getByLabel('Link to these inputs').waitFor();
      await expectAccessible(page);
      expectNoProblems(page);
    });
  }

  it('prints the comparison without its buttons', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/tools/cltv/?target-retention=95`);
    await calculatorsReady(page);
    await page.locator('.scenarios').waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.scenario-table').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Compare today with a target' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Reset the target to today' }).isVisible()).toBe(false);
    expectNoProblems(page);
  });

  it('stacks the comparison on a phone without scrolling sideways', async () => {
    const page = await browser.page({ viewport: { width: 360, height: 800 } });
    await page.goto(`${siteUrl()}/tools/cs-payback/?target-stage=mature&target-benefit=50000`);
    await calculatorsReady(page);
    await page.locator('.scenarios').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    const [today, goal] = await Promise.all(['.scenario-today', '.scenario-target'].map((s) => page.locator(s).boundingBox()));
    expect(goal!.y).toBeGreaterThan(today!.y + today!.height - 1);
    expectNoProblems(page);
  });
});
