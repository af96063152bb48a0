/** Orders and groups events for the timeline; pure functions over parsed data. */
import type { CalendarDate } from './calendar.ts';

// At the same first day, the coarser date comes first, so "2014" heads the year before "January 2014".
const PRECISION_ORDER = { year: 0, month: 1, span: 2, day: 3 } as const;

interface Dated {
  id: string;
  data: { start: CalendarDate; title: string };
}

/** Earliest first; at the same start, the coarser date first; then by title, then id, so the order never depends on file order. */
export function compareEvents(a: Dated, b: Dated): number {
  return (
    a.data.start.earliest.localeCompare(b.data.start.earliest) ||
    PRECISION_ORDER[a.data.start.precision] - PRECISION_ORDER[b.data.start.precision] ||
    a.data.title.localeCompare(b.data.title, 'en') ||
    a.id.localeCompare(b.id)
  );
}

export function sortEvents<T extends Dated>(events: readonly T[]): T[] {
  return [...events].sort(compareEvents);
}

/**
 * The heading an event falls under: its month (`2021-11`), or only its year
 * (`2014`) when the date is no more precise than that — an event of "2014"
 * must not appear under "January 2014".
 */
export function periodKey(date: CalendarDate): string {
  const written = date.precision === 'span' ? (date.from ?? date.to ?? date.earliest) : date.text;
  return written.length >= 7 ? written.slice(0, 7) : written.slice(0, 4);
}

/** Groups sorted events by month, or by year for year-precise dates, in time order. */
export function groupByMonth<T extends Dated>(sorted: readonly T[]): { month: string; events: T[] }[] {
  const groups = Map.groupBy(sorted, (event) => periodKey(event.data.start));
  return [...groups].map(([month, events]) => ({ month, events }));
}
