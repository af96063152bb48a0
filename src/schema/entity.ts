/**
 * People, organisations, places and topics: who and what events are about, with every spelling the
 * sources use.
 */
import { z } from 'astro/zod';
import { calendarDate } from './dates.ts';
import { reportRule } from './issue.ts';
import { id, listOf, plainText } from './primitives.ts';

const spelling = z.strictObject({
  text: plainText().meta({
    description: 'The spelling exactly as the source prints it.',
    examples: ['Ada Quil'],
  }),
  source: id().meta({
    description: 'The source that uses it.',
    examples: ['2021-12-01-gazette-council-approves'],
  }),
  note: plainText()
    .optional()
    .meta({
      description: 'Why it differs (misspelling, translation …).',
      examples: ['The article drops an l.'],
    }),
});

const common = {
  name: plainText().meta({
    description: 'Canonical name, as the site shows it.',
    examples: ['Ada Quill'],
  }),
  spellings: listOf(spelling).meta({
    description: 'Other spellings seen in the sources, each checked against the article.',
  }),
  description: plainText().meta({
    description: 'One or two sentences, from the sources.',
    examples: ['The new bridge over the harbour, and the dispute about it.'],
  }),
};

export function personSchema() {
  return z.strictObject({
    ...common,
    role: plainText().meta({
      description: 'Role at the time of the events.',
      examples: ['Chair of the harbour council'],
    }),
  });
}

export function organisationSchema() {
  return z.strictObject({
    ...common,
    abbreviation: plainText()
      .optional()
      .meta({ description: 'Short form, if one is used.', examples: ['UN'] }),
  });
}

export const PLACE_KINDS = ['city', 'country', 'region', 'border', 'other'] as const;

export function placeSchema() {
  return z.strictObject({
    ...common,
    kind: z.enum(PLACE_KINDS).meta({ description: 'What sort of place.', examples: ['city'] }),
    coordinates: z
      .strictObject({
        lat: z
          .number()
          .min(-90)
          .max(90)
          .meta({ description: 'Latitude in degrees.', examples: [56.9496] }),
        lon: z
          .number()
          .min(-180)
          .max(180)
          .meta({ description: 'Longitude in degrees.', examples: [24.1052] }),
      })
      .meta({ description: 'A representative point, for the map.' }),
    country: id()
      .optional()
      .meta({ description: 'Id of the place that is its country.', examples: ['northland'] }),
  });
}

export function topicSchema() {
  return z.strictObject(common);
}

export function periodSchema() {
  return z
    .strictObject({
      name: plainText().meta({
        description: 'Name of the span, as the overview shows it.',
        examples: ['Council week'],
      }),
      start: calendarDate().meta({
        description: 'First day (or month, year).',
        examples: ['2021-11-30'],
      }),
      end: calendarDate().meta({
        description: 'Last day (or month, year).',
        examples: ['2021-12-01'],
      }),
      description: plainText()
        .optional()
        .meta({ description: 'One sentence.', examples: ['The council meets on the bridge.'] }),
    })
    .superRefine((period, ctx) => {
      if (period.end.latest < period.start.earliest)
        reportRule(ctx, 'date.endBeforeStart', period.end.text, { start: period.start.text }, [
          'end',
        ]);
    });
}
