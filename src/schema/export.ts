/**
 * The published data (`events.json`): one record per event with every reference
 * resolved. Zod only; the JSON Schema readers get (`events.schema.json`) is
 * generated from these very objects, and the data page lists their descriptions.
 */
import { z } from 'astro/zod';
import { placeSchema } from './entity.ts';
import { EVENT_STATUSES, eventSchema, PRECISIONS } from './event.ts';
import { id } from './primitives.ts';
import { meaningOf } from './field-docs.ts';

/**
 * A field that means in the open data what it means in the event an editor writes takes its
 * description from the event's (or an entity's) schema. The others are described here: they hold
 * something else (names and points where the editor writes ids) or leave out what only concerns
 * writing them.
 */
const event = eventSchema();
const place = placeSchema();
const asInEvent = (...path: PropertyKey[]) => meaningOf(event, path);
const asInPlace = (...path: PropertyKey[]) => meaningOf(place, path);

/**
 * Bump the major part when a field is removed or changes meaning, the minor part when one is added.
 */
export const EXPORT_VERSION = '1.3.0';
export const EXPORT_GENERATOR = 'Chronicle';

const day = () => z.iso.date();

const exportDate = () =>
  z.strictObject({
    text: z.string().meta({
      description: 'The date as written: YYYY-MM-DD, YYYY-MM, YYYY, or the label of a span.',
      examples: ['2021-11-30'],
    }),
    precision: z.enum(PRECISIONS).meta({
      description: 'How precise the date is: day, month, year or span.',
      examples: ['day'],
    }),
    earliest: day().meta({
      description:
        'First day the date can mean (for a span known only to end "by" a day: where the timeline places it).',
      examples: ['2021-11-30'],
    }),
    latest: day().meta({ description: 'Last day the date can mean.', examples: ['2021-11-30'] }),
    label: z
      .string()
      .optional()
      .meta({ description: 'Only for spans: the words readers see.', examples: ['spring 2021'] }),
    openStart: z
      .literal(true)
      .optional()
      .meta({
        description: 'Only for spans the sources date "by" a day: no first day is known.',
        examples: [true],
      }),
  });

const named = () =>
  z.strictObject({
    id: z.string().meta({
      description: 'Id of the record (its file name), stable across releases.',
      examples: ['ada-quill'],
    }),
    name: z.string().meta(asInPlace('name')),
  });

