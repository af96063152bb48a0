/** The one site configuration file (`content/site.yaml`): everything that names the story. */
import { z } from 'astro/zod';
import { calendarDate } from './dates.ts';
import { plainText, webUrl } from './primitives.ts';

export function siteSchema() {
  return z.strictObject({
    title: plainText().meta({
      description: 'Site title.',
      examples: ['Chronicle: the harbour bridge dispute'],
    }),
    description: plainText().meta({
      description: 'One sentence shown in search results and link previews.',
      examples: ['A sourced timeline.'],
    }),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/)
      .default('en')
      .meta({ description: 'Language of the site, BCP 47.', examples: ['en'] }),
    period: z
      .strictObject({
        start: calendarDate().meta({
          description: 'First day the timeline covers.',
          examples: ['2021-11-26'],
        }),
        end: calendarDate().meta({
          description: 'Last day the timeline covers.',
          examples: ['2022-01-13'],
        }),
      })
      .meta({ description: 'The span of the story.' }),
    url: webUrl().meta({
      description: 'Public address of the site, without the base path.',
      examples: ['https://example.github.io'],
    }),
    repository: webUrl()
      .optional()
      .meta({
        description:
          'Where the site’s content is kept and edited, for the “how to contribute” links.',
        examples: ['https://github.com/example/chronicle'],
      }),
    homeLimit: z
      .number()
      .int()
      .min(1)
      .default(500)
      .meta({
        description:
          'Most events the home page lists in full; beyond that it links to one page per month.',
        examples: [500],
      }),
    pageSize: z
      .number()
      .int()
      .min(10)
      .default(100)
      .meta({
        description:
          'Most events one page of a person, organisation, place or topic lists; more go on further pages.',
        examples: [100],
      }),
    coverage: z
      .enum(['complete', 'reported'])
      .default('reported')
      .meta({
        description:
          'complete: the content tests demand that every sentence of every article is quoted by an event or left out with a reason in coverage-exclusions.yaml; reported: npm run coverage only reports what is left.',
        examples: ['complete'],
      }),
    base: z
      .string()
      .regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/)
      .default('/')
      .meta({
        description: 'Path the site is served under, starting and ending with /.',
        examples: ['/chronicle/'],
      }),
  });
}

export type SiteConfig = z.output<ReturnType<typeof siteSchema>>;
