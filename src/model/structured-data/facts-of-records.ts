/**
 * The structured data of the site model's records: an event, a person, organisation, place or
 * topic, a source, with the names, places and sources they refer to looked up in the model.
 */
import { absoluteUrl, eventPath, recordPath, sharePath } from '../../lib/urls.ts';
import type { EventData, RecordData, SourceData } from '../../schema/index.ts';
import type { EntityCollection, Entry, SiteModel } from '../site-model.ts';
import type { EntityFacts } from './entity-graphs.ts';
import type { EventFacts } from './event-graph.ts';
import type { PlaceFacts, SourceFacts } from './record-nodes.ts';

type Model = Pick<SiteModel, 'site' | 'sources' | 'people' | 'organisations' | 'places' | 't'>;

export function placeFacts(
  place: Entry<RecordData<'places'>>,
  places: Model['places'],
): PlaceFacts {
  const { data } = place;
  const country =
    data.kind === 'country'
      ? data.name
      : data.country === undefined
        ? undefined
        : places.get(data.country)?.data.name;
  return {
    path: recordPath('places', place.id),
    name: data.name,
    lat: data.coordinates.lat,
    lon: data.coordinates.lon,
    ...(country ? { country } : {}),
  };
}

export function sourceFacts(source: Entry<SourceData>): SourceFacts {
  const { data } = source;
  return {
    path: recordPath('sources', source.id),
    headline: data.headline,
    publisher: data.site,
    published: data.published,
    language: data.language,
    author: data.author,
    url: data.url,
    archiveUrl: data.archiveUrl,
  };
}

export function eventFactsOf(event: Entry<EventData>, model: Model): EventFacts {
  const { data } = event;
  const named = (collection: 'people' | 'organisations', id: string) => ({
    path: recordPath(collection, id),
    name: model[collection].get(id)?.data.name ?? id,
  });
  return {
    path: eventPath(event.id),
    name: data.title,
    description: data.summary,
    image: absoluteUrl(model.site, sharePath(event.id)),
    start: data.start,
    end: data.end,
    status: data.status,
    places: data.places.flatMap((id) => {
      const place = model.places.get(id);
      return place ? [placeFacts(place, model.places)] : [];
    }),
    people: data.people.map((id) => named('people', id)),
    organisations: data.organisations.map((id) => named('organisations', id)),
    sources: [...new Set(data.sources.map((c) => c.source))].flatMap((id) => {
      const source = model.sources.get(id);
      return source ? [sourceFacts(source)] : [];
    }),
    changes: data.changes,
  };
}

export function entityFactsOf(
  kind: EntityCollection,
  entry: Entry<RecordData<EntityCollection>>,
  model: Model,
): EntityFacts {
  const data = entry.data as RecordData<EntityCollection> & {
    role?: string;
    abbreviation?: string;
  };
  const otherNames = [
    ...(data.abbreviation ? [data.abbreviation] : []),
    ...new Set(data.spellings.map((spelling) => spelling.text)),
  ].filter((name) => name !== data.name);
  return {
    kind,
    path: recordPath(kind, entry.id),
    name: data.name,
    description: data.description,
    otherNames: [...new Set(otherNames)],
    role: data.role,
    ...(kind === 'places'
      ? { place: placeFacts(entry as Entry<RecordData<'places'>>, model.places) }
      : {}),
    termSetPath: 'topics/',
    termSetName: model.t('entity.topics'),
  };
}
