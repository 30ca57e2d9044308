import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { htmlFiles, urlPath } from '../checks/html.mjs';

const dist = process.env.DIST_DIR ?? 'dist';

/**
 * Every page a reader can reach: the sitemap's when the build knew its public address (SITE_URL),
 * otherwise every built page (the sitemap is left out of such a build), less the 404 page.
 */
export function allPages(): string[] {
  const index = join(dist, 'sitemap-0.xml');
  if (existsSync(index)) return [...readFileSync(index, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  return (htmlFiles(dist) as string[]).map((f) => urlPath(dist, f) as string).filter((p) => !p.startsWith('/404'));
}

/** The calculators some chapter carries (`<Calculator id="…">` in content/chapters/). */
export function calculatorsInChapters(): Set<string> {
  const dir = 'content/chapters';
  const ids = readdirSync(dir).flatMap((f) => [...readFileSync(join(dir, f), 'utf8').matchAll(/<Calculator\s+id="([^"]+)"/g)].map((m) => m[1]!));
  return new Set(ids);
}

/** A phone: 390 × 844, touch, no hover. */
export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true } as const;
export const DESKTOP = { viewport: { width: 1280, height: 800 } } as const;

/** Whether the page is wider than its window (the reader would scroll sideways). */
export const scrollsSideways = (page: Page) =>
  page.evaluate(() => {
    // Parts far from the screen are not laid out (content-visibility: auto); lay them all out, so
    // a table or calculator anywhere on the page that would widen it is caught.
    for (const el of document.querySelectorAll<HTMLElement>('body *')) if (getComputedStyle(el).contentVisibility === 'auto') el.style.contentVisibility = 'visible';
    return document.documentElement.scrollWidth > innerWidth;
  });

/** A context with the saved assessment answers given (question id → level). */
export async function withAnswers(browser: { context(o?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext> }, answers: Record<string, string>, options: Parameters<Browser['newContext']>[0] = {}) {
  const context = await browser.context(options);
  const saved = JSON.stringify(Object.fromEntries(Object.entries(answers).map(([id, level]) => [id, { level }])));
  await context.addInitScript((value) => localStorage.setItem('csp:v1:assessment', value), saved);
  return context;
}
