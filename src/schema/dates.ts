/**
 * Dates as editors write them: `2021-11-30`, `2021-11`, `2021`, or an
 * approximate span `{ from, to, label }` (without `from` when the sources only say "by" a date). Each becomes a CalendarDate with its
 * precision and earliest/latest day, so that later rules compare days, not strings.
 */
import { z } from 'astro/zod';
import { dateFromYaml, isCalendarDate, parseDateText, type CalendarDate } from '../lib/calendar.ts';
import { reportRule } from './issue.ts';
import { plainText } from './primitives.ts';

/**
 * YAML reads `2021-11-30` as a Date and `2021` as a number: turn both back into the text written.
 * A year before 1000 cannot be: YAML reads `0001` as the number 1, and `1` is the same number.
 */
function asWritten(value: unknown, ctx: z.RefinementCtx): unknown {
  if (value instanceof Date) return dateFromYaml(value);
  if (typeof value === 'number' && Number.isInteger(value)) {
    if (value > 0 && value < 1000) {
      reportRule(ctx, 'date.yearAsNumber', value, { padded: String(value).padStart(4, '0') });
      return z.NEVER;
    }
    return String(value);
  }
  return value;
}

const dateText = z.preprocess(
  asWritten,
  z.string().transform((text, ctx): CalendarDate => {
    const parsed = parseDateText(text);
    if (isCalendarDate(parsed)) return parsed;
    if (parsed.kind === 'yearZero') reportRule(ctx, 'date.yearZero', text);
    else if (parsed.kind === 'month') reportRule(ctx, 'date.month', text, { month: parsed.month });
    else if (parsed.kind === 'day')
      reportRule(ctx, 'date.day', text, { monthName: parsed.monthName, days: parsed.daysInMonth });
    else reportRule(ctx, 'date.format', text);
    return z.NEVER;
  }),
);

const span = z
  .strictObject({
    from: dateText.optional().meta({
      description:
        'First possible day, month or year of the span; leave it out when the sources only say "by" a date.',
      examples: ['2021-03'],
    }),
    to: dateText.meta({
      description: 'Last possible day, month or year of the span.',
      examples: ['2021-05'],
    }),
    label: plainText().meta({
      description: 'How readers see the span.',
      examples: ['spring 2021'],
    }),
  })
  .transform((value, ctx): CalendarDate => {
    // "By 28 November", with no start the sources give: placed on the timeline where it is known to
    // have happened by.
    if (!value.from) {
      return {
        precision: 'span',
        text: value.label,
        label: value.label,
        to: value.to.text,
        openStart: true,
        earliest: value.to.earliest,
        latest: value.to.latest,
      };
    }
    if (value.to.latest < value.from.earliest) {
      reportRule(ctx, 'span.order', value.to.text, { from: value.from.text, to: value.to.text }, [
        'to',
      ]);
      return z.NEVER;
    }
    return {
      precision: 'span',
      text: value.label,
      label: value.label,
      from: value.from.text,
      to: value.to.text,
      earliest: value.from.earliest,
      latest: value.to.latest,
    };
  });

/** A day, month, year or labelled span. */
export function calendarDate() {
  return z.union([dateText, span]);
}

/** A day, written YYYY-MM-DD: for what is known to the day (when a page was changed). */
export function calendarDayOnly() {
  return dateText.superRefine((date, ctx) => {
    if (date.precision !== 'day') reportRule(ctx, 'date.dayNeeded', date.text);
  });
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** A clock time `HH:MM`, 24-hour. */
export function clockTime() {
  return z.string().superRefine((value, ctx) => {
    if (!TIME.test(value)) reportRule(ctx, 'time.format', value);
  });
}

/** An IANA time zone name such as `Europe/Paris`, checked against the runtime's own list. */
export function timeZone() {
  return z.string().superRefine((value, ctx) => {
    if (!isTimeZone(value)) reportRule(ctx, 'time.zone', value);
  });
}

/** An IANA name (`Area/Location`, or `UTC`): the runtime also takes offsets such as `+03:00`. */
const IANA_NAME = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){0,2}$/;

function isTimeZone(name: string): boolean {
  if (!IANA_NAME.test(name)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}
