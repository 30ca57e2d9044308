import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, expectNoBrokenNumbers, expectNoProblems, hydrateAll, siteUrl, useBrowser, type WatchedPage } from './browser';
import { FULL, pick } from './sample';

const browser = useBrowser();

/** Pages in a PDF, counted from its page objects. */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
/** The first page's size in points, from its MediaBox. */
const mediaBox = (pdf: Buffer) => /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'))!.slice(1).map(Number);

/** window.print() is recorded instead of opening a dialog, so a test can press the button. */
async function recordPrint(page: Page) {
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => {
      (window as unknown as { printed: number }).printed += 1;
    };
  });
}
const printed = (page: Page) => page.evaluate(() => (window as unknown as { printed: number }).printed);

async function open(page: WatchedPage, path: string) {
  await page.goto(`${siteUrl()}${path}`);
  await hydrateAll(page);
}

async function typeInto(page: Page, label: string, text: string) {
  const field = page.getByLabel(label, { exact: true });
  await field.focus();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Presses a toolbar button and returns the file it downloads, as text. */
async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button, exact: true }).click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
}

async function loadExample(page: Page) {
  await page.getByRole('button', { name: 'Load the book’s example' }).click();
  await page.getByRole('button', { name: 'Load the example' }).click();
  await page.getByRole('status').filter({ hasText: 'Loaded the book’s example.' }).waitFor();
}

/** Emulates print, checks the form is gone and the document shows, and returns the PDF. */
async function printView(page: Page, visible: string, format: 'A4' | 'Letter' = 'A4') {
  await page.emulateMedia({ media: 'print' });
  expect(await page.locator('.site-header').isVisible()).toBe(false);
  expect(await page.locator('form.ws-form').isVisible()).toBe(false);
  expect(await page.getByRole('heading', { name: visible }).isVisible()).toBe(true);
  return page.pdf({ format });
}

