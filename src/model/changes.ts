/**
 * The changes editors record on a published event (`changes:`): newest first, the corrections
 * among them (a page shows them at its top, the timeline marks them), and the log of every change
 * and every event taken off the site, which the corrections page and the changes feed show.
 */
import type { CalendarDate } from '../lib/calendar.ts';
import { permalink, type SiteAddress } from '../lib/urls.ts';

export interface Change {
  kind: 'correction' | 'update' | 'clarification';
  date: CalendarDate;
  what: string;
  why?: string | undefined;
}

/** A published event taken off the site on purpose (retired.yaml). */
export interface Retirement {
  id: string;
  title: string;
  date: CalendarDate;
  why: string;
}

/** Newest first; changes of one day keep the order they are written in. */
export function newestFirst<C extends Change>(changes: readonly C[]): C[] {
  return changes.toSorted((a, b) => b.date.earliest.localeCompare(a.date.earliest));
}

export function corrections<C extends Change>(changes: readonly C[]): C[] {
  return newestFirst(changes).filter((change) => change.kind === 'correction');
}

/**
 * Each change's anchor on its event's page: `change-<day>`, then `-2`, `-3`… for more changes of
 * that day in the order they are written. A change written later keeps the anchors already given,
 * so a link to one (or a feed item's address) stays right.
 */
export function changeAnchors<C extends Change>(changes: readonly C[]): Map<C, string> {
  const seen = new Map<string, number>();
  const anchors = new Map<C, string>();
  for (const change of changes) {
    const count = (seen.get(change.date.earliest) ?? 0) + 1;
    seen.set(change.date.earliest, count);
    anchors.set(change, `change-${change.date.earliest}${count > 1 ? `-${count}` : ''}`);
  }
  return anchors;
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
    const latest = lastChanged(event.data.changes);
    if (latest) days.set(permalink(site, event.id), latest);
  }
  return days;
}

/**
 * The addresses that are no page of their own (an earlier id, which redirects; a retired event's
 * notice, which is not for search engines): the sitemap leaves them out.
 */
export function unlistedPages(
  events: readonly { data: { aliases: readonly string[] } }[],
  retired: readonly { id: string }[],
  site: SiteAddress,
): Set<string> {
  return new Set(
    [...events.flatMap((event) => event.data.aliases), ...retired.map((entry) => entry.id)].map(
      (id) => permalink(site, id),
    ),
  );
}

/** The day of an event's latest change (YYYY-MM-DD); undefined if it never changed. */
export function lastChanged(changes: readonly Change[]): string | undefined {
  return newestFirst(changes)[0]?.date.earliest;
}

/** One line of the log: a change of an event's page, or an event taken off the site. */
export interface LogEntry {
  kind: Change['kind'] | 'retired';
  date: CalendarDate;
  /** The event's id: its page, or for a retired event the page that says why it is gone. */
  id: string;
  title: string;
  /** The change's anchor on the event's page; none for a retired event. */
  anchor?: string | undefined;
  /** What changed; none for a retired event, whose title says what went. */
  what?: string | undefined;
  why?: string | undefined;
}

/**
 * Every change of every event and every event taken off the site, newest first (entries of one
 * day in timeline order, retirements after changes): the corrections log and its feed.
 */
export function changeLog(
  events: readonly { id: string; data: { title: string; changes: readonly Change[] } }[],
  retired: Iterable<Retirement>,
): LogEntry[] {
  const changed = events.flatMap((event) => {
    const anchors = changeAnchors(event.data.changes);
    return event.data.changes.map((change): LogEntry => ({
      kind: change.kind,
      date: change.date,
      id: event.id,
      title: event.data.title,
      anchor: anchors.get(change),
      what: change.what,
      why: change.why,
    }));
  });
  const gone = [...retired].map((entry): LogEntry => ({
    kind: 'retired',
    date: entry.date,
    id: entry.id,
    title: entry.title,
    why: entry.why,
  }));
  return [...changed, ...gone].toSorted((a, b) => b.date.earliest.localeCompare(a.date.earliest));
}
