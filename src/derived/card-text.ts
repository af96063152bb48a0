/**
 * Lays out a paragraph of a share card: its line breaks, the order of its pieces in each line, and
 * where each glyph goes.
 *
 * It follows the rules the cards were drawn by with satori, so that a card looks as it did:
 * breaks where Unicode's line breaking (UAX #14, the `linebreak` package) allows them, a word
 * moved to the next line when it passes the width (its trailing spaces may hang past it), a word
 * too long for a line left whole; pieces of words split by Intl.Segmenter and by bidi level,
 * ordered by the Unicode bidirectional algorithm (`bidi-js`) and reversed by its rule L2; runs of
 * pieces up to a space shaped together, so kerning holds within a word; the line height and
 * baseline rounded to pixels as Chrome rounds them.
 */
import bidiFactory from 'bidi-js';
import { createRequire } from 'node:module';
import type { CardFont, ShapedGlyph } from './card-fonts.ts';

export interface TextStyle {
  font: CardFont;
  /** In pixels. */
  size: number;
  /** A multiple of the size, or the font's own ascender to descender. */
  lineHeight: number | 'normal';
}

/** A run of glyphs drawn together: its left in pixels from the paragraph's left, and its baseline. */
export interface PlacedRun {
  text: string;
  glyphs: ShapedGlyph[];
  left: number;
  baseline: number;
}

export interface Paragraph {
  runs: PlacedRun[];
  lines: number;
  /** In whole pixels. */
  height: number;
  /** The widest line, or the width given when a line wrapped (so the box fills it). */
  width: number;
}

interface LineBreak {
  position: number;
}
// linebreak ships no type declarations: required, and typed here.
const require = createRequire(import.meta.url);
const LineBreaker = require('linebreak') as new (text: string) => { nextBreak(): LineBreak | null };
const bidi = bidiFactory();
const pieceSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

/**
 * Characters that end a run: the word separators of CSS Text (space, no-break space, Ethiopic
 * wordspace, Aegean word separators, Ugaritic word divider, Phoenician word separator). satori's
 * list had the last two cut short, to U+1039 and U+1091 (a Myanmar virama and digit).
 */
const WORD_SEPARATORS = new Set(
  [0x20, 0xa0, 0x1361, 0x10100, 0x10101, 0x1039f, 0x1091f].map((c) => String.fromCodePoint(c)),
);
/** The words between break opportunities, each with the spaces after it. */
function words(text: string): string[] {
  const breaker = new LineBreaker(text);
  const out: string[] = [];
  let last = 0;
  for (let bk = breaker.nextBreak(); bk; bk = breaker.nextBreak()) {
    out.push(text.slice(last, bk.position));
    last = bk.position;
  }
  return out;
}

/** Splits a piece where its bidi level changes (a Hebrew word run into a Latin one, say). */
function splitByLevel(piece: string, offset: number, levels: Uint8Array): string[] {
  const parts: string[] = [];
  let start = 0;
  for (let i = 1; i < piece.length; i++) {
    if (levels[offset + i] !== levels[offset + i - 1]) {
      parts.push(piece.slice(start, i));
      start = i;
    }
  }
  parts.push(piece.slice(start));
  return parts;
}

interface Piece {
  text: string;
  /** Where the piece starts in the paragraph's text, for its bidi level. */
  offset: number;
  line: number;
  x: number;
  width: number;
  level: number;
}

/** White space collapsed as CSS's `white-space: normal` collapses it. */
export function collapseSpaces(text: string): string {
  return text.replace(/[\t\n\f\r ]+/g, ' ').trim();
}

/**
 * Lays out `text` in a box `width` pixels wide. `direction: 'rtl'` (a right-to-left site) orders
 * the text from the right and sets the lines against the right edge.
 */
