/**
 * The graph every page carries: the WebSite, and the page itself (a WebPage or one of its kinds)
 * with what it is about. Nodes refer to each other by `@id`, a page's address with a fragment, so
 * a person's node on an event's page is the node of that person's own page. Typed with
 * schema.org's definitions (schema-dts): a property a type does not have, or a value of a type it
 * does not take, fails `tsc`.
 */
import type { Graph, Thing, WebPage, WebPageLeaf, WebSite } from 'schema-dts';
import type { CalendarDate } from '../../lib/calendar.ts';
import { absoluteUrl, homeUrl, type SiteAddress } from '../../lib/urls.ts';

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
export function isoDate(date: CalendarDate): string {
  return date.precision === 'span' ? date.earliest : date.text;
}