describe('the templates', () => {
  it('health score: waits for the reader’s weights, scores the example, keeps it across a reload, exports CSV and JSON, prints one page', async () => {
    const page = await browser.page();
    await recordPrint(page);
    await open(page, '/templates/health-score/');
    const result = page.locator('[data-output="composite"]');
    expect(await result.getAttribute('data-value')).toBe('n/a');
    expect(await result.innerText()).toContain('Set all three weights first');
    await loadExample(page);
    expect(await result.getAttribute('data-value')).toBe('53.75');
    expect(await page.locator('[data-group="relationship"]').innerText()).toBe('42.5');
    await typeInto(page, 'Usage weight (%)', '50');
    expect(await result.innerText()).toContain('they must total 100%');
    await typeInto(page, 'Sentiment weight (%)', '25');
    await typeInto(page, 'Relationship weight (%)', '25');
    expect(await result.getAttribute('data-value')).toBe('55.63');
    await page.reload();
    await hydrateAll(page);
    expect(await page.getByLabel('Usage weight (%)').inputValue()).toBe('50');
    expect(await result.getAttribute('data-value')).toBe('55.63');
    const csv = await downloaded(page, 'Download as CSV');
    expect(csv.name).toBe('health-score-example-account.csv');
    expect(csv.text).toContain('All,100,Composite health score,55.63');
    const json = await downloaded(page, 'Export as JSON');
    expect(JSON.parse(json.text)).toMatchObject({ kind: 'csp-health-score-worksheet', weights: { usage: '50' } });
    await page.getByRole('button', { name: 'Print the worksheet' }).click();
    expect(await printed(page)).toBe(1);
    for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await printView(page, 'Health score: Example account', format))).toBe(1);
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('QBR agenda: checks the three blocks, saves, exports Markdown and prints one page', async () => {
    const page = await browser.page();
    await open(page, '/templates/qbr-agenda/');
    expect(await page.locator('[data-check="recommendation"]').getAttribute('data-ok')).toBe('false');
    await loadExample(page);
    for (const id of ['goals', 'recommendation', 'customer-action', 'vendor-action', 'decision-maker']) expect(await page.locator(`[data-check="${id}"]`).getAttribute('data-ok')).toBe('true');
    await page.getByRole('checkbox', { name: 'Person 1 takes decisions' }).nth(1).uncheck();
    await page.getByRole('checkbox', { name: 'Person 2 takes decisions' }).nth(1).uncheck();
    expect(await page.locator('[data-check="decision-maker"]').getAttribute('data-ok')).toBe('false');
    await page.reload();
    await hydrateAll(page);
    expect(await page.locator('[data-check="decision-maker"]').getAttribute('data-ok')).toBe('false');
    const md = await downloaded(page, 'Download as Markdown');
    expect(md.text).toContain('## 2. Our point of view');
    expect(md.text).toContain('### Our recommendation');
    expect(pdfPages(await printView(page, 'Business review: Example account'))).toBe(1);
    expectNoProblems(page);
  });

  it('onboarding checklist: seven steps, time to value, a stall, a reload and one printed page', async () => {
    const page = await browser.page();
    await open(page, '/templates/onboarding-checklist/');
    expect(await page.getByRole('heading', { name: /^Step \d\./ }).count()).toBe(7);
    await loadExample(page);
    expect(await page.locator('[data-output="ttv"]').getAttribute('data-value')).toBe('28');
    expect(await page.locator('.ws-summary').innerText()).toContain('12 days between step 3 and step 4, past the 10-day threshold.');
    await page.getByRole('checkbox', { name: 'Step 6 done' }).uncheck();
    expect(await page.locator('.ws-summary').innerText()).toContain('declared complete without the value');
    await page.reload();
    await hydrateAll(page);
    expect(await page.locator('[data-output="done"]').getAttribute('data-value')).toBe('6');
    const csv = await downloaded(page, 'Download as CSV');
    expect(csv.text.split('\r\n')[0]).toBe('step,title,done,date,evidence');
    expect(pdfPages(await printView(page, 'Onboarding: Example account'))).toBe(1);
    expectNoProblems(page);
  });

  it('handoff check: scored by the handoff calculator, saved and exported', async () => {
    const page = await browser.page();
    await open(page, '/templates/handoff-check/');
    await loadExample(page);
    expect(await page.locator('[data-output="score"]').getAttribute('data-value')).toBe('2');
    await page.getByRole('group', { name: 'Commitments made during the sale' }).getByRole('radio', { name: 'Handed over' }).check();
    expect(await page.locator('[data-output="score"]').getAttribute('data-value')).toBe('3');
    await page.reload();
    await hydrateAll(page);
    expect(await page.locator('[data-output="score"]').getAttribute('data-value')).toBe('3');
    expect((await downloaded(page, 'Download as Markdown')).text).toContain('**Handed over: 3 of 4.**');
    expect(pdfPages(await printView(page, 'Sales-to-CS handoff: Example account'))).toBe(1);
    expectNoProblems(page);
  });

  it('source-of-truth map: finds three versions of the truth, fixes them, keeps the map and exports it', async () => {
    const page = await browser.page();
    await open(page, '/templates/source-of-truth-map/');
    await loadExample(page);
    expect(await page.locator('[data-output="sound"]').getAttribute('data-value')).toBe('6');
    expect(await page.locator('tr[data-state="many-owners"]').innerText()).toContain('Three versions of the truth');
    await page.getByLabel('Customer records in CS platform').selectOption('reads');
    await page.getByLabel('Customer records in Spreadsheet').selectOption('');
    expect(await page.locator('[data-output="sound"]').getAttribute('data-value')).toBe('7');
    await page.reload();
    await hydrateAll(page);
    expect(await page.locator('[data-output="sound"]').getAttribute('data-value')).toBe('7');
    expect((await downloaded(page, 'Download as CSV')).text).toContain('Customer records,owns,reads,,,,1');
    expect(pdfPages(await printView(page, 'Source-of-truth map'))).toBe(1);
    expectNoProblems(page);
  });

  it('churn forensics: tallies five stories, saves and exports', async () => {
    const page = await browser.page();
    await open(page, '/templates/churn-forensics/');
    await loadExample(page);
    expect(await page.locator('[data-output="early"]').getAttribute('data-value')).toBe('4');
    expect(await page.locator('tr[data-pattern="never-adopted"]').innerText()).toContain('40%');
    await page.getByRole('button', { name: 'Clear customer 5' }).click();
    await page.reload();
    await hydrateAll(page);
    expect(await page.locator('.ws-summary').innerText()).toContain('4 losses reconstructed so far');
    expect((await downloaded(page, 'Download as CSV')).text.split('\r\n')).toHaveLength(6);
    await printView(page, 'Churn forensics: Example quarter');
    expectNoProblems(page);
  });

  it('board slide: both variants from the example, my numbers in blank fields, one 16:9 printed slide', async () => {
    const context = await browser.context();
    await context.addInitScript(() => {
      localStorage.setItem('csp:v1:mode', '"mine"');
      localStorage.setItem('csp:v1:profile', JSON.stringify({ 'start-arr': 20000000, expansion: 2000000, contraction: 500000, churned: 1000000, 'new-arr': 4000000 }));
    });
    const page = await browser.page({}, context);
    await open(page, '/templates/board-slide/');
    // Blank fields take the reader's figures, and say so.
    expect(await page.locator('[data-output="nrr"]').getAttribute('data-value')).toBe('102.5');
    expect(await page.getByRole('status').filter({ hasText: 'From my numbers, in the fields left blank' }).isVisible()).toBe(true);
    await loadExample(page);
    const slide = page.locator('section.slide');
    expect(await slide.getAttribute('data-variant')).toBe('four');
    expect(await slide.getByRole('heading', { name: '4. Two risks for next quarter' }).isVisible()).toBe(true);
    expect(await page.locator('[data-output="nrr"]').getAttribute('data-value')).toBe('105');
    await page.getByRole('radio', { name: 'Appendix: one-slide summary' }).check();
    expect(await slide.getAttribute('data-variant')).toBe('summary');
    expect(await page.locator('[data-output="logo"]').getAttribute('data-value')).toBe('91');
    expect(await page.locator('[data-output="expansion-share"]').getAttribute('data-value')).toBe('37.5');
    expect(await page.locator('[data-output="forecast"]').getAttribute('data-value')).toBe('3800000');
    expect(await slide.getByRole('heading', { name: '4. Two risks for next quarter' }).count()).toBe(0);
    await page.reload();
    await hydrateAll(page);
    expect(await page.locator('section.slide').getAttribute('data-variant')).toBe('summary');
    const md = await downloaded(page, 'Download as Markdown');
    expect(md.text).toContain('- **NRR 105%** (acceptable)');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('form.ws-form').isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdfPages(pdf)).toBe(1);
    const [w, h] = mediaBox(pdf);
    expect(w! / h!).toBeCloseTo(16 / 9, 2);
    expect(w).toBeGreaterThan(h!);
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('sets a corrupted save aside with a notice', async () => {
    const context = await browser.context();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('csp:v1:qbr-agenda', '{"version":1,"goals":"none"}');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await browser.page({}, context);
    await open(page, '/templates/qbr-agenda/');
    await page.getByRole('status').filter({ hasText: 'Your saved QBR agenda could not be read' }).waitFor();
    expect(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('csp:backup:qbr-agenda')))).toBe(true);
    expectNoProblems(page);
  });

  it('lists every template on /templates/', async () => {
    const page = await browser.page();
    await open(page, '/templates/');
    for (const path of ['health-score', 'qbr-agenda', 'onboarding-checklist', 'handoff-check', 'deal-review', 'source-of-truth-map', 'churn-forensics', 'board-slide'])
      expect(await page.locator(`a[href="/templates/${path}/"]`).count()).toBeGreaterThan(0);
    expectNoProblems(page);
  });
});