export function layOutParagraph(
  text: string,
  style: TextStyle,
  width: number,
  direction: 'ltr' | 'rtl' = 'ltr',
): Paragraph {
  const { font, size } = style;
  const scale = size / font.unitsPerEm;
  const measure = (s: string) => font.advance(s) * scale;
  const ascent = (font.ascender / font.unitsPerEm) * size;
  const descent = (-font.descender / font.unitsPerEm) * size;
  const exactLineHeight =
    style.lineHeight === 'normal' ? ascent + descent : size * style.lineHeight;
  const lineHeight = Math.round(exactLineHeight);
  // Like Chrome: the ascent and descent rounded to pixels, half of the leading floored.
  const baseline =
    Math.round(ascent) +
    Math.floor((exactLineHeight - Math.round(ascent) - Math.round(descent)) / 2);

  const rtl = direction === 'rtl';
  const { levels } = bidi.getEmbeddingLevels(text, direction);
  // Left-to-right text with no right-to-left character in it stays in logical order.
  const needsBidi = rtl || levels.some((level) => level !== 0);
  const pieces: Piece[] = [];
  const lineWidths: number[] = [];
  let line = 0;
  let lineWidth = 0;
  let maxWidth = 0;
  let previousEndingSpaces = 0;
  let offset = 0;
  const all = words(text);
  for (let i = 0; i < all.length; i++) {
    const word = all[i]!;
    const w = measure(word);
    const trimmed = word.trimEnd();
    const endingSpaces = trimmed === word ? 0 : w - measure(trimmed);
    // The spaces after a word may hang past the edge.
    if (i > 0 && lineWidth + w > width + endingSpaces) {
      lineWidths.push(lineWidth - previousEndingSpaces);
      line++;
      lineWidth = w;
      maxWidth = Math.max(maxWidth, width);
    } else {
      lineWidth += w;
    }
    maxWidth = Math.max(maxWidth, lineWidth);
    let x = lineWidth - w;
    let pieceOffset = offset;
    for (const { segment } of pieceSegmenter.segment(word)) {
      for (const part of needsBidi ? splitByLevel(segment, pieceOffset, levels) : [segment]) {
        const partWidth = measure(part);
        pieces.push({ text: part, offset: pieceOffset, line, x, width: partWidth, level: 0 });
        x += partWidth;
        pieceOffset += part.length;
      }
    }
    offset += word.length;
    previousEndingSpaces = endingSpaces;
  }
  if (all.length) lineWidths.push(lineWidth);
  const lines = lineWidths.length;

  if (needsBidi) orderByDirection(pieces, levels, lineWidths, rtl);

  // A right-to-left paragraph sits against the right edge: one line in a box as wide as itself,
  // rounded up to a pixel; lines that wrapped each against the edge of the full width.
  const boxWidth = Math.ceil(maxWidth);
  const runs: PlacedRun[] = [];
  let buffer = '';
  let bufferLeft = Infinity;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    let left = piece.x;
    if (rtl) left += lines > 1 ? width - lineWidths[piece.line]! : width - boxWidth;
    // Several lines are set on whole pixels, as satori sets them.
    if (lines > 1) left = Math.round(left);
    const next = pieces[i + 1];
    bufferLeft = needsBidi ? Math.min(bufferLeft, left) : buffer ? bufferLeft : left;
    if (
      !WORD_SEPARATORS.has(piece.text) &&
      next &&
      next.line === piece.line &&
      (!needsBidi || next.level === piece.level)
    ) {
      buffer += piece.text;
      continue;
    }
    const runText = buffer + piece.text;
    runs.push({
      text: runText,
      glyphs: font.shape(runText, needsBidi ? (piece.level % 2 === 1 ? 'rtl' : 'ltr') : undefined),
      left: bufferLeft,
      baseline: piece.line * lineHeight + baseline,
    });
    buffer = '';
    bufferLeft = Infinity;
  }
  return {
    runs,
    lines,
    height: lines * lineHeight,
    width: rtl && lines === 1 ? boxWidth : maxWidth,
  };
}

/**
 * Gives each piece its bidi level (of its first character; spaces at the end of a line at the
 * paragraph's), then moves each piece to where rule L2 puts it: each run of pieces at a level or
 * above, from the highest level down to the lowest odd one, mirrored within its extent.
 */
function orderByDirection(pieces: Piece[], levels: Uint8Array, lineWidths: number[], rtl: boolean) {
  const base = rtl ? 1 : 0;
  for (const piece of pieces) piece.level = levels[piece.offset] ?? base;
  for (let start = 0; start < pieces.length;) {
    const line = pieces[start]!.line;
    let end = start;
    while (end < pieces.length && pieces[end]!.line === line) end++;
    for (let i = end - 1; i >= start && !pieces[i]!.text.trim(); i--) pieces[i]!.level = base;
    const lineWidth = lineWidths[line] ?? 0;
    let highest = 0;
    for (let i = start; i < end; i++) highest = Math.max(highest, pieces[i]!.level);
    for (let level = highest; level >= 1; level--) {
      for (let runStart = start; runStart < end;) {
        if (pieces[runStart]!.level < level) {
          runStart++;
          continue;
        }
        let runEnd = runStart;
        while (runEnd < end && pieces[runEnd]!.level >= level) runEnd++;
        let runLeft = Infinity;
        let runRight = -Infinity;
        for (let i = runStart; i < runEnd; i++) {
          runLeft = Math.min(runLeft, pieces[i]!.x);
          runRight = Math.max(runRight, pieces[i]!.x + pieces[i]!.width);
        }
        // Spaces at the end of a line hang past its edge, outside the mirrored extent.
        runRight = Math.min(runRight, lineWidth);
        for (let i = runStart; i < runEnd; i++) {
          pieces[i]!.x = runLeft + runRight - pieces[i]!.x - pieces[i]!.width;
        }
        runStart = runEnd;
      }
    }
    start = end;
  }
}
