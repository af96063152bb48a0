/** schema.org JSON-LD for an event page: an Event with its date, place, status, and its sources as citations. */
import { firstBound, type CalendarDate } from '../lib/calendar.ts';

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
  sources: { headline: string; publisher: string; published: CalendarDate; url?: string | undefined }[];
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
          location: e.places.map((p) => ({ '@type': 'Place', name: p.name, geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon } })),
        }
      : {}),
    ...(e.people.length || e.organisations.length
      ? {
          actor: [...e.people.map((name) => ({ '@type': 'Person', name })), ...e.organisations.map((name) => ({ '@type': 'Organization', name }))],
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
