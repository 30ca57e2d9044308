import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoBrokenNumbers, expectNoProblems, hydrateAll, siteUrl, useBrowser, type WatchedPage } from './browser';

// Part Two, chapters 13 to 15: scaling the organisation, industries and motions, and AI,
// each with its calculators live and its scales, plus one real path through each chapter.
const browser = useBrowser();

const CHAPTERS = [
  ['scaling-the-organisation', ['scaling-phase', 'first-transition-symptoms', 'specialisation-sequencer', 'timezone-overlap']],
  ['industries-and-motions', ['motion-finder', 'margin-aware-budget']],
  ['ai-in-customer-success', ['ai-adoption-sequencer', 'ai-vs-rule-backtest', 'freed-capacity', 'automate-or-protect', 'vendor-pitch-scorecard']],
] as const;

async function openChapter(slug: string): Promise<WatchedPage> {
  const page = await browser.page();
  await page.goto(`${siteUrl()}/chapters/${slug}/`);
  await hydrateAll(page);
  return page;
}

async function openTool(id: string, query = ''): Promise<WatchedPage> {
  const page = await browser.page();
  await page.goto(`${siteUrl()}/tools/${id}/${query}`);
  await hydrateAll(page);
  await page.waitForSelector(`.calc[data-calculator="${id}"][data-ready="true"]`);
  return page;
}

const calc = (page: WatchedPage, id: string) => page.locator(`.calc[data-calculator="${id}"]`).first();
const output = (page: WatchedPage, id: string, out: string) => calc(page, id).locator(`.calc-outputs [data-output="${out}"]`).getAttribute('data-value');
const errorFor = async (page: WatchedPage, id: string, label: string) => {
  const field = calc(page, id).getByLabel(label, { exact: true });
  return page.locator(`#${await field.getAttribute('id')}-error`).innerText();
};

