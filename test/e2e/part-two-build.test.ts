import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectAccessible, expectNoBrokenNumbers, expectNoProblems, hydrateAll, output, siteUrl, useBrowser, type WatchedPage } from './browser';

// Part Two, chapters 5-7: the list tools (pasted rows, CSV in and out), the printable
// handoff checklist, and the three chapters with their calculators and scales.
const browser = useBrowser();

async function openTool(id: string, query = ''): Promise<WatchedPage> {
  const page = await browser.page();
  await page.goto(`${siteUrl()}/tools/${id}/${query}`);
  await hydrateAll(page);
  await page.waitForSelector(`.calc[data-calculator="${id}"][data-ready="true"]`);
  return page;
}

/** Every note the calculators show, found by its role. */
const warnings = (page: WatchedPage) => page.locator('.calc').getByRole('status').allInnerTexts();

describe('the time-to-value list', () => {
  it('reads pasted spreadsheet rows, reports a bad row by number and still counts the good ones', async () => {
    const page = await openTool('time-to-value');
    const box = page.getByLabel('Customers and their time to first value', { exact: true });
    await box.fill('Customer\tDays\nAcme\t20\nBolt\tsoon\n\nCask\t2025-01-01\t2025-01-31\nDune\t');
    await expect.poll(() => output(page, 'median')).toBe('25');
    expect(await output(page, 'reached')).toBe('2');
    expect(await output(page, 'not-reached')).toBe('1');
    expect(await warnings(page)).toContain('Row 3: "soon" is neither a number of days nor a date written as YYYY-MM-DD; the row was left out.');
    const rows = page.locator('table[data-table="time-to-value"] tbody tr');
    expect(await rows.count()).toBe(3);
    expect(await rows.nth(1).innerText()).toContain('Cask');
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('explains an empty list instead of showing numbers', async () => {
    const page = await openTool('time-to-value');
    await page.getByLabel('Customers and their time to first value', { exact: true }).fill('');
    await expect.poll(() => output(page, 'median')).toBe('n/a');
    expect(await page.locator('.calc-output .calc-reason').first().innerText()).toContain('No customers in the list yet');
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('loads a CSV file and downloads the results as CSV', async () => {
    const page = await openTool('time-to-value');
    await page.locator('.calc input[type="file"]').setInputFiles({ name: 'ttv.csv', mimeType: 'text/csv', buffer: Buffer.from('Customer,Days\r\nA,10\r\nB,30\r\nC,\r\n') });
    await expect.poll(() => output(page, 'median')).toBe('20');
    expect(await output(page, 'activation-rate')).toBe('66.7');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as CSV' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\r\n').slice(0, 3)).toEqual(['Row,Customer,Days to first value,Status', '2,A,10,Within the window', '3,B,30,Within the window']);
    expectNoProblems(page);
  });
});

describe('the segmentation planner', () => {
  it('tiers a pasted list, names each promotion’s reason and warns about drift', async () => {
    const page = await openTool('segment-planner');
    await page.getByLabel('Customers: name, ARR and flags', { exact: true }).fill('Name\tARR\tFlags\nAtlas\t$150,000\t\nBirch\t40000\tstrategic\nCove\t9000\trisk\nDale\t-5\t\nElm\t8000\tvip');
    await expect.poll(() => output(page, 'customers')).toBe('4');
    expect(await output(page, 'promoted')).toBe('2');
    expect(await output(page, 'promoted-share')).toBe('50');
    const warned = await warnings(page);
    expect(warned).toContain('Row 5: ARR cannot be negative; the row was left out.');
    expect(warned.some((w) => w.startsWith('Row 6: "vip" is no written criterion'))).toBe(true);
    expect(warned.some((w) => w.startsWith('50% of customers sit above their revenue tier'))).toBe(true);
    const birch = page.locator('table[data-table="customers"] tbody tr', { hasText: 'Birch' });
    expect(await birch.innerText()).toContain('strategic value');
    expect(await page.locator('table[data-table="tiers"] tbody tr').count()).toBe(3);
    expectNoProblems(page);
  });

  it('refuses cut-offs in the wrong order at the field', async () => {
    const page = await openTool('segment-planner');
    await page.getByLabel('Low-touch from', { exact: true }).fill('200000');
    expect(await page.locator('#' + (await page.getByLabel('Low-touch from', { exact: true }).getAttribute('id')) + '-error').innerText()).toBe(
      'The low-touch floor must be below the high-touch cut-off.',
    );
    expect(await output(page, 'total-csms')).toBe('n/a');
    expectNoProblems(page);
  });
});

describe('the handoff checklist', () => {
  it('scores a handoff as the reader ticks it and prints as a clean checklist', async () => {
    const page = await openTool('handoff-check');
    expect(await output(page, 'score')).toBe('0');
    await page.getByLabel('Customer goals in their own words', { exact: true }).selectOption('yes');
    await page.getByLabel('Stakeholder map: champion, budget holder, sceptics', { exact: true }).selectOption('partly');
    await page.getByLabel('Deal risk profile', { exact: true }).selectOption('hard-won');
    expect(await output(page, 'score')).toBe('2');
    expect(await output(page, 'missing')).toBe('commitments+stakeholders');
    expect(await page.locator('.calc').getByRole('status').filter({ hasText: 'hard-won deal' }).count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.calc-toolbar').isVisible()).toBe(false);
    expect(await page.locator('.calc-share').isVisible()).toBe(false);
    for (const label of ['Customer goals in their own words', 'Commitments made during the sale', 'Stakeholder map: champion, budget holder, sceptics', 'Deal risk profile'])
      expect(await page.getByLabel(label, { exact: true }).isVisible()).toBe(true);
    expectNoProblems(page);
  });
});

describe('weights that do not total 100', () => {
  it('stop the pay plan with a message at the field and a button that rescales them', async () => {
    const page = await openTool('comp-plan', '?health-weight=5');
    const field = page.getByLabel('Variable weight on customer health', { exact: true });
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field.invalid .error').innerText()).toBe('The three weights add up to 95%, not 100%. Keeping their proportions gives gross retention 63%, expansion 32% and customer health 5%.');
    expect(await output(page, 'retention-pay')).toBe('n/a');
    await page.getByRole('button', { name: 'Use 63%, 32% and 5%' }).click();
    await expect.poll(() => output(page, 'retention-pay')).toBe('12600');
    expect(await page.getByLabel('Variable weight on expansion', { exact: true }).inputValue()).toBe('32');
    expect(await page.getByRole('button', { name: /^Use / }).count()).toBe(0);
    await expectAccessible(page);
    expectNoProblems(page);
  });
});

describe('Part Two chapters 5 to 7', () => {
  for (const [slug, calculators] of [
    ['operating-model', ['touch-model', 'coverage-cost']],
    ['hiring-the-team', ['team-capacity', 'comp-plan']],
    ['onboarding', ['handoff-check']],
  ] as const) {
    it(`renders ${slug} with its calculators and scales, accessibly and without errors`, async () => {
      const page = await browser.page();
      await page.goto(`${siteUrl()}/chapters/${slug}/`);
      await hydrateAll(page);
      for (const id of calculators) await page.waitForSelector(`.calc[data-calculator="${id}"][data-ready="true"]`);
      expect(await page.locator('.scale, [data-scale]').count()).toBeGreaterThanOrEqual(4);
      await expectNoBrokenNumbers(page);
      await expectAccessible(page);
      expectNoProblems(page);
    });
  }

  it('saves a scale answered in the chapter with the rest of the assessment', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/chapters/operating-model/`);
    const scale = page.locator('fieldset[data-scale="operating-model-touch"]');
    await scale.scrollIntoViewIfNeeded();
    await hydrateAll(page);
    await scale.getByLabel(/^Average\./).check();
    await expect.poll(() => scale.getByRole('status').innerText()).toBe('Saved in this browser.');
    await scale.getByRole('textbox').fill('Touch model set once in 2024; not revisited.');
    await page.goto(`${siteUrl()}/assessment/chapter/operating-model/`);
    await hydrateAll(page);
    const again = page.locator('fieldset[data-scale="operating-model-touch"]');
    await expect.poll(() => again.getByLabel(/^Average\./).isChecked()).toBe(true);
    expect(await again.getByRole('textbox').inputValue()).toBe('Touch model set once in 2024; not revisited.');
    expectNoProblems(page);
  });

  it('keeps the example’s figure in the touch-model sentence and reads the reader’s inputs beside the calculator', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/chapters/operating-model/`);
    const calc = page.locator('.calc[data-calculator="touch-model"]');
    await calc.scrollIntoViewIfNeeded();
    await page.waitForSelector('.calc[data-calculator="touch-model"][data-ready="true"]');
    const cite = page.locator('p', { hasText: 'example is a $30,000 customer' }).locator('.cite').nth(1);
    expect(await cite.textContent()).toBe('33.3%');
    await calc.getByLabel('Annual contract value', { exact: true }).fill('5000');
    await expect.poll(() => calc.locator('[data-reading]').textContent()).toContain('200% of the contract: more than the customer pays');
    expect(await cite.textContent()).toBe('33.3%');
    expect(await calc.getByRole('status').filter({ hasText: 'loses money' }).count()).toBe(1);
    expectNoProblems(page);
  });
});
