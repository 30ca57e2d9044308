import { describe, expect, it } from 'vitest';
import type { CalculatorModel, Field, NumberField, TextField } from '../../src/calculators/contract';
import { defaultTexts, evaluate, toQuery } from '../../src/calculators/inputs';
import { models } from '../../src/calculators/registry';
import { preset } from './presets';
import { FULL, pick } from './sample';
import { calculatorsReady, expectAccessible, expectNoBrokenNumbers, expectNoProblems, expectedOutputs, hostUrl, hydrateAll, outputs, siteUrl, useBrowser, type WatchedPage } from './browser';

const browser = useBrowser();

/** A link value the field must refuse: not a number, not an option, or longer than the field allows. */
function badLinkValue(field: Field): string {
  if (field.kind === 'number') return 'not-a-number';
  if (field.kind === 'choice') return 'not-an-option';
  return 'x'.repeat(field.maxLength + 1);
}

/** Every kind of bad typing a field can receive. */
function badTypedValues(field: NumberField | TextField): string[] {
  if (field.kind === 'text') return ['x'.repeat(field.maxLength + 1)];
  return [...(field.optional ? [] : ['']), 'abc', '1e20', ...(field.min !== undefined ? [String(field.min - 1)] : []), ...(field.max !== undefined ? [String(field.max + 1)] : [])];
}


/** What the server rendered for a tool page: each output's data-value and the share link, read without a browser. */
async function serverRendered(id: string): Promise<{ outputs: Record<string, string>; link: string }> {
  const html = await (await fetch(`${siteUrl()}/tools/${id}/`)).text();
  const results = html.slice(html.indexOf('class="calc-outputs"'), html.indexOf('</dl>', html.indexOf('class="calc-outputs"')));
  const outputs = Object.fromEntries([...results.matchAll(/<output data-output="([^"]+)" data-value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, '&')]));
  const link = html.match(/<a href="([^"]+)">Link to these inputs<\/a>/)?.[1]?.replace(/&amp;/g, '&') ?? '';
  return { outputs, link };
}

/** Longest query a test link should need: common servers refuse request lines much over 8 KB. */
const QUERY_MAX = 8_000;

/** The link for these texts with a bad value in one field (and a parameter no calculator knows). */
function badQuery(model: CalculatorModel, texts: Record<string, string>, bad: Field): URLSearchParams {
  const query = new URLSearchParams(toQuery(model, { ...texts, [bad.id]: String(bad.default) }));
  query.set(bad.id, badLinkValue(bad));
  query.set('unknown-parameter', '1');
  return query;
}

/**
 * The field to carry a bad link value beside the good ones: one whose refused value still makes a
 * reasonable address, and one the preset leaves alone if it can. A calculator whose only fields are
 * long lists (automate-or-protect) can be refused only by a list over its limit, however long that is.
 */
function badField(model: CalculatorModel, texts: Record<string, string>): Field {
  const short = model.fields.filter((f) => badQuery(model, texts, f).toString().length <= QUERY_MAX);
  return short.find((f) => f.kind !== 'text' && texts[f.id] === String(f.default)) ?? short.find((f) => f.kind !== 'text') ?? short[0] ?? model.fields[0]!;
}

/**
 * Calculators whose embed is also run inside a host page on another origin. The frame, the resize
 * message and the theme are the same code for every calculator, so one of each kind of layout
 * stands for the rest (a list with tables, a chart, a comparison with a sensitivity table,
 * choices, a long text answer); every embed's height is checked in finish-embeds.test.ts.
 */
const IN_A_HOST = new Set(['cltv', 'qbr-builder', 'account-compounding', 'motion-finder', 'tech-strategy', 'renewal-forecast', 'mis-sell-diagnostic', 'retention']);

/**
 * Calculators driven through a real browser (a preset link, a bad link value, the share panel,
 * bad typing in two fields, another option chosen) and checked with axe on their tool page (an embed
 * page is that calculator without the page around it, and book.test.ts checks the embed page's own
 * parts in light and dark). Every calculator is one folder on the same view, so the layouts above,
 * with the result tables of the list tools and the choices of the pay plan, stand for the rest with
 * six more that change each day; the full sweep (npm run test:sweep) drives every one and checks
 * its embed page too. Every calculator's server-rendered figures and link are checked on each run.
 */
const ALWAYS = new Set([...IN_A_HOST, 'health-backtest', 'churn-mix', 'segment-planner', 'timezone-overlap', 'comp-plan']);
const DRIVEN = new Set([...ALWAYS, ...pick(Object.keys(models).filter((id) => !ALWAYS.has(id)), 6, 1)]);

