/** Orders and groups events for the timeline; pure functions over parsed data. */
import type { CalendarDate } from './calendar.ts';

const PRECISION_ORDER = { day: 0, span: 1, month: 2, year: 3 } as const;

interface Dated {
  id: string;
  data: { start: CalendarDate; title: string };
}

/** Earliest first; at the same start, the more precise date first; then by title, then id, so the order never depends on file order. */
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

/** Groups sorted events by the month they start in (`2021-11`). */
export function groupByMonth<T extends Dated>(sorted: readonly T[]): { month: string; events: T[] }[] {
  const groups = Map.groupBy(sorted, (event) => event.data.start.earliest.slice(0, 7));
  return [...groups].map(([month, events]) => ({ month, events }));
}
