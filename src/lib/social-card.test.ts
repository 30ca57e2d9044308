import { describe, expect, it } from 'vitest';
import { CARD, cardPng, cardSvg, wrap } from './social-card';

describe('link-card images', () => {
  it('wraps words greedily and keeps an over-long word on a line of its own', () => {
    const fits = (line: string) => line.length <= 10;
    expect(wrap(['The', 'economics', 'of', 'CS'], fits)).toEqual(['The', 'economics', 'of CS']);
    expect(wrap(['Extraordinarily', 'long'], fits)).toEqual(['Extraordinarily', 'long']);
  });

  it('draws text as outlines, so the picture needs no font on the machine that shows it', () => {
    const svg = cardSvg({ kicker: 'Part One · Chapter 4', title: 'The economics of Customer Success' });
    expect(svg).not.toContain('<text');
    expect(svg).not.toMatch(/NaN|undefined/);
    expect(svg.match(/<path /g)!.length).toBeGreaterThan(40);
  });

  it('paints a 1200 × 630 PNG', async () => {
    const png = Buffer.from(await cardPng({ kicker: 'Calculator · Economics and retention', title: 'Customer lifetime value' }));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([CARD.width, CARD.height]);
  }, 30_000);
});
