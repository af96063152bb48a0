/**
 * Loads every collection from Astro's content layer once per build and
 * derives what pages need (indexes by id, events by entity, neighbours);
 * pages ask here instead of calling getCollection again and again.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { articleCoverage } from '../lib/coverage.ts';
import { EXCLUSIONS_FILE, quotesBySource, readExclusions } from '../lib/coverage-report.ts';
import { contentRoot } from '../lib/paths.ts';
import { groupTimeline, relatedFinder, sortEvents } from '../lib/timeline.ts';
import type { CollectionName } from '../schema/index.ts';

export type EventEntry = CollectionEntry<'events'>;
export type EntityCollection = 'people' | 'organisations' | 'places' | 'topics';
export const ENTITY_COLLECTIONS: readonly EntityCollection[] = ['people', 'organisations', 'places', 'topics'];

const index = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));

async function load() {
  const [events, sources, people, organisations, places, topics, periods] = await Promise.all([
    getCollection('events'),
    getCollection('sources'),
    getCollection('people'),
    getCollection('organisations'),
    getCollection('places'),
    getCollection('topics'),
    getCollection('periods'),
  ]);
  const sorted = sortEvents(events);
  const position = new Map(sorted.map((event, i) => [event.id, i]));
  const eventsBy = (collection: EntityCollection) => {
    const map = new Map<string, EventEntry[]>();
    for (const event of sorted)
      for (const id of event.data[collection]) {
        const list = map.get(id);
        if (list) list.push(event);
        else map.set(id, [event]);
      }
    return map;
  };
  const eventsBySource = new Map<string, EventEntry[]>();
  for (const event of sorted) {
    for (const id of new Set(event.data.sources.map((c) => c.source))) {
      const list = eventsBySource.get(id);
      if (list) list.push(event);
      else eventsBySource.set(id, [event]);
    }
  }
  return {
    events: sorted,
    position,
    months: groupTimeline(sorted),
    sources: index(sources),
    people: index(people),
    organisations: index(organisations),
    places: index(places),
    topics: index(topics),
    periods: [...periods].sort((a, b) => a.data.start.earliest.localeCompare(b.data.start.earliest)),
    eventsBy: {
      people: eventsBy('people'),
      organisations: eventsBy('organisations'),
      places: eventsBy('places'),
      topics: eventsBy('topics'),
      sources: eventsBySource,
    } satisfies Record<EntityCollection | 'sources', Map<string, EventEntry[]>>,
    related: relatedFinder(sorted),
    /** How much of each article the timeline quotes, as `npm run coverage` counts it. */
    coverage: coverageBySource(sources, sorted),
    aliases: new Map(sorted.flatMap((event) => event.data.aliases.map((alias) => [alias, event.id] as const))),
  };
}

function coverageBySource(sources: CollectionEntry<'sources'>[], events: EventEntry[]) {
  const { exclusions } = readExclusions(contentRoot(), EXCLUSIONS_FILE);
  const quotes = quotesBySource(events);
  return new Map(
    sources.map((source) => [
      source.id,
      articleCoverage(
        source.body ?? '',
        quotes.get(source.id) ?? [],
        exclusions.filter((e) => e.source === source.id),
      ),
    ]),
  );
}

export type SiteContent = Awaited<ReturnType<typeof load>>;
let cached: ReturnType<typeof load> | undefined;

export function siteContent(): ReturnType<typeof load> {
  cached ??= load();
  return cached;
}

/** The display name of a referenced record. */
export function nameOf(content: SiteContent, collection: EntityCollection, id: string): string {
  return content[collection].get(id)?.data.name ?? id;
}

export type { CollectionName };
