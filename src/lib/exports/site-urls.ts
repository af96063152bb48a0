/** Absolute addresses for the exports: feeds and data files are read off the site, so relative links would break. */
import { eventPath, withBase } from '../urls.ts';

/** The part of the site configuration that decides addresses. */
export interface SiteAddress {
  /** Public address without the base path, such as `https://example.org`. */
  url: string;
  /** Path the site is served under, such as `/` or `/chronicle/`. */
  base: string;
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
