/**
 * The pixels of drawn share cards, as hashes of the decoded image. The cache keeps a card by what
 * it shows (share-card-cache.ts), so a change to how cards are drawn that changes a single pixel
 * must also change the cache's version; these hashes say when it did. They were taken when the
 * project began to draw cards itself instead of with satori and resvg (cache version card-v4),
 * and each card is also held to what satori and resvg draw of it.
 */
import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderShareCard, type ShareCard } from '../../src/derived/share-card.ts';
import { satoriCardPixels } from '../helpers/satori-card.ts';

const pixelHash = (png: Buffer) =>
  createHash('sha256').update(PNG.sync.read(png).data).digest('hex').slice(0, 16);

const cards: Record<string, { card: ShareCard; pixels: string }> = {
  'left to right, with a status and letters beyond ASCII': {
    pixels: 'ca1dbce5a69a803e',
    card: {
      siteTitle: 'Harbour Chronicle',
      date: '3 May 2031',
      status: 'scheduled',
      title: 'Kalnėda, Žolūnė and Ąžuolų → Port Town: the council votes on the bridge',
      summary:
        'The harbour council votes on the bridge toll after two years of talks with the ferry company.',
      sourcesQuoted: '2 sources quoted',
    },
  },
  'a title and summary long enough to be clipped': {
    pixels: '7e5ce737a68a7190',
    card: {
      siteTitle: 'A site whose title is long enough to be clipped at its sixtieth character or so',
      date: '30 November 2021',
      title:
        'A title of many words that runs on over two lines and then a third one before it is clipped at a word',
      summary:
        'A summary that is long enough to fill three lines of the card and then some more, so that it is clipped at a word boundary before its end, as editors write.',
      sourcesQuoted: '1 source quoted',
    },
  },
  'a footer whose site title wraps beside the count of sources': {
    pixels: 'dbe149abbdf09e54',
    card: {
      siteTitle: 'WWWWW MMMMMM WWWWWW MMMMM WWWWW MMMMM WWWWW MMMMM WWWWW MM',
      date: '1 May 2031',
      title: 'Footer wraps',
      summary: 'x',
      sourcesQuoted: '12 sources quoted in all',
    },
  },
  'right to left': {
    pixels: 'ad22a1e0d8b24e24',
    card: {
      siteTitle: 'כרוניקת הנמל',
      date: '3 במאי 2031',
      title: 'מועצת הנמל מצביעה על הגשר',
      summary: 'המועצה מצביעה על אגרת הגשר לאחר שנתיים של שיחות.',
      sourcesQuoted: '2 מקורות',
      direction: 'rtl',
    },
  },
};

/**
 * How many pixels differ from satori and resvg's card by more than 16 levels of any channel, and
 * the largest difference: the same line breaks and places give a few dozen pixels on the edges of
 * glyphs (a coordinate rounded to the other tenth of a pixel), a line broken or a word placed
 * elsewhere thousands, by up to 255.
 */
function difference(a: Uint8Array, b: Uint8Array): { pixels: number; largest: number } {
  let pixels = 0;
  let largest = 0;
  for (let p = 0; p < a.length; p += 4) {
    let d = 0;
    for (let k = 0; k < 3; k++) d = Math.max(d, Math.abs(a[p + k]! - b[p + k]!));
    if (d > 16) pixels++;
    largest = Math.max(largest, d);
  }
  return { pixels, largest };
}

describe('a share card', () => {
  it.each(Object.keys(cards))('is drawn with the same pixels as before: %s', async (name) => {
    const { card, pixels } = cards[name]!;
    expect(pixelHash(await renderShareCard(card))).toBe(pixels);
  });

  it.each(Object.keys(cards))('is drawn as satori and resvg drew it: %s', async (name) => {
    const { card } = cards[name]!;
    const ours = new Uint8Array(PNG.sync.read(await renderShareCard(card)).data);
    const { pixels, largest } = difference(ours, await satoriCardPixels(card));
    expect(pixels).toBeLessThan(100);
    expect(largest).toBeLessThan(64);
  });
});
