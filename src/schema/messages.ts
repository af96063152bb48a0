/**
 * `content/messages.yaml`: a site's own wording of any message of the catalogue (src/lib/messages/),
 * by its key — or every message, for a language no catalogue is shipped for. A message is text
 * with `{placeholders}`, or its forms by plural category (`one`, `other` …).
 */
import { z } from 'astro/zod';
import { plainText } from './primitives.ts';

const forms = z
  .strictObject({
    zero: plainText().optional(),
    one: plainText().optional(),
    two: plainText().optional(),
    few: plainText().optional(),
    many: plainText().optional(),
    other: plainText().meta({
      description: 'The form for any other number.',
      examples: ['{count} events'],
    }),
  })
  .meta({ description: 'A message by plural category of {count}.' });

export function messagesSchema() {
  return z.record(z.string(), z.union([plainText(), forms])).meta({
    description: 'Messages by their key in the catalogue, in the site’s language.',
    examples: [
      {
        'nav.timeline': 'Chronologie',
        'count.events': { one: '{count} événement', other: '{count} événements' },
      },
    ],
  });
}

export type MessageOverrides = z.output<ReturnType<typeof messagesSchema>>;
