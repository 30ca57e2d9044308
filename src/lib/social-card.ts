/**
 * Link-card images (Open Graph, 1200 × 630) drawn at build time: no browser, no network.
 * fontkit lays out the text with fonts shipped in npm packages (so every machine draws the same
 * card) and turns it into outlines; resvg, compiled to WebAssembly, paints the SVG as a PNG.
 * Server side only: pages reach it through src/pages/social/[...card].png.ts.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { crc32, deflateSync } from 'node:zlib';
import * as fontkit from 'fontkit';
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import { SITE_TITLE } from './site';

const require = createRequire(import.meta.url);
export const CARD = { width: 1200, height: 630 } as const;

/** The book's light palette (src/styles/global.css). */
const COLOURS = { bg: '#fbfaf7', text: '#1d1f21', muted: '#55595f', accent: '#1f5a70', accentSoft: '#e3eff3', mark: '#b4461f', rule: '#d9d4c9' };

type Font = fontkit.Font;
// WOFF rather than WOFF2: fontkit decompresses WOFF2 with a Brotli written in JavaScript, slowly.
const load = (file: string): Font => fontkit.create(readFileSync(require.resolve(`@fontsource/${file}`))) as Font;
let fonts: { serif: Font; sans: Font } | undefined;
/** Outlines by font and glyph: every card draws the same few dozen letters. */
const outlines = new Map<string, string>();
let wasm: Promise<void> | undefined;

export interface CardText {
  /** Small capitals above the title: the part and chapter, or what kind of tool. */
  kicker: string;
  title: string;
}

/** A line of text as filled outlines, starting at (x, baseline). */
function outline(font: Font, text: string, x: number, baseline: number, size: number, fill: string, tracking = 0): string {
  const scale = size / font.unitsPerEm;
  const run = font.layout(text);
  let pen = x;
  const paths: string[] = [];
  run.glyphs.forEach((glyph, i) => {
    const pos = run.positions[i]!;
    const key = `${font.postscriptName}:${glyph.id}`;
    let d = outlines.get(key);
    if (d === undefined) outlines.set(key, (d = glyph.path.toSVG()));
    if (d) paths.push(`<path transform="translate(${(pen + pos.xOffset * scale).toFixed(2)} ${(baseline - pos.yOffset * scale).toFixed(2)}) scale(${scale.toFixed(5)} ${(-scale).toFixed(5)})" d="${d}"/>`);
    pen += pos.xAdvance * scale + tracking;
  });
  return `<g fill="${fill}">${paths.join('')}</g>`;
}

const width = (font: Font, text: string, size: number, tracking = 0) => (font.layout(text).advanceWidth * size) / font.unitsPerEm + tracking * [...text].length;

/** Greedy word wrap; a word longer than the line keeps a line of its own. */
export function wrap(words: string[], fits: (line: string) => boolean): string[] {
  const lines: string[] = [];
  for (const word of words) {
    const last = lines.at(-1);
    if (last !== undefined && fits(`${last} ${word}`)) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The card as SVG: kicker, title (as large as three lines allow) and the book's name. */
export function cardSvg({ kicker, title }: CardText): string {
  fonts ??= { serif: load('source-serif-4/files/source-serif-4-latin-600-normal.woff'), sans: load('source-sans-3/files/source-sans-3-latin-600-normal.woff') };
  const { serif, sans } = fonts;
  const left = 96;
  const measure = CARD.width - left - 96;
  // The largest size at which the title takes three lines or fewer.
  let size = 76;
  let lines = wrap(title.split(/\s+/), (l) => width(serif, l, size) <= measure);
  while (lines.length > 3 && size > 44) {
    size -= 4;
    lines = wrap(title.split(/\s+/), (l) => width(serif, l, size) <= measure);
  }
  const leading = size * 1.18;
  const kickerSize = 26;
  const kickerText = kicker.toUpperCase();
  const tracking = 2.2;
  const kickerLine = wrap(kickerText.split(/\s+/), (l) => width(sans, l, kickerSize, tracking) <= measure)[0] ?? '';
  // The title hangs from the kicker; three lines at the largest size end above the rule.
  const firstBaseline = 132 + 40 + size * 0.9;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD.width}" height="${CARD.height}" viewBox="0 0 ${CARD.width} ${CARD.height}">`,
    `<rect width="${CARD.width}" height="${CARD.height}" fill="${COLOURS.bg}"/>`,
    `<rect width="28" height="${CARD.height}" fill="${COLOURS.accent}"/>`,
    `<rect x="28" width="10" height="${CARD.height}" fill="${COLOURS.accentSoft}"/>`,
    outline(sans, kickerLine, left, 132, kickerSize, COLOURS.muted, tracking),
    ...lines.map((line, i) => outline(serif, line, left, firstBaseline + i * leading, size, COLOURS.text)),
    `<rect x="${left}" y="506" width="${measure}" height="2" fill="${COLOURS.rule}"/>`,
    `<rect x="${left}" y="548" width="20" height="20" fill="${COLOURS.mark}"/>`,
    outline(serif, SITE_TITLE, left + 38, 568, 34, COLOURS.accent),
    '</svg>',
  ].join('');
}

/** The card as PNG bytes. */
export async function cardPng(text: CardText): Promise<Uint8Array> {
  wasm ??= initWasm(readFileSync(require.resolve('@resvg/resvg-wasm/index_bg.wasm')));
  await wasm;
  const image = new Resvg(cardSvg(text), { fitTo: { mode: 'original' } }).render();
  return png(image.width, image.height, image.pixels);
}

/** An opaque RGBA picture as an RGB PNG, each row filtered by its difference from the row above. */
function png(width: number, height: number, rgba: Uint8Array): Uint8Array {
  const stride = width * 3;
  const rows = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++) {
    const out = y * (stride + 1);
    rows[out] = y === 0 ? 0 : 2;
    for (let x = 0; x < width; x++) {
      for (let c = 0; c < 3; c++) {
        const here = rgba[(y * width + x) * 4 + c]!;
        const above = y === 0 ? 0 : rgba[((y - 1) * width + x) * 4 + c]!;
        rows[out + 1 + x * 3 + c] = (here - above) & 0xff;
      }
    }
  }
  const chunk = (type: string, data: Buffer) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(data.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
    return Buffer.concat([head, data, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits per channel, RGB, no interlace
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}
