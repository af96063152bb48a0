/**
 * Loads every collection from Astro's content layer once per build and
 * indexes it; pages ask here instead of calling getCollection again and again.
 */
import { getCollection } from 'astro:content';
import { sortEvents } from '../lib/timeline.ts';

async function load() {
  const [events, sources, people, organisations, places, topics] = await Promise.all([
    getCollection('events'),
    getCollection('sources'),
    getCollection('people'),
    getCollection('organisations'),
    getCollection('places'),
    getCollection('topics'),
  ]);
  const index = <T extends { id: string }>(list: T[]) => new Map(list.map((item) => [item.id, item]));
  return {
    events: sortEvents(events),
    sources: index(sources),
    people: index(people),
    organisations: index(organisations),
    places: index(places),
    topics: index(topics),
  };
}

let cached: ReturnType<typeof load> | undefined;

export function siteContent() {
  cached ??= load();
  return cached;
}
