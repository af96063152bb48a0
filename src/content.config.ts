/**
 * Maps each collection to a loader and its schema from src/schema/: the very
 * zod objects `npm run validate` uses. Ids are file names without `.md`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import {
  collections as model,
  eventKindIds,
  eventSchema,
  type CollectionName,
} from './schema/index.ts';
import { readSiteConfig } from './validation/site-config.ts';
import { contentRoot } from './validation/content-root.ts';
import { emptyAllowed } from './loaders/empty-allowed.ts';
import { unrenderedFiles } from './loaders/unrendered.ts';

/** `keepBody`: whether pages need the Markdown text itself, besides its HTML. */
function files(name: CollectionName, keepBody = true) {
  return emptyAllowed(
    glob({
      pattern: '**/*.md',
      base: `${contentRoot()}/${model[name].folder}`,
      generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1, -'.md'.length),
      retainBody: keepBody,
    }),
  );
}

export const collections = {
  // Event pages show the HTML only: not keeping 10,000 Markdown bodies as well makes the content
  // store smaller to write and hold.
  events: defineCollection({
    loader: files('events', false),
    // The site's own kinds of event (site.yaml) are among those its events may have.
    schema: eventSchema(eventKindIds(readSiteConfig(contentRoot(), process.cwd()).config)),
  }),
  // Sources are quoted, never shown whole: their text is kept (for coverage figures), never
  // rendered.
  sources: defineCollection({
    loader: emptyAllowed(unrenderedFiles('sources', contentRoot())),
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
