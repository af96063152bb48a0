import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { indexedPng } from '../../src/derived/indexed-png.ts';
import { renderShareCard } from '../../src/derived/share-card.ts';

/** RGBA pixels of a PNG, read by an independent decoder. */
const decoded = (png: Buffer) => new Uint8Array(PNG.sync.read(png).data);

const card = {
  siteTitle: 'Harbour Chronicle',
  date: '3 May 2031 · scheduled',
  title: 'Kalnėda, Žolūnė and Ąžuolų → Port Town: the council votes on the bridge',
  summary:
    'The harbour council votes on the bridge toll after two years of talks with the ferry company.',
  sourcesQuoted: '2 sources quoted',
};

describe('indexed PNG', () => {
  it('writes a share card as a palette PNG of 1200×630', async () => {
    const png = await renderShareCard(card);
    // Colour type 3 (indexed) in the header.
    expect(png[25]).toBe(3);
    const { width, height, data } = PNG.sync.read(png);
    expect([width, height]).toEqual([1200, 630]);
    expect(data.length).toBe(1200 * 630 * 4);
  });

  it('round-trips a drawn card pixel for pixel against resvg', async () => {
    const fontDir = join(
      createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json'),
      '..',
      'ttf',
    );
    const svg = await satori(
      {
        type: 'div',
        props: {
          style: { display: 'flex', width: 600, height: 300, background: '#fdfdfb', fontSize: 40 },
          children: card.title,
        },
      },
      {
        width: 600,
        height: 300,
        fonts: [{ name: 'DejaVu Sans', data: readFileSync(join(fontDir, 'DejaVuSans.ttf')) }],
      },
    );
    const image = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
    const png = indexedPng(image.pixels, image.width, image.height);
    expect(png).toBeDefined();
    expect(decoded(png!)).toEqual(decoded(image.asPng()));
  });

  it('gives nothing for more than 256 colours, or a pixel that is not opaque', () => {
    const gradient = new Uint8Array(300 * 4);
    for (let i = 0; i < 300; i++) gradient.set([i % 256, Math.floor(i / 256), 0, 255], i * 4);
    expect(indexedPng(gradient, 300, 1)).toBeUndefined();
    expect(indexedPng(gradient.subarray(0, 256 * 4), 256, 1)).toBeDefined();
    const seeThrough = new Uint8Array([10, 20, 30, 255, 10, 20, 30, 128]);
    expect(indexedPng(seeThrough, 2, 1)).toBeUndefined();
  });

  it('copies a row that repeats the one above, and still reads every row that differs', () => {
    const width = 5;
    const row = (rgba: number[]) => Array.from({ length: width }, () => rgba).flat();
    const red = row([200, 10, 10, 255]);
    const stripe = [...row([200, 10, 10, 255]).slice(0, 16), 10, 10, 200, 255];
    const image = new Uint8Array([...red, ...red, ...stripe, ...stripe, ...red]);
    const png = indexedPng(image, width, 5);
    expect(png).toBeDefined();
    expect(decoded(png!)).toEqual(image);
    // A pixel that is not opaque is found after repeated rows, too.
    const seeThrough = new Uint8Array([...red, ...red, ...red.slice(0, 19), 128]);
    expect(indexedPng(seeThrough, width, 3)).toBeUndefined();
  });
});
