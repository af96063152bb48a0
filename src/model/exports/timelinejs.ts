/**
 * `timeline.json` for TimelineJS 3 (Knight Lab), in its documented JSON format
 * (https://timeline.knightlab.com/docs/json-format.html): a title slide and one
 * slide per event. A date gives only the fields its precision knows (a month
 * has no day); a span runs from its first to its last day and shows its label
 * as `display_date`. TimelineJS reads `headline` and `text` as HTML, so the
 * plain text is escaped.
 */
import type { ExportDate, ExportRecord } from '../../schema/export.ts';
import type { DateWords } from '../../lib/date-words.ts';
import type { Translate } from '../../lib/messages/catalogue.ts';
import { escapeMarkup, eventDateInWords } from './display.ts';

export interface TimelineDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineText {
  headline: string;
  text: string;
}

export interface TimelineSlide {
  start_date: TimelineDate;
  end_date?: TimelineDate;
  text: TimelineText;
  unique_id: string;
  display_date?: string;
}

export interface TimelineDocument {
  title: { text: TimelineText };
  events: TimelineSlide[];
}

function fromDay(day: string): TimelineDate {
  return {
    year: Number(day.slice(0, 4)),
    month: Number(day.slice(5, 7)),
    day: Number(day.slice(8, 10)),
  };
}

/** A day, month or year as precise as written; a span by the bound asked for. */
export function timelineDate(date: ExportDate, bound: 'earliest' | 'latest'): TimelineDate {
  if (date.precision === 'span') return fromDay(date[bound]);
  const [year, month, day] = date.text.split('-').map(Number);
  return {
    year: year!,
    ...(month !== undefined ? { month } : {}),
    ...(day !== undefined ? { day } : {}),
  };
}

export function timelineSlide(record: ExportRecord, words: DateWords, t: Translate): TimelineSlide {
  const spans = record.start.precision === 'span' || record.end?.precision === 'span';
  const end = record.end ?? (record.start.precision === 'span' ? record.start : undefined);
  return {
    start_date: timelineDate(record.start, 'earliest'),
    ...(end ? { end_date: timelineDate(end, 'latest') } : {}),
    text: {
      headline: escapeMarkup(record.title),
      text: `<p>${escapeMarkup(record.summary)}</p><p><a href="${escapeMarkup(record.url)}">${escapeMarkup(t('timelinejs.sourcesLink'))}</a></p>`,
    },
    unique_id: record.id,
    ...(spans ? { display_date: eventDateInWords(record, words) } : {}),
  };
}

export function timelineDocument(
  records: readonly ExportRecord[],
  site: { title: string; description: string },
  words: DateWords,
  t: Translate,
): TimelineDocument {
  return {
    title: { text: { headline: escapeMarkup(site.title), text: escapeMarkup(site.description) } },
    events: records.map((record) => timelineSlide(record, words, t)),
  };
}
