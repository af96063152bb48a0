/** The nodes of a place and of a source (the NewsArticle it keeps), wherever a page names them. */
import type { NewsArticle, Organization, Person, PlaceLeaf, PostalAddress } from 'schema-dts';
import type { CalendarDate } from '../../lib/calendar.ts';
import { absoluteUrl, type SiteAddress } from '../../lib/urls.ts';
import { isoDate, thingId } from './page-graph.ts';

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
