import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { COMPACT_ISLAND_SCRIPT, compactPage, unsupported } from '../../src/plugins/compact-island-runtime.mjs';

const ORIGINAL = '(()=>{customElements.define("astro-island",class{})})();';
const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = (body: string) =>
  `<html><head><meta http-equiv="content-security-policy" content="script-src 'self' ${sha(ORIGINAL)}"></head><body><script>${ORIGINAL}</script>${body}</body></html>`;
const island = (props: string, inner = '') => `<astro-island uid="a" component-url="/_astro/C.js" component-export="default" renderer-url="/_astro/client.js" props="${props}" ssr client="visible" opts="{}">${inner}</astro-island>`;

describe('compact island bootstrap', () => {
  it('replaces the bootstrap and its hash in the policy', () => {
    const out = compactPage(page(island('{&quot;title&quot;:[0,&quot;A&quot;]}')), ORIGINAL);
    expect(out).toContain(`<script>${COMPACT_ISLAND_SCRIPT}</script>`);
    expect(out).toContain(sha(COMPACT_ISLAND_SCRIPT));
    expect(out).not.toContain(sha(ORIGINAL));
    expect(out).not.toContain(ORIGINAL);
  });

  it('leaves pages without islands alone', () => {
    const html = '<html><body><p>Prose</p></body></html>';
    expect(compactPage(html, ORIGINAL)).toBe(html);
  });

  it('refuses an Astro bootstrap it does not know', () => {
    expect(() => compactPage(page(''), 'something else')).toThrow(/not the Astro version/);
  });

  it('refuses features the short bootstrap lacks', () => {
    expect(unsupported(island('{}', '<astro-slot>x</astro-slot>'))).toMatch(/slots/);
    expect(unsupported(island('{&quot;when&quot;:[3,&quot;2026-01-01&quot;]}'))).toMatch(/not plain JSON/);
    expect(unsupported(island('{}', island('{}')))).toMatch(/inside another island/);
    expect(unsupported(island('{&quot;text&quot;:[0,&quot;[3, not a tag&quot;],&quot;list&quot;:[1,[[0,2],[0,3]]]}') + island('{}'))).toBeUndefined();
    expect(() => compactPage(page(island('{}', '<astro-slot></astro-slot>')), ORIGINAL)).toThrow(/does not support/);
  });

  it('decodes props as Astro encodes plain values', () => {
    const decode = new Function(`const d=${COMPACT_ISLAND_SCRIPT.match(/const d=(.*?);customElements/)![1]};return d`)() as (v: unknown) => unknown;
    expect(decode([0, { a: [0, 'x'], b: [0], c: [1, [[0, 1], [0, { d: [0, true] }]]], e: [0, null] }])).toEqual({ a: 'x', b: undefined, c: [1, { d: true }], e: null });
  });
});
