/**
 * The one model of the site: validated records in, every index the pages,
 * the exports, the share images, the search index and the tests need out.
 * Astro's pages build it from their collections (src/data/), the build's
 * worker and `npm run dev` from the validator's records (src/derived/), the
 * tests from either: the same function, so they cannot disagree.
 */
import type { CoverageExclusion } from '../schema/coverage-exclusions.ts';
import type { MessageOverrides } from '../schema/messages.ts';
import type { RetiredEvent } from '../schema/retired.ts';
import { siteKindNames } from '../schema/index.ts';
import type { EventData, RecordData, SiteConfig, SourceData } from '../schema/index.ts';
import { dateWords } from '../lib/date-words.ts';
import { translator } from '../lib/messages/catalogue.ts';
import { coverageOf, quotesBySource } from './coverage-report.ts';
import { knownOn } from './reports.ts';
import { groupTimeline, relatedFinder, sortEvents, type MonthGroup } from './timeline.ts';

export interface Entry<T> {
  id: string;
  data: T;
}

export type EntityCollection = 'people' | 'organisations' | 'places' | 'topics';
export const ENTITY_COLLECTIONS: readonly EntityCollection[] = [
  'people',
  'organisations',
  'places',
  'topics',
];

type EventEntry = Entry<EventData>;
/** A source with its article, when the caller has it (its coverage needs it). */
type SourceEntry = Entry<SourceData> & { body?: string | undefined };

/**
 * What the model takes besides the records: the two files of the content folder that are not
 * records.
 */
export interface SiteSettings {
  site: SiteConfig;
  coverageExclusions: CoverageExclusion[];
  /** The site's own wording of the catalogue's messages (content/messages.yaml). */
  messages: MessageOverrides;
  /** Published events taken off the site on purpose (content/retired.yaml). */
  retired: RetiredEvent[];
  /** Whether the pages show drafts: only `npm run dev` does (never a build, whatever its mode). */
  showDrafts: boolean;
}

export interface ModelInput<E extends EventEntry, S extends SourceEntry> {
  site: SiteConfig;
  events: readonly E[];
  sources: readonly S[];
  people: readonly Entry<RecordData<'people'>>[];
  organisations: readonly Entry<RecordData<'organisations'>>[];
  places: readonly Entry<RecordData<'places'>>[];
  topics: readonly Entry<RecordData<'topics'>>[];
  periods: readonly Entry<RecordData<'periods'>>[];
  coverageExclusions: readonly CoverageExclusion[];
  messages?: MessageOverrides | undefined;
  retired?: readonly RetiredEvent[] | undefined;
  /** Whether drafts (`draft: true`) are part of the site: only in `npm run dev`. */
  drafts?: boolean | undefined;
}

const byId = <T extends { id: string }>(list: readonly T[]) =>
  new Map(list.map((item) => [item.id, item]));

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export function buildSiteModel<E extends EventEntry, S extends SourceEntry>(
  input: ModelInput<E, S>,
) {
  // A draft is never published: left out of every page, index and file, unless asked for.
  const events = sortEvents(
    input.drafts ? input.events : input.events.filter((event) => !event.data.draft),
  );
  const position = new Map(events.map((event, i) => [event.id, i]));
  const eventsBy = {
    people: new Map<string, E[]>(),
    organisations: new Map<string, E[]>(),
    places: new Map<string, E[]>(),
    topics: new Map<string, E[]>(),
    sources: new Map<string, E[]>(),
  } satisfies Record<EntityCollection | 'sources', Map<string, E[]>>;
  for (const event of events) {
    for (const collection of ENTITY_COLLECTIONS)
      for (const id of event.data[collection]) append(eventsBy[collection], id, event);
    for (const id of new Set(event.data.sources.map((c) => c.source)))
      append(eventsBy.sources, id, event);
  }
  const entities = {
    people: byId(input.people),
    organisations: byId(input.organisations),
    places: byId(input.places),
    topics: byId(input.topics),
  };
  const sources = byId(input.sources);
  const dates = dateWords(input.site.language);
  const t = translator(input.site.language, input.messages, siteKindNames(input.site));
  // Made on first use: the worker, which needs none of these, never pays for them.
  let months: MonthGroup<E>[] | undefined;
  let related: ((event: E) => E[]) | undefined;
  let quotes: Map<string, string[]> | undefined;
  const coverage = new Map<string, ReturnType<typeof coverageOf>>();
  const known = new Map<string, ReturnType<typeof knownOn<E, S>>>();
  return {
    site: input.site,
    /** Dates in words, in the site's language. */
    dates,
    /** The site's words, in its language. */
    t,
    /** In timeline order. */
    events,
    /** How many drafts were left out. */
    draftsLeftOut: input.events.length - events.length,
    /** An event's index in `events`, by id. */
    position,
    sources,
    ...entities,
    periods: [...input.periods].sort((a, b) =>
      a.data.start.earliest.localeCompare(b.data.start.earliest),
    ),
    /** The events of each person, organisation, place, topic and source, in timeline order. */
    eventsBy,
    /** The published events taken off the site on purpose, by id. */
    retired: byId(input.retired ?? []),
    /** Each earlier id (alias) and the event it now belongs to. */
    aliases: new Map(
      events.flatMap((event) => event.data.aliases.map((alias) => [alias, event.id] as const)),
    ),
    /** The events grouped by month and day, as the timeline shows them. */
    months(): MonthGroup<E>[] {
      months ??= groupTimeline(events, dates, t);
      return months;
    },
    /** The events just before and after one in time. */
    neighbours(id: string): { previous?: E | undefined; next?: E | undefined } {
      const index = position.get(id) ?? -1;
      return index < 0 ? {} : { previous: events[index - 1], next: events[index + 1] };
    },
    /** The events that share the most people, organisations, topics and places with one. */
    related(event: E): E[] {
      related ??= relatedFinder(events);
      return related(event);
    },
    /** How much of an article the timeline quotes, as `npm run coverage` counts it. */
    coverage(sourceId: string): ReturnType<typeof coverageOf> {
      let found = coverage.get(sourceId);
      if (!found) {
        quotes ??= quotesBySource(events);
        found = coverageOf(
          sourceId,
          sources.get(sourceId)?.body ?? '',
          quotes,
          input.coverageExclusions,
        );
        coverage.set(sourceId, found);
      }
      return found;
    },
    /**
     * What the sources out by a day reported (each page of that day's "as known on" list asks;
     * worked out once a day).
     */
    knownOn(day: string): ReturnType<typeof knownOn<E, S>> {
      let found = known.get(day);
      if (!found) {
        found = knownOn(day, events, sources);
        known.set(day, found);
      }
      return found;
    },
    /** The display name of a person, organisation, place or topic (its id if there is none). */
    nameOf(collection: EntityCollection, id: string): string {
      return entities[collection].get(id)?.data.name ?? id;
    },
  };
}

export type SiteModel<
  E extends EventEntry = EventEntry,
  S extends SourceEntry = SourceEntry,
> = ReturnType<typeof buildSiteModel<E, S>>;
