/**
 * The share image of an event (1200×630 PNG), drawn at build time in DejaVu Sans, which covers
 * all of Latin Extended (Ž, ė, š …), Hebrew and arrows. share-card-cache.ts keeps what was drawn.
 *
 * Drawn here rather than by satori and resvg, which drew the cards before and whose look this
 * keeps: satori is a whole CSS layout engine that writes every glyph's outline out as SVG text,
 * and resvg then parsed and filled those outlines again for every card, 9.5 ms of CPU a card. A
 * card is four paragraphs in two faces: card-text.ts lays them out by satori's rules, and each
 * glyph is rasterised by resvg once a size (glyph-masks.ts) and then only copied.
 */
import { CardCanvas } from './card-canvas.ts';
import { cardFonts, type CardFont } from './card-fonts.ts';
import { layOutParagraph, collapseSpaces, type Paragraph, type TextStyle } from './card-text.ts';
import { glyphMask, PHASES } from './glyph-masks.ts';

export interface ShareCard {
  siteTitle: string;
  date: string;
  title: string;
  summary: string;
  /** The status in words, when it is not the usual "happened": "scheduled". */
  status?: string | undefined;
  /** How many sources report it, in words: "2 sources quoted". */
  sourcesQuoted: string;
  /** Given for a right-to-left site only (so the cache keys of other cards stay as they were). */
  direction?: 'rtl' | undefined;
}

const WIDTH = 1200;
const HEIGHT = 630;
const BAR = 16;
/** The text's box: 64 px in from each side, 48 below the bar, 56 above the bottom. */
const LEFT = 64;
const TOP = BAR + 48;
const TEXT_WIDTH = WIDTH - 2 * LEFT;
const BOTTOM = HEIGHT - 56;

const COLOURS = {
  background: '#fdfdfb',
  accent: '#0b5cad',
  title: '#1b1b1f',
  summary: '#3d3e45',
  footer: '#55565e',
};

/** Shortens text to a word boundary, so a card never ends in half a word. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Draws a laid-out paragraph with its box's top left at (left, top). */
function draw(
  canvas: CardCanvas,
  paragraph: Paragraph,
  style: TextStyle,
  left: number,
  top: number,
  colour: number,
) {
  const { font, size } = style;
  const scale = size / font.unitsPerEm;
  for (const run of paragraph.runs) {
    let pen = left + run.left;
    for (const glyph of run.glyphs) {
      const x = pen + glyph.dx * scale;
      let column = Math.floor(x);
      let phase = Math.round((x - column) * PHASES);
      if (phase === PHASES) {
        column++;
        phase = 0;
      }
      const mask = glyphMask(font, glyph.g, size, phase);
      if (mask) {
        const baseline = Math.round(top + run.baseline - glyph.dy * scale);
        canvas.drawMask(mask, column + mask.left, baseline + mask.top, colour);
      }
      pen += glyph.ax * scale;
    }
  }
}

/** The widest word of a text: how narrow its box may shrink before the text overflows it. */
function minContentWidth(text: string, font: CardFont, size: number): number {
  let widest = 0;
  for (const word of text.split(' ')) widest = Math.max(widest, font.advance(word));
  return (widest * size) / font.unitsPerEm;
}

/**
 * The footer's two boxes, the site's title and the count of sources, at each end of one line.
 * When they do not fit, both shrink in proportion to their widths, as flex items do, each no
 * narrower than its widest word, and their text wraps.
 */
function footerWidths(texts: [string, string], font: CardFont, size: number): [number, number] {
  const natural = texts.map((t) => Math.ceil((font.advance(t) * size) / font.unitsPerEm)) as [
    number,
    number,
  ];
  const overflow = natural[0] + natural[1] - TEXT_WIDTH;
  if (overflow <= 0) return natural;
  const floors = texts.map((t) => minContentWidth(t, font, size));
  const total = natural[0] + natural[1];
  const shrunk = natural.map((w, i) => Math.max(floors[i]!, w - (overflow * w) / total)) as [
    number,
    number,
  ];
  // One held at its floor: the other takes the rest of the line.
  if (shrunk[0] === floors[0]) shrunk[1] = TEXT_WIDTH - shrunk[0];
  else if (shrunk[1] === floors[1]) shrunk[0] = TEXT_WIDTH - shrunk[1];
  // Boxes are set on whole pixels: the first from the line's start, the second to its end.
  return [Math.round(shrunk[0]), TEXT_WIDTH - Math.round(TEXT_WIDTH - shrunk[1])];
}

/** Draws a card, synchronously, in fonts already loaded. */
export function drawShareCard(
  c: ShareCard,
  { regular, bold }: { regular: CardFont; bold: CardFont },
): Buffer {
  const direction = c.direction === 'rtl' ? 'rtl' : 'ltr';
  const canvas = CardCanvas.blank(WIDTH, HEIGHT, COLOURS.background);
  canvas.fillRect(0, 0, WIDTH, BAR, canvas.colour(COLOURS.accent));

  const dateStyle: TextStyle = { font: bold, size: 30, lineHeight: 'normal' };
  const titleStyle: TextStyle = { font: bold, size: 52, lineHeight: 1.15 };
  const summaryStyle: TextStyle = { font: regular, size: 28, lineHeight: 1.35 };
  const footerStyle: TextStyle = { font: regular, size: 26, lineHeight: 'normal' };

  let top = TOP;
  const block: [string, TextStyle, string, number][] = [
    [`${c.date}${c.status ? ` · ${c.status}` : ''}`, dateStyle, COLOURS.accent, 0],
    [clip(c.title, 90), titleStyle, COLOURS.title, 16],
    [clip(c.summary, 150), summaryStyle, COLOURS.summary, 24],
  ];
  for (const [text, style, colour, gap] of block) {
    top += gap;
    const paragraph = layOutParagraph(collapseSpaces(text), style, TEXT_WIDTH, direction);
    draw(canvas, paragraph, style, LEFT, top, canvas.colour(colour));
    top += paragraph.height;
  }

  // The site's title at the start of the line (on the right when the site reads right to left),
  // the count of sources at its end, the footer's boxes against the bottom of the text's box.
  const texts: [string, string] = [
    collapseSpaces(clip(c.siteTitle, 60)),
    collapseSpaces(c.sourcesQuoted),
  ];
  const widths = footerWidths(texts, footerStyle.font, footerStyle.size);
  const footer = texts.map((t, i) => layOutParagraph(t, footerStyle, widths[i]!, direction));
  const footerTop = BOTTOM - Math.max(footer[0]!.height, footer[1]!.height);
  const colour = canvas.colour(COLOURS.footer);
  const atStart = direction === 'rtl' ? LEFT + TEXT_WIDTH - widths[0] : LEFT;
  const atEnd = direction === 'rtl' ? LEFT : LEFT + TEXT_WIDTH - widths[1];
  draw(canvas, footer[0]!, footerStyle, atStart, footerTop, colour);
  draw(canvas, footer[1]!, footerStyle, atEnd, footerTop, colour);
  return canvas.png();
}

export async function renderShareCard(c: ShareCard): Promise<Buffer> {
  return drawShareCard(c, await cardFonts());
}
