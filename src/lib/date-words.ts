/**
 * Dates in words, in the site's language: "30 November 2021", "30 de noviembre de 2021",
 * "November 2021". The runtime's Intl writes them (any language it knows); every date is a
 * calendar day, formatted in UTC so that no time zone can move it. Machine forms (`datetime`, the
 * exports' ISO dates) are calendar.ts's.
 */
import { calendarDay, type WrittenDate } from './calendar.ts';
import { memoised } from './memoised.ts';

export interface DateWords {
  /** A date at its precision: "30 November 2021", "November 2021", "2021", or a span's label. */
  date(date: WrittenDate): string;
  /** An event's dates: "30 November 2021 – 1 December 2021", or the start alone. */
  range(start: WrittenDate, end?: WrittenDate): string;
  /** "November 2021" ("Marzo de 2024") for the month key `2021-11`; a year key `2014` stays "2014". */
  monthHeading(key: string): string;
  /** The short month and year of a day, for the overview's axis: "Nov 2021". */
  shortMonth(iso: string): string;
}

const capitalised = (text: string, locale: string) =>
  text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

/**
 * The locale dates are written in: a language's own, except that plain English is written day
 * first ("30 November 2021"), as the English pages always have; `en-US` and every other tag are
 * taken as given.
 */
export function dateLocale(language: string): string {
  return language === 'en' ? 'en-GB' : language;
}

const byLanguage = new Map<string, DateWords>();

export function dateWords(language: string): DateWords {
  let words = byLanguage.get(language);
  if (words) return words;
  const locale = dateLocale(language);
  const formats = {
    day: new Intl.DateTimeFormat(locale, {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    }),
    month: new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }),
    short: new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' }),
  };
  // Pages ask for the same few thousand dates again and again: each is formatted once.
  const formatted = {
    day: memoised((iso: string) => formats.day.format(calendarDay(iso))),
    month: memoised((iso: string) => formats.month.format(calendarDay(iso))),
    short: memoised((iso: string) => formats.short.format(calendarDay(iso))),
  };
  const cached = (kind: keyof typeof formats, iso: string) => formatted[kind](iso);
  const date = (d: WrittenDate): string => {
    switch (d.precision) {
      case 'day':
        return cached('day', d.earliest);
      case 'month':
        return cached('month', d.earliest);
      case 'year':
        return d.earliest.slice(0, 4);
      case 'span':
        return d.label ?? `${d.earliest} – ${d.latest}`;
    }
  };
  words = {
    date,
    range: (start, end) => (end ? `${date(start)} – ${date(end)}` : date(start)),
    // A heading starts a sentence: "Marzo de 2024", where Spanish writes its months in lower case.
    monthHeading: (key) =>
      key.length === 4 ? key : capitalised(cached('month', `${key}-01`), locale),
    shortMonth: (iso) => cached('short', iso),
  };
  byLanguage.set(language, words);
  return words;
}
