/**
 * The site model of the pages: Astro's collections, loaded once per build,
 * turned into every index the pages need by the one model function
 * (src/model/site-model.ts). Pages ask here instead of calling getCollection
 * again and again, and never read a file.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { buildSiteModel, type SiteModel } from '../model/site-model.ts';
import { coverageExclusions, messages, retired, showDrafts, site } from './settings.ts';

export type EventEntry = CollectionEntry<'events'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type PageModel = SiteModel<EventEntry, SourceEntry>;

async function load(): Promise<PageModel> {
  const [events, sources, people, organisations, places, topics, periods] = await Promise.all([
    getCollection('events'),
    getCollection('sources'),
    getCollection('people'),
    getCollection('organisations'),
    getCollection('places'),
    getCollection('topics'),
    getCollection('periods'),
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
