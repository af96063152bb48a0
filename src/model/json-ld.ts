/**
 * schema.org JSON-LD for an event page: an Event with its date, place, status, and its sources as
 * citations.
 */
import { firstBound, type CalendarDate } from '../lib/calendar.ts';
import { absoluteUrl, permalink, sharePath } from '../lib/urls.ts';
import type { EventData } from '../schema/index.ts';
import type { Entry, SiteModel } from './site-model.ts';

export interface EventLdInput {
  url: string;
  name: string;
  description: string;
  image?: string | undefined;
  start: CalendarDate;
  end?: CalendarDate | undefined;
  status: 'happened' | 'scheduled' | 'cancelled' | 'unconfirmed';
  places: { name: string; lat: number; lon: number }[];
  people: string[];
  organisations: string[];
  sources: {
    headline: string;
    publisher: string;
    published: CalendarDate;
    url?: string | undefined;
  }[];
}

const STATUS = {
  happened: 'https://schema.org/EventScheduled',
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  unconfirmed: undefined,
} as const;

export function eventJsonLd(e: EventLdInput): object {
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    '@id': e.url,
    url: e.url,
    name: e.name,
    description: e.description,
    ...(e.image ? { image: e.image } : {}),
    startDate: firstBound(e.start),
    ...(e.end ? { endDate: firstBound(e.end) } : {}),
    ...(STATUS[e.status] ? { eventStatus: STATUS[e.status] } : {}),
    ...(e.places.length
      ? {
          location: e.places.map((p) => ({
            '@type': 'Place',
            name: p.name,
            geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon },
          })),
        }
      : {}),
    ...(e.people.length || e.organisations.length
      ? {
          actor: [
            ...e.people.map((name) => ({ '@type': 'Person', name })),
            ...e.organisations.map((name) => ({ '@type': 'Organization', name })),
          ],
        }
      : {}),
    citation: e.sources.map((s) => ({
      '@type': 'NewsArticle',
      headline: s.headline,
      publisher: { '@type': 'Organization', name: s.publisher },
      datePublished: firstBound(s.published),
      ...(s.url ? { url: s.url } : {}),
    })),
  };
}

/** The JSON-LD of one event of the site model: its names, places and sources looked up there. */
export function eventJsonLdOf(
  event: Entry<EventData>,
  model: Pick<SiteModel, 'site' | 'sources' | 'people' | 'organisations' | 'places'>,
): object {
  const { data } = event;
  return eventJsonLd({
    url: permalink(model.site, event.id),
    name: data.title,
    description: data.summary,
    image: absoluteUrl(model.site, sharePath(event.id)),
    start: data.start,
    end: data.end,
    status: data.status,
    places: data.places.flatMap((id) => {
      const place = model.places.get(id);
      return place
        ? [
            {
              name: place.data.name,
              lat: place.data.coordinates.lat,
              lon: place.data.coordinates.lon,
            },
          ]
        : [];
    }),
    people: data.people.map((id) => model.people.get(id)?.data.name ?? id),
    organisations: data.organisations.map((id) => model.organisations.get(id)?.data.name ?? id),
    sources: [...new Set(data.sources.map((c) => c.source))].flatMap((id) => {
      const source = model.sources.get(id);
      return source
        ? [
            {
              headline: source.data.headline,
              publisher: source.data.site,
              published: source.data.published,
              url: source.data.url,
            },
          ]
        : [];
    }),
  });
}
