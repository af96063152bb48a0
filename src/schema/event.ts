/** An event: one happening, dated as precisely as its sources allow, with every source quoted. */
import { z } from 'astro/zod';
import { citation } from './citation.ts';
import { calendarDate, calendarDayOnly, clockTime, timeZone } from './dates.ts';
import { reportRule } from './issue.ts';
import { id, listOf, plainText, refs } from './primitives.ts';

/** The kinds of event every site has unless its site.yaml drops them (`eventKinds.keepDefaults`). */
export const DEFAULT_EVENT_KINDS = [
  'meeting',
  'talks',
  'summit',
  'visit',
  'press-conference',
  'statement',
  'warning',
  'demand',
  'call',
  'announcement',
  'report',
  'military-movement',
  'military-exercise',
  'military-action',
  'diplomatic-step',
  'expulsion',
  'sanction',
  'other',
] as const;

export const EVENT_STATUSES = ['happened', 'scheduled', 'cancelled', 'unconfirmed'] as const;
export const PRECISIONS = ['day', 'month', 'year', 'span'] as const;

const dating = z
  .strictObject({
    basis: z.enum(['stated', 'inferred']).meta({
      description:
        'stated: the article gives the date; inferred: worked out from words such as "on Tuesday" and the publication date.',
      examples: ['inferred'],
    }),
    words: plainText()
      .optional()
      .meta({
        description: "The source's own words the date comes from (required when inferred).",
        examples: ['on Tuesday'],
      }),
    source: id()
      .optional()
      .meta({
        description: 'The source those words are in (required when inferred).',
        examples: ['2021-11-28-wire-council-preview'],
      }),
    reasoning: plainText()
      .optional()
      .meta({
        description: 'How the date follows from the words.',
        examples: ['Published Sunday 28 November 2021; the next Tuesday is 30 November.'],
      }),
  })
  .superRefine((value, ctx) => {
    if (value.basis !== 'inferred') return;
    if (!value.words) reportRule(ctx, 'dating.wordsRequired', undefined, {}, ['words']);
    if (!value.source) reportRule(ctx, 'dating.sourceRequired', undefined, {}, ['source']);
  });

const disagreement = z.strictObject({
  about: plainText().meta({
    description: 'What the sources disagree on.',
    examples: ['How many councillors voted for the bridge'],
  }),
  versions: z
    .array(
      z.strictObject({
        source: id().meta({
          description: 'Id of the source giving this version.',
          examples: ['2021-12-01-gazette-council-approves'],
        }),
        says: plainText().meta({
          description: 'This source’s version, in brief.',
          examples: ['12 votes to 3'],
        }),
        quote: plainText()
          .optional()
          .meta({
            description: 'Verbatim words of the source for this version.',
            examples: ['approved by 12 votes to 3'],
          }),
      }),
    )
    .min(2)
    .meta({ description: 'Each source’s version; at least two.' }),
});

/** The kinds of change to a published page, most serious first. */
export const CHANGE_KINDS = ['correction', 'update', 'clarification'] as const;

const change = z.strictObject({
  kind: z.enum(CHANGE_KINDS).meta({
    description:
      'correction: the page said something wrong; update: something new is known; clarification: the page said it unclearly.',
    examples: ['correction'],
  }),
  date: calendarDayOnly().meta({
    description: 'The day the page was changed, YYYY-MM-DD.',
    examples: ['2022-01-05'],
  }),
  what: plainText()
    .max(300)
    .meta({
      description: 'What changed, as readers see it: what the page said, and what it says now.',
      examples: ['The meeting was dated 29 November; the sources date it 30 November.'],
    }),
  why: plainText()
    .max(300)
    .optional()
    .meta({
      description: 'Why it changed: the source or the reader who showed the error.',
      examples: ['A reader pointed to the Harbour Gazette of 1 December.'],
    }),
});

const editorNote = z.strictObject({
  kind: z.enum(['correction', 'clarification']).meta({
    description:
      'correction: an article states something plainly wrong; clarification: context a reader needs.',
    examples: ['correction'],
  }),
  text: plainText().meta({
    description: 'The note, as readers see it.',
    examples: ['The article calls Ada Quill “mayor”; by its own account she chairs the council.'],
  }),
  source: id()
    .optional()
    .meta({
      description: 'The source the note is about.',
      examples: ['2021-11-28-wire-council-preview'],
    }),
});

