/**
 * `feed.xml`: an RSS 2.0 item per event, for feed readers. Newest event first
 * (by the first day it can have happened; events starting on the same day keep
 * timeline order). An event's pubDate is that day at 00:00 UTC, so the feed
 * is the same on every build and in every time zone.
 */
import type { RSSOptions, RSSFeedItem } from '@astrojs/rss';
import type { ExportRecord } from '../../schema/export.ts';
import { dateWords, type DateWords } from '../../lib/date-words.ts';
import { escapeMarkup, eventDateInWords } from './display.ts';
import { EXPORT_FILES } from './files.ts';
import { absoluteUrl, homeUrl, type SiteAddress } from '../../lib/urls.ts';

/** Newest first; `toSorted` is stable, so events on the same first day stay in timeline order. */
export function feedOrder(records: readonly ExportRecord[]): ExportRecord[] {
  return records.toSorted((a, b) => b.start.earliest.localeCompare(a.start.earliest));
}

export function feedItem(record: ExportRecord, words: DateWords): RSSFeedItem {
  return {
    title: record.title,
    link: record.url,
    pubDate: new Date(`${record.start.earliest}T00:00:00Z`),
    description: `${eventDateInWords(record, words)}: ${record.summary}`,
    categories: record.topics.map((topic) => topic.name),
  };
}

/**
 * `feed`: for a feed of part of the timeline (one topic), its own title, address and the page it
 * is the feed of (the channel's link).
 */
export function feedOptions(
  records: readonly ExportRecord[],
  site: SiteAddress & { title: string; description: string; language: string },
  feed: { title: string; description: string; path: string; page?: string } = {
    title: site.title,
    description: site.description,
    path: EXPORT_FILES.feed.path,
  },
): RSSOptions {
  return {
    title: feed.title,
    description: feed.description,
    site: feed.page === undefined ? homeUrl(site) : absoluteUrl(site, feed.page),
    items: feedOrder(records).map((record) => feedItem(record, dateWords(site.language))),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${escapeMarkup(site.language)}</language><atom:link href="${escapeMarkup(absoluteUrl(site, feed.path))}" rel="self" type="application/rss+xml"/>`,
  };
}
