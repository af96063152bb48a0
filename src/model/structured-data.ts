/**
 * schema.org JSON-LD for every page, as one graph: the WebSite, the page itself (a WebPage or one
 * of its kinds) and what the page is about (an Event, a Person, an Organization, a Place, a
 * DefinedTerm, the NewsArticle a source is, the Dataset of the open data). Nodes refer to each
 * other by `@id`, the page's address with a fragment, so the node of a person on an event's page
 * is the node of that person's own page. Typed with schema.org's definitions (schema-dts): a
 * property on a type that does not have it, or a value of a type it does not take, fails `tsc`.
 */
import type {
  CorrectionComment,
  DataDownload,
  Dataset,
  DefinedTerm,
  Event,
  Graph,
  ItemList,
  NewsArticle,
  Organization,
  Person,
  PlaceLeaf,
  PostalAddress,
  Thing,
  WebPage,
  WebPageLeaf,
  WebSite,
} from 'schema-dts';
import { lastDay, type CalendarDate } from '../lib/calendar.ts';
import { absoluteUrl, homeUrl, type SiteAddress } from '../lib/urls.ts';

export interface SiteFacts extends SiteAddress {
  title: string;
  description: string;
  language: string;
}

/** The kinds of page: the schema.org type each one is. */
export type PageType = 'WebPage' | 'CollectionPage' | 'AboutPage' | 'SearchResultsPage';

/** What every page says of itself (its words are those of its `<title>` and description). */
export interface PageFacts {
  type?: PageType | undefined;
  /** The page's path within the site, without the base path. */
  url: string;
  name: string;
  description: string;
  image?: string | undefined;
  /** The day the page last changed, YYYY-MM-DD, when it records one. */
  dateModified?: string | undefined;
}

/** The properties of a page (every kind of page has those of a WebPage). */
type PageProperties = Omit<WebPageLeaf, '@type'>;

/** What a page is about: its own properties besides the common ones, and other nodes. */
export interface PageSubject {
  /** `about`, `mainEntity`, `citation`, `correction` … */
  page?: PageProperties;
  nodes?: Thing[];
}

const id = (url: string, fragment: string) => `${url}#${fragment}`;

/** The `@id` of the site. */
export const websiteId = (site: SiteAddress) => id(homeUrl(site), 'website');

/** The `@id` of the thing a page is about: `<page>#event`, `<page>#person` … */
export const thingId = (site: SiteAddress, path: string, kind: string) =>
  id(absoluteUrl(site, path), kind);

export function websiteNode(site: SiteFacts): WebSite {
  return {
    '@type': 'WebSite',
    '@id': websiteId(site),
    url: homeUrl(site),
    name: site.title,
    description: site.description,
    inLanguage: site.language,
  };
}

/** The whole graph of one page. */
export function pageGraph(site: SiteFacts, page: PageFacts, subject: PageSubject = {}): Graph {
  const url = absoluteUrl(site, page.url);
  const properties: PageProperties = {
    '@id': url,
    url,
    name: page.name,
    description: page.description,
    inLanguage: site.language,
    isPartOf: { '@id': websiteId(site) },
    ...(page.image
      ? { primaryImageOfPage: { '@type': 'ImageObject', url: page.image }, image: page.image }
      : {}),
    ...(page.dateModified ? { dateModified: page.dateModified } : {}),
    ...subject.page,
  };
  // Every kind of page takes a WebPage's properties: only its type differs.
  const node = { '@type': page.type ?? 'WebPage', ...properties } as WebPage;
  return {
    '@context': 'https://schema.org',
    '@graph': [websiteNode(site), node, ...(subject.nodes ?? [])],
  };
}

/** A date as schema.org takes it: ISO 8601, as precise as it is known ("2021-11", "2021"). */
function isoDate(date: CalendarDate): string {
  return date.precision === 'span' ? date.earliest : date.text;
}

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

export interface PlaceFacts {
  path: string;
  name: string;
  lat: number;
  lon: number;
  /** The name of its country (its own, for a country), when the place record names one. */
  country?: string | undefined;
}

export function placeNode(site: SiteAddress, p: PlaceFacts, description?: string): PlaceLeaf {
  const address: PostalAddress | undefined = p.country
    ? { '@type': 'PostalAddress', addressCountry: p.country }
    : undefined;
  return {
    '@type': 'Place',
    '@id': thingId(site, p.path, 'place'),
    url: absoluteUrl(site, p.path),
    name: p.name,
    ...(description ? { description } : {}),
    geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon },
    ...(address ? { address } : {}),
  };
}

export interface SourceFacts {
  /** The source's page on this site. */
  path: string;
  headline: string;
  publisher: string;
  published: CalendarDate;
  language: string;
  author?: string | undefined;
  /** The article where it was published. */
  url?: string | undefined;
  /** A copy of it in a web archive. */
  archiveUrl?: string | undefined;
}

