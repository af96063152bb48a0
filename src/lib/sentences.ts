/**
 * An article's sentences, split in its own language by the runtime's `Intl.Segmenter` (Unicode's
 * sentence rules, with the locale's own data), each with its place in the text: the quote an event
 * takes from it is then exactly the article's.
 */
export interface Sentence {
  text: string;
  /** Offsets in the article, `text === article.slice(start, end)`. */
  start: number;
  end: number;
}

/**
 * A line break ends a sentence too: articles set headlines, datelines and captions on lines of
 * their own, without a full stop.
 */
export function sentences(article: string, language: string): Sentence[] {
  const segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  const found: Sentence[] = [];
  let offset = 0;
  for (const line of article.split('\n')) {
    for (const { segment, index } of segmenter.segment(line)) {
      const lead = segment.length - segment.trimStart().length;
      const text = segment.trim();
      if (text)
        found.push({
          text,
          start: offset + index + lead,
          end: offset + index + lead + text.length,
        });
    }
    offset += line.length + 1;
  }
  return found;
}
