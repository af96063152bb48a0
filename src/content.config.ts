/**
 * Maps each collection to a loader and its schema from src/schema/: the very
 * zod objects `npm run validate` uses. Ids are file names without `.md`.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as model, type CollectionName } from './schema/index.ts';
import { contentRoot } from './lib/paths.ts';

function files(name: CollectionName) {
  return glob({
    pattern: '**/*.md',
    base: `${contentRoot()}/${model[name].folder}`,
    generateId: ({ entry }) => entry.slice(entry.lastIndexOf('/') + 1, -'.md'.length),
  });
}

export const collections = {
  events: defineCollection({ loader: files('events'), schema: model.events.schema() }),
  sources: defineCollection({ loader: files('sources'), schema: model.sources.schema() }),
  people: defineCollection({ loader: files('people'), schema: model.people.schema() }),
  organisations: defineCollection({ loader: files('organisations'), schema: model.organisations.schema() }),
  places: defineCollection({ loader: files('places'), schema: model.places.schema() }),
  topics: defineCollection({ loader: files('topics'), schema: model.topics.schema() }),
  periods: defineCollection({ loader: files('periods'), schema: model.periods.schema() }),
};
