/**
 * The changes editors record on a published event (`changes:`): newest first, and the corrections
 * among them, which a page shows at its top and the timeline marks.
 */
import type { CalendarDate } from '../lib/calendar.ts';
import { permalink, type SiteAddress } from '../lib/urls.ts';

export interface Change {
  kind: 'correction' | 'update' | 'clarification';
  date: CalendarDate;
  what: string;
  why?: string | undefined;
}

/** Newest first; changes of one day keep the order they are written in. */
export function newestFirst<C extends Change>(changes: readonly C[]): C[] {
  return changes.toSorted((a, b) => b.date.earliest.localeCompare(a.date.earliest));
}

export function corrections<C extends Change>(changes: readonly C[]): C[] {
  return newestFirst(changes).filter((change) => change.kind === 'correction');
}

/**
 * The day each changed event's page last changed, by the page's address: the sitemap's lastmod.
 * A page never changed has none (the build's own day would say nothing true of it).
 */
export function lastChangedPages(
  events: readonly { id: string; data: { changes: readonly Change[] } }[],
  site: SiteAddress,
): Map<string, string> {
  const days = new Map<string, string>();
  for (const event of events) {
    const latest = newestFirst(event.data.changes)[0];
    if (latest) days.set(permalink(site, event.id), latest.date.earliest);
  }
  return days;
}

/**
 * Every change of every event, newest first (events of one day in timeline order): the corrections
 * log.
 */
export function allChanges<E extends { id: string; data: { changes: readonly Change[] } }>(
  events: readonly E[],
): { event: E; change: E['data']['changes'][number] }[] {
  return events
    .flatMap((event) => event.data.changes.map((change) => ({ event, change })))
    .toSorted((a, b) => b.change.date.earliest.localeCompare(a.change.date.earliest));
}
