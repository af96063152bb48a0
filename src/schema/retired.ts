/**
 * `content/retired.yaml`: published events taken off the site on purpose, each with the day and the
 * reason, so that a link to one still finds an explanation.
 */
import { z } from 'astro/zod';
import { calendarDayOnly } from './dates.ts';
import { id, plainText } from './primitives.ts';

export function retiredEventsSchema() {
  return z.array(
    z.strictObject({
      id: id().meta({
        description:
          'The id of the published event taken off the site (its old file name, without .md).',
        examples: ['2021-12-02-harbour-vote'],
      }),
      title: plainText().meta({
        description: 'Its title as it was published, so that the notice can name it.',
        examples: ['Harbour council votes on the bridge'],
      }),
      date: calendarDayOnly().meta({
        description: 'The day it was taken off the site, YYYY-MM-DD.',
        examples: ['2022-01-07'],
      }),
      why: plainText().meta({
        description: 'Why it was taken off: what a reader who follows an old link is told.',
        examples: ['Its only source was withdrawn by its publisher.'],
      }),
    }),
  );
}

export type RetiredEvent = z.output<ReturnType<typeof retiredEventsSchema>>[number];
