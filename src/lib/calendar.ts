/**
 * Calendar days, months and years as editors write them.
 *
 * Every value here is a calendar date, never an instant: arithmetic runs on
 * `UTCDate` so that the machine's time zone cannot move a day (a plain
 * `new Date('2021-11-30')` shown in local time is the 29th in the Americas).
 */
import { UTCDate } from '@date-fns/utc';
// Per-function imports: the date-fns barrel takes most of a second to load, which the validator's
// start-up cannot afford.
import { addDays } from 'date-fns/addDays';
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { endOfMonth } from 'date-fns/endOfMonth';
import { format } from 'date-fns/format';
import { getDay } from 'date-fns/getDay';

export type Precision = 'day' | 'month' | 'year' | 'span';

/** A date as precise as the sources allow, with the earliest and latest day it can mean. */
export interface CalendarDate {
  precision: Precision;
  /** What the editor wrote: `2021-11-30`, `2021-11`, `2021`, or a span's label. */
  text: string;
  /** First possible day, `YYYY-MM-DD`. */
  earliest: string;
  /** Last possible day, `YYYY-MM-DD`. */
  latest: string;
  /** Only for spans: the words for it, such as "spring 2021". */
  label?: string;
  /** Only for spans: the bounds as written, such as `2021-03` and `2021-05`. */
  from?: string;
  to?: string;
  /**
   * A span known only to end by `to` ("by 28 November"): no start is invented,
   * and `earliest` is the first day of `to`, where the timeline places it.
   */
  openStart?: boolean;
}

/**
 * The first bound of a date as written: the date itself, or a span's `from`
 * (its `to` for a span known only to end "by" a day). A file name starts with
 * it, the timeline files the date under its month, JSON-LD gives it as the start.
 */
export function firstBound(date: CalendarDate): string {
  return date.precision === 'span' ? (date.from ?? date.to ?? date.earliest) : date.text;
}

/**
 * File-name prefixes a date accepts: its first bound, and for a span open at the start also its
 * year or month.
 */
