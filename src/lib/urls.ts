/**
 * Every address of the site, written once: paths within it (without the base
 * path), links under the configured base path (so a site served under /sub/
 * works), and absolute addresses for what is read off the site (feeds,
 * exports, canonical links, JSON-LD).
 */

/** The part of the site configuration that decides addresses. */
export interface SiteAddress {
  /** Public address without the base path, such as `https://example.org`. */
  url: string;
  /** Path the site is served under, such as `/` or `/chronicle/`. */
  base: string;
}

/**
 * A link within the site under the base path; the base is read as ending in a slash whether or not
 * it was written with one.
 */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, '')}`;
}

/** Absolute address of a path within the site, under its base path. */
export function absoluteUrl(site: SiteAddress, path: string): string {
  return new URL(withBase(site.base, path), site.url).href;
}

/** The site's home page: `https://example.org/chronicle/`. */
export function homeUrl(site: SiteAddress): string {
  return absoluteUrl(site, '');
}

/** An event's permanent page: `https://example.org/chronicle/events/<id>/`. */
export function permalink(site: SiteAddress, id: string): string {
  return absoluteUrl(site, eventPath(id));
}

/** The page of a record, by collection: `people/ada-quill/`. */
export function recordPath(collection: string, id: string): string {
  return `${collection}/${id}/`;
}

export function eventPath(id: string): string {
  return recordPath('events', id);
}

/** The page of one month (`2021-11`) or of the events dated only to a year (`2014`). */
export function monthPath(key: string): string {
  return `timeline/${key}/`;
}

/** The share image of an event. */
/** The "as known on" page of a day (YYYY-MM-DD). */
export function knownPath(day: string): string {
  return `known/${day}/`;
}

/** The id of the site's own share card (og/_site.png): no event's id starts with "_". */
export const SITE_SHARE_ID = '_site';

export function sharePath(id: string): string {
  return `og/${id}.png`;
}

/** The RSS feed of one topic's events. */
export function topicFeedPath(id: string): string {
  return `topics/${id}/feed.xml`;
}

/** The embeddable version of a page (`events/<id>/` → `embed/events/<id>/`; the home page → `embed/`). */
export function embedPath(pagePath: string): string {
  return `embed/${pagePath}`;
}

/** The oEmbed document of a page: `oembed/events/<id>.json`; the home page's `oembed/index.json`. */
export function oembedPath(pagePath: string): string {
  return `oembed/${pagePath.replace(/\/$/, '') || 'index'}.json`;
}
