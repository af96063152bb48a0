/** A source cited by a record: the article's id and the verbatim words relied on. */
import { z } from 'astro/zod';
import { reportRule } from './issue.ts';
import { id, listOf, plainText } from './primitives.ts';

export function quote() {
  return plainText().meta({
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

/** `quote:` or `quotes:` are both accepted; the result is always `quotes: [...]`. */
export function citation() {
  return z
    .strictObject({
      source: id().meta({
        description: 'Id of the article in content/sources/.',
        examples: ['2021-11-28-wire-council-preview'],
      }),
      quote: quote().optional(),
      quotes: listOf(quote()).optional().meta({
        description: 'Several quotes from the same article, as a list (use quote: for one).',
      }),
    })
    .superRefine((value, ctx) => {
      if (value.quote === undefined && (!value.quotes || value.quotes.length === 0)) {
        reportRule(ctx, 'citation.noQuote', undefined, {}, ['quotes']);
      }
    })
    .transform(({ source, quote: single, quotes = [] }) => ({
      source,
      quotes: single ? [single, ...quotes] : quotes,
    }));
}
