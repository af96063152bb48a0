/**
 * The site configuration as the pages see it: validated once when the build
 * started and handed down by the integration (src/integration/settings-module.ts).
 */
import settings from 'virtual:chronicle/settings';
import { dateWords } from '../lib/date-words.ts';
import { translator } from '../lib/messages/catalogue.ts';
import { absoluteUrl, withBase } from '../lib/urls.ts';
import { siteKindNames } from '../schema/index.ts';

export const site = settings.site;
export const coverageExclusions = settings.coverageExclusions;
export const messages = settings.messages;
export const retired = settings.retired;
export const showDrafts = settings.showDrafts;
/** Dates in words, in the site's language. */
export const dates = dateWords(site.language);
/** The site's words, in its language (src/lib/messages/). */
export const t = translator(site.language, settings.messages, siteKindNames(site));

/** A link within the site, under the configured base path. */
export function href(path: string): string {
  return withBase(site.base, path);
}

/** The absolute address of a path within the site. */
export function absolute(path: string): string {
  return absoluteUrl(site, path);
}