for (const model of Object.values(models)) {
  describe(`the ${model.id} calculator`, () => {
    it('renders the example figures and a working share link without JavaScript', async () => {
      const { outputs, link } = await serverRendered(model.id);
      expect(outputs).toEqual(expectedOutputs(model, defaultTexts(model)));
      // Relative until the island runs, so it works wherever the book is served (issue 13).
      const url = new URL(link, siteUrl());
      expect(url.origin).toBe(siteUrl());
      expect(url.pathname).toBe(`/tools/${model.id}/`);
      expect(url.search.slice(1)).toBe(toQuery(model, defaultTexts(model)));
    });

    it.runIf(DRIVEN.has(model.id))('reproduces a preset link, explains a bad link value, and answers typing at the field', async () => {
      const texts = preset(model, { texts: true });
      expect(texts, 'the test needs a second valid input').not.toEqual(defaultTexts(model));
      const bad = badField(model, texts);
      const query = badQuery(model, texts, bad);
      // The refused value falls back to the default; the rest of the link applies.
      texts[bad.id] = String(bad.default);
      const page = await browser.page();
      await page.goto(`${siteUrl()}/tools/${model.id}/?${query}`);
      await calculatorsReady(page);
      // The bad value falls back to the default with a note naming the field; the rest of the link applies.
      await expect.poll(() => page.getByRole('alert').filter({ hasText: bad.label }).count()).toBe(1);
      expect(await outputs(page)).toEqual(expectedOutputs(model, texts));
      // After hydration the share box is a button that reveals its panel; the panel's code loads when the reader first opens it.
      const shareButton = page.getByRole('button', { name: 'Share or embed these numbers' });
      expect(await shareButton.getAttribute('aria-expanded')).toBe('false');
      await shareButton.click();
      expect(await shareButton.getAttribute('aria-expanded')).toBe('true');
      const panel = page.locator(`[id="${await shareButton.getAttribute('aria-controls')}"]`);
      const link = panel.getByLabel('Link to these inputs');
      // A panel that fails to load or render shows as an error at once, rather than as a wait for a field that never comes.
      const couldNotLoad = page.getByRole('alert').filter({ hasText: 'could not load' });
      await expect.poll(async () => page.problems.length + (await couldNotLoad.count()) + (await link.count()), { timeout: 15_000 }).toBeGreaterThan(0);
      expect(page.problems).toEqual([]);
      expect(await couldNotLoad.count()).toBe(0);
      expect(await panel.isVisible()).toBe(true);
      const share = await link.inputValue();
      expect(new URL(share).search.slice(1)).toBe(toQuery(model, texts));
      const snippet = await panel.getByLabel('Embed code for a wiki or web page').inputValue();
      expect(new URL(snippet.match(/src="([^"]+)"/)![1]!).search.slice(1)).toBe(toQuery(model, texts));
      // Every field that can hold a bad value gets each kind of one; choice fields cannot.
      for (const field of model.fields.filter((f): f is NumberField | TextField => f.kind !== 'choice').slice(0, 2)) {
        const input = page.getByLabel(field.label, { exact: true }).first();
        const error = page.locator(`#${await input.getAttribute('id')}-error`);
        for (const text of badTypedValues(field)) {
          await input.fill(text);
          expect(await error.isVisible(), `message for "${text.slice(0, 30)}" in ${field.id}`).toBe(true);
          expect(await input.getAttribute('aria-invalid')).toBe('true');
          expect(Object.values(await outputs(page)).every((v) => v === 'n/a')).toBe(true);
          await expectNoBrokenNumbers(page);
        }
        await input.fill(texts[field.id]!);
        expect(await error.count()).toBe(0);
      }
      // Choosing another option updates the results too.
      const choice = model.fields.find((f) => f.kind === 'choice');
      if (choice && choice.kind === 'choice') {
        const other = choice.options.find((o) => o.value !== texts[choice.id])!.value;
        const changed = { ...texts, [choice.id]: other };
        await page.getByLabel(choice.label, { exact: true }).first().selectOption(other);
        if (evaluate(model, changed).result) await expect.poll(() => outputs(page)).toEqual(expectedOutputs(model, changed));
        await page.getByLabel(choice.label, { exact: true }).first().selectOption(texts[choice.id]!);
      }
      await expect.poll(() => outputs(page)).toEqual(expectedOutputs(model, texts));
      expect(await page.locator('.calc [aria-invalid="true"]').count()).toBe(0);
      await expectNoBrokenNumbers(page);
      expectNoProblems(page);
    });

    it.runIf(DRIVEN.has(model.id))(`shows its tool page${FULL ? ' and its embed page' : ''} accessibly`, async () => {
      const page = await browser.page();
      for (const place of FULL ? ['tools', 'embed'] : ['tools']) {
        await page.goto(`${siteUrl()}/${place}/${model.id}/`);
        await calculatorsReady(page);
        await expectAccessible(page);
      }
      expectNoProblems(page);
    });

    it.runIf(IN_A_HOST.has(model.id))('fits its frame in a host page on another origin', async () => {
      const page = await browser.page();
      await page.goto(`${hostUrl()}/?src=${encodeURIComponent(`${siteUrl()}/embed/${model.id}/?theme=dark`)}`);
      await page.waitForFunction((id) => (window as unknown as { lastResize?: { id: string } }).lastResize?.id === id, model.id);
      const { height } = await page.evaluate(() => (window as unknown as { lastResize: { height: number } }).lastResize);
      expect(height).toBeGreaterThan(200);
      const frameHeight = await page.locator('#calc').evaluate((f) => f.getBoundingClientRect().height);
      expect(Math.abs(frameHeight - height)).toBeLessThanOrEqual(1);
      const frame = page.frameLocator('#calc');
      expect(await frame.locator('html').getAttribute('data-theme')).toBe('dark');
      expect(await frame.getByRole('link', { name: 'Open in the Customer Success Playbook' }).count()).toBe(1);
      expectNoProblems(page);
    });
  });
}

describe('calculators in the chapters', () => {
  it('keeps the worked example’s figures in the prose and reads the reader’s own figures beside the calculator', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/chapters/economics/`);
    const calc = page.locator('.calc[data-calculator="cltv"]').first();
    await calc.scrollIntoViewIfNeeded();
    await page.waitForSelector('.calc[data-calculator="cltv"][data-ready="true"]');
    const example = await page.locator('.cite').allTextContents();
    expect(example).toContain('$90,000');
    expect(await calc.locator('[data-reading]').count()).toBe(0);
    await calc.getByLabel('Annual retention', { exact: true }).fill('80');
    const reading = calc.locator('[data-reading="cltv"]');
    await reading.waitFor();
    expect(await reading.locator('[data-figure="cltv"]').getAttribute('data-value')).toBe('45000');
    expect(await reading.innerText()).toContain('50% less than the book’s example customer');
    expect(await page.locator('.cite').allTextContents()).toEqual(example);
    expectNoProblems(page);
  });

  it('fills every calculator from "my numbers" after a reload, in another chapter', async () => {
    const context = await browser.context();
    const page = await browser.page({}, context);
    await page.goto(`${siteUrl()}/my-numbers/`);
    await hydrateAll(page);
    await page.getByLabel('Annual recurring revenue (ARR)').fill('25,000,000');
    await page.getByLabel('New-logo ARR a year').fill('4000000');
    await page.getByRole('radio', { name: 'My numbers' }).check();
    await page.goto(`${siteUrl()}/chapters/business-case/`);
    await page.reload();
    const calc = page.locator('.calc[data-calculator="compounding"]');
    await calc.scrollIntoViewIfNeeded();
    await page.waitForSelector('.calc[data-calculator="compounding"][data-ready="true"]');
    expect(await calc.getByLabel('Starting ARR', { exact: true }).inputValue()).toBe('25000000');
    expect(await calc.getByRole('status').filter({ hasText: 'From your numbers' }).count()).toBe(1);
    await calc.getByRole('radio', { name: 'Example numbers' }).check();
    await expect.poll(() => calc.getByLabel('Starting ARR', { exact: true }).inputValue()).toBe('10000000');
    expectNoProblems(page);
  });

  it('reports a corrupted saved value, keeps a backup and carries on', async () => {
    const context = await browser.context();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('csp:v1:profile', '{"arr": "lots", broken');
        sessionStorage.setItem('seeded', '1');
      }
    });
    const page = await browser.page({}, context);
    await page.goto(`${siteUrl()}/my-numbers/`);
    await hydrateAll(page);
    await page.getByRole('status').filter({ hasText: 'could not be read' }).first().waitFor();
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('csp:backup:profile')));
    expect(backups.length).toBe(1);
    expect(await page.evaluate((k) => localStorage.getItem(k), backups[0])).toBe('{"arr": "lots", broken');
    await page.getByLabel('Gross margin').fill('70');
    expect(await page.evaluate(() => localStorage.getItem('csp:v1:profile'))).toBe('{"margin":70}');
    await expectNoBrokenNumbers(page);
    expectNoProblems(page);
  });

  it('refuses a malformed import with a message and changes nothing', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/my-numbers/`);
    await hydrateAll(page);
    await page.getByLabel('Gross margin').fill('70');
    await page.getByLabel('Import a JSON file').setInputFiles({ name: 'numbers.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"csp-my-numbers","version":1,"figures":{"margin":250}}') });
    const alert = page.getByRole('alert');
    expect(await alert.innerText()).toContain('was not imported');
    expect(await alert.innerText()).toContain('Gross margin must be between 0% and 100%');
    expect(await page.getByLabel('Gross margin').inputValue()).toBe('70');
    expectNoProblems(page);
  });

  it('has no accessibility violations on a tool page with an error showing', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/tools/cltv/`);
    await calculatorsReady(page);
    await page.getByLabel('Annual retention', { exact: true }).fill('120');
    await expectAccessible(page);
  });
});
