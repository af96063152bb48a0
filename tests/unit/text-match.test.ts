import { describe, expect, it } from 'vitest';
import { normaliseForMatch, occursIn, quoteHint } from '../../src/lib/text-match.ts';

const article = normaliseForMatch(
  'The Harbour Council’s Chair said: “We need to be prepared for the worst” — and  left.\nThe meeting is on 30–31 May.',
);

describe('verbatim quotes', () => {
  it('forgive only white space, quote styles and dash variants', () => {
    expect(occursIn(article, "The Harbour Council's Chair said")).toBe(true);
    expect(occursIn(article, '"We need to be prepared for the worst" - and left.')).toBe(true);
    expect(occursIn(article, 'The meeting is on 30-31 May.')).toBe(true);
    expect(occursIn(article, 'We need to be prepared for the worst'.replace(' ', '\n  '))).toBe(
      true,
    );
  });

  it('accept a quote the editor wrapped in quotation marks', () => {
    expect(occursIn(article, '“The meeting is on 30–31 May.”')).toBe(true);
  });

  it('reject any change of words, letters or case', () => {
    expect(occursIn(article, 'We need to be ready for the worst')).toBe(false);
    expect(occursIn(article, 'the harbour council’s chair')).toBe(false);
    expect(occursIn(article, 'The meeting is on 30–31 May!')).toBe(false);
    expect(occursIn(article, '')).toBe(false);
  });

  it('show how far a wrong quote matched', () => {
    expect(quoteHint(article, 'We need to be ready for the worst')).toBe(
      'The article has its first 4 of 8 words ("We need to be") and then differs.',
    );
    expect(quoteHint(article, 'Completely different')).toBe(
      'Not even its first word is in the article: is it cited under the right source?',
    );
  });
});
