/**
 * Glyph masks: each glyph drawn once a size and position, kept, and none for a glyph without an
 * outline.
 */
import { describe, expect, it } from 'vitest';
import { cardFonts } from '../../src/derived/card-fonts.ts';
import { glyphMask, glyphMaskCacheSize, PHASES } from '../../src/derived/glyph-masks.ts';
import { renderShareCard } from '../../src/derived/share-card.ts';

describe('a glyph mask', () => {
  it('is drawn once for each size and hundredth of a pixel, then kept', async () => {
    const { bold } = await cardFonts();
    const [h] = bold.shape('H');
    const first = glyphMask(bold, h!.g, 52, 0);
    expect(glyphMask(bold, h!.g, 52, 0)).toBe(first);
    const shifted = glyphMask(bold, h!.g, 52, PHASES / 2);
    expect(shifted).not.toBe(first);
    // The same outline half a pixel to the right: the same ink, spread differently.
    const ink = (alpha: Uint8Array) => alpha.reduce((sum, a) => sum + a, 0);
    expect(Math.abs(ink(shifted!.alpha) - ink(first!.alpha)) / ink(first!.alpha)).toBeLessThan(
      0.02,
    );
    expect(shifted!.alpha).not.toEqual(first!.alpha);
  });

  it('is nothing for a glyph with no outline, a space', async () => {
    const { regular } = await cardFonts();
    expect(glyphMask(regular, regular.shape(' ')[0]!.g, 28, 0)).toBeNull();
  });

  it('is not drawn again for a card drawn before', async () => {
    const card = {
      siteTitle: 'Harbour Chronicle',
      date: '3 May 2031',
      title: 'The council votes on the bridge',
      summary: 'The harbour council votes on the bridge toll.',
      sourcesQuoted: '2 sources quoted',
    };
    await renderShareCard(card);
    const kept = glyphMaskCacheSize();
    await renderShareCard(card);
    expect(glyphMaskCacheSize()).toEqual(kept);
    expect(kept.masks).toBeGreaterThan(0);
  });
});
