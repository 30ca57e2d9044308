import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoProblems, siteUrl, useBrowser, hydrateAll } from './browser';
import { QUESTIONS } from '../../src/calculators/mis-sell-diagnostic/model';
import { DESKTOP, PHONE } from './finish-pages';

const browser = useBrowser();

/** Whether the whole element is inside the first screen. */
const onFirstScreen = (page: Page, target: Locator) =>
  target.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight && r.height > 0;
  });

describe('the cover and the first minute', () => {
  for (const [label, size] of [
    ['laptop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`shows the argument, three figures and the two fastest routes within one ${label} screen`, async () => {
      const page = await browser.page(size);
      await page.goto(`${siteUrl()}/`);
      const figures = page.getByRole('list', { name: 'Three figures behind the argument' }).getByRole('listitem');
      expect(await figures.count()).toBe(3);
      for (const target of [page.locator('.cover-lede'), figures.nth(2), page.getByRole('link', { name: 'Read the business case' }), page.getByRole('link', { name: 'Work out your customer lifetime value' })]) {
        expect(await onFirstScreen(page, target)).toBe(true);
      }
      expect(await page.getByRole('link', { name: 'Work out your customer lifetime value' }).getAttribute('href')).toBe('/tools/cltv/');
      expectNoProblems(page);
    });
  }

  it('quotes the same headline figures as the introduction', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/`);
    const cover = await page.locator('.cover-figures strong').allInnerTexts();
    await page.goto(`${siteUrl()}/chapters/introduction/`);
    expect(await page.locator('.stat-value').allInnerTexts()).toEqual(expect.arrayContaining(cover));
  });

  it('turns the page with the arrow keys, but not while typing or with a modifier', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/chapters/what-customer-success-is/`);
    await page.keyboard.press('ArrowRight');
    await page.waitForURL('**/chapters/customer-journey/');
    await page.keyboard.press('ArrowLeft');
    await page.waitForURL('**/chapters/what-customer-success-is/');
    await page.keyboard.press('Alt+ArrowLeft').catch(() => undefined);
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForTimeout(300);
    expect(page.url()).toContain('/chapters/what-customer-success-is/');
    await page.goto(`${siteUrl()}/chapters/economics/`);
    const field = page.getByLabel('Annual retention', { exact: true }).first();
    await field.scrollIntoViewIfNeeded();
    await page.locator('.calc[data-calculator="cltv"][data-ready="true"]').first().waitFor();
    await field.focus();
    await page.keyboard.press('ArrowLeft');
    await page.waitForTimeout(300);
    expect(page.url()).toContain('/chapters/economics/');
  });
});

