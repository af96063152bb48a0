/**
 * A source: one article, its metadata, and (in the Markdown body) its full text, kept for
 * verification.
 */
import { z } from 'astro/zod';
import { calendarDate, calendarDayOnly } from './dates.ts';
import { reportRule } from './issue.ts';
import { listOf, plainText, webUrl } from './primitives.ts';

export const RELIABILITY_KINDS = [
  'factual-error',
  'misspelling',
  'mistranslation',
  'spin',
  'rewritten',
  'boilerplate',
  'attribution',
  'other',
] as const;

const reliabilityNote = z.strictObject({
  kind: z.enum(RELIABILITY_KINDS).meta({
    description: 'What sort of problem a careful reader should know about.',
    examples: ['misspelling'],
  }),
  note: plainText().meta({
    description: 'The problem, explained for readers.',
    examples: ['Spells the council chair Ada Quill as “Ada Quil”.'],
  }),
  quote: plainText()
    .optional()
    .meta({ description: 'The article’s words in question, verbatim.', examples: ['Ada Quil'] }),
});

export function sourceSchema() {
  return z
    .strictObject({
      headline: plainText().meta({
        description: 'The article’s headline, or a descriptive title in [brackets] if it has none.',
        examples: ['Harbour council to meet on bridge'],
      }),
      site: plainText().meta({
        description: 'The website or outlet that published this copy.',
        examples: ['Harbour Wire'],
      }),
      agencies: listOf(plainText()).meta({
        description: 'Agencies or outlets the text itself credits.',
        examples: [['Coast Wire']],
      }),
      author: plainText()
        .optional()
        .meta({ description: 'Byline, if the text gives one.', examples: ['Jane Doe'] }),
      language: z
        .string()
        .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
        .meta({ description: 'Language of the text as kept, BCP 47.', examples: ['en'] }),
      translation: plainText()
        .optional()
        .meta({
          description: 'Remarks on translation: from what, how well.',
          examples: ['Machine translation from Spanish.'],
        }),
      published: calendarDate().meta({
        description: 'Publication date, as precise as the evidence allows.',
        examples: ['2021-11-28'],
      }),
      publishedEvidence: plainText().meta({
        description: 'Why that date: the text’s own clues, and the reasoning.',
        examples: [
          'Says the council “will meet on Tuesday” (30 November) and quotes its chair speaking “on Sunday” (28 November).',
        ],
      }),
      url: webUrl()
        .optional()
        .meta({
          description: 'Where the article was published, if known (http or https only).',
          examples: ['https://www.example.com/article'],
        }),
      accessDate: calendarDayOnly()
        .optional()
        .meta({
          description:
            'The day the article was last read at its url, YYYY-MM-DD (Wikipedia’s access-date).',
          examples: ['2022-01-04'],
        }),
      archiveUrl: webUrl()
        .optional()
        .meta({
          description:
            'A copy of the article in a web archive, for when the original moves or changes (http or https only).',
          examples: ['https://web.archive.org/web/20211129000000/https://www.example.com/article'],
        }),
      archiveDate: calendarDayOnly()
        .optional()
        .meta({
          description: 'The day the archived copy was made, YYYY-MM-DD.',
          examples: ['2021-11-29'],
        }),
      reliability: listOf(reliabilityNote).meta({
        description: 'What a careful reader should know about this text.',
      }),
      originalFile: plainText()
        .optional()
        .meta({
          description: 'File name of the article as it was received.',
          examples: ['2021-11-28-wire-council-preview.txt'],
        }),
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/)
        .meta({
          description:
            'SHA-256 of the article text (the body of this file), to prove it is unchanged.',
          examples: ['9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08'],
        }),
    })
    .superRefine((source, ctx) => {
      // As Wikipedia's CS1 has it: an archived copy is of an address, and has its day; a day read or
      // archived cannot come before the article existed. Each is reported on the field written.
      if (source.archiveUrl && !source.archiveDate)
        reportRule(ctx, 'source.archiveDateMissing', undefined, {}, ['archiveUrl']);
      if (source.archiveDate && !source.archiveUrl)
        reportRule(ctx, 'source.archiveUrlMissing', undefined, {}, ['archiveDate']);
      for (const field of ['accessDate', 'archiveUrl'] as const)
        if (source[field] && !source.url)
          reportRule(ctx, 'source.urlMissing', undefined, { field }, [field]);
      for (const field of ['accessDate', 'archiveDate'] as const) {
        const day = source[field];
        if (day && day.earliest < source.published.earliest)
          reportRule(
            ctx,
            'source.beforePublished',
            day.text,
            { field, published: source.published.earliest },
            [field],
          );
      }
    });
}

export type SourceData = z.output<ReturnType<typeof sourceSchema>>;
