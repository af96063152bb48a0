/**
 * The site model of the pages: Astro's collections, loaded once per build,
 * turned into every index the pages need by the one model function
 * (src/model/site-model.ts). Pages ask here instead of calling getCollection
 * again and again, and never read a file. In a build the collections come from
 * the loader in memory (src/loaders/handed-entries.ts), not from Astro's store.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { handedEntries } from '../loaders/handed-entries.ts';
import { buildSiteModel, type SiteModel } from '../model/site-model.ts';
import { coverageExclusions, messages, retired, showDrafts, site } from './settings.ts';

export type EventEntry = CollectionEntry<'events'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type PageModel = SiteModel<EventEntry, SourceEntry>;

/** A collection's entries: in a build, as the loader handed them over; else from Astro's store. */
async function entries<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  const handed = handedEntries(collection) as CollectionEntry<C>[] | undefined;
  return handed ?? (await getCollection(collection));
}

async function load(): Promise<PageModel> {
  const [events, sources, people, organisations, places, topics, periods] = await Promise.all([
    entries('events'),
    entries('sources'),
    entries('people'),
    entries('organisations'),
    entries('places'),
    entries('topics'),
    entries('periods'),
  ]);
  return buildSiteModel({
    site,
    messages,
    coverageExclusions,
    retired,
    // An editor looks at a draft in place in `npm run dev`; a build never publishes one.
    drafts: showDrafts,
    events,
    sources,
    people,
    organisations,
    places,
    topics,
    periods,
  });
}

let cached: Promise<PageModel> | undefined;

export function siteModel(): Promise<PageModel> {
  cached ??= load();
  return cached;
}
