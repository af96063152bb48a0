/**
 * `events.ics`: the events dated to the day, as all-day iCalendar events
 * (RFC 5545) that calendar programs can subscribe to. Made with the `ics`
 * package; its output is only re-folded (see foldOctets).
 */
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import type { ExportRecord } from '../../schema/export.ts';
import { shiftDays } from '../calendar.ts';
import { sourceLine } from './display.ts';

/** An event goes in the calendar only when both its start and its end (if any) are single days. */
export function inCalendar(record: ExportRecord): boolean {
  return record.start.precision === 'day' && (!record.end || record.end.precision === 'day');
}

// A scheduled event was only announced: whether it took place is not known, so it is tentative like an unconfirmed one.
const STATUS = { happened: 'CONFIRMED', scheduled: 'TENTATIVE', cancelled: 'CANCELLED', unconfirmed: 'TENTATIVE' } as const;

function dateArray(day: string): DateArray {
  return [Number(day.slice(0, 4)), Number(day.slice(5, 7)), Number(day.slice(8, 10))];
}

/** The summary, then each source on its own line, so the description stands on its own in a calendar program. */
export function calendarDescription(record: ExportRecord): string {
  return [record.summary, '', 'Sources:', ...record.sources.map((source) => `– ${sourceLine(source)}`)].join('\n');
}

/** Options of the calendar as a whole; `stamp` is a `YYYY-MM-DD` day taken from the data, never the clock. */
export interface CalendarOptions {
  title: string;
  /** Host name of the site, for UIDs that stay the same for ever: `<id>@<host>`. */
  host: string;
  stamp: string;
}

export function eventsCalendar(records: readonly ExportRecord[], options: CalendarOptions): string {
  const timestamp = Date.UTC(Number(options.stamp.slice(0, 4)), Number(options.stamp.slice(5, 7)) - 1, Number(options.stamp.slice(8, 10)));
  // `timestamp` (DTSTAMP) is read by ics 3.12 but missing from its type declarations.
  const events: (EventAttributes & { timestamp: number })[] = records.filter(inCalendar).map((record) => ({
    uid: `${record.id}@${options.host}`,
    timestamp,
    title: record.title,
    // All-day: DTSTART;VALUE=DATE, and DTEND the day after the last day (RFC 5545 §3.6.1: the end is exclusive).
    start: dateArray(record.start.earliest),
    end: dateArray(shiftDays((record.end ?? record.start).latest, 1)),
    description: calendarDescription(record),
    url: record.url,
    status: STATUS[record.status],
    categories: [record.kind],
    ...(record.places.length > 0 ? { location: record.places.map((place) => place.name).join(', ') } : {}),
  }));
  const { error, value } = createEvents(events, { productId: '-//Chronicle//Chronicle timeline//EN', method: 'PUBLISH', calName: options.title });
  if (error || value === null) throw new Error(`The calendar could not be written: ${error?.message ?? 'no output'}`);
  return foldOctets(value);
}

const encoder = new TextEncoder();

/**
 * RFC 5545 §3.1 folds content lines at 75 octets; ics 3.12 counts characters,
 * so a line of curly quotes or Cyrillic runs far past 75 bytes. Unfold, then
 * fold again by UTF-8 length, never inside a character.
 */
export function foldOctets(ics: string): string {
  const lines = ics.replace(/\r\n[\t ]/g, '').split('\r\n');
  return lines.map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  // Most lines are short: only those over 75 octets need the character-by-character walk.
  if (line.length <= 18 || encoder.encode(line).length <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let bytes = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (bytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      bytes = 0;
    }
    current += char;
    bytes += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
