import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, expectNoBrokenNumbers, expectNoProblems, hydrateAll, siteUrl, useBrowser, type WatchedPage } from './browser';

const browser = useBrowser();

/** Pages in a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** window.print() is recorded instead of opening a dialog, so a test can press the button. */
async function recordPrint(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}

async function open(page: WatchedPage, path: string) {
  await page.goto(`${siteUrl()}${path}`);
  await hydrateAll(page);
}

/** Chooses an option in a radio group by keyboard: focus the option, press Space. */
async function pick(page: Page, group: string, option: string) {
  await page.getByRole('group', { name: group, exact: true }).getByRole('radio', { name: option, exact: true }).focus();
  await page.keyboard.press('Space');
}

async function typeInto(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Follows a link by keyboard. */
async function follow(page: Page, name: RegExp) {
  await page.getByRole('link', { name }).focus();
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  await hydrateAll(page as WatchedPage);
}

async function pressButton(page: Page, name: string) {
  await page.getByRole('button', { name, exact: true }).focus();
  await page.keyboard.press('Enter');
}

describe('the mis-sell worksheet', () => {
  it('runs from the first answer to a printed one-page board report by keyboard alone', async () => {
    const context = await browser.context();
    const page = await browser.page({}, context);
    await recordPrint(page);
    await open(page, '/worksheets/mis-sell/');

    await typeInto(page, 'Account name (optional)', 'Northwind');
    const answers: [string, string][] = [
      ['Was a use case promised that the product cannot support today?', 'Yes'],
      ['Does the customer depend on that use case?', 'Yes'],
      ['Is the customer’s size, technical maturity or budget cycle outside the current ICP?', 'Yes'],
      ['Could that have been seen at the point of sale?', 'Yes'],
      ['Was an implementation or feature date committed that could not be met?', 'No'],
      ['Has the customer built plans that depend on that date?', 'No'],
      ['Did the champion lack the authority to carry the decision?', 'Not sure'],
      ['Was there executive backing on the customer’s side?', 'Yes'],
      ['Is the champion still at the customer?', 'Yes'],
    ];
    for (const [question, answer] of answers) await pick(page, question, answer);
    expect(await page.locator('[data-output="verdict"]').getAttribute('data-value')).toBe('compound');
    expect(await page.locator('[data-output="tracks"]').getAttribute('data-value')).toBe('both');

    await follow(page, /Step 2: decide the path/);
    await pick(page, 'Is the product gap on the committed roadmap?', 'Yes, due within six months');
    await pick(page, 'Can an interim workaround be built?', 'No');
    await pick(page, 'Where does the CRO stand on this account?', 'Does not know yet');
    expect(await page.locator('[data-output="path"]').getAttribute('data-value')).toBe('release-assessment+bilateral');
    expect(await page.locator('[data-output="next-step"]').getAttribute('data-value')).toBe('bilateral');
    // Changing the roadmap answer clears the workaround answer that hung on it, and says so.
    await pick(page, 'Is the product gap on the committed roadmap?', 'No, or not within six months');
    expect(await page.getByRole('status').filter({ hasText: 'answer was cleared' }).isVisible()).toBe(true);
    expect(await page.getByRole('group', { name: 'Can an interim workaround be built?' }).count()).toBe(0);

    await follow(page, /Step 3: count the cost/);
    const figures: [string, string][] = [
      ['Accounts in the mismatch cohort', '12'],
      ['Mismatch cohort contract value', '1,200,000'],
      ['Mismatch cohort retention cost', '420000'],
      ['Accounts in the ICP-matched cohort', '40'],
      ['ICP-matched cohort contract value', '4000000'],
      ['ICP-matched cohort retention cost', '600000'],
      ['Mismatch cohort NRR', '88'],
      ['ICP-matched cohort NRR', '112'],
    ];
    for (const [label, value] of figures) await typeInto(page, label, value);
    expect(await page.locator('[data-output="mismatch-net"]').getAttribute('data-value')).toBe('780000');
    expect(await page.locator('[data-output="arr-shortfall"]').getAttribute('data-value')).toBe('288000');

    await follow(page, /Step 4: the pattern and the gate/);
    await typeInto(page, 'Meeting', 'Board meeting, second quarter');
    await typeInto(page, 'Trait 1', 'Fewer than 200 employees');
    await typeInto(page, 'Accounts showing trait 1', '9');
    await pressButton(page, 'Add a trait');
    await typeInto(page, 'Trait 2', 'Bad fit integration promised');
    await typeInto(page, 'Accounts showing trait 2', '7');
    await page.getByRole('status').filter({ hasText: '"Bad fit" sounds like blame' }).first().waitFor();
    await typeInto(page, 'Trait 2', 'Integration promised that is not on the roadmap');
    await typeInto(page, 'Criterion 1', 'Consider checking headcount');
    await page.getByRole('status').filter({ hasText: 'make it a yes/no question' }).first().waitFor();
    await typeInto(page, 'Criterion 1', 'Does the prospect have at least 500 employees?');
    await page.getByRole('status').filter({ hasText: 'Checks pass' }).first().waitFor();

    await follow(page, /Step 5: the board page/);
    const board = page.locator('article.board-page');
    expect(await board.getAttribute('data-complete')).toBe('true');
    const text = await board.innerText();
    expect(text).toContain('Qualification mismatch in deals signed over the last three quarters');
    expect(text).toContain('9 of 12');
    expect(text).toContain('75%');
    expect(text).toContain('$780,000');
    expect(await board.locator('ol li').allInnerTexts()).toEqual(['Does the prospect have at least 500 employees?']);
    await pressButton(page, 'Print the board page');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    // Nothing the reader typed reaches the address bar.
    expect(new URL(page.url()).search + new URL(page.url()).hash).toBe('');

    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Step 4 of 5: the pattern and the gate' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Print the board page' }).isVisible()).toBe(false);
    expect(await board.isVisible()).toBe(true);
    for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await page.pdf({ format }))).toBe(1);
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('copies the board page as Markdown and keeps it on one page when full', async () => {
    const context = await browser.context({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await browser.page({}, context);
    await open(page, '/worksheets/mis-sell/');
    await page.getByText('Worksheet options').click();
    await page.getByRole('button', { name: 'Load the book’s example' }).click();
    await open(page, '/worksheets/mis-sell/board/');
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied as Markdown' }).waitFor();
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain('## 3. Proposed qualification gate');
    expect(markdown).toContain('| Net contribution | $780,000 | $3,400,000 |');
    // The longest page the limits allow still prints on one sheet.
    await page.evaluate(() => {
      const ws = JSON.parse(localStorage.getItem('csp:v1:mis-sell')!);
      ws.report.traits = Array.from({ length: 8 }, (_, i) => ({ text: `Trait ${i} `.padEnd(140, 'x'), count: '2' }));
      ws.report.gates = Array.from({ length: 6 }, (_, i) => `Criterion ${i} `.padEnd(199, 'y') + '?');
      localStorage.setItem('csp:v1:mis-sell', JSON.stringify(ws));
    });
    await page.reload();
    await hydrateAll(page);
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    expectNoProblems(page);
  });

  it('keeps answers across a reload and sets a corrupted save aside with a notice', async () => {
    const context = await browser.context();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('csp:v1:mis-sell', '{"version":1,"answers":{"scope-promised":"perhaps"}');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await browser.page({}, context);
    await open(page, '/worksheets/mis-sell/');
    await page.getByRole('status').filter({ hasText: 'Your saved mis-sell worksheet could not be read' }).waitFor();
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('csp:backup:mis-sell')));
    expect(backups).toHaveLength(1);
    await pick(page, 'Was a use case promised that the product cannot support today?', 'Yes');
    await page.reload();
    await hydrateAll(page);
    expect(await page.getByRole('group', { name: 'Was a use case promised that the product cannot support today?' }).getByRole('radio', { name: 'Yes' }).isChecked()).toBe(true);
    expect(await page.getByRole('status').filter({ hasText: 'could not be read' }).count()).toBe(0);
    expect(page.url()).toBe(`${siteUrl()}/worksheets/mis-sell/`);
    expectNoProblems(page);
  });

  it('has no accessibility violations on any step', async () => {
    const page = await browser.page();
    await open(page, '/worksheets/mis-sell/');
    await page.getByText('Worksheet options').click();
    await page.getByRole('button', { name: 'Load the book’s example' }).click();
    for (const step of ['', 'path/', 'cost/', 'case/', 'board/']) {
      await open(page, `/worksheets/mis-sell/${step}`);
      await expectAccessible(page);
    }
    expectNoProblems(page);
  });
});

