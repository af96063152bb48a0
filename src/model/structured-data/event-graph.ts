/**
 * An event's page: a WebPage about its Event, citing its sources, with the day of its latest
 * change and its corrections; the Event with its dates at their precision, its places, and the
 * people and organisations it concerns.
 */
import type { CorrectionComment, Event, Graph, Organization, Person } from 'schema-dts';
import { lastDay, type CalendarDate } from '../../lib/calendar.ts';
import { absoluteUrl } from '../../lib/urls.ts';
import { isoDate, pageGraph, thingId, type PageFacts, type SiteFacts } from './page-graph.ts';
import { newsArticleNode, placeNode, type PlaceFacts, type SourceFacts } from './record-nodes.ts';

export interface EventFacts {
  path: string;
  name: string;
  description: string;
  image?: string | undefined;
  start: CalendarDate;
  end?: CalendarDate | undefined;
  status: 'happened' | 'scheduled' | 'cancelled' | 'unconfirmed';
  places: PlaceFacts[];
  people: { path: string; name: string }[];
  organisations: { path: string; name: string }[];
  sources: SourceFacts[];
  changes: { kind: string; date: CalendarDate; what: string; why?: string | undefined }[];
}

const STATUS = {
  happened: 'https://schema.org/EventScheduled',
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  unconfirmed: undefined,
} as const;

/**
 * An event's end, as every export gives it: the last day it can have lasted to, when it has an
 * end or its start is a span (src/lib/calendar.ts `lastDay`, as the CSV and TimelineJS file).
 */
export function eventEndDay(e: { start: CalendarDate; end?: CalendarDate | undefined }) {
  return e.end || e.start.precision === 'span' ? lastDay(e) : undefined;
}

/**
 * An event's page: a WebPage about the Event, citing its sources, with the day of its latest
 * change and its corrections.
 */
export function eventGraph(site: SiteFacts, page: PageFacts, e: EventFacts): Graph {
  const eventId = thingId(site, e.path, 'event');
  const end = eventEndDay(e);
  const status = STATUS[e.status];
  const people: Person[] = e.people.map((p) => ({
    '@type': 'Person',
    '@id': thingId(site, p.path, 'person'),
    name: p.name,
    url: absoluteUrl(site, p.path),
  }));
  const organisations: Organization[] = e.organisations.map((o) => ({
    '@type': 'Organization',
    '@id': thingId(site, o.path, 'organization'),
    name: o.name,
    url: absoluteUrl(site, o.path),
  }));
  const event: Event = {
    '@type': 'Event',
    '@id': eventId,
    url: absoluteUrl(site, e.path),
    name: e.name,
    description: e.description,
    ...(e.image ? { image: e.image } : {}),
    startDate: isoDate(e.start),
    ...(end ? { endDate: end } : {}),
    ...(status ? { eventStatus: status } : {}),
    ...(e.places.length ? { location: e.places.map((p) => placeNode(site, p)) } : {}),
    // Who and what the event concerns, as its record lists them (not a role in it).
    ...(people.length || organisations.length ? { about: [...people, ...organisations] } : {}),
  };
  const corrections: CorrectionComment[] = e.changes
    .filter((change) => change.kind === 'correction')
    .map((change) => ({
      '@type': 'CorrectionComment',
      text: [change.what, change.why].filter(Boolean).join(' '),
      datePublished: change.date.earliest,
    }));
  return pageGraph(
    site,
    { ...page, type: 'WebPage' },
    {
      page: {
        about: { '@id': eventId },
        mainEntity: { '@id': eventId },
        citation: e.sources.map((s) => newsArticleNode(site, s)),
        ...(corrections.length ? { correction: corrections } : {}),
      },
      nodes: [event],
    },
  );
}