describe('Part Two chapters 13 to 15', () => {
  for (const [slug, calculators] of CHAPTERS) {
    it(`renders ${slug} with every calculator live and its scales, accessibly and without errors`, async () => {
      const page = await openChapter(slug);
      for (const id of calculators) await page.waitForSelector(`.calc[data-calculator="${id}"][data-ready="true"]`);
      expect(await page.locator('fieldset[data-scale]').count()).toBe(3);
      await expectNoBrokenNumbers(page);
      await expectAccessible(page);
      expectNoProblems(page);
    });
  }

  it('lays each chapter out for a 320 px phone without sideways scrolling', async () => {
    for (const [slug] of CHAPTERS) {
      const page = await browser.page({ viewport: { width: 320, height: 640 } });
      await page.goto(`${siteUrl()}/chapters/${slug}/`);
      await hydrateAll(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), slug).toBeLessThanOrEqual(0);
      expectNoProblems(page);
    }
  });

  it('reads each chapter accessibly in dark mode', async () => {
    for (const [slug] of CHAPTERS) {
      const page = await browser.page({ colorScheme: 'dark' });
      await page.goto(`${siteUrl()}/chapters/${slug}/`);
      await hydrateAll(page);
      await expectAccessible(page);
      expectNoProblems(page);
    }
  });

  it('finds the shared hours of a Kolkata customer and a London CSM in the chapter, and explains a misspelt zone at its field', async () => {
    const page = await openChapter('scaling-the-organisation');
    const tz = calc(page, 'timezone-overlap');
    await tz.getByLabel('Customer’s time zone', { exact: true }).fill('Asia/Kolkata');
    await tz.getByLabel('CSM’s time zone', { exact: true }).fill('Europe/London');
    await expect.poll(() => output(page, 'timezone-overlap', 'shared-hours')).toBe('2.5');
    expect(await output(page, 'timezone-overlap', 'customer-from')).toBe('2026-01-15T14:30');
    expect(await output(page, 'timezone-overlap', 'csm-to')).toBe('2026-01-15T11:30');
    expect(await tz.locator('[data-reading]').textContent()).toContain('runs 5 hours 30 minutes behind the customer’s in Asia/Kolkata');
    await tz.getByLabel('CSM’s time zone', { exact: true }).fill('Europe/Londn');
    expect(await errorFor(page, 'timezone-overlap', 'CSM’s time zone')).toBe(
      '“Europe/Londn” is not a time zone this browser knows: use a name such as Europe/London, America/New_York or Asia/Kolkata.',
    );
    expect(await tz.getByLabel('CSM’s time zone', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await output(page, 'timezone-overlap', 'shared-hours')).toBe('n/a');
    await tz.getByLabel('Customer’s day ends', { exact: true }).fill('5pm');
    expect(await errorFor(page, 'timezone-overlap', 'Customer’s day ends')).toContain('HH:MM on a 24-hour clock');
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('moves the scaling phase up at ten CSMs and states the boundary rule', async () => {
    const page = await openChapter('scaling-the-organisation');
    const phase = calc(page, 'scaling-phase');
    expect(await output(page, 'scaling-phase', 'phase')).toBe('generalist');
    await phase.getByLabel('Number of CSMs', { exact: true }).fill('10');
    await expect.poll(() => output(page, 'scaling-phase', 'phase')).toBe('specialised');
    expect(await phase.getByRole('status').allInnerTexts()).toContain(
      'The source puts exactly 10 in two phases; this book counts it as the start of the specialised phase (under 10 generalist, 10 to 49 specialised, 50 and over multi-function).',
    );
    await phase.getByLabel('Number of CSMs', { exact: true }).fill('0');
    expect(await errorFor(page, 'scaling-phase', 'Number of CSMs')).toBe('Number of CSMs must be between 1 and 100,000.');
    expectNoProblems(page);
  });

  it('turns the product-led example into a multi-motion warning in the chapter', async () => {
    const page = await openChapter('industries-and-motions');
    const finder = calc(page, 'motion-finder');
    expect(await output(page, 'motion-finder', 'motion')).toBe('product-led');
    await finder.getByLabel('Average contract value a year', { exact: true }).fill('150000');
    await finder.getByLabel('Sales cycle, weeks', { exact: true }).fill('20');
    await finder.getByLabel('Deployment complexity', { exact: true }).selectOption('high');
    await finder.getByLabel('Stakeholders in a typical deal', { exact: true }).fill('6');
    await expect.poll(() => output(page, 'motion-finder', 'motion')).toBe('enterprise');
    expect(await output(page, 'motion-finder', 'metric')).toBe('nrr');
    await finder.getByRole('status').filter({ hasText: 'you run a multi-motion business' }).first().waitFor();
    const budget = calc(page, 'margin-aware-budget');
    await budget.getByLabel('Gross margin', { exact: true }).fill('75');
    await expect.poll(() => output(page, 'margin-aware-budget', 'cost-share')).toBe('20');
    expect(await budget.locator('[data-reading]').textContent()).toContain('its CS coverage takes 20% of it.');
    expectNoProblems(page);
  });

  it('sorts a pasted task list and flags a deflected vendor answer in the chapter', async () => {
    const page = await openChapter('ai-in-customer-success');
    const sorter = calc(page, 'automate-or-protect');
    await sorter.getByLabel('Tasks and interactions', { exact: true }).fill('Call notes,yes,yes,no,no,low\nPricing call,maybe,no,yes,yes,high\nExecutive renewal,no,no,yes,yes,high');
    await expect.poll(() => output(page, 'automate-or-protect', 'human')).toBe('1');
    expect(await output(page, 'automate-or-protect', 'automate')).toBe('1');
    expect(await sorter.getByRole('status').allInnerTexts()).toContain('Row 2: the four questions need yes or no; the row was left out.');
    expect(await sorter.locator('table[data-table="automate-or-protect"] tbody tr').count()).toBe(2);
    const scorecard = calc(page, 'vendor-pitch-scorecard');
    await scorecard.getByLabel('Vendor A: How would we find out when it is wrong?', { exact: true }).selectOption('none');
    await expect.poll(() => output(page, 'vendor-pitch-scorecard', 'verdict-a')).toBe('red-flag');
    expect(await output(page, 'vendor-pitch-scorecard', 'preferred')).toBe('neither');
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('compares a physical subscription’s margin with software’s from a link', async () => {
    const page = await openTool('margin-aware-budget', '?margin=35&target-margin=75');
    await page.locator('.scenarios').waitFor();
    const cell = (scenario: string, out: string) => page.locator(`.scenarios [data-scenario="${scenario}"] [data-output="${out}"]`).getAttribute('data-value');
    expect(await cell('today', 'cost-share')).toBe('42.8571');
    expect(await cell('target', 'cost-share')).toBe('20');
    expect(await cell('target', 'gross-profit')).toBe('37500');
    expectNoProblems(page);
  });

  it('opens the time-zone tool from a preset link and shows a bad date at its field', async () => {
    const page = await openTool('timezone-overlap', '?customer-zone=Asia/Kathmandu&csm-zone=Europe/London&date=2026-01-15');
    expect(await output(page, 'timezone-overlap', 'shared-hours')).toBe('2.25');
    expect(await output(page, 'timezone-overlap', 'clock-gap')).toBe('-5.75');
    const bad = await openTool('timezone-overlap', '?date=2026-02-30');
    expect(await errorFor(bad, 'timezone-overlap', 'Date')).toContain('YYYY-MM-DD');
    expect(await output(bad, 'timezone-overlap', 'shared-hours')).toBe('n/a');
    expectNoProblems(page);
    expectNoProblems(bad);
  });
});
