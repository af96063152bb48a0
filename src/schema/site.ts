/** The one site configuration file (`content/site.yaml`): everything that names the story. */
import { z } from 'astro/zod';
import { calendarDate } from './dates.ts';
import { DEFAULT_EVENT_KINDS } from './event.ts';
import { reportRule } from './issue.ts';
import { id, plainText, webUrl } from './primitives.ts';

const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

const kindLabel = z
  .union([plainText(), z.record(z.string().regex(LANGUAGE_TAG), plainText())])
  .meta({
    description:
      'How readers see the kind: its name in the site’s language, or its names by language.',
    examples: [{ en: 'Shipping accident', es: 'Accidente marítimo' }],
  });

const eventKinds = z
  .strictObject({
    keepDefaults: z
      .boolean()
      .default(true)
      .meta({
        description:
          'true: the site’s kinds are added to the default list; false: they replace it.',
        examples: [true],
      }),
    kinds: z.record(id(), kindLabel).meta({
      description:
        'The site’s own kinds of event, by id (lower-case words joined by hyphens), each with its name; a default kind listed here is renamed.',
      examples: [{ 'shipping-accident': { en: 'Shipping accident', es: 'Accidente marítimo' } }],
    }),
  })
  .meta({
    description: 'Kinds of event of this story, besides the default list or instead of it.',
  });

/** The label a site gives a kind in its language (`es-MX` takes `es`), if it gives one. */
export function siteKindLabel(
  site: Pick<SiteConfig, 'eventKinds' | 'language'>,
  kind: string,
): string | undefined {
  const label = site.eventKinds?.kinds[kind];
  if (label === undefined || typeof label === 'string') return label;
  return label[site.language] ?? label[site.language.split('-')[0]!];
}

/** The names a site gives kinds of event, in its language, by kind. */
export function siteKindNames(
  site: Pick<SiteConfig, 'eventKinds' | 'language'>,
): Record<string, string> {
  return Object.fromEntries(
    Object.keys(site.eventKinds?.kinds ?? {}).flatMap((kind) => {
      const label = siteKindLabel(site, kind);
      return label === undefined ? [] : [[kind, label]];
    }),
  );
}

/** The kinds of event a site's events may have, the defaults first. */
export function eventKindIds(site?: Pick<SiteConfig, 'eventKinds'>): string[] {
  const own = Object.keys(site?.eventKinds?.kinds ?? {});
  const defaults = site?.eventKinds?.keepDefaults === false ? [] : DEFAULT_EVENT_KINDS;
  return [...new Set([...defaults, ...own])];
}

export function siteSchema() {
  return z
    .strictObject({
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
        .regex(LANGUAGE_TAG)
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
        // Each part a name, never "." or "..": a base may not climb out of the site.
        .regex(/^\/(?:(?!\.\.?\/)[A-Za-z0-9._~-]+\/)*$/)
        .default('/')
        .meta({
          description:
            'Path the site is served under, starting and ending with /; each part a name (not . or ..).',
          examples: ['/chronicle/'],
        }),
      eventKinds: eventKinds.optional(),
      direction: z
        .enum(['ltr', 'rtl'])
        .optional()
        .meta({
          description:
            'Which way the site is written, when not the way its language is (by default, from the language: rtl for Arabic, Hebrew, Persian …).',
          examples: ['rtl'],
        }),
    })
    .superRefine((site, ctx) => {
      if (site.period.end.latest < site.period.start.earliest)
        reportRule(
          ctx,
          'site.periodReversed',
          site.period.end.text,
          { start: site.period.start.text, end: site.period.end.text },
          ['period', 'end'],
        );
      const own = site.eventKinds;
      if (!own) return;
      if (!own.keepDefaults && Object.keys(own.kinds).length === 0)
        reportRule(ctx, 'site.noEventKinds', false, {}, ['eventKinds', 'keepDefaults']);
      for (const [kind, label] of Object.entries(own.kinds)) {
        if (typeof label === 'string' || siteKindLabel(site, kind) !== undefined) continue;
        reportRule(
          ctx,
          'site.kindLabelMissing',
          label,
          {
            kind,
            language: site.language,
            given: Object.keys(label).join(', '),
          },
          ['eventKinds', 'kinds', kind],
        );
      }
    });
}

export type SiteConfig = z.output<ReturnType<typeof siteSchema>>;
