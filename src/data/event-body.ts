/**
 * The HTML of an event's body for its page: in a build, what the loader handed over
 * (src/loaders/handed-bodies.ts); in `astro dev`, or for a body with images, Astro's render() of
 * the store's entry.
 */
import { render } from 'astro:content';
import { handedBody } from '../loaders/handed-bodies.ts';
import type { EventEntry } from './site-model.ts';

export type EventBody =
  { html: string } | { Content: Awaited<ReturnType<typeof render>>['Content'] };

export async function eventBody(event: EventEntry): Promise<EventBody> {
  const html = handedBody('events', event.id);
  if (html !== undefined) return { html };
  // Neither handed over nor stored: an empty body here would publish a page without its story.
  if (!event.rendered)
    throw new Error(`The body of event ${event.id} was not rendered; nothing was published.`);
  return { Content: (await render(event)).Content };
}