describe('the deal review', () => {
  it('scores a review, flags red and amber, resumes after a reload and prints one page', async () => {
    const context = await browser.context();
    const page = await browser.page({}, context);
    await recordPrint(page);
    await open(page, '/templates/deal-review/');
    const status = page.locator('.ws-status');
    expect(await status.getAttribute('data-status')).toBe('not-ready');

    await typeInto(page, 'Account name', 'Contoso');
    await typeInto(page, 'Contract value (optional)', '250000');
    for (const prompt of ['Why now', 'Success definition', 'The hook', 'Integration audit', 'Migration requirements', 'Service delivery', 'Key stakeholders', 'Personalities', 'Relationship history', 'ICP status', 'Risk flags', 'Commercial accuracy'])
      await pick(page, prompt, 'Documented');
    await pick(page, 'Does the customer fit the ICP?', 'Yes');
    for (const milestone of ['Joint introduction', 'Written success plan', 'Success agreed', 'Sales and CS cadence']) {
      await page.getByRole('checkbox', { name: new RegExp(milestone) }).focus();
      await page.keyboard.press('Space');
    }
    expect(await status.getAttribute('data-status')).toBe('ready');
    expect(await page.locator('[data-readiness]').getAttribute('data-readiness')).toBe('100');

    await page.getByRole('checkbox', { name: 'A promised integration is neither live nor on the roadmap' }).focus();
    await page.keyboard.press('Space');
    expect(await status.getAttribute('data-status')).toBe('not-ready');
    expect(await page.getByRole('heading', { name: 'Red flags: $250,000 at stake' }).isVisible()).toBe(true);

    for (const prompt of ['Why now', 'Success definition', 'The hook', 'Integration audit', 'Migration requirements', 'Service delivery', 'Key stakeholders', 'Personalities', 'Relationship history', 'ICP status', 'Risk flags', 'Commercial accuracy']) {
      await page.getByLabel(`Note on ${prompt.toLowerCase()}`).fill(`${prompt}: `.padEnd(400, 'a long note that wraps '));
    }
    await page.reload();
    await hydrateAll(page);
    expect(await page.getByLabel('Account name', { exact: true }).inputValue()).toBe('Contoso');
    expect(await status.getAttribute('data-status')).toBe('not-ready');
    expect(new URL(page.url()).search).toBe('');

    await pressButton(page, 'Print the handoff summary');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('group', { name: 'Why now' }).isVisible()).toBe(false);
    expect(await page.getByRole('heading', { name: 'Handoff summary: Contoso' }).isVisible()).toBe(true);
    for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await page.pdf({ format }))).toBe(1);
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('says readiness cannot be measured when every prompt is not applicable', async () => {
    const page = await browser.page();
    await open(page, '/templates/deal-review/');
    for (const group of await page.getByRole('group').all()) {
      const na = group.getByRole('radio', { name: 'Not applicable', exact: true });
      if (await na.count()) await na.check();
    }
    expect(await page.locator('[data-readiness]').getAttribute('data-readiness')).toBe('undefined');
    expect(await page.locator('[data-readiness]').innerText()).toContain('Cannot be measured');
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('asks the reader to resolve contradictory ICP answers, and shows the raised question only when needed', async () => {
    const page = await browser.page();
    await open(page, '/templates/deal-review/');
    expect(await page.getByRole('checkbox', { name: 'Raised with leadership, with a backup plan' }).count()).toBe(0);
    await page.getByRole('group', { name: 'Does the customer fit the ICP?' }).getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('checkbox', { name: 'The customer is outside the ICP' }).check();
    expect(await page.getByRole('checkbox', { name: 'Raised with leadership, with a backup plan' }).count()).toBe(1);
    expect(await page.locator('.ws-flags').first().innerText()).toContain('Contradiction: the ICP status says the customer fits');
    expectNoProblems(page);
  });

  it('sets a corrupted save aside with a notice and is accessible', async () => {
    const context = await browser.context();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('csp:v1:deal-review', '[1,2');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await browser.page({}, context);
    await open(page, '/templates/deal-review/');
    await page.getByRole('status').filter({ hasText: 'Your saved deal review could not be read' }).waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('csp:backup:deal-review')))).toBe(true);
    await expectAccessible(page);
    expectNoProblems(page);
  });
});

