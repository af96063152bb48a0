/** Internal links that respect the configured base path, so a site served under /sub/ works. */
export function withBase(base: string, path: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, '')}`;
}

export function eventPath(id: string): string {
  return `events/${id}/`;
}

/** The page of one month (`2021-11`) or of the events dated only to a year (`2014`). */
export function monthPath(key: string): string {
  return `timeline/${key}/`;
}

/** The share image of an event. */
export function sharePath(id: string): string {
  return `og/${id}.png`;
}

/** The RSS feed of one topic's events. */
export function topicFeedPath(id: string): string {
  return `topics/${id}/feed.xml`;
}
