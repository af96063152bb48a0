/**
 * The pixels of a share card and its PNG: coverage blended with the background as resvg blends it,
 * a palette PNG for a card's hundred or so colours and an RGB one past 256, and nothing of one card
 * left on the next drawn on the same canvas.
 */
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { CardCanvas } from '../../src/derived/card-canvas.ts';
import { renderShareCard } from '../../src/derived/share-card.ts';

/** RGBA pixels of a PNG, read by an independent decoder. */
const decoded = (png: Buffer) => PNG.sync.read(png);
const pixel = (image: PNG, x: number, y: number) => [
  ...image.data.subarray((y * image.width + x) * 4, (y * image.width + x) * 4 + 4),
];

const mask = (alpha: number[], width: number) => ({
  left: 0,
  top: 0,
  width,
  height: alpha.length / width,
  alpha: Uint8Array.from(alpha),
});

describe('a card canvas', () => {
  it('blends a colour with the background by its coverage, as resvg rounds it', () => {
    const canvas = new CardCanvas(4, 1, '#ffffff');
    canvas.drawMask(mask([0, 64, 128, 255], 4), 0, 0, canvas.colour('#000000'));
    const image = decoded(canvas.png());
    // (0·a + 255·(255 − a) + 255) >> 8
    expect([0, 1, 2, 3].map((x) => pixel(image, x, 0))).toEqual([
      [255, 255, 255, 255],
      [191, 191, 191, 255],
      [127, 127, 127, 255],
      [0, 0, 0, 255],
    ]);
  });

  it('adds up glyphs of one colour where they meet, and gives a pixel to the colour covering more', () => {
    const canvas = new CardCanvas(3, 1, '#ffffff');
    const black = canvas.colour('#000000');
    const red = canvas.colour('#ff0000');
    canvas.drawMask(mask([100, 200, 100], 3), 0, 0, black);
    canvas.drawMask(mask([100, 100, 50], 3), 0, 0, black);
    canvas.drawMask(mask([50, 0, 250], 3), 0, 0, red);
    const image = decoded(canvas.png());
    expect(pixel(image, 0, 0)).toEqual([55, 55, 55, 255]); // black 200 of 255, red 50: black's
    expect(pixel(image, 1, 0)).toEqual([0, 0, 0, 255]); // black 300, held at 255
    expect(pixel(image, 2, 0)).toEqual([255, 5, 5, 255]); // black 150, red 250: red's
  });

  it('clips a mask at the edges of the card', () => {
    const canvas = new CardCanvas(2, 2, '#ffffff');
    canvas.drawMask(
      mask([255, 255, 255, 255, 255, 255, 255, 255, 255], 3),
      -2,
      1,
      canvas.colour('#000000'),
    );
    const image = decoded(canvas.png());
    expect([pixel(image, 0, 0), pixel(image, 0, 1), pixel(image, 1, 1)]).toEqual([
      [255, 255, 255, 255],
      [0, 0, 0, 255],
      [255, 255, 255, 255],
    ]);
  });

  it('writes a palette PNG of 1200×630 for a share card', async () => {
    const png = await renderShareCard({
      siteTitle: 'Harbour Chronicle',
      date: '3 May 2031',
      title: 'The council votes on the bridge',
      summary: 'The harbour council votes on the bridge toll.',
      sourcesQuoted: '2 sources quoted',
    });
    expect(png[25]).toBe(3); // colour type 3, indexed, in the header
    const image = decoded(png);
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(pixel(image, 600, 8)).toEqual([0x0b, 0x5c, 0xad, 255]); // the bar along the top
    expect(pixel(image, 600, 600)).toEqual([0xfd, 0xfd, 0xfb, 255]); // the background
  });

  it('writes an RGB PNG, every pixel as it was, when a card has more than 256 colours', () => {
    const canvas = new CardCanvas(300, 2, '#ffffff');
    const black = canvas.colour('#000000');
    const blue = canvas.colour('#0000ff');
    canvas.drawMask(
      mask(
        Array.from({ length: 255 }, (_, i) => i + 1),
        255,
      ),
      0,
      0,
      black,
    );
    canvas.drawMask(
      mask(
        Array.from({ length: 255 }, (_, i) => i + 1),
        255,
      ),
      0,
      1,
      blue,
    );
    const png = canvas.png();
    expect(png[25]).toBe(2); // colour type 2, RGB
    const image = decoded(png);
    expect(pixel(image, 0, 0)).toEqual([254, 254, 254, 255]);
    expect(pixel(image, 254, 0)).toEqual([0, 0, 0, 255]);
    expect(pixel(image, 127, 1)).toEqual([127, 127, 255, 255]);
    expect(pixel(image, 299, 1)).toEqual([255, 255, 255, 255]);
  });

  it('leaves nothing of one card on the next drawn on the same canvas', async () => {
    const card = (title: string) => ({
      siteTitle: 'Harbour Chronicle',
      date: '3 May 2031',
      title,
      summary: 'The harbour council votes on the bridge toll.',
      sourcesQuoted: '2 sources quoted',
    });
    const first = await renderShareCard(card('A short title'));
    await renderShareCard(
      card('A title of many words that runs on over two lines of the card and then a third'),
    );
    expect(await renderShareCard(card('A short title'))).toEqual(first);
  });
});
