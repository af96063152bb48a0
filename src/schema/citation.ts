/** A source cited by a record: the article's id and the verbatim words relied on. */
import { z } from 'astro/zod';
import { reportRule } from './issue.ts';
import { id, listOf, plainText } from './primitives.ts';

export function quote() {
  return plainText()
    .superRefine((value, ctx) => {
      // Punctuation alone is found in any article: it would prove nothing.
      if (value !== '' && !/[\p{L}\p{N}]/u.test(value)) reportRule(ctx, 'quote.noWords', value);
    })
    .meta({
      description:
        'Words copied exactly from the article (spaces, straight or curly quotes and dash variants may differ).',
      examples: ['The harbour council will meet on Tuesday'],
    });
}

/**
 * Fields that editors may write under another name, which the schema turns into the field: a
 * problem found in `quotes[0]` may be on a line that says `quote:`.
 */
export const SHORT_FORMS: Readonly<Record<string, string>> = { quotes: 'quote' };

function translation() {
  return plainText().meta({
    description:
      'Optional: the editor’s translation of the quote into the site’s language, for a quote from an article in another language. Shown labelled as the editor’s, with the original a click away; the original is what is checked against the article.',
    examples: ['The harbour council will meet on Tuesday'],
  });
}

/** A quote of a list: its words, or its words and the editor's translation of them. */
const listedQuote = z.union([
  quote(),
  z.strictObject({ quote: quote(), translation: translation() }),
]);

/**
 * `quote:` or `quotes:` are both accepted; the result is always `quotes: [...]`, with
 * `translations` beside it (same order, `null` where a quote has none) when any quote has one.
 */
export function citation() {
  return z
    .strictObject({
      source: id().meta({
        description: 'Id of the article in content/sources/.',
        examples: ['2021-11-28-wire-council-preview'],
      }),
      quote: quote().optional(),
      translation: translation().optional(),
      quotes: listOf(listedQuote).optional().meta({
        description:
          'Several quotes from the same article, as a list (use quote: for one); an item may be { quote, translation }.',
      }),
    })
    .superRefine((value, ctx) => {
      if (value.quote === undefined && (!value.quotes || value.quotes.length === 0)) {
        reportRule(ctx, 'citation.noQuote', undefined, {}, ['quotes']);
      }
      if (value.translation !== undefined && value.quote === undefined)
        reportRule(ctx, 'citation.translationWithoutQuote', value.translation, {}, ['translation']);
    })
    .transform(({ source, quote: single, translation: singleTranslation, quotes = [] }) => {
      const listed = quotes.map((item) =>
        typeof item === 'string' ? { quote: item, translation: null } : item,
      );
      const all = single
        ? [{ quote: single, translation: singleTranslation ?? null }, ...listed]
        : listed;
      const translations = all.map((item) => item.translation);
      return {
        source,
        quotes: all.map((item) => item.quote),
        ...(translations.some((t) => t !== null) ? { translations } : {}),
      };
    });
}
