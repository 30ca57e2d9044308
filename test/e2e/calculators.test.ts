import { describe, expect, it } from 'vitest';
import type { CalculatorModel, NumberField } from '../../src/calculators/contract';
import { defaultTexts, evaluate, toQuery } from '../../src/calculators/inputs';
import { models } from '../../src/calculators/registry';
import { calculatorsReady, expectAccessible, expectNoBrokenNumbers, expectNoProblems, expectedOutputs, hostUrl, hydrateAll, outputs, siteUrl, useBrowser, type WatchedPage } from './browser';

const browser = useBrowser();

/** A valid value for a number field that differs from its default. */
function another(field: NumberField): number | undefined {
  const lo = field.min ?? 0;
  const hi = field.max ?? Math.max(lo + 10, field.default * 2 + 10);
  for (const candidate of [field.default + (field.integer ? 1 : 1.5), field.default - 1, (lo + hi) / 2, lo + 1, hi - 1]) {
    const v = field.integer ? Math.round(candidate) : candidate;
    if (v !== field.default && v >= lo && v <= hi && !(field.minExclusive && v === lo)) return v;
  }
  return undefined;
}

/** Default inputs with one field changed, chosen so the calculator still computes. */
function preset(model: CalculatorModel): Record<string, string> {
  const base = defaultTexts(model);
  for (const field of model.fields) {
    const texts = { ...base };
    if (field.kind === 'number') {
      const v = another(field);
      if (v === undefined) continue;
      texts[field.id] = String(v);
    } else if (field.kind === 'choice') {
      const other = field.options.find((o) => o.value !== field.default);
      if (!other) continue;
      texts[field.id] = other.value;
    } else continue;
    if (evaluate(model, texts).result) return texts;
  }
  return base;
}


for (const model of Object.values(models)) {
  const firstNumber = model.fields.find((f): f is NumberField => f.kind === 'number' && !f.optional);
  describe(`the ${model.id} calculator`, () => {
    it('reproduces a preset link exactly', async () => {
      const texts = preset(model);
      const page = await browser.page();
      await page.goto(`${siteUrl()}/tools/${model.id}/?${toQuery(model, texts)}&unknown-parameter=1`);
      await calculatorsReady(page);
      expect(await outputs(page)).toEqual(expectedOutputs(model, texts));
      // The share box's code loads when the reader opens it.
      await page.getByRole('button', { name: 'Share or embed these numbers' }).click();
      const share = await page.getByLabel('Link to these inputs').inputValue();
      expect(new URL(share).search.slice(1)).toBe(toQuery(model, texts));
      const snippet = await page.getByLabel('Embed code for a wiki or web page').inputValue();
      expect(new URL(snippet.match(/src="([^"]+)"/)![1]!).search.slice(1)).toBe(toQuery(model, texts));
      await expectNoBrokenNumbers(page);
      expectNoProblems(page);
    });

    it('renders the example figures and a working share link without JavaScript', async () => {
      const page = await browser.page({ javaScriptEnabled: false });
      await page.goto(`${siteUrl()}/tools/${model.id}/`);
      expect(await outputs(page)).toEqual(expectedOutputs(model, defaultTexts(model)));
      await page.locator('summary', { hasText: 'Share or embed these numbers' }).click();
      const link = await page.getByRole('link', { name: 'Link to these inputs' }).getAttribute('href');
      expect(new URL(link!).pathname).toBe(`/tools/${model.id}/`);
      expect(new URL(link!).search.slice(1)).toBe(toQuery(model, defaultTexts(model)));
    });

    it('explains a bad link value and keeps the default', async () => {
      if (!firstNumber) return;
      const page = await browser.page();
      await page.goto(`${siteUrl()}/tools/${model.id}/?${firstNumber.id}=not-a-number`);
      await calculatorsReady(page);
      expect(await page.locator('.calc-note.warn').first().innerText()).toContain(firstNumber.label);
      expect(await outputs(page)).toEqual(expectedOutputs(model, defaultTexts(model)));
      expectNoProblems(page);
    });

    it('updates as the reader types and explains each kind of bad input at the field', async () => {
      if (!firstNumber) return;
      const page = await browser.page();
      await page.goto(`${siteUrl()}/tools/${model.id}/`);
      await calculatorsReady(page);
      const input = page.getByLabel(firstNumber.label, { exact: true }).first();
      const error = page.locator(`#${await input.getAttribute('id')}-error`);
      const bad = ['', 'abc', '1e20', ...(firstNumber.min !== undefined ? [String(firstNumber.min - 1)] : []), ...(firstNumber.max !== undefined ? [String(firstNumber.max + 1)] : [])];
      for (const text of bad) {
        await input.fill(text);
        expect(await error.isVisible(), `message for "${text}"`).toBe(true);
        expect(await input.getAttribute('aria-invalid')).toBe('true');
        expect(Object.values(await outputs(page)).every((v) => v === 'n/a')).toBe(true);
        await expectNoBrokenNumbers(page);
      }
      const texts = preset(model);
      for (const field of model.fields) {
        if (texts[field.id] === String(field.default)) continue;
        const control = page.getByLabel(field.label, { exact: true }).first();
        if (field.kind === 'choice') await control.selectOption(texts[field.id]);
        else await control.fill(texts[field.id]);
      }
      if (firstNumber) await input.fill(texts[firstNumber.id]);
      expect(await error.count()).toBe(0);
      expect(await outputs(page)).toEqual(expectedOutputs(model, texts));
      expectNoProblems(page);
    });

    it('fits its frame in a host page on another origin', async () => {
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
  it('rewrites the figures quoted in the prose when the reader changes an input', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/chapters/economics/`);
    const calc = page.locator('.calc[data-calculator="cltv"]').first();
    await calc.scrollIntoViewIfNeeded();
    await page.waitForSelector('.calc[data-calculator="cltv"][data-ready="true"]');
    const index = (await page.locator('.cite').allInnerTexts()).indexOf('$90,000');
    expect(index).toBeGreaterThanOrEqual(0);
    const cite = page.locator('.cite').nth(index);
    await cite.scrollIntoViewIfNeeded();
    // Citations hydrate when seen; wait until this one has.
    await page.locator('astro-island:has(.cite)').nth(index).and(page.locator('astro-island:not([ssr])')).waitFor();
    const before = await cite.innerText();
    await calc.getByLabel('Annual retention', { exact: true }).fill('80');
    await expect.poll(() => cite.innerText()).not.toBe(before);
    expect(await cite.innerText()).toBe('$45,000');
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
    expect(await calc.locator('.calc-note').first().innerText()).toContain('Filled from your numbers');
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