describe('the mis-sell board page', () => {
  it('carries the account, the diagnosis and the path from the first two steps', async () => {
    const page = await browser.page();
    await open(page, '/worksheets/mis-sell/');
    await page.getByText('Worksheet options').click();
    await page.getByRole('button', { name: 'Load the book’s example' }).click();
    await open(page, '/worksheets/mis-sell/board/');
    expect(await page.locator('[data-case="account"]').innerText()).toBe('Northwind Logistics');
    expect(await page.locator('[data-case="diagnosis"]').innerText()).toMatch(/^Qualification mismatch of/);
    expect(await page.locator('[data-case="commercial"]').innerText()).toContain('one-to-one with the CRO');
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    expectNoProblems(page);
  });
});

describe('the print edition', () => {
  it('prints every chapter in order on A4 and Letter, without navigation, with calculators as tables', async () => {
    const page = await browser.page();
    await open(page, '/book/');
    expect(await page.locator('astro-island').count()).toBe(0);
    const chapters = await page.locator('section.book-chapter').evaluateAll((s) => s.map((e) => e.id));
    expect(chapters[0]).toBe('introduction');
    expect(chapters).toContain('conclusion');
    expect(chapters.slice(-2)).toEqual(['templates', 'glossary']);
    expect(await page.locator('.book-contents a').count()).toBe(chapters.length);
    expect(await page.locator('figure[data-book-calc="cltv"] [data-output="cltv"]').first().getAttribute('data-value')).toBe('90000');
    const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect(await page.locator('[data-book-mine]').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.site-footer').isVisible()).toBe(false);
    const breaks = await page.locator('section.book-chapter').evaluateAll((s) => s.map((e) => getComputedStyle(e).breakBefore));
    expect(new Set(breaks)).toEqual(new Set(['page']));
    expect(await page.locator('.book-calc').first().evaluate((e) => getComputedStyle(e).breakInside)).toBe('avoid');
    for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await page.pdf({ format }))).toBeGreaterThan(chapters.length);
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('adds readings on the reader’s figures when my numbers is on and the reader asks', async () => {
    const context = await browser.context();
    await context.addInitScript(() => {
      localStorage.setItem('csp:v1:mode', '"mine"');
      localStorage.setItem('csp:v1:profile', JSON.stringify({ arr: 20000000, customers: 250, 'start-arr': 18000000, expansion: 2000000, contraction: 500000, churned: 1000000, margin: 80, cac: 40000 }));
    });
    const page = await browser.page({}, context);
    await open(page, '/book/');
    await page.getByRole('button', { name: 'Add readings on my numbers' }).click();
    await page.getByRole('status').filter({ hasText: 'Readings added beside' }).waitFor();
    const retention = page.locator('figure[data-book-calc="retention"] .book-reading').first();
    expect(await retention.innerText()).toContain('91.7%');
    // The example's own table is untouched.
    expect(await page.locator('figure[data-book-calc="retention"] [data-output="nrr"]').first().getAttribute('data-value')).toBe('120');
    await page.emulateMedia({ media: 'print' });
    expect(await retention.isVisible()).toBe(true);
    expectNoProblems(page);
  });
});

describe('the conclusion, about the numbers and the glossary', () => {
  it('the conclusion carries its tools and five scales', async () => {
    const page = await browser.page();
    await open(page, '/chapters/conclusion/');
    for (const id of ['nrr-compounding', 'treadmill', 'afterthought-check']) expect(await page.locator(`[data-calculator="${id}"]`).count()).toBe(1);
    expect(await page.locator('.scale').count()).toBe(5);
    await page.locator('[data-calculator="nrr-compounding"] [data-output="gap"]').first().waitFor();
    expect(await page.locator('[data-calculator="nrr-compounding"] [data-output="gap"]').first().getAttribute('data-value')).toBe('3723607.66');
    expectNoProblems(page);
  });

  it('about the numbers links each difference to its calculator', async () => {
    const page = await browser.page();
    await open(page, '/about-the-numbers/');
    for (const id of ['compounding-gap', 'lifetime-93', 'nrr-120', 'segment-cut-offs', 'scaling-phases', 'expansion-cost'])
      expect(await page.locator(`#${id}`).count()).toBe(1);
    expect(await page.locator('#compounding-gap').innerText()).toContain('$4,435,864');
    expect(await page.locator('#lifetime-93 a[href^="/tools/cltv/?"]').count()).toBe(1);
    expect(await page.locator('#nrr-120').innerText()).toContain('strong');
    expectNoProblems(page);
  });

  it('the glossary gives expansions a line of their own, without nested brackets, and links every written chapter', async () => {
    const page = await browser.page();
    await open(page, '/glossary/');
    expect(await page.locator('#cltv dt').innerText()).toBe('CLTV');
    expect(await page.locator('#cltv .expansion').innerText()).toBe('Customer lifetime value. Also called LTV');
    expect(await page.locator('#churn .glossary-chapter a').getAttribute('href')).toBe('/chapters/renewals-and-churn/');
    expect(await page.locator('#churn dd').innerText()).toContain('unconnected with the product');
    const text = (await page.locator('.glossary').allInnerTexts()).join('\n');
    expect(text).not.toMatch(/\([^()]*\(/);
    expectNoProblems(page);
  });
});

describe('accessibility of the back matter', () => {
  const pages = [
    '/chapters/conclusion/',
    '/templates/',
    '/templates/health-score/',
    '/templates/qbr-agenda/',
    '/templates/onboarding-checklist/',
    '/templates/handoff-check/',
    '/templates/source-of-truth-map/',
    '/templates/churn-forensics/',
    '/templates/board-slide/',
    '/book/',
    '/about-the-numbers/',
  ];
  // The print edition holds every chapter, each checked on its own page: npm test checks the
  // edition's own parts with two of its chapters, a different two each day, and the full sweep all of it.
  const chapters = readdirSync('content/chapters').map((f) => f.replace(/\.mdx$/, ''));
  const left = FULL ? [] : chapters.filter((c) => !pick(chapters, 2, 5).includes(c)).map((c) => `section.book-chapter[id="${c}"]`);
  for (const path of pages) {
    // Dark mode changes colours, not structure: it is checked on the templates' two kinds of page
    // (a worksheet with results, the slide) and on the long tables of "about the numbers". The print
    // edition prints in light.
    for (const colorScheme of ['/templates/health-score/', '/templates/board-slide/', '/about-the-numbers/'].includes(path) ? (['light', 'dark'] as const) : (['light'] as const)) {
      it(`${path} has no axe violations in ${colorScheme} mode`, async () => {
        const page = await browser.page({ colorScheme });
        await open(page, path);
        if (path.startsWith('/templates/') && path !== '/templates/') await loadExample(page);
        // Every chapter has its section, so the two left in are really checked.
        if (path === '/book/') expect(await page.locator('section.book-chapter').evaluateAll((s) => s.map((e) => e.id))).toEqual(expect.arrayContaining(chapters));
        await expectAccessible(page, { exclude: path === '/book/' ? left : [] });
        expectNoProblems(page);
      });
    }
  }
});
