/**
 * The two faces a share card is drawn in (DejaVu Sans and DejaVu Sans Bold, which cover all of
 * Latin Extended, Greek, Cyrillic, Hebrew and arrows), shaped with HarfBuzz: each text's glyphs,
 * their advances and offsets, and each glyph's outline.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/** One shaped glyph, in font units: its id, the character it comes from, its advance and offset. */
export interface ShapedGlyph {
  g: number;
  cl: number;
  ax: number;
  dx: number;
  dy: number;
}

/** A glyph outline command in font units, y up: M, L (x y), Q (x1 y1 x y), C (x1 y1 x2 y2 x y), Z. */
export interface OutlineCommand {
  type: 'M' | 'L' | 'Q' | 'C' | 'Z';
  values: number[];
}

export interface CardFont {
  /** 0 for the regular face, 1 for the bold one: part of a glyph's key in the glyph cache. */
  id: 0 | 1;
  unitsPerEm: number;
  /** From the hhea table, in font units (the descender is negative). */
  ascender: number;
  descender: number;
  /** The glyphs of `text`, in visual order; `direction` unset guesses it from the script. */
  shape(text: string, direction?: 'ltr' | 'rtl'): ShapedGlyph[];
  /** The advance of `text` shaped as a whole, in font units. */
  advance(text: string): number;
  outline(glyph: number): OutlineCommand[];
}

interface HbBuffer {
  addText(text: string): void;
  guessSegmentProperties(): void;
  setDirection(direction: 'ltr' | 'rtl'): void;
  json(): ShapedGlyph[];
  destroy(): void;
}
interface HbFont {
  glyphToJson(glyph: number): OutlineCommand[];
}
interface HarfBuzz {
  createBlob(data: ArrayBuffer | Uint8Array): { destroy(): void };
  createFace(blob: unknown, index: number): unknown;
  createFont(face: unknown): HbFont;
  createBuffer(): HbBuffer;
  shape(font: HbFont, buffer: HbBuffer): void;
}

const require = createRequire(import.meta.url);
const fontDir = join(require.resolve('dejavu-fonts-ttf/package.json'), '..', 'ttf');

/** A table's offset in a TrueType file, from its table directory. */
function tableOffset(data: Buffer, tag: string): number {
  const tables = data.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const entry = 12 + i * 16;
    if (data.toString('latin1', entry, entry + 4) === tag) return data.readUInt32BE(entry + 8);
  }
  throw new Error(`The card font has no ${tag} table.`);
}

/** Shapes kept per face: the same words (a site's title, "2 sources quoted") recur on every card. */
const CACHE_LIMIT = 20_000;

function cardFont(hb: HarfBuzz, file: string, id: 0 | 1): CardFont {
  const data = readFileSync(join(fontDir, file));
  // HarfBuzz's own extents follow the OS/2 table when a font asks it to; the card's line
  // heights are set, as browsers set them for this font, from hhea.
  const hhea = tableOffset(data, 'hhea');
  const head = tableOffset(data, 'head');
  const font = hb.createFont(hb.createFace(hb.createBlob(data), 0));
  const shapes = new Map<string, ShapedGlyph[]>();
  const advances = new Map<string, number>();
  const outlines = new Map<number, OutlineCommand[]>();
  const shape = (text: string, direction?: 'ltr' | 'rtl') => {
    const key = direction ? `${direction}\u0000${text}` : text;
    let glyphs = shapes.get(key);
    if (!glyphs) {
      const buffer = hb.createBuffer();
      buffer.addText(text);
      buffer.guessSegmentProperties();
      if (direction) buffer.setDirection(direction);
      hb.shape(font, buffer);
      glyphs = buffer.json();
      buffer.destroy();
      if (shapes.size >= CACHE_LIMIT) shapes.clear();
      shapes.set(key, glyphs);
    }
    return glyphs;
  };
  return {
    id,
    unitsPerEm: data.readUInt16BE(head + 18),
    ascender: data.readInt16BE(hhea + 4),
    descender: data.readInt16BE(hhea + 6),
    shape,
    advance(text) {
      let advance = advances.get(text);
      if (advance === undefined) {
        advance = 0;
        for (const glyph of shape(text)) advance += glyph.ax;
        if (advances.size >= CACHE_LIMIT) advances.clear();
        advances.set(text, advance);
      }
      return advance;
    },
    outline(glyph) {
      let commands = outlines.get(glyph);
      if (!commands) outlines.set(glyph, (commands = font.glyphToJson(glyph)));
      return commands;
    },
  };
}

let faces: Promise<{ regular: CardFont; bold: CardFont }> | undefined;

/** Both faces, loaded on the first card drawn (HarfBuzz's WebAssembly is compiled once a thread). */
export function cardFonts(): Promise<{ regular: CardFont; bold: CardFont }> {
  faces ??= (require('harfbuzzjs') as Promise<HarfBuzz>).then((hb) => ({
    regular: cardFont(hb, 'DejaVuSans.ttf', 0),
    bold: cardFont(hb, 'DejaVuSans-Bold.ttf', 1),
  }));
  return faces;
}
