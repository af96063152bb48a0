/**
 * `events.ics`: the events dated to the day, as all-day iCalendar events
 * (RFC 5545) that calendar programs can subscribe to. Written here rather than
 * with a library: the `ics` package checked every event with yup, 3.1 s of the
 * 3.8 s all exports took at 10,000 events, and folded lines by characters
 * where the standard counts octets. Its layout is kept line for line.
 */
import type { ExportRecord } from '../../schema/export.ts';
import { lastDay, shiftDays } from '../../lib/calendar.ts';
import type { DateWords } from '../../lib/date-words.ts';
import type { Translate } from '../../lib/messages/catalogue.ts';
import { sourceLine } from './display.ts';

/**
 * An event goes in the calendar only when both its start and its end (if any) are single days
 * (asked of an event or of its export record).
 */
export function inCalendar(record: {
  start: { precision: string };
  end?: { precision: string } | undefined;
}): boolean {
  return record.start.precision === 'day' && (!record.end || record.end.precision === 'day');
}

// A scheduled event was only announced: whether it took place is not known, so it is tentative like
// an unconfirmed one.
const STATUS = {
  happened: 'CONFIRMED',
  scheduled: 'TENTATIVE',
  cancelled: 'CANCELLED',
  unconfirmed: 'TENTATIVE',
} as const;

/** `2021-11-30` as an iCalendar DATE: `20211130`. */
function icsDate(day: string): string {
  return day.replaceAll('-', '');
}

/** TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function icsText(text: string): string {
  return (
    text
      .replace(/\\/g, '\\\\')
      // Every line break, a lone carriage return too: a lenient parser would read what follows one
      // as a property of its own.
      .replace(/\r\n|\r|\n/g, '\\n')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
  );
}

/** Values that are not TEXT (UID, URL, STATUS, CATEGORIES): only line breaks need encoding. */
function icsRaw(text: string): string {
  return text.replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * The summary, then each source on its own line, so the description stands on its own in a calendar
 * program.
 */
export function calendarDescription(record: ExportRecord, words: DateWords, t: Translate): string {
  return [
    record.summary,
    '',
    t('calendar.sources'),
    ...record.sources.map((source) => `– ${sourceLine(source, words)}`),
  ].join('\n');
}

/**
 * Options of the calendar as a whole; `stamp` is a `YYYY-MM-DD` day taken from the data, never the
 * clock.
 */
export interface CalendarOptions {
  title: string;
  /** Host name of the site, for UIDs that stay the same for ever: `<id>@<host>`. */
  host: string;
  stamp: string;
  /** Dates in words, in the site's language. */
  words: DateWords;
  t: Translate;
}

export function eventsCalendar(records: readonly ExportRecord[], options: CalendarOptions): string {
  const stamp = `${icsDate(options.stamp)}T000000Z`;
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'CALSCALE:GREGORIAN',
    'PRODID:-//Chronicle//Chronicle timeline//EN',
    'METHOD:PUBLISH',
    // A TEXT value: a comma or semicolon in the title must be escaped, or a parser splits it.
    `X-WR-CALNAME:${icsText(options.title)}`,
    'X-PUBLISHED-TTL:PT1H',
  ];
  for (const record of records.filter(inCalendar)) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${icsRaw(`${record.id}@${options.host}`)}`,
      `SUMMARY:${icsText(record.title)}`,
      `DTSTAMP:${stamp}`,
      // All-day: DTSTART;VALUE=DATE, and DTEND the day after the last day (RFC 5545 §3.6.1: the end
      // is exclusive).
      `DTSTART;VALUE=DATE:${icsDate(record.start.earliest)}`,
      `DTEND;VALUE=DATE:${icsDate(shiftDays(lastDay(record), 1))}`,
      `DESCRIPTION:${icsText(calendarDescription(record, options.words, options.t))}`,
      `URL:${icsRaw(record.url)}`,
      ...(record.places.length > 0
        ? [`LOCATION:${icsText(record.places.map((place) => place.name).join(', '))}`]
        : []),
      `STATUS:${STATUS[record.status]}`,
      `CATEGORIES:${icsRaw(record.kind)}`,
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR', '');
  return lines.map(foldLine).join('\r\n');
}

/** Octets of one code point in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * RFC 5545 §3.1 folds content lines at 75 octets (not characters: a line of
 * curly quotes or Cyrillic is far longer in bytes), never inside a character.
 */
export function foldLine(line: string): string {
  // Most lines are short: only those over 75 octets need the walk through their characters.
  if (line.length <= 18 || Buffer.byteLength(line) <= 75) return line;
  const parts: string[] = [];
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < line.length;) {
    const codePoint = line.codePointAt(i)!;
    const size = utf8Length(codePoint);
    // The first line holds 75 octets; continuation lines 74 after their leading space.
    if (bytes + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(line.slice(start, i));
      start = i;
      bytes = 0;
    }
    bytes += size;
    i += codePoint > 0xffff ? 2 : 1;
  }
  parts.push(line.slice(start));
  return parts.join('\r\n ');
}
