import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from '../checks/html.mjs';
import { expectNoProblems, siteUrl, useBrowser } from './browser';

const browser = useBrowser();
const dist = process.env.DIST_DIR ?? 'dist';
const pages = (htmlFiles(dist) as string[]).map((file) => ({ file, html: readFileSync(file, 'utf8') }));

describe('links that travel', () => {
  it('copies share links and embed snippets with the address the reader is on', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/tools/cltv/?retention=92`);
    await page.waitForSelector('.calc[data-ready="true"]');
    await page.getByText('Share or embed these numbers', { exact: true }).click();
    const link = await page.getByLabel('Link to these inputs').inputValue();
    const snippet = await page.getByLabel('Embed code for a wiki or web page').inputValue();
    expect(link.startsWith(`${siteUrl()}/tools/cltv/?`)).toBe(true);
    expect(snippet).toContain(`src="${siteUrl()}/embed/cltv/?`);
    expectNoProblems(page);
  });

  it('shows the embedding guide’s snippets with the reader’s address too', async () => {
    const page = await browser.page();
    await page.goto(`${siteUrl()}/embedding/`);
    const blocks = await page.locator('pre code').allInnerTexts();
    expect(blocks.some((b) => b.includes(`${siteUrl()}/embed/cltv/`))).toBe(true);
    expect(blocks.join('\n')).not.toContain('playbook.example.com');
  });

  it('never publishes the builder’s own address', () => {
    for (const { file, html } of pages) expect(html, file).not.toMatch(/localhost:4321/);
    expect(readFileSync(`${dist}/robots.txt`, 'utf8')).not.toMatch(/localhost/);
  });

  it('gives every page a link card: Open Graph and Twitter title, description and type', () => {
    for (const { file, html } of pages.filter((p) => !p.file.includes('/embed/'))) {
      for (const tag of ['og:title', 'og:description', 'og:type', 'og:site_name']) expect(html, `${file}: ${tag}`).toContain(`property="${tag}"`);
      expect(html, file).toMatch(/name="twitter:card" content="summary(_large_image)?"/);
    }
  });

  it('points canonical links, card images and oEmbed at the public address, or leaves them out', () => {
    const canonical = pages.map((p) => /<link rel="canonical" href="([^"]+)"/.exec(p.html)?.[1]).filter(Boolean) as string[];
    if (canonical.length === 0) {
      // Built without SITE_URL: nothing absolute is guessed.
      for (const { file, html } of pages) expect(html, file).not.toMatch(/property="og:(url|image)"|application\/json\+oembed/);
      expect(readFileSync(`${dist}/robots.txt`, 'utf8')).not.toMatch(/Sitemap:/);
      return;
    }
    const origin = new URL(canonical[0]!).origin;
    expect(canonical.every((c) => c.startsWith(origin))).toBe(true);
    const economics = pages.find((p) => p.file.endsWith('chapters/economics/index.html'))!.html;
    expect(economics).toContain(`content="${origin}/social/chapters/economics.png"`);
    expect(readFileSync(`${dist}/robots.txt`, 'utf8')).toContain(`Sitemap: ${origin}/sitemap-index.xml`);
  });
});