export function acceptedFileNamePrefixes(date: CalendarDate): string[] {
  const prefix = firstBound(date);
  if (!date.openStart) return [prefix];
  return [prefix, prefix.slice(0, 7), prefix.slice(0, 4)].filter(
    (p, i, all) => all.indexOf(p) === i,
  );
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

export type DateTextProblem =
  | { kind: 'format' }
  | { kind: 'yearZero' }
  | { kind: 'month'; month: number }
  | { kind: 'day'; daysInMonth: number; monthName: string };

/** Reads `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; says precisely what is wrong otherwise. */
export function parseDateText(text: string): CalendarDate | DateTextProblem {
  const trimmed = text.trim();
  // The calendar has no year 0: 1 BC is followed by AD 1.
  if (/^0000(?:-|$)/.test(trimmed)) return { kind: 'yearZero' };
  const year = YEAR.exec(trimmed);
  if (year)
    return {
      precision: 'year',
      text: trimmed,
      earliest: `${trimmed}-01-01`,
      latest: `${trimmed}-12-31`,
    };
  const month = MONTH.exec(trimmed) ?? DAY.exec(trimmed);
  if (!month) return { kind: 'format' };
  const monthNumber = Number(month[2]);
  if (monthNumber < 1 || monthNumber > 12) return { kind: 'month', month: monthNumber };
  const firstOfMonth = utcDay(Number(month[1]), monthNumber - 1, 1);
  const lastDay = format(endOfMonth(firstOfMonth), 'yyyy-MM-dd');
  if (month.length === 3) {
    return {
      precision: 'month',
      text: trimmed,
      earliest: format(firstOfMonth, 'yyyy-MM-dd'),
      latest: lastDay,
    };
  }
  const daysInMonth = Number(lastDay.slice(8));
  const dayNumber = Number(month[3]);
  if (dayNumber < 1 || dayNumber > daysInMonth)
    return { kind: 'day', daysInMonth, monthName: format(firstOfMonth, 'MMMM yyyy') };
  return { precision: 'day', text: trimmed, earliest: trimmed, latest: trimmed };
}

export function isCalendarDate(value: CalendarDate | DateTextProblem): value is CalendarDate {
  return 'precision' in value;
}

/** The date a text writes (`2021-11`, `2021-11-30`), or undefined for none or a malformed one. */
export function calendarDateOf(text: string | undefined): CalendarDate | undefined {
  if (!text) return undefined;
  const parsed = parseDateText(text);
  return isCalendarDate(parsed) ? parsed : undefined;
}

/**
 * The YAML parser turns a bare `2021-11-30` into a Date at UTC midnight: read it back as that
 * calendar day.
 */
export function dateFromYaml(value: Date): string {
  return format(new UTCDate(value.getTime()), 'yyyy-MM-dd');
}

/** A `YYYY-MM-DD` calendar day as a date-fns value that no time zone can move. */
export function calendarDay(iso: string): UTCDate {
  return utcDay(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/**
 * A day as a UTCDate. Set through setFullYear: the Date constructor reads a year below 100 as
 * 1900 and after (`0050` would be 1950).
 */
function utcDay(year: number, monthIndex: number, day: number): UTCDate {
  const date = new UTCDate(2000, 0, 1);
  date.setFullYear(year, monthIndex, day);
  return date;
}

const WEEKDAYS = [
  'sunday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** The weekday of a `YYYY-MM-DD` calendar day, in lower case English. */
export function weekdayOf(iso: string): Weekday {
  return WEEKDAYS[getDay(calendarDay(iso))]!;
}

// 2021-11-28 was a Sunday: the seven days from it name the weekdays in WEEKDAYS' order.
const A_SUNDAY = Date.UTC(2021, 10, 28);
const weekdayPatterns = new Map<string, RegExp[]>();

/** Each weekday's name in a language, as a whole word in any case ("sábado", "Samstag", "السبت"). */
function patternsFor(language: string): RegExp[] {
  let patterns = weekdayPatterns.get(language);
  if (!patterns) {
    const names = new Intl.DateTimeFormat(language, { weekday: 'long', timeZone: 'UTC' });
    patterns = WEEKDAYS.map((_, i) => {
      const name = names.format(A_SUNDAY + i * 86_400_000).toLocaleLowerCase(language);
      return new RegExp(
        `(?<![\\p{L}\\p{M}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{M}])`,
        'u',
      );
    });
    weekdayPatterns.set(language, patterns);
  }
  return patterns;
}

/**
 * The weekdays named in a phrase such as "on Tuesday", "el sábado" or "am Samstag", in the
 * phrase's own language (the names come from the runtime's Intl, for any language it knows).
 */
export function weekdaysIn(words: string, language = 'en'): Weekday[] {
  const lower = words.normalize('NFC').toLocaleLowerCase(language);
  const patterns = patternsFor(language);
  return WEEKDAYS.filter((_, i) => patterns[i]!.test(lower));
}

/** Whole days from one calendar day to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(calendarDay(to), calendarDay(from));
}

/** Shifts a calendar day by whole days. */
export function shiftDays(iso: string, days: number): string {
  return format(addDays(calendarDay(iso), days), 'yyyy-MM-dd');
}

/**
 * What a reader's rendering of a date needs (date-words.ts): events' dates and the open data's dates
 * both have it.
 */
export interface WrittenDate {
  precision: Precision;
  text: string;
  earliest: string;
  latest: string;
  label?: string | undefined;
}

/**
 * The value for `<time datetime>`: as precise as the date is (a span, which has no such form, by
 * its first day).
 */
export function machineDate(date: CalendarDate): string {
  if (date.precision === 'span') return date.earliest;
  return date.text;
}

/** The last day an event can have lasted to: that of its end, or else of its start. */
export function lastDay(event: { start: WrittenDate; end?: WrittenDate | undefined }): string {
  return (event.end ?? event.start).latest;
}
