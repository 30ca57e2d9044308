import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, expect, inject } from 'vitest';
import type { CalculatorModel } from '../../src/calculators/contract';
import { evaluate } from '../../src/calculators/inputs';
import { rawValue } from '../../src/calculators/format';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** The address tests use for "a page that does not exist": its own 404 is expected. */
export const MISSING = '/this-page-does-not-exist';

export const siteUrl = () => inject('siteUrl');
export const hostUrl = () => inject('hostUrl');

/** A page whose console errors, CSP violations, uncaught exceptions and failed requests are collected. */
export interface WatchedPage extends Page {
  problems: string[];
}

export function useBrowser() {
  const state: { browser?: Browser; testing: boolean; opened: (BrowserContext | Page)[] } = { testing: false, opened: [] };
  beforeAll(async () => {
    state.browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  // What a test opens closes when it ends, so finished pages do not go on running beside the next
  // test; a context made for a whole group (in beforeAll) is the group's to close.
  beforeEach(() => {
    state.testing = true;
  });
  afterEach(async () => {
    state.testing = false;
    await Promise.all(state.opened.splice(0).map((o) => o.close().catch(() => undefined)));
  });
  const keep = <T extends BrowserContext | Page>(opened: T): T => {
    if (state.testing) state.opened.push(opened);
    return opened;
  };
  return {
    async context(options: Parameters<Browser['newContext']>[0] = {}): Promise<BrowserContext> {
      return keep(await state.browser!.newContext({ viewport: { width: 1280, height: 900 }, ...options }));
    },
    async page(options: Parameters<Browser['newContext']>[0] = {}, context?: BrowserContext): Promise<WatchedPage> {
      const ctx = context ?? (await this.context(options));
      const page = await ctx.newPage();
      if (context) keep(page);
      return watch(page);
    },
  };
}

export function watch(page: Page): WatchedPage {
  const watched = page as WatchedPage;
  watched.problems = [];
  page.on('console', (m) => {
    const missingPageItself = m.location().url.includes(MISSING) && m.text().includes('404');
    if (m.type() === 'error' && !missingPageItself) watched.problems.push(`console error: ${m.text()}`);
  });
  page.on('pageerror', (e) => watched.problems.push(`uncaught: ${e.message}`));
  // A request cut short by the page navigating away (net::ERR_ABORTED) is not a failure.
  page.on('requestfailed', (r) => {
    if (r.failure()?.errorText !== 'net::ERR_ABORTED') watched.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
  });
  page.on('response', (r) => {
    // The 404 page itself is expected when a test visits a missing URL.
    if (r.status() >= 400 && !r.url().includes(MISSING)) watched.problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  return watched;
}

/** Fails when the page logged an error, violated its CSP, threw, or failed a request. */
export function expectNoProblems(page: WatchedPage) {
  expect(page.problems).toEqual([]);
}

/**
 * Runs axe-core (WCAG 2.2 AA and best practice) on the page, or on the part of it that `exclude`
 * (CSS selectors) leaves, and fails with a readable list of violations.
 */
export async function expectAccessible(page: Page, { exclude = [] }: { exclude?: string[] } = {}) {
  // Evaluated through the DevTools protocol: the page's own CSP rightly refuses inline scripts.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async (exclude) => {
    const axe = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Only violations are read, so axe need not gather the nodes that pass (half its time on a long page).
    const result = await axe.run({ include: [['html']], exclude: exclude.map((s) => [s]) }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  }, exclude);
  expect(violations).toEqual([]);
}

/**
 * Every text a reader could be shown in `selector`, laid out or not: parts far from the screen are
 * skipped by content-visibility, and innerText reads only laid-out text.
 */
export const readerText = (page: Page, selector = 'body') =>
  page.locator(selector).first().evaluate((root) => {
    const skip = (n: Node) => !!n.parentElement?.closest('script, style, template, [hidden]');
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (skip(n) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT) });
    const parts: string[] = [];
    for (let n = walker.nextNode(); n; n = walker.nextNode()) parts.push(n.nodeValue ?? '');
    return parts.join('');
  });

/** Every text on the page that should never show: broken numbers. */
export async function expectNoBrokenNumbers(page: Page) {
  expect(await readerText(page)).not.toMatch(/\bNaN\b|\bInfinity\b|\bundefined\b/);
}

/**
 * Brings each island still waiting into view (opening its section if it is folded) so those that
 * hydrate on visibility do so. Two animation frames per island guarantee a rendering update, where
 * intersection is observed, while it is on screen: fixed pauses can miss one on a busy machine.
 */
export async function hydrateAll(page: Page) {
  await page.evaluate(async () => {
    const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    // A rendering update first, so that islands on the first screen have been seen there.
    await frames();
    for (const island of document.querySelectorAll('astro-island[ssr]')) {
      // One in a folded section (the chapters' scales on /assessment/) wakes when it is opened.
      const folded = island.closest('details');
      if (folded) folded.open = true;
      // An island is display: contents, so it has no box of its own to scroll to. One already on
      // screen after the last scroll has been seen there, and needs no scroll of its own.
      const box = (island.firstElementChild ?? island).getBoundingClientRect();
      if (!folded && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight) continue;
      (island.firstElementChild ?? island).scrollIntoView({ block: 'center' });
      await frames();
    }
    window.scrollTo(0, 0);
  });
  await page.waitForFunction(() => [...document.querySelectorAll('astro-island')].every((i) => !i.hasAttribute('ssr')));
}

/** Waits until every island is running, and the calculators among them. */
export async function calculatorsReady(page: Page) {
  await hydrateAll(page);
  await page.waitForSelector('.calc[data-ready="true"]');
}

/** One output of the first calculator on the page, as its data-value. */
export const output = (page: Page, id: string) => page.locator(`.calc [data-output="${id}"]`).first().getAttribute('data-value');

/** Every output of the calculators in `scope`, as data-value by id (the comparison, when open, has its own cells). */
export async function outputs(page: Page, scope = 'main') {
  return page.$$eval(`${scope} .calc .calc-outputs [data-output]`, (els) => Object.fromEntries(els.map((e) => [e.getAttribute('data-output'), e.getAttribute('data-value')])));
}

/** What the model says each output should show for these texts, as data-value. */
export function expectedOutputs(model: CalculatorModel, texts: Record<string, string>): Record<string, string> {
  const result = evaluate(model, texts).result!;
  return Object.fromEntries(
    model.outputs.map((o) => {
      const v = result.outputs[o.id];
      if (!v || 'unavailable' in v) return [o.id, 'n/a'];
      return [o.id, typeof v.value === 'string' ? v.value : rawValue(v.value, o.unit === 'keyword' ? 'number' : o.unit, o.decimals)];
    }),
  );
}
