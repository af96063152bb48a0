/**
 * When the timeline's facts became known: the first report of an event (the earliest publication
 * among its sources) and how long after the event it came, and what the sources published by a
 * given day supported (the "as known on" pages).
 */
import { daysBetween, type CalendarDate } from '../lib/calendar.ts';

interface Dated {
  start: CalendarDate;
}

interface SourceLike {
  id: string;
  data: { published: CalendarDate };
}

/** Earliest first: by the first day it can have appeared, then the last, then id. */
function byPublication(a: SourceLike, b: SourceLike): number {
  return (
    a.data.published.earliest.localeCompare(b.data.published.earliest) ||
    a.data.published.latest.localeCompare(b.data.published.latest) ||
    a.id.localeCompare(b.id)
  );
}

/** The source of an event published first (a date as precise as the evidence for it). */
export function firstReport<S extends SourceLike>(
  sourceIds: readonly string[],
  sources: ReadonlyMap<string, S>,
): S | undefined {
  return [...new Set(sourceIds)]
    .flatMap((id) => {
      const source = sources.get(id);
      return source ? [source] : [];
    })
    .sort(byPublication)[0];
}

/**
 * How many days after the event the report came, as the fewest and the most its dates allow
 * (negative: before it, a report in advance). One number when both dates are days.
 */
export function reportLag(event: Dated, published: CalendarDate): { min: number; max: number } {
  return {
    min: daysBetween(event.start.latest, published.earliest),
    max: daysBetween(event.start.earliest, published.latest),
  };
}

/** The days a source was surely out by (the last day its publication date can mean), in order. */
export function knownDays(sources: Iterable<SourceLike>): string[] {
  return [...new Set([...sources].map((source) => source.data.published.latest))].sort();
}

/**
 * What the sources out by `day` supported: each event that at least one of them reports, in
 * timeline order, with only those sources.
 */
export function knownOn<
  E extends { data: { sources: readonly { source: string }[] } },
  S extends SourceLike,
>(
  day: string,
  events: readonly E[],
  sources: ReadonlyMap<string, S>,
): { event: E; sources: S[] }[] {
  return events.flatMap((event) => {
    const out = [...new Set(event.data.sources.map((c) => c.source))]
      .flatMap((id) => {
        const source = sources.get(id);
        return source && source.data.published.latest <= day ? [source] : [];
      })
      .sort(byPublication);
    return out.length ? [{ event, sources: out }] : [];
  });
}
