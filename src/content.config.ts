/**
 * Maps each collection to a loader and its schema from src/schema/: the very
 * zod objects `npm run validate` uses. Ids are file names without `.md`.
 */
import { defineCollection } from 'astro:content';
import {
  collections as model,
  eventKindIds,
  eventSchema,
  type CollectionName,
} from './schema/index.ts';
import { readSiteConfig } from './validation/site-config.ts';
import { contentRoot } from './validation/content-root.ts';
import { emptyAllowed } from './loaders/empty-allowed.ts';
import { recordFiles } from './loaders/record-files.ts';

function files(name: CollectionName, keepBody = true, everyCore = false) {
  return emptyAllowed(recordFiles(name, contentRoot(), { render: true, keepBody, everyCore }));
}

export const collections = {
  // Event pages show the HTML only: not keeping 10,000 Markdown bodies as well makes the content
  // store smaller to write and hold. The events, the collection that grows with the story, are
  // rendered on every core; the others, a twentieth of their number, on the main thread.
  events: defineCollection({
    loader: files('events', false, true),
    // The site's own kinds of event (site.yaml) are among those its events may have.
    schema: eventSchema(eventKindIds(readSiteConfig(contentRoot(), process.cwd()).config)),
  }),
  // Sources are quoted, never shown whole: their text is kept (for coverage figures), never
  // rendered.
  sources: defineCollection({
    loader: emptyAllowed(recordFiles('sources', contentRoot(), { render: false, keepBody: true })),
    schema: model.sources.schema(),
  }),
  people: defineCollection({ loader: files('people'), schema: model.people.schema() }),
  organisations: defineCollection({
    loader: files('organisations'),
    schema: model.organisations.schema(),
  }),
  places: defineCollection({ loader: files('places'), schema: model.places.schema() }),
  topics: defineCollection({ loader: files('topics'), schema: model.topics.schema() }),
  periods: defineCollection({ loader: files('periods'), schema: model.periods.schema() }),
};
