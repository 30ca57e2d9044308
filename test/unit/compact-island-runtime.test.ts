import { describe, expect, it } from 'vitest';
import original from 'astro/runtime/server/astro-island.prebuilt.js';
import { COMPACT_ISLAND_SCRIPT, FINGERPRINTS, checkFingerprints, compactPage, cspAlgorithm, cspHash, unhashedScripts, unsupported } from '../../src/plugins/compact-island-runtime.mjs';

// Pages as Astro builds them: the real prebuilt bootstrap, and a policy that lists the hashes
// Astro adds for it and the hash the runtime adds through security.csp.scriptDirective.hashes.
const page = (body: string, algorithm = 'SHA-256', hashes = [cspHash(original, algorithm), cspHash(COMPACT_ISLAND_SCRIPT, algorithm)]) =>
  `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${hashes.map((h) => `'${h}'`).join(' ')}"></head><body><script>${original}</script>${body}</body></html>`;
const island = (props: string, inner = '') => `<astro-island uid="a" component-url="/_astro/C.js" component-export="default" renderer-url="/_astro/client.js" props="${props}" ssr client="visible" opts="{}">${inner}</astro-island>`;

describe('the compact island runtime', () => {
  it('was written against the installed Astro, @astrojs/preact and Vite', () => {
    expect(checkFingerprints()).toEqual([]);
  });

  it('stops the build, naming what to review, when an internal it replaces changes', () => {
    const problems = checkFingerprints((file) => (file === FINGERPRINTS.bootstrap.file ? 'a new bootstrap' : file.startsWith('vite') ? '' : String(Date.now())));
    expect(problems.join('\n')).toMatch(/astro-island\.prebuilt\.js has changed.*review the compact bootstrap/);
    expect(problems.join('\n')).toMatch(/@astrojs\/preact\/dist\/client\.js has changed/);
    expect(problems.join('\n')).toMatch(/Vite no longer names its preload helper/);
  });

  for (const algorithm of ['SHA-256', 'SHA-384', 'SHA-512']) {
    it(`swaps the real bootstrap on a page whose policy uses ${algorithm}`, () => {
      const out = compactPage(page(island('{&quot;title&quot;:[0,&quot;A&quot;]}'), algorithm), { original, algorithm });
      expect(out).toContain(`<script>${COMPACT_ISLAND_SCRIPT}</script>`);
      expect(out).not.toContain(original);
      expect(unhashedScripts(out, algorithm)).toEqual([]);
    });
  }

  it('refuses to ship a page whose policy would block the compact bootstrap', () => {
    const sha256Page = page(island('{}'), 'SHA-256');
    expect(() => compactPage(sha256Page, { original, algorithm: 'SHA-384' })).toThrow(/no SHA-384 hash/);
    expect(() => compactPage(page(island('{}'), 'SHA-256', [cspHash(original)]), { original, algorithm: 'SHA-256' })).toThrow(/no SHA-256 hash/);
  });

  it('reads the algorithm from the security configuration', () => {
    expect(cspAlgorithm({ csp: true })).toBe('SHA-256');
    expect(cspAlgorithm({ csp: { algorithm: 'SHA-384' } })).toBe('SHA-384');
    expect(cspAlgorithm(undefined)).toBe('SHA-256');
    expect(() => cspHash('x', 'MD5')).toThrow(/does not know the CSP algorithm/);
  });

  it('leaves pages without islands alone and refuses an unknown bootstrap', () => {
    const html = '<html><body><p>Prose</p></body></html>';
    expect(compactPage(html, { original })).toBe(html);
    expect(() => compactPage(page(''), { original: 'something else' })).toThrow(/not the one this swap was written for/);
  });

  it('refuses features the short bootstrap lacks', () => {
    expect(unsupported(island('{}', '<astro-slot>x</astro-slot>'))).toMatch(/slots/);
    expect(unsupported(island('{&quot;when&quot;:[3,&quot;2026-01-01&quot;]}'))).toMatch(/not plain JSON/);
    expect(unsupported(island('{}', island('{}')))).toMatch(/inside another island/);
    expect(unsupported(island('{&quot;text&quot;:[0,&quot;[3, not a tag&quot;],&quot;list&quot;:[1,[[0,2],[0,3]]]}') + island('{}'))).toBeUndefined();
    expect(() => compactPage(page(island('{}', '<astro-slot></astro-slot>')), { original })).toThrow(/does not support/);
  });

  it('decodes props as Astro encodes plain values', () => {
    const decode = new Function(`const d=${COMPACT_ISLAND_SCRIPT.match(/const d=(.*?);customElements/)![1]};return d`)() as (v: unknown) => unknown;
    expect(decode([0, { a: [0, 'x'], b: [0], c: [1, [[0, 1], [0, { d: [0, true] }]]], e: [0, null] }])).toEqual({ a: 'x', b: undefined, c: [1, { d: true }], e: null });
  });
});