/**
 * `kinds`: the site's event kinds (schema/site.ts `eventKindIds`); the default list when a site
 * names none of its own.
 */
export function eventSchema(kinds: readonly string[] = DEFAULT_EVENT_KINDS) {
  return z
    .strictObject({
      title: plainText()
        .max(140)
        .meta({
          description: 'Short headline of the event.',
          examples: ['Harbour council meets on the bridge'],
        }),
      kind: z.enum(kinds as [string, ...string[]]).meta({
        description:
          'What sort of happening this is: one of the site’s event kinds (by default the list here; site.yaml’s eventKinds can add to it or replace it).',
        examples: ['meeting'],
      }),
      start: calendarDate().meta({
        description: 'When it began: YYYY-MM-DD, YYYY-MM, YYYY, or a span {from, to, label}.',
        examples: ['2021-11-30'],
      }),
      end: calendarDate()
        .optional()
        .meta({
          description: 'When it ended, for events over several days.',
          examples: ['2021-12-01'],
        }),
      precision: z
        .enum(PRECISIONS)
        .optional()
        .meta({
          description: 'Optional; if given it must match how start is written.',
          examples: ['day'],
        }),
      time: clockTime()
        .optional()
        .meta({
          description: 'Local clock time HH:MM (24-hour); needs timezone.',
          examples: ['18:30'],
        }),
      timezone: timeZone()
        .optional()
        .meta({ description: 'IANA time zone of time.', examples: ['Europe/Paris'] }),
      dating: dating.meta({
        description: 'How the date is known: stated in a source, or inferred from its words.',
      }),
      status: z.enum(EVENT_STATUSES).meta({
        description:
          'happened; scheduled (announced, still to come when reported); cancelled; unconfirmed (reported, not confirmed).',
        examples: ['happened'],
      }),
      summary: plainText()
        .max(300)
        .meta({
          description: 'One sentence for the timeline.',
          examples: ['The council meets and approves the new bridge.'],
        }),
      topics: refs().meta({
        description: 'Ids of topics in content/topics/.',
        examples: [['bridge']],
      }),
      people: refs().meta({
        description: 'Ids of people in content/people/.',
        examples: [['ada-quill']],
      }),
      organisations: refs().meta({
        description: 'Ids of organisations in content/organisations/.',
        examples: [['harbour-council']],
      }),
      places: refs().meta({
        description: 'Ids of places in content/places/.',
        examples: [['harbourtown']],
      }),
      sources: listOf(citation(), 1).meta({
        description: 'Every article reporting the event, each with verbatim quotes.',
      }),
      disagreements: listOf(disagreement).meta({
        description: 'Where sources give different versions.',
      }),
      notes: listOf(editorNote).meta({
        description: 'Editor’s notes: labelled corrections and clarifications.',
      }),
      changes: listOf(change).meta({
        description:
          'What was changed on this page after it was published, and why, each with its day: readers see a correction at the top of the page and every change in its history.',
      }),
      draft: z
        .boolean()
        .default(false)
        .meta({
          description:
            'A draft: checked like any event, never published (no page, export, feed or search entry) until this is removed.',
          examples: [true],
        }),
      aliases: refs().meta({
        description: 'Earlier ids of this event, so old links redirect here.',
        examples: [['2021-11-30-council-meeting']],
      }),
      distinctFrom: refs().meta({
        description: 'Events on the same day with a similar title that are really different.',
        examples: [['2021-11-30-chair-press-conference']],
      }),
    })
    .superRefine((event, ctx) => {
      if (event.time && !event.timezone)
        reportRule(ctx, 'time.zoneMissing', event.time, {}, ['time']);
      if (event.precision && event.precision !== event.start.precision) {
        reportRule(
          ctx,
          'date.precision',
          event.precision,
          { written: event.start.text, actual: event.start.precision },
          ['precision'],
        );
      }
      if (event.end && event.end.latest < event.start.earliest) {
        reportRule(ctx, 'date.endBeforeStart', event.end.text, { start: event.start.text }, [
          'end',
        ]);
      } else if (event.end && event.end.earliest < event.start.latest) {
        // An end that may fall before the start ("22 October 2021 – October 2021") says nothing.
        reportRule(ctx, 'date.endOverlapsStart', event.end.text, { start: event.start.text }, [
          'end',
        ]);
      }
    });
}

export type EventData = z.output<ReturnType<typeof eventSchema>>;
