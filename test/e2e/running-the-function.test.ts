import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readingText } from '../../src/calculators/cite';
import { defaultTexts, evaluate } from '../../src/calculators/inputs';
import { models } from '../../src/calculators/registry';
import { expectAccessible, expectNoBrokenNumbers, expectNoProblems, hydrateAll, output, siteUrl, useBrowser, type WatchedPage } from './browser';

// Chapters 8 to 10 and their list and worksheet tools: what the generic calculator tests cannot reach.
const browser = useBrowser();

async function open(path: string, options: Parameters<typeof browser.page>[0] = {}) {
  const page = await browser.page(options);
  await page.goto(`${siteUrl()}${path}`);
  await hydrateAll(page);
  await page.waitForSelector('.calc[data-ready="true"]');
  return page;
}


async function downloadCsv(page: WatchedPage, table: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('.result-table').filter({ has: page.locator(`table[data-table="${table}"]`) }).getByRole('button', { name: 'Download as CSV' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`${table}.csv`);
  return readFileSync((await download.path())!, 'utf8');
}

describe('the health-score tool', () => {
  it('explains weights that do not add up, at the relationship weight, and offers a set that does', async () => {
    const page = await open('/tools/health-score/');
    await page.getByLabel('Usage weight', { exact: true }).fill('50');
    const field = page.getByLabel('Relationship weight', { exact: true });
    expect(await field.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator(`#${await field.getAttribute('id')}-error`).innerText()).toBe(
      'The three weights add up to 116%, not 100%. Keeping their proportions gives usage 43%, sentiment 29% and relationship 28%.',
    );
    expect(await output(page, 'score')).toBe('n/a');
    await field.fill('17');
    expect(await output(page, 'score')).toBe('65'); // 64.95
    expectNoProblems(page);
  });

  it('refuses cut-offs out of order at the yellow cut-off and re-weights a blank sentiment', async () => {
    const page = await open('/tools/health-score/?yellow=75');
    expect(await page.getByLabel('Yellow cut-off', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field.invalid').innerText()).toContain('below the green cut-off');
    expect(await output(page, 'status')).toBe('n/a');
    await page.getByLabel('Yellow cut-off', { exact: true }).fill('40');
    await page.getByLabel('Sentiment score', { exact: true }).fill('');
    expect(await output(page, 'score')).toBe('60');
    expect(await page.locator('.calc-results').innerText()).toContain('low confidence');
    expectNoProblems(page);
  });
});

describe('the health back-test', () => {
  it('reads a pasted list, reports a bad row by number, keeps the rest and exports the 2 × 2 table', async () => {
    const page = await open('/tools/health-backtest/');
    const rows = ['Name\tStatus\tChurned', 'A\tred\tyes', 'B\tred\tno', 'C\tmauve\tno', 'D\tgreen\tyes', 'E\tgreen\tno', 'F\tgreen\tno', 'G\t82\tno'];
    await page.getByLabel('Customer list', { exact: true }).fill(rows.join('\n'));
    expect(await output(page, 'tested')).toBe('6');
    expect(await output(page, 'churn-rate-red')).toBe('50');
    expect(await output(page, 'churn-rate-yellow')).toBe('n/a');
    expect(await page.locator('.calc-output', { has: page.locator('[data-output="churn-rate-yellow"]') }).innerText()).toContain('No customer was flagged yellow');
    expect(await output(page, 'lift')).toBe('2');
    expect(await output(page, 'verdict')).toBe('predictive');
    expect(await page.locator('.calc').getByRole('status').filter({ hasText: 'Row 4: the status must be green, yellow, red or a score' }).count()).toBe(1);
    const csv = await downloadCsv(page, 'backtest');
    expect(csv.split('\r\n')[0]).toBe('Flagged,Churned,Retained,Customers,Churn rate');
    expect(csv).toContain('At risk (red or yellow),1,1,2,50');
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('says the score flags nobody when every customer was green', async () => {
    const page = await open('/tools/health-backtest/');
    await page.getByLabel('Customer list', { exact: true }).fill('A,green,yes\nB,green,no');
    expect(await output(page, 'verdict')).toBe('flags-nobody');
    expect(await output(page, 'lift')).toBe('n/a');
    await expectNoBrokenNumbers(page);
  });
});

describe('the renewal forecast', () => {
  it('takes an account list from a CSV file, calibrates it and names a health mismatch', async () => {
    const page = await open('/tools/renewal-forecast/');
    const csv = 'Account,ARR,Category,Renewed,Health,Reason\nNorthwind,400000,committed,yes,green,\nContoso,250000,committed,no,red,\nLitware,"80,000",at risk,no,yellow,\nAdatum,50000,critical,,red,\nOops,,likely,yes,,\n';
    await page.locator('.calc input[type="file"]').setInputFiles({ name: 'renewals.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect.poll(() => output(page, 'total')).toBe('780000');
    expect(await output(page, 'forecast')).toBe(String(400000 * 0.95 + 250000 * 0.95 + 80000 * 0.5 + 50000 * 0.2));
    expect(await output(page, 'actual')).toBe('400000');
    const notes = await page.locator('.calc-results').innerText();
    expect(notes).toContain('Row 6: ARR must be an amount of zero or more');
    expect(notes).toContain('Contoso (red, committed)');
    const table = page.locator('table[data-table="calibration"]');
    expect(await table.locator('tbody tr').first().innerText()).toContain('Committed');
    expect(await downloadCsv(page, 'calibration')).toContain('Committed,650000,617500,400000,217500');
    expectNoProblems(page);
  });

  it('keeps chapter 10’s worked example fixed and reads the reader’s own figures beside the renewal forecast', async () => {
    const page = await open('/chapters/renewals-and-churn/');
    const model = models['renewal-forecast']!;
    const calc = page.locator('.calc[data-calculator="renewal-forecast"]');
    // The prose narrates the book's example (DESIGN §4a): its figures are fixed, whatever the reader types.
    const cites = page.locator('span.cite:not([data-follows])');
    const forecast = page.locator('p', { hasText: 'The forecast is 5,000,000' }).locator('.cite').first();
    const calibrated = page.locator('p', { hasText: 'the whole forecast drops to' }).locator('.cite').first();
    expect(await forecast.textContent()).toBe('$8,000,000');
    expect(await calibrated.textContent()).toBe('$7,500,000');
    const example = await cites.allTextContents();
    expect(await calc.locator('[data-reading]').count()).toBe(0);

    await calc.getByLabel('Committed probability', { exact: true }).fill('85');
    const reading = calc.locator('[data-reading="renewal-forecast"]');
    await reading.waitFor();
    // The reading speaks for the typed figures, as the model computes them.
    const texts = { ...defaultTexts(model), 'committed-probability': '85' };
    const { result, values } = evaluate(model, texts);
    const sentences = model.reading!(values, result!);
    expect(await reading.locator('p').innerText()).toBe(readingText(model, result!, sentences, 'USD'));
    expect(await reading.locator('[data-figure="forecast"]').getAttribute('data-value')).toBe('7500000');
    expect(await reading.locator('[data-figure="forecast"]').innerText()).toBe('$7,500,000');
    expect(await calc.locator('[data-output="forecast"]').getAttribute('data-value')).toBe('7500000');
    expect(await cites.allTextContents()).toEqual(example);
    expect(await forecast.textContent()).toBe('$8,000,000');
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });
});

describe('the business review agenda builder', () => {
  it('refuses an agenda without customer goals', async () => {
    const page = await open('/tools/qbr-builder/');
    const goals = page.getByLabel('The customer’s goals this quarter', { exact: true });
    await goals.fill('   ');
    expect(await page.locator(`#${await goals.getAttribute('id')}-error`).innerText()).toContain('opens with them');
    expect(await output(page, 'items')).toBe('n/a');
    expectNoProblems(page);
  });

  it('prints the agenda without the toolbars and exports it as CSV', async () => {
    const page = await open('/tools/qbr-builder/');
    await page.getByLabel('Customer attendees', { exact: true }).fill('Tom Reid, Training lead, no');
    expect(await output(page, 'verdict')).toBe('check-in');
    const csv = await downloadCsv(page, 'agenda');
    expect(csv.split('\r\n')[0]).toBe('#,Section,Item,Led by,Owner,Minutes');
    expect(csv.split('\r\n')[1]).toMatch(/^1,Their goals,/);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.calc-toolbar').isVisible()).toBe(false);
    expect(await page.locator('.calc-share').isVisible()).toBe(false);
    expect(await page.locator('table[data-table="agenda"]').isVisible()).toBe(true);
    expectNoProblems(page);
  });
});

describe('chapters 8 to 10', () => {
  for (const slug of ['health-and-adoption', 'strategic-accounts', 'renewals-and-churn']) {
    // Dark mode is checked on a chapter of each kind in book.test.ts and organisation-and-horizon.test.ts.
    for (const colorScheme of ['light'] as const) {
      it(`/chapters/${slug}/ hydrates its calculators, shows its scales and has no axe violations in ${colorScheme} mode`, async () => {
        const page = await open(`/chapters/${slug}/`, { colorScheme });
        // Every calculator the chapter embeds hydrates; tools beyond its JavaScript budget appear as cards.
        const embedded = await page.locator('.calc').count();
        expect(embedded).toBeGreaterThanOrEqual(1);
        await expect.poll(() => page.locator('.calc[data-ready="true"]').count()).toBe(embedded);
        expect(await page.locator('.scale').count()).toBe(3);
        await expectNoBrokenNumbers(page);
        await expectAccessible(page);
        expectNoProblems(page);
      });
    }
  }
});