describe('the alignment calculators and chapters', () => {
  it('plans a handover from a preset signature date across a leap day', async () => {
    const page = await browser.page();
    await open(page, '/tools/handover-plan/?signature=2024-01-30&ladder=plan');
    await page.waitForSelector('.calc[data-ready="true"]');
    const rows = await page.locator('table[data-table="checkpoints"] tbody tr').allInnerTexts();
    expect(rows[2]).toContain('2024-02-29');
    expect(rows).toHaveLength(5);
    expectNoProblems(page);
  });

  it('explains an impossible signature date at the field', async () => {
    const page = await browser.page();
    await open(page, '/tools/handover-plan/?signature=2023-02-29');
    await page.waitForSelector('.calc[data-ready="true"]');
    expect(await page.locator('.calc .error').innerText()).toContain('must be a real date');
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('draws the dashboard funnel as an image with a table of the same figures, embedded too', async () => {
    const page = await browser.page();
    await open(page, '/embed/alignment-dashboard/?flagged=20');
    await page.waitForSelector('.calc[data-ready="true"]');
    const image = page.getByRole('img', { name: /Misalignment funnel/ });
    expect(await image.getAttribute('aria-label')).toContain('Flagged in the first 90 days: 20');
    await page.getByText('Show the funnel as a table').click();
    expect(await page.locator('.funnel table').innerText()).toContain('83.3%');
    await expectAccessible(page);
    expectNoProblems(page);
  });

  it('shows both chapters with their figures, scales and links, free of accessibility violations', async () => {
    const page = await browser.page();
    for (const slug of ['sales-cs-alignment', 'mis-sold-contracts']) {
      await open(page, `/chapters/${slug}/`);
      await expectNoBrokenNumbers(page);
      await expectAccessible(page);
    }
    await open(page, '/chapters/sales-cs-alignment/');
    expect(await page.locator('.cite').filter({ hasText: '$1,000,000' }).count()).toBeGreaterThan(0);
    expect(await page.getByRole('link', { name: 'interactive deal review' }).getAttribute('href')).toBe('/templates/deal-review/');
    await open(page, '/chapters/mis-sold-contracts/');
    expect(await page.locator('.cite').filter({ hasText: '$288,000' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: 'mis-sell worksheet' }).getAttribute('href')).toBe('/worksheets/mis-sell/');
    expectNoProblems(page);
  });
});