export function newsArticleNode(site: SiteAddress, s: SourceFacts): NewsArticle {
  const publisher: Organization = { '@type': 'Organization', name: s.publisher };
  const author: Person | undefined = s.author ? { '@type': 'Person', name: s.author } : undefined;
  return {
    '@type': 'NewsArticle',
    '@id': thingId(site, s.path, 'article'),
    headline: s.headline,
    publisher,
    datePublished: isoDate(s.published),
    inLanguage: s.language,
    ...(author ? { author } : {}),
    ...(s.url ? { url: s.url } : {}),
    ...(s.archiveUrl ? { archivedAt: s.archiveUrl } : {}),
    // The page of this site that describes it.
    subjectOf: { '@id': absoluteUrl(site, s.path) },
  };
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

export interface EntityFacts {
  kind: 'people' | 'organisations' | 'places' | 'topics';
  path: string;
  name: string;
  description: string;
  /** Other names: an abbreviation, the spellings the sources use. */
  otherNames: string[];
  role?: string | undefined;
  place?: PlaceFacts | undefined;
  /** The list page of all topics: the set a topic is a term of. */
  termSetPath: string;
  termSetName: string;
}

const FRAGMENT = {
  people: 'person',
  organisations: 'organization',
  places: 'place',
  topics: 'term',
} as const;

/** A person's, organisation's, place's or topic's page: a WebPage whose main entity it is. */
export function entityGraph(site: SiteFacts, page: PageFacts, x: EntityFacts): Graph {
  const nodeId = thingId(site, x.path, FRAGMENT[x.kind]);
  const common = {
    '@id': nodeId,
    url: absoluteUrl(site, x.path),
    name: x.name,
    description: x.description,
    ...(x.otherNames.length ? { alternateName: x.otherNames } : {}),
  };
  let node: Person | Organization | PlaceLeaf | DefinedTerm;
  if (x.kind === 'people') {
    const person: Person = {
      '@type': 'Person',
      ...common,
      ...(x.role ? { jobTitle: x.role } : {}),
    };
    node = person;
  } else if (x.kind === 'organisations') {
    const organisation: Organization = { '@type': 'Organization', ...common };
    node = organisation;
  } else if (x.kind === 'places' && x.place) {
    node = { ...placeNode(site, x.place, x.description), ...common };
  } else {
    const term: DefinedTerm = {
      '@type': 'DefinedTerm',
      ...common,
      inDefinedTermSet: {
        '@type': 'DefinedTermSet',
        '@id': absoluteUrl(site, x.termSetPath),
        name: x.termSetName,
      },
    };
    node = term;
  }
  return pageGraph(
    site,
    { ...page, type: 'WebPage' },
    { page: { about: { '@id': nodeId }, mainEntity: { '@id': nodeId } }, nodes: [node] },
  );
}

/** A source's page: a WebPage about the NewsArticle it keeps. */
export function sourceGraph(site: SiteFacts, page: PageFacts, s: SourceFacts): Graph {
  const article = newsArticleNode(site, s);
  return pageGraph(
    site,
    { ...page, type: 'WebPage' },
    {
      page: { about: { '@id': article['@id']! }, mainEntity: { '@id': article['@id']! } },
      nodes: [article],
    },
  );
}

/** A page that lists pages (the timeline, a month, a list of people …), in order. */
export function listGraph(
  site: SiteFacts,
  page: PageFacts,
  items: readonly { path: string; name: string }[],
): Graph {
  const list: ItemList = {
    '@type': 'ItemList',
    numberOfItems: items.length,
    itemListElement: items.map((item, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      url: absoluteUrl(site, item.path),
      name: item.name,
    })),
  };
  return pageGraph(site, { ...page, type: 'CollectionPage' }, { page: { mainEntity: list } });
}

/** The open-data page: a Dataset, with a download for each file. */
export function dataGraph(
  site: SiteFacts,
  page: PageFacts,
  files: readonly { path: string; mediaType: string; name: string }[],
  period: { start: CalendarDate; end: CalendarDate },
): Graph {
  const datasetId = id(absoluteUrl(site, page.url), 'dataset');
  const distribution: DataDownload[] = files.map((file) => ({
    '@type': 'DataDownload',
    name: file.name,
    contentUrl: absoluteUrl(site, file.path),
    encodingFormat: file.mediaType.split(';')[0]!,
  }));
  const dataset: Dataset = {
    '@type': 'Dataset',
    '@id': datasetId,
    name: page.name,
    description: page.description,
    url: absoluteUrl(site, page.url),
    inLanguage: site.language,
    temporalCoverage: `${isoDate(period.start)}/${lastDay({ start: period.end })}`,
    isAccessibleForFree: true,
    includedInDataCatalog: { '@type': 'DataCatalog', name: site.title, url: homeUrl(site) },
    distribution,
  };
  return pageGraph(site, page, {
    page: { about: { '@id': datasetId }, mainEntity: { '@id': datasetId } },
    nodes: [dataset],
  });
}
