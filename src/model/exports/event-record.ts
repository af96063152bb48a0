/**
 * One event as published in the open data: every id it mentions resolved to a
 * name (and a place to its point, a source to its headline and date), dates in
 * one documented shape, keys always in the same order. Every export (JSON, CSV,
 * calendar, TimelineJS, feed) is made from these records.
 */
import { newestFirst } from '../changes.ts';
import type { CalendarDate } from '../../lib/calendar.ts';
import type { EventData, SourceData } from '../../schema/index.ts';
import type { ExportDate, ExportRecord } from '../../schema/export.ts';
import { permalink, type SiteAddress } from '../../lib/urls.ts';
import type { Entry } from '../site-model.ts';

type Named = { name: string };

/** The records events refer to, by id: what the site model holds (only what the records need of them). */
export interface ExportIndexes {
  sources: ReadonlyMap<
    string,
    Entry<
      Pick<
        SourceData,
        'headline' | 'site' | 'published' | 'url' | 'archiveUrl' | 'archiveDate' | 'accessDate'
      >
    >
  >;
  people: ReadonlyMap<string, Entry<Named>>;
  organisations: ReadonlyMap<string, Entry<Named>>;
  places: ReadonlyMap<string, Entry<Named & { coordinates: { lat: number; lon: number } }>>;
  topics: ReadonlyMap<string, Entry<Named>>;
}

/** A calendar date in the export's shape: span-only fields appear only on spans. */
export function exportDate(date: CalendarDate): ExportDate {
  return {
    text: date.text,
    precision: date.precision,
    earliest: date.earliest,
    latest: date.latest,
    ...(date.label !== undefined ? { label: date.label } : {}),
    ...(date.openStart ? { openStart: true as const } : {}),
  };
}

function resolver(eventId: string) {
  // The validator has already checked every reference; reaching a missing one means the indexes
  // passed in are incomplete.
  return <T>(map: ReadonlyMap<string, Entry<T>>, id: string, collection: string): T => {
    const found = map.get(id);
    if (!found)
      throw new Error(
        `Event "${eventId}" refers to ${collection} "${id}", which is not in the content.`,
      );
    return found.data;
  };
}

/** The export record of one event. */
export function eventRecord(
  event: Entry<EventData>,
  indexes: ExportIndexes,
  site: SiteAddress,
): ExportRecord {
  const { id, data } = event;
  const resolve = resolver(id);
  const named = (map: ReadonlyMap<string, Entry<Named>>, ids: string[], collection: string) =>
    ids.map((ref) => ({ id: ref, name: resolve(map, ref, collection).name }));
  return {
    id,
    url: permalink(site, id),
    title: data.title,
    kind: data.kind,
    status: data.status,
    summary: data.summary,
    start: exportDate(data.start),
    ...(data.end ? { end: exportDate(data.end) } : {}),
    ...(data.time !== undefined ? { time: data.time } : {}),
    ...(data.timezone !== undefined ? { timezone: data.timezone } : {}),
    dating: {
      basis: data.dating.basis,
      ...(data.dating.words !== undefined ? { words: data.dating.words } : {}),
      ...(data.dating.source !== undefined ? { source: data.dating.source } : {}),
      ...(data.dating.reasoning !== undefined ? { reasoning: data.dating.reasoning } : {}),
    },
    people: named(indexes.people, data.people, 'person'),
    organisations: named(indexes.organisations, data.organisations, 'organisation'),
    places: data.places.map((ref) => {
      const place = resolve(indexes.places, ref, 'place');
      return {
        id: ref,
        name: place.name,
        coordinates: { lat: place.coordinates.lat, lon: place.coordinates.lon },
      };
    }),
    topics: named(indexes.topics, data.topics, 'topic'),
    sources: data.sources.map((citation) => {
      const source = resolve(indexes.sources, citation.source, 'source');
      return {
        id: citation.source,
        headline: source.headline,
        site: source.site,
        published: exportDate(source.published),
        ...(source.url !== undefined ? { url: source.url } : {}),
        ...(source.accessDate !== undefined ? { accessDate: source.accessDate.text } : {}),
        ...(source.archiveUrl !== undefined ? { archiveUrl: source.archiveUrl } : {}),
        ...(source.archiveDate !== undefined ? { archiveDate: source.archiveDate.text } : {}),
        quotes: [...citation.quotes],
        ...(citation.translations ? { translations: [...citation.translations] } : {}),
      };
    }),
    disagreements: data.disagreements.map((disagreement) => ({
      about: disagreement.about,
      versions: disagreement.versions.map((version) => ({
        source: version.source,
        says: version.says,
        ...(version.quote !== undefined ? { quote: version.quote } : {}),
      })),
    })),
    notes: data.notes.map((note) => ({
      kind: note.kind,
      text: note.text,
      ...(note.source !== undefined ? { source: note.source } : {}),
    })),
    changes: newestFirst(data.changes).map((change) => ({
      kind: change.kind,
      date: change.date.earliest,
      what: change.what,
      ...(change.why !== undefined ? { why: change.why } : {}),
    })),
    aliases: [...data.aliases],
  };
}
