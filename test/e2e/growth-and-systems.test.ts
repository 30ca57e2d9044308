import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoBrokenNumbers, expectNoProblems, hydrateAll, siteUrl, useBrowser, type WatchedPage } from './browser';

// Part Two, chapters 11 and 12: expansion, and the CS tech stack, each with every tool live.
const browser = useBrowser();

const chapters = [
  ['expansion', ['expansion-efficiency', 'account-compounding', 'expansion-mix', 'expansion-signals', 'comp-plan', 'retention']],
  ['tech-stack', ['csp-test', 'stack-by-stage', 'buy-timing', 'build-vs-buy', 'licence-utilisation', 'integration-payback', 'tech-strategy']],
] as const;

async function openChapter(slug: string): Promise<WatchedPage> {
  const page = await browser.page();
  await page.goto(`${siteUrl()}/chapters/${slug}/`);
  await hydrateAll(page);
  return page;
}

const output = (page: WatchedPage, calc: string, id: string) => page.locator(`.calc[data-calculator="${calc}"] .calc-outputs [data-output="${id}"]`).getAttribute('data-value');

describe('chapters 11 and 12', () => {
  for (const [slug, calculators] of chapters) {
    it(`brings every calculator in ${slug} to life, with its scales, accessibly and without errors`, async () => {
      const page = await openChapter(slug);
      for (const id of calculators) await page.waitForSelector(`.calc[data-calculator="${id}"][data-ready="true"]`);
      expect(await page.locator('.calc').count()).toBe(calculators.length);
      expect(await page.locator('fieldset[data-scale]').count()).toBe(2);
      await expectNoBrokenNumbers(page);
      await expectAccessible(page);
      expectNoProblems(page);
    });
  }

  it('tells a reader how much expansion a target NRR takes, and when none is needed', async () => {
    const page = await openChapter('expansion');
    const calc = page.locator('.calc[data-calculator="retention"]');
    await calc.scrollIntoViewIfNeeded();
    await page.waitForSelector('.calc[data-calculator="retention"][data-ready="true"]');
    expect(await output(page, 'retention', 'expansion-needed')).toBe('36000000');
    const target = calc.getByLabel('Target NRR', { exact: true });
    await target.fill('110');
    await expect.poll(() => output(page, 'retention', 'expansion-needed')).toBe('21000000');
    expect(await output(page, 'retention', 'expansion-needed-pct')).toBe('21');
    expect(await calc.locator('.calc-reading').textContent()).toContain('no more than this base added');
    await target.fill('85');
    await expect.poll(() => output(page, 'retention', 'expansion-needed')).toBe('0');
    expect(await calc.getByRole('status').allInnerTexts()).toContain('No expansion needed: gross retention already meets the target.');
    await target.fill('');
    await expect.poll(() => output(page, 'retention', 'expansion-needed')).toBe('n/a');
    expect(await output(page, 'retention', 'nrr')).toBe('120');
    expectNoProblems(page);
  });

  it('lets a reader decide build or buy on their own answers', async () => {
    const page = await openChapter('tech-stack');
    const calc = page.locator('.calc[data-calculator="build-vs-buy"]');
    await calc.scrollIntoViewIfNeeded();
    await page.waitForSelector('.calc[data-calculator="build-vs-buy"][data-ready="true"]');
    expect(await output(page, 'build-vs-buy', 'verdict')).toBe('buy');
    await calc.getByLabel('What you would build gives a real, defensible edge', { exact: true }).selectOption('yes');
    await expect.poll(() => output(page, 'build-vs-buy', 'verdict')).toBe('build');
    await calc.getByLabel('Engineers needed to maintain it', { exact: true }).fill('0');
    await expect.poll(() => output(page, 'build-vs-buy', 'verdict')).toBe('buy');
    expect((await calc.getByRole('status').allInnerTexts()).join(' ')).toContain('No engineers for upkeep is not realistic');
    expect(await output(page, 'build-vs-buy', 'build-total')).toBe('250000');
    await calc.getByLabel('Years to compare', { exact: true }).fill('0');
    expect(await calc.locator('.field.invalid .error').innerText()).toBe('Years to compare must be between 1 year and 10 years.');
    expect(await output(page, 'build-vs-buy', 'verdict')).toBe('n/a');
    expectNoProblems(page);
  });

  it('keeps the strategy worksheet’s questions in order, with the message at the field', async () => {
    const page = await openChapter('tech-stack');
    const calc = page.locator('.calc[data-calculator="tech-strategy"]');
    await calc.scrollIntoViewIfNeeded();
    await page.waitForSelector('.calc[data-calculator="tech-strategy"][data-ready="true"]');
    expect(await output(page, 'tech-strategy', 'verdict')).toBe('strategy');
    await calc.getByLabel('1. What is CS accountable for, in metrics?', { exact: true }).fill('');
    expect(await calc.locator('.field.invalid .error').innerText()).toBe('Answer question 1 first: the metrics.');
    expect(await output(page, 'tech-strategy', 'verdict')).toBe('n/a');
    expectNoProblems(page);
  });

  it('draws one account’s compounding as a chart with its figures in a table', async () => {
    const page = await openChapter('expansion');
    const calc = page.locator('.calc[data-calculator="account-compounding"]');
    expect(await calc.locator('svg[role="img"]').count()).toBe(1);
    await calc.locator('summary', { hasText: 'Show the figures as a table' }).click();
    const rows = calc.locator('.chart table tbody tr');
    expect(await rows.count()).toBe(4);
    expect(await rows.nth(3).innerText()).toContain('$86,400');
    await calc.getByLabel('Expansion a year', { exact: true }).fill('-10');
    await expect.poll(() => output(page, 'account-compounding', 'final-acv')).toBe('36450');
    expect(await calc.getByRole('status').allInnerTexts()).toContain('This is contraction: the account shrinks 10% a year.');
    expectNoProblems(page);
  });
});
