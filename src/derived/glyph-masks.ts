/**
 * A glyph's coverage at a size, drawn once and kept: a share card is the same few hundred glyphs
 * again and again, so each is rasterised by resvg (the renderer the cards were drawn with before,
 * so its edges are the same) the first time it is needed at that size and hundredth of a pixel.
 */
import { Resvg } from '@resvg/resvg-js';
import type { CardFont } from './card-fonts.ts';

/** How much of each pixel the glyph covers (0–255), `width` × `height`, with its top left. */
export interface GlyphMask {
  left: number;
  top: number;
  width: number;
  height: number;
  alpha: Uint8Array;
}

/**
 * A glyph is kept at each hundredth of a pixel it is placed at: finer than the tenth the outlines
 * were rounded to before, so that nearly every edge falls where it did.
 */
export const PHASES = 100;

// Half away from zero, to a tenth: how the outlines' coordinates were written before.
const tenth = (v: number) => (v < 0 ? -Math.round(-v * 10) : Math.round(v * 10)) / 10;

const masks = new Map<number, GlyphMask | null>();
/**
 * Masks kept at most (about 30 MB): a story's text uses a few hundred glyphs, so a thread keeps a
 * few thousand (3,096 after 4,000 cards); the limit only bounds a text of thousands of glyphs.
 */
const MASK_LIMIT = 50_000;

/**
 * The mask of `glyph` of `font` at `size` pixels, its origin `phase` hundredths (1/PHASES) of a pixel
 * right of a pixel's edge and on the top edge of the baseline's pixel row; null for a glyph with no outline.
 */
export function glyphMask(
  font: CardFont,
  glyph: number,
  size: number,
  phase: number,
): GlyphMask | null {
  const key = ((glyph * 2 + font.id) * 256 + size) * PHASES + phase;
  let mask = masks.get(key);
  if (mask === undefined) {
    mask = drawMask(font, glyph, size, phase);
    if (masks.size >= MASK_LIMIT) masks.clear();
    masks.set(key, mask);
  }
  return mask;
}

function drawMask(font: CardFont, glyph: number, size: number, phase: number): GlyphMask | null {
  const scale = size / font.unitsPerEm;
  const shift = phase / PHASES;
  const commands = font.outline(glyph).map(({ type, values }) => ({
    type,
    values: values.map((v, i) => (i % 2 === 0 ? tenth(shift + v * scale) : tenth(-v * scale))),
  }));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { values } of commands) {
    for (let i = 0; i < values.length; i += 2) {
      minX = Math.min(minX, values[i]!);
      maxX = Math.max(maxX, values[i]!);
      minY = Math.min(minY, values[i + 1]!);
      maxY = Math.max(maxY, values[i + 1]!);
    }
  }
  if (minX === Infinity) return null;
  // A pixel of margin each side: anti-aliasing reaches into the pixels an edge passes through.
  const left = Math.floor(minX) - 1;
  const top = Math.floor(minY) - 1;
  const width = Math.ceil(maxX) - left + 1;
  const height = Math.ceil(maxY) - top + 1;
  let d = '';
  for (const { type, values } of commands) {
    d += type;
    for (let i = 0; i < values.length; i += 2) {
      d += `${i ? ' ' : ''}${(values[i]! - left).toFixed(1)} ${(values[i + 1]! - top).toFixed(1)}`;
    }
  }
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><path d="${d}"/></svg>`;
  const { pixels } = new Resvg(svg, { font: { loadSystemFonts: false } }).render();
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i++) alpha[i] = pixels[i * 4 + 3]!;
  return { left, top, width, height, alpha };
}

/** How many masks this thread keeps, and their bytes. */
export function glyphMaskCacheSize(): { masks: number; bytes: number } {
  let bytes = 0;
  for (const mask of masks.values()) bytes += mask ? mask.alpha.length : 0;
  return { masks: masks.size, bytes };
}