describe('wording the reader can trust', () => {
  it('says whose result a shared link shows, not "the answers you gave"', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/assessment/`);
    await hydrateAll(page);
    await page.locator('#q1-leader-seat input[value="poor"]').check();
    await page.goto(`${siteUrl()}/assessment/results/`);
    await hydrateAll(page);
    await page.getByLabel('Your name on the result (optional)').fill('Ana');
    const link = await page.getByLabel('Result link').inputValue();
    const other = await browser.page();
    await other.goto(link);
    await other.getByRole('heading', { level: 1, name: 'Ana’s maturity results' }).waitFor();
    const text = await other.locator('main').innerText();
    expect(text).not.toMatch(/answers you gave/);
    expect(text).toMatch(/answers Ana gave on/);
    expect(await other.title()).toMatch(/^Ana’s maturity results/);
    expectNoProblems(other);
  });

  it('shows under a question only the step from the level ticked', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/assessment/`);
    await hydrateAll(page);
    const question = page.locator('#q2-commercial-ownership');
    await question.locator('input[value="poor"]').check();
    const advice = () => question.locator('.scale-next').innerText();
    expect(await advice()).toMatch(/From poor/);
    expect(await advice()).not.toMatch(/From average/);
    await question.locator('input[value="average"]').check();
    expect(await advice()).toMatch(/From average/);
    expect(await advice()).not.toMatch(/From poor/);
    await question.locator('input[value="excellent"]').check();
    expect(await advice()).not.toMatch(/From (poor|average)/);
  });

  it('marks a worksheet step done only when its work is complete', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/worksheets/mis-sell/`);
    await hydrateAll(page);
    const diagnose = page.getByRole('navigation', { name: 'Worksheet steps' }).getByRole('listitem').first();
    // Answers by question, found by the question's text as the diagnostic asks it.
    const answer = (id: string, label: 'Yes' | 'No') => page.getByRole('group', { name: QUESTIONS.find((q) => q.id === id)!.text }).getByRole('radio', { name: label, exact: true }).check();
    const verdict = page.locator('.ws-result [data-output="verdict"]');
    await answer('scope-promised', 'Yes');
    await expect.poll(() => verdict.getAttribute('data-value')).toBe('single');
    expect(await diagnose.innerText()).toMatch(/to do/);
    // Step 1 is done exactly when no type of mismatch is left unanswered (diagnose() in the model).
    // The stakeholder type has two core questions: with only the champion's authority answered it is still open.
    for (const id of ['segment-outside', 'timeline-committed', 'stakeholder-authority']) await answer(id, 'No');
    await expect.poll(() => page.locator('.ws-result [data-output="stakeholder"]').getAttribute('data-value')).toBe('unanswered');
    expect(await diagnose.innerText()).toMatch(/to do/);
    await answer('stakeholder-exec', 'Yes');
    await expect.poll(() => page.locator('.ws-result [data-output="stakeholder"]').getAttribute('data-value')).toBe('absent');
    expect(await page.locator('.ws-result li [data-output]').evaluateAll((states) => states.map((s) => s.getAttribute('data-value')))).toEqual(['present', 'absent', 'absent', 'absent']);
    await expect.poll(() => diagnose.innerText()).toMatch(/done/);
    for (const step of ['path/', 'cost/', 'case/', 'board/']) {
      await page.goto(`${siteUrl()}/worksheets/mis-sell/${step}`);
      await hydrateAll(page);
    }
    // Visiting the other steps does not make them done.
    expect(await page.locator('.ws-progress .done').count()).toBe(1);
  });

  it('keeps a criterion that is not a yes/no question off the board page’s gate', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/worksheets/mis-sell/case/`);
    await hydrateAll(page);
    await page.getByLabel('Criterion 1').fill('Prospect has 500 employees');
    await page.getByRole('button', { name: 'Add a criterion' }).click();
    await page.getByLabel('Criterion 2').fill('Is the champion a director or above?');
    await page.goto(`${siteUrl()}/worksheets/mis-sell/board/`);
    await hydrateAll(page);
    const gate = page.locator('.board-page ol').last();
    expect(await gate.innerText()).toBe('Is the champion a director or above?');
    expect(await page.locator('.board-page').innerText()).toMatch(/Left off the page until they are yes\/no questions/);
  });

  it('gives each code block on the embedding guide a Copy button, wrapping long lines at spaces', async () => {
    const context = await browser.context({ ...PHONE, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await browser.page({}, context);
    await page.goto(`${siteUrl()}/embedding/`);
    const blocks = page.locator('pre');
    expect(await page.getByRole('button', { name: 'Copy' }).count()).toBe(await blocks.count());
    expect(await blocks.first().evaluate((p) => p.scrollWidth <= p.clientWidth && getComputedStyle(p).wordBreak === 'normal')).toBe(true);
    await page.getByRole('button', { name: 'Copy' }).first().tap();
    await page.getByText('Copied.').first().waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain(`${new URL(page.url()).origin}/embed/cltv/`);
    for (const host of ['Confluence Cloud', 'Confluence Data Center', 'Notion', 'SharePoint (modern pages)', 'Google Sites']) {
      expect(await page.getByRole('heading', { name: host }).isVisible()).toBe(true);
    }
  });
});
