/**
 * Dates and sources of export records in words, for the formats people read (calendar, feed,
 * TimelineJS, CSV); escaping for those that carry markup.
 */
import type { DateWords } from '../../lib/date-words.ts';
import type { ExportDate, ExportRecord } from '../../schema/export.ts';

/** "30 November 2021", "November 2021", "2021" or a span's label. */
export function dateInWords(date: ExportDate, words: DateWords): string {
  return words.date(date);
}

/**
 * The event's date as the site shows it: "30 November 2021 – 1 December 2021" for an event with an
 * end.
 */
export function eventDateInWords(
  record: Pick<ExportRecord, 'start' | 'end'>,
  words: DateWords,
): string {
  return words.range(record.start, record.end);
}

/** "Council approves the bridge, Harbour Gazette, 1 December 2021, https://…" */
export function sourceLine(source: ExportRecord['sources'][number], words: DateWords): string {
  return [source.headline, source.site, dateInWords(source.published, words), source.url]
    .filter(Boolean)
    .join(', ');
}

/** Plain text made safe inside HTML or XML text and attribute values. */
export function escapeMarkup(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
