/** Orders and groups events for the timeline; pure functions over parsed data. */
import { firstBound, type CalendarDate } from '../lib/calendar.ts';
import type { DateWords } from '../lib/date-words.ts';
import type { Translate } from '../lib/messages/catalogue.ts';
import { slugify } from '../lib/slug.ts';

// At the same first day, the coarser date comes first, so "2014" heads the year before "January
// 2014".
const PRECISION_ORDER = { year: 0, month: 1, span: 2, day: 3 } as const;

interface Dated {
  id: string;
  data: { start: CalendarDate; title: string };
}

/** A span's wording, as its sub-heading's anchor has it: spans that share one sort together. */
const spanWords = (date: CalendarDate) =>
  date.precision === 'span' ? slugify(date.label ?? date.text) : '';

/**
 * Earliest first; at the same start, what falls under a year heading before what falls under a
 * month (a span written from "2014" sits with the events of "2014", before January 2014), the
 * coarser date first, of two spans the one that ends first, spans of the same wording together;
 * then by title, then id, so the order
 * never depends on file order. The timeline's headings follow this order exactly, so the page reads
 * in the order of its events' earlier and later links.
 */
export function compareEvents(a: Dated, b: Dated): number {
  const x = a.data.start;
  const y = b.data.start;
  return (
    x.earliest.localeCompare(y.earliest) ||
    periodKey(x).length - periodKey(y).length ||
    PRECISION_ORDER[x.precision] - PRECISION_ORDER[y.precision] ||
    (x.precision === 'span' && y.precision === 'span'
      ? x.latest.localeCompare(y.latest) || spanWords(x).localeCompare(spanWords(y))
      : 0) ||
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
  const written = firstBound(date);
  return written.length >= 7 ? written.slice(0, 7) : written.slice(0, 4);
}

/**
 * The sub-heading within a month: the day (`2021-11-30`), or, for a date less
 * precise than a day, its own wording ("November 2021", "30 November or
 * 1 December 2021"). The key doubles as the anchor readers link to; grouping asks
 * for it of every event, and for the heading only of each day's first.
 */
function dayAnchor(date: CalendarDate): string {
  if (date.precision === 'day') return date.earliest;
  if (date.precision === 'month' || date.precision === 'year') return date.text;
  return `${date.earliest}-${slugify(date.label ?? date.text)}`;
}

function dayHeading(date: CalendarDate, words: DateWords, t: Translate): string {
  if (date.precision === 'month') return t('timeline.dayUnknown');
  if (date.precision === 'year') return t('timeline.monthAndDayUnknown');
  return words.date(date);
}

export interface DayGroup<T> {
  key: string;
  heading: string;
  events: T[];
}

export interface MonthGroup<T> {
  /** `2021-11`, or `2014` for events dated only to the year. */
  key: string;
  heading: string;
  days: DayGroup<T>[];
}

/**
 * Runs of neighbours with the same key, in the order given: never a later item pulled forward to
 * an earlier one of its key, as grouping by key alone would.
 */
function runs<T>(items: readonly T[], keyOf: (item: T) => string): [string, T[]][] {
  const out: [string, T[]][] = [];
  for (const item of items) {
    const key = keyOf(item);
    const last = out.at(-1);
    if (last && last[0] === key) last[1].push(item);
    else out.push([key, [item]]);
  }
  return out;
}

/**
 * A key that comes back after another (two spans of one wording and start, told apart by their
 * end, with a third between them) gets a number, so that every sub-heading's anchor stays unique.
 */
function uniqueKeys<T>(groups: [string, T[]][]): [string, T[]][] {
  const seen = new Map<string, number>();
  return groups.map(([key, items]) => {
    const count = (seen.get(key) ?? 0) + 1;
    seen.set(key, count);
    return [count === 1 ? key : `${key}-${count}`, items];
  });
}

/**
 * Groups sorted events by month (or year) and then by day, keeping their order exactly: the
 * sort (compareEvents) puts every key's events side by side, so each heading comes once.
 */
export function groupTimeline<T extends Dated>(
  sorted: readonly T[],
  words: DateWords,
  t: Translate,
): MonthGroup<T>[] {
  return runs(sorted, (event) => periodKey(event.data.start)).map(([key, events]) => ({
    key,
    heading: words.monthHeading(key),
    days: uniqueKeys(runs(events, (event) => dayAnchor(event.data.start))).map(
      ([dayKeyValue, dayEvents]) => ({
        key: dayKeyValue,
        heading: dayHeading(dayEvents[0]!.data.start, words, t),
        events: dayEvents,
      }),
    ),
  }));
}

interface Related extends Dated {
  data: Dated['data'] & {
    people: string[];
    organisations: string[];
    places: string[];
    topics: string[];
  };
}

/**
 * What an event shares with others, and how much each kind counts: people most, places least (many
 * events share a capital).
 */
function weightsOf(event: Related): [string, number][] {
  return [
    ...event.data.people.map((id): [string, number] => [`p:${id}`, 3]),
    ...event.data.organisations.map((id): [string, number] => [`o:${id}`, 1]),
    ...event.data.topics.map((id): [string, number] => [`t:${id}`, 2]),
    ...event.data.places.map((id): [string, number] => [`l:${id}`, 1]),
  ];
}

/**
 * Finds, for any event, the events that share the most people, organisations,
 * topics and places with it (a score of 3 at least), nearest in time first
 * among equals. Built once for all events: each lookup only visits events that
 * share something, and a link shared by more than a tenth of a large timeline
 * (a topic every event has) says nothing about relatedness and is not followed.
 */
export function relatedFinder<T extends Related>(all: readonly T[], limit = 5): (event: T) => T[] {
  // Events by their place in `all`, so that a lookup counts in a typed array rather than a Map
  // keyed by objects (a third of the lookups' time at 3,000 events went to that Map).
  const postings = new Map<string, number[]>();
  all.forEach((event, index) => {
    for (const [key] of weightsOf(event)) {
      const list = postings.get(key);
      if (list) list.push(index);
      else postings.set(key, [index]);
    }
  });
  const cap = Math.max(50, all.length / 10);
  const days = all.map((e) => Date.parse(`${e.data.start.earliest}T00:00:00Z`));
  const scores = new Int32Array(all.length);
  // An event is skipped in its own lookup by its index in `all`, not by comparing ids in the inner
  // loop.
  const indexOf = new Map(all.map((event, index) => [event.id, index]));
  return (event) => {
    const self = indexOf.get(event.id) ?? -1;
    // In the order each was first met, as a Map's entries were: the sort below is stable.
    const met: number[] = [];
    for (const [key, weight] of weightsOf(event)) {
      const list = postings.get(key) ?? [];
      if (list.length > cap) continue;
      for (const other of list) {
        if (other === self) continue;
        if (scores[other] === 0) met.push(other);
        scores[other]! += weight;
      }
    }
    const here = Date.parse(`${event.data.start.earliest}T00:00:00Z`);
    const found = met.filter((other) => scores[other]! >= 3);
    found.sort(
      (a, b) =>
        scores[b]! - scores[a]! ||
        Math.abs(days[a]! - here) - Math.abs(days[b]! - here) ||
        compareEvents(all[a]!, all[b]!),
    );
    // Back to zero for the next lookup.
    for (const other of met) scores[other] = 0;
    return found.slice(0, limit).map((other) => all[other]!);
  };
}
