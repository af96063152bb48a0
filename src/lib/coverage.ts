/**
 * How much of each article the timeline uses: the article is cut into
 * sentences (the runtime's own Intl.Segmenter, no hand-made rules), and a
 * sentence counts as covered when a quote from that article overlaps it.
 * Sentences left out on purpose are matched against the exclusions list.
 */
import { normaliseForMatch } from './text-match.ts';

export interface Sentence {
  text: string;
  line: number;
  state: 'covered' | 'excluded' | 'uncovered';
  reason?: string;
}

export interface ArticleCoverage {
  sentences: Sentence[];
  covered: number;
  excluded: number;
  uncovered: number;
  /** Exclusions whose text is not (or no longer) in the article. */
  staleExclusions: string[];
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

/** Sentences of a text with the line each starts on; a line break always ends a sentence. */
export function sentencesOf(text: string): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    for (const { segment } of segmenter.segment(line)) {
      const trimmed = segment.trim();
      if (trimmed) out.push({ text: trimmed, line: index + 1 });
    }
  }
  return out;
}

/**
 * A quote covers a sentence when they share at least 20 characters, or the whole of the shorter
 * one.
 */
function overlaps(sentence: string, quote: string): boolean {
  if (sentence.includes(quote) || quote.includes(sentence)) return true;
  const probe = quote.length >= 20 ? 20 : quote.length;
  for (let start = 0; start + probe <= quote.length; start += 10) {
    if (sentence.includes(quote.slice(start, start + probe))) return true;
  }
  return false;
}

export function articleCoverage(
  text: string,
  quotes: readonly string[],
  exclusions: readonly { text: string; reason: string }[],
): ArticleCoverage {
  const normalisedQuotes = quotes.map(normaliseForMatch).filter((q) => q.length >= 3);
  const normalisedExclusions = exclusions.map((e) => ({ ...e, text: normaliseForMatch(e.text) }));
  const used = new Set<number>();
  const sentences = sentencesOf(text).map(({ text: raw, line }): Sentence => {
    const sentence = normaliseForMatch(raw);
    if (normalisedQuotes.some((quote) => overlaps(sentence, quote)))
      return { text: raw, line, state: 'covered' };
    const exclusion = normalisedExclusions.findIndex(
      (e) =>
        sentence.startsWith(e.text) || e.text.startsWith(sentence) || sentence.includes(e.text),
    );
    if (exclusion >= 0) {
      used.add(exclusion);
      return {
        text: raw,
        line,
        state: 'excluded',
        reason: normalisedExclusions[exclusion]!.reason,
      };
    }
    return { text: raw, line, state: 'uncovered' };
  });
  const count = (state: Sentence['state']) => sentences.filter((s) => s.state === state).length;
  const articleText = normaliseForMatch(text);
  return {
    sentences,
    covered: count('covered'),
    excluded: count('excluded'),
    uncovered: count('uncovered'),
    staleExclusions: exclusions
      .filter((e, i) => !used.has(i) && !articleText.includes(normaliseForMatch(e.text)))
      .map((e) => e.text),
  };
}
