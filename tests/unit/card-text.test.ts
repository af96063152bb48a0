/**
 * The layout of a share card's paragraphs: where lines break, the order of words in right-to-left
 * text, line heights and baselines, and what happens to a word too long for a line or a character
 * the font lacks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { cardFonts, type CardFont } from '../../src/derived/card-fonts.ts';
import { collapseSpaces, layOutParagraph, type Paragraph } from '../../src/derived/card-text.ts';

let regular: CardFont;
let bold: CardFont;
beforeAll(async () => {
  ({ regular, bold } = await cardFonts());
});

/** Each line's text, from the runs on its baseline, left to right. */
function lines(p: Paragraph): string[] {
  const byBaseline = new Map<number, { left: number; text: string }[]>();
  for (const run of p.runs) {
    byBaseline.set(run.baseline, [...(byBaseline.get(run.baseline) ?? []), run]);
  }
  return [...byBaseline.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, runs]) =>
      runs
        .sort((a, b) => a.left - b.left)
        .map((r) => r.text)
        .join('')
        .trim(),
    );
}

describe('a card paragraph', () => {
  it('breaks lines between words, where the next word would pass the width', () => {
    const title = layOutParagraph(
      'A title of many words that runs on over two lines and then a third one before it is…',
      { font: bold, size: 52, lineHeight: 1.15 },
      1072,
    );
    expect(lines(title)).toEqual([
      'A title of many words that runs on',
      'over two lines and then a third one',
      'before it is…',
    ]);
    // 52 × 1.15 = 59.8, rounded to 60; the baseline 48 px (the ascent) less half the leading, floored.
    expect(title.height).toBe(180);
    expect([...new Set(title.runs.map((r) => r.baseline))]).toEqual([47, 107, 167]);
    expect(title.width).toBe(1072);
  });

  it('sets the lines of a paragraph that wraps on whole pixels, and a single line where it falls', () => {
    const style = { font: regular, size: 28, lineHeight: 1.35 };
    const wrapped = layOutParagraph('words '.repeat(60).trim(), style, 1072);
    expect(wrapped.runs.every((r) => Number.isInteger(r.left))).toBe(true);
    const single = layOutParagraph('council harbour bridge', style, 1072);
    expect(single.runs.some((r) => !Number.isInteger(r.left))).toBe(true);
    expect(single.lines).toBe(1);
  });

  it('lets the spaces after the last word of a line hang past the width', () => {
    const style = { font: regular, size: 28, lineHeight: 1.35 };
    const width = layOutParagraph('aaa bbb', style, 1072).width;
    // "aaa bbb " is wider than the box, but only by its trailing space.
    expect(lines(layOutParagraph('aaa bbb ccc', style, width))).toEqual(['aaa bbb', 'ccc']);
    expect(lines(layOutParagraph('aaa bbb ccc', style, width - 1))).toEqual(['aaa', 'bbb ccc']);
  });

  it('keeps a word too long for a line whole, on a line of its own', () => {
    const long = 'Supercalifragilisticexpialidociousandevenlongerwordthatcannotbreakanywhere';
    const p = layOutParagraph(`ok ${long} end`, { font: bold, size: 52, lineHeight: 1.15 }, 1072);
    expect(lines(p)).toEqual(['ok', long, 'end']);
    expect(p.width).toBeGreaterThan(1072);
  });

  it('orders right-to-left text from the right, numbers within it left to right', () => {
    const style = { font: bold, size: 30, lineHeight: 'normal' as const };
    const p = layOutParagraph('3 במאי 2031', style, 1072, 'rtl');
    const byLeft = [...p.runs].sort((a, b) => a.left - b.left).map((r) => r.text.trim());
    expect(byLeft.filter(Boolean)).toEqual(['2031', 'במאי', '3']);
    // One line sits against the right edge of the box, rounded up to a pixel.
    const right = Math.max(
      ...p.runs.map((r) => r.left + r.glyphs.reduce((w, g) => w + g.ax, 0) * (30 / 2048)),
    );
    expect(right).toBeGreaterThan(1071);
    expect(right).toBeLessThanOrEqual(1072);
    // 30 px, line height normal: ascent 27.8 + descent 7.1 = 34.9, rounded to 35.
    expect(p.height).toBe(35);
    expect(p.runs[0]!.baseline).toBe(27);
  });

  it('keeps an English phrase in Hebrew text in its own order, and the full stop at the line end', () => {
    const style = { font: bold, size: 52, lineHeight: 1.15 };
    const p = layOutParagraph('ועוד English words here.', style, 1072, 'rtl');
    const byLeft = [...p.runs].sort((a, b) => a.left - b.left).map((r) => r.text.trim());
    expect(byLeft.filter(Boolean)).toEqual(['.', 'English', 'words', 'here', 'ועוד']);
  });

  it('draws a character the font lacks as its missing glyph, in its place', () => {
    const p = layOutParagraph('a 中 b', { font: regular, size: 28, lineHeight: 1.35 }, 1072);
    expect(p.runs.map((r) => r.glyphs.map((g) => g.g))).toEqual([
      [regular.shape('a ')[0]!.g, 3],
      [0, 3],
      [regular.shape('b')[0]!.g],
    ]);
  });

  it('ends a run of shaped glyphs at each word separator of CSS Text, and only there', () => {
    const style = { font: regular, size: 28, lineHeight: 1.35 } as const;
    const texts = (text: string) => layOutParagraph(text, style, 1072).runs.map((r) => r.text);
    // U+1039F, the Ugaritic word divider, is one; U+1039, a Myanmar virama, is not.
    expect(texts('a\u{1039F}b')).toEqual(['a\u{1039F}', 'b']);
    expect(texts('a\u1039b c')).toEqual(['a\u1039b ', 'c']);
  });

  it('collapses white space as a browser does', () => {
    expect(collapseSpaces('  two\n lines\tand  spaces ')).toBe('two lines and spaces');
  });
});
