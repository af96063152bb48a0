/**
 * The pixels of drawn share cards, as hashes of the decoded image. The cache keeps a card by what
 * it shows (share-card-cache.ts), so a change to how cards are drawn that changes a single pixel
 * must also change the cache's version; these hashes say when it did. They were taken from the
 * cards as drawn before the top bar became a box of its own instead of a border (a change that
 * made resvg's work a sixth cheaper and left every pixel as it was).
 */
import { createHash } from 'node:crypto';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { renderShareCard, type ShareCard } from '../../src/derived/share-card.ts';

const pixelHash = (png: Buffer) =>
  createHash('sha256').update(PNG.sync.read(png).data).digest('hex').slice(0, 16);

const cards: Record<string, { card: ShareCard; pixels: string }> = {
  'left to right, with a status and letters beyond ASCII': {
    pixels: 'd739e1aeea129596',
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
    pixels: 'c5ec9d8d75804040',
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
  'right to left': {
    pixels: '066e1c58b023ae78',
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

describe('a share card', () => {
  it.each(Object.keys(cards))('is drawn with the same pixels as before: %s', async (name) => {
    const { card, pixels } = cards[name]!;
    expect(pixelHash(await renderShareCard(card))).toBe(pixels);
  });
});
