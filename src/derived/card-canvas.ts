/**
 * The pixels of a share card: an opaque background, filled boxes and glyph masks in a few flat
 * colours, written as a PNG.
 *
 * Each pixel is kept as how much of it is covered (0–255) and by which colour, not as RGBA: the
 * image's colours are then known without reading its pixels (a colour blended with the background
 * at each coverage used), and it is written as a palette PNG, a byte a pixel, directly.
 */
import { constants, crc32, deflateSync } from 'node:zlib';
import type { GlyphMask } from './glyph-masks.ts';

const SIGNATURE = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, 'latin1');
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** A PNG of `rows` (each a filter byte, 0, and then the row's pixels) of colour type 3 or 2. */
function png(rows: Uint8Array, width: number, height: number, palette?: Uint8Array): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel or palette index
  header[9] = palette ? 3 : 2; // indexed colour, or RGB
  return Buffer.concat([
    SIGNATURE,
    chunk('IHDR', header),
    ...(palette ? [chunk('PLTE', palette)] : []),
    // Runs of one value only (Z_RLE): on a card that deflates faster than any level of the default
    // strategy, and to a smaller file than levels 1-3 (level 6 is smaller still but took 4 times as long).
    chunk('IDAT', deflateSync(rows, { strategy: constants.Z_RLE })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

const rgb = (hex: string): [number, number, number] => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [n >> 16, (n >> 8) & 255, n & 255];
};

/** The canvas drawn last in this thread, blanked and drawn on again by the next card. */
let spare: CardCanvas | undefined;

export class CardCanvas {
  readonly width: number;
  readonly height: number;
  private background: [number, number, number];
  private readonly colours: [number, number, number][] = [];
  /** The rows a card is written into, kept from card to card. */
  private readonly rows: Uint8Array;
  private readonly coverage: Uint8Array;
  /** Which colour covers a pixel: an index into `colours`. */
  private readonly ink: Uint8Array;
  /** The columns drawn in each row, so that rows and columns left blank are not read. */
  private readonly rowStart: Int32Array;
  private readonly rowEnd: Int32Array;

  constructor(width: number, height: number, background: string) {
    this.width = width;
    this.height = height;
    this.background = rgb(background);
    this.coverage = new Uint8Array(width * height);
    this.ink = new Uint8Array(width * height);
    this.rowStart = new Int32Array(height).fill(width);
    this.rowEnd = new Int32Array(height);
    this.rows = new Uint8Array((width + 1) * height);
  }

  /**
   * A blank canvas, the one this thread drew its last card on when it is the same size: a card's
   * buffers (2 MB) are then allocated once a thread instead of once a card, and never wait for
   * the collector outside the JavaScript heap. A card is drawn synchronously, so the one canvas is
   * never in use twice at once.
   */
  static blank(width: number, height: number, background: string): CardCanvas {
    if (spare?.width !== width || spare.height !== height) {
      spare = new CardCanvas(width, height, background);
      return spare;
    }
    spare.clear(background);
    return spare;
  }

  private clear(background: string) {
    this.background = rgb(background);
    this.colours.length = 0;
    for (let y = 0; y < this.height; y++) {
      if (this.rowStart[y]! >= this.rowEnd[y]!) continue;
      const from = y * this.width + this.rowStart[y]!;
      const to = y * this.width + this.rowEnd[y]!;
      this.coverage.fill(0, from, to);
      this.ink.fill(0, from, to);
      this.rows.fill(
        0,
        y * (this.width + 1) + 1 + this.rowStart[y]!,
        y * (this.width + 1) + 1 + this.rowEnd[y]!,
      );
      this.rowStart[y] = this.width;
      this.rowEnd[y] = 0;
    }
  }

  /** The index of a colour (#rrggbb) to draw in. */
  colour(hex: string): number {
    const [r, g, b] = rgb(hex);
    const found = this.colours.findIndex((c) => c[0] === r && c[1] === g && c[2] === b);
    if (found >= 0) return found;
    if (this.colours.length === 255) throw new Error('A card is drawn in at most 255 colours.');
    return this.colours.push([r, g, b]) - 1;
  }

  private touch(y: number, x0: number, x1: number) {
    if (x0 < this.rowStart[y]!) this.rowStart[y] = x0;
    if (x1 > this.rowEnd[y]!) this.rowEnd[y] = x1;
  }

  fillRect(x: number, y: number, width: number, height: number, colour: number) {
    for (let row = y; row < y + height; row++) {
      this.coverage.fill(255, row * this.width + x, row * this.width + x + width);
      this.ink.fill(colour, row * this.width + x, row * this.width + x + width);
      this.touch(row, x, x + width);
    }
  }

  /**
   * Adds a glyph's coverage with its mask's top left at (x, y). Glyphs of one colour add up, as
   * the parts of one outline filled together do, where they meet; where colours meet, the one
   * that covers more of the pixel keeps it.
   */
  drawMask(mask: GlyphMask, x: number, y: number, colour: number) {
    const { width, height, alpha } = mask;
    const x0 = Math.max(0, -x);
    const x1 = Math.min(width, this.width - x);
    const y0 = Math.max(0, -y);
    const y1 = Math.min(height, this.height - y);
    if (x0 >= x1) return;
    for (let my = y0; my < y1; my++) {
      const from = my * width;
      const to = (y + my) * this.width + x;
      for (let mx = x0; mx < x1; mx++) {
        const a = alpha[from + mx]!;
        if (a === 0) continue;
        const at = to + mx;
        const had = this.coverage[at]!;
        if (had === 0 || this.ink[at] === colour) {
          this.coverage[at] = Math.min(255, had + a);
          this.ink[at] = colour;
        } else if (a > had) {
          this.coverage[at] = a;
          this.ink[at] = colour;
        }
      }
      this.touch(y + my, x + x0, x + x1);
    }
  }

  /**
   * The colour `colour` at coverage `a` over the background, rounded as resvg (tiny-skia) rounds
   * it, which divides by 256 after adding 255: every pixel then matches resvg's exactly.
   */
  private blend(colour: number, a: number): [number, number, number] {
    const c = this.colours[colour]!;
    const bg = this.background;
    const mix = (i: 0 | 1 | 2) => (c[i] * a + bg[i] * (255 - a) + 255) >> 8;
    return [mix(0), mix(1), mix(2)];
  }

  /** The card as a palette PNG, or an RGB one when it has more than 256 colours. */
  png(): Buffer {
    const { width, height } = this;
    const stride = width + 1;
    const { rows } = this;
    // Palette index of (colour, coverage); 0 is the background.
    const lookup = new Int16Array(this.colours.length * 256).fill(-1);
    const palette: number[] = [...this.background];
    let entries = 1;
    for (let y = 0; y < height; y++) {
      const out = y * stride + 1;
      const start = y * width;
      for (let x = this.rowStart[y]!; x < this.rowEnd[y]!; x++) {
        const a = this.coverage[start + x]!;
        if (a === 0) continue;
        const key = this.ink[start + x]! * 256 + a;
        let index = lookup[key]!;
        if (index < 0) {
          index = entries++;
          lookup[key] = index;
          palette.push(...this.blend(this.ink[start + x]!, a));
        }
        // More than 256 entries: the indices are wrong, and the image is written as RGB instead.
        rows[out + x] = index;
      }
    }
    if (entries <= 256) return png(rows, width, height, Uint8Array.from(palette));
    return png(this.rgbRows(palette, lookup), width, height);
  }

  private rgbRows(palette: number[], lookup: Int16Array): Uint8Array {
    const { width, height } = this;
    const rows = new Uint8Array((width * 3 + 1) * height);
    for (let y = 0; y < height; y++) {
      const out = y * (width * 3 + 1) + 1;
      for (let x = 0; x < width; x++) {
        const a = this.coverage[y * width + x]!;
        const index = a === 0 ? 0 : lookup[this.ink[y * width + x]! * 256 + a]!;
        rows[out + x * 3] = palette[index * 3]!;
        rows[out + x * 3 + 1] = palette[index * 3 + 1]!;
        rows[out + x * 3 + 2] = palette[index * 3 + 2]!;
      }
    }
    return rows;
  }
}