export const exportRecordSchema = z
  .strictObject({
    id: z.string().meta({
      description: 'Permanent id of the event (its file name).',
      examples: ['2021-11-30-harbour-council-meets'],
    }),
    url: z.url().meta({
      description: 'Absolute address of the event’s page.',
      examples: ['https://example.org/events/2021-11-30-harbour-council-meets/'],
    }),
    title: z.string().meta(asInEvent('title')),
    kind: id().meta(asInEvent('kind')),
    status: z.enum(EVENT_STATUSES).meta({
      description:
        'happened; scheduled (announced, still to come when reported); cancelled; unconfirmed.',
      examples: ['happened'],
    }),
    summary: z.string().meta(asInEvent('summary')),
    start: exportDate().meta({ description: 'When it began.' }),
    end: exportDate()
      .optional()
      .meta({ description: 'When it ended, for events over several days; left out otherwise.' }),
    time: z
      .string()
      .regex(/^\d{2}:\d{2}$/)
      .optional()
      .meta({
        description: 'Local clock time HH:MM, when the sources give one.',
        examples: ['18:30'],
      }),
    timezone: z.string().optional().meta(asInEvent('timezone')),
    dating: z
      .strictObject({
        basis: z.enum(['stated', 'inferred']).meta({
          description: 'stated: a source gives the date; inferred: worked out from its words.',
          examples: ['inferred'],
        }),
        words: z
          .string()
          .optional()
          .meta({
            description: 'The source’s own words the date comes from.',
            examples: ['on Tuesday'],
          }),
        source: z
          .string()
          .optional()
          .meta({
            description: 'Id of the source (one of sources[]) those words are in.',
            examples: ['2021-11-28-wire-council-preview'],
          }),
        reasoning: z.string().optional().meta(asInEvent('dating', 'reasoning')),
      })
      .meta({ description: 'How the date is known.' }),
    people: z
      .array(named())
      .meta({ description: 'People involved, in the order the editor listed them.' }),
    organisations: z.array(named()).meta({ description: 'Organisations involved.' }),
    places: z
      .array(
        z.strictObject({
          ...named().shape,
          coordinates: z
            .strictObject({
              lat: z.number().meta(asInPlace('coordinates', 'lat')),
              lon: z.number().meta(asInPlace('coordinates', 'lon')),
            })
            .meta({ description: 'A representative point of the place.' }),
        }),
      )
      .meta({ description: 'Places involved, with a point for maps.' }),
    topics: z.array(named()).meta({ description: 'Topics the event belongs to.' }),
    sources: z
      .array(
        z.strictObject({
          id: z.string().meta({
            description: 'Id of the source (its file name).',
            examples: ['2021-11-28-wire-council-preview'],
          }),
          headline: z.string().meta({
            description: 'The article’s headline.',
            examples: ['Harbour council to meet on bridge'],
          }),
          site: z.string().meta({
            description: 'The website or outlet that published it.',
            examples: ['Harbour Wire'],
          }),
          published: exportDate().meta({
            description: 'Publication date, as precise as the evidence allows.',
          }),
          url: z
            .url()
            .optional()
            .meta({
              description: 'Where the article was published, when known.',
              examples: ['https://www.example.com/article'],
            }),
          accessDate: z
            .string()
            .optional()
            .meta({
              description: 'The day the article was last read at its url, YYYY-MM-DD.',
              examples: ['2022-01-04'],
            }),
          archiveUrl: z
            .url()
            .optional()
            .meta({
              description: 'A copy of the article in a web archive.',
              examples: [
                'https://web.archive.org/web/20211129000000/https://www.example.com/article',
              ],
            }),
          archiveDate: z
            .string()
            .optional()
            .meta({
              description: 'The day the archived copy was made, YYYY-MM-DD.',
              examples: ['2021-11-29'],
            }),
          quotes: z
            .array(z.string())
            .min(1)
            .meta({
              description: 'The article’s words this event rests on, verbatim.',
              examples: [['The harbour council will meet on Tuesday']],
            }),
          translations: z
            .array(z.string().nullable())
            .optional()
            .meta({
              description:
                'The editors’ translations of the quotes into the site’s language, in the same order (null where a quote has none); only when any quote has one.',
              examples: [['El consejo del puerto se reunirá el martes']],
            }),
        }),
      )
      .min(1)
      .meta({ description: 'Every article reporting the event, with the quotes relied on.' }),
    disagreements: z
      .array(
        z.strictObject({
          about: z.string().meta(asInEvent('disagreements', 0, 'about')),
          versions: z
            .array(
              z.strictObject({
                source: z.string().meta({
                  description: 'Id of the source (one of sources[]) giving this version.',
                  examples: ['2021-12-01-gazette-council-approves'],
                }),
                says: z.string().meta(asInEvent('disagreements', 0, 'versions', 0, 'says')),
                quote: z
                  .string()
                  .optional()
                  .meta({
                    description: 'The source’s words for this version, verbatim.',
                    examples: ['approved by 12 votes to 3'],
                  }),
              }),
            )
            .meta({ description: 'Each source’s version, side by side.' }),
        }),
      )
      .meta(asInEvent('disagreements')),
    notes: z
      .array(
        z.strictObject({
          kind: z.enum(['correction', 'clarification']).meta({
            description: 'correction: a source is plainly wrong; clarification: context.',
            examples: ['correction'],
          }),
          text: z.string().meta({
            description: 'The note, as readers see it.',
            examples: ['The article calls Ada Quill “mayor”.'],
          }),
          source: z
            .string()
            .optional()
            .meta({
              description: 'Id of the source the note is about.',
              examples: ['2021-11-28-wire-council-preview'],
            }),
        }),
      )
      .meta(asInEvent('notes')),
    changes: z
      .array(
        z.strictObject({
          kind: z.enum(['correction', 'update', 'clarification']).meta({
            description:
              'correction: the page said something wrong; update: something new is known; clarification: it was unclear.',
            examples: ['correction'],
          }),
          date: z.string().meta({
            description: 'The day the page was changed, YYYY-MM-DD.',
            examples: ['2022-01-05'],
          }),
          what: z.string().meta({
            description: 'What changed: what the page said, and what it says now.',
            examples: ['The meeting was dated 29 November; the sources date it 30 November.'],
          }),
          why: z
            .string()
            .optional()
            .meta({
              description: 'Why it changed.',
              examples: ['A reader pointed to the Harbour Gazette of 1 December.'],
            }),
        }),
      )
      .meta({
        description:
          'What was changed on the event’s page after it was published, newest first; the same id, changed in place.',
      }),
    aliases: z.array(z.string()).meta({
      description: 'Earlier ids of the event; their old addresses redirect to url.',
      examples: [['2021-11-30-council-meeting']],
    }),
  })
  .meta({ description: 'One event, with every reference resolved.' });

export const exportFileSchema = z
  .strictObject({
    version: z.literal(EXPORT_VERSION).meta({
      description: 'Version of this format (semantic versioning).',
      examples: [EXPORT_VERSION],
    }),
    generator: z
      .literal(EXPORT_GENERATOR)
      .meta({ description: 'The software that wrote the file.', examples: [EXPORT_GENERATOR] }),
    site: z
      .strictObject({
        title: z.string().meta({
          description: 'Title of the site.',
          examples: ['Chronicle: the harbour bridge dispute'],
        }),
        url: z.url().meta({
          description: 'Absolute address of the site’s home page.',
          examples: ['https://example.org/chronicle/'],
        }),
      })
      .meta({ description: 'The site the data comes from.' }),
    generated: day().meta({
      description:
        'The last day any event or source date reaches: it changes only when the data does, never with the clock.',
      examples: ['2022-01-04'],
    }),
    events: z
      .array(exportRecordSchema)
      .meta({ description: 'Every event, in timeline order: earliest first.' }),
  })
  .meta({
    title: 'Chronicle events',
    description: 'Every event of a Chronicle timeline, with its sources and quotes.',
  });

export type ExportDate = z.output<ReturnType<typeof exportDate>>;
export type ExportRecord = z.output<typeof exportRecordSchema>;
export type ExportFile = z.output<typeof exportFileSchema>;
