/**
 * The open-data files: where each is published and its media type. Routes, links and the data page
 * all read this list.
 */
export const EXPORT_FILES = {
  json: { path: 'events.json', mediaType: 'application/json; charset=utf-8' },
  schema: { path: 'events.schema.json', mediaType: 'application/schema+json; charset=utf-8' },
  csv: { path: 'events.csv', mediaType: 'text/csv; charset=utf-8; header=present' },
  calendar: { path: 'events.ics', mediaType: 'text/calendar; charset=utf-8' },
  timeline: { path: 'timeline.json', mediaType: 'application/json; charset=utf-8' },
  feed: { path: 'feed.xml', mediaType: 'application/rss+xml; charset=utf-8' },
  changes: { path: 'changes.xml', mediaType: 'application/rss+xml; charset=utf-8' },
} as const;

export type ExportFileName = keyof typeof EXPORT_FILES;
