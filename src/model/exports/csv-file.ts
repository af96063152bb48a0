/**
 * `events.csv`: one row per event for spreadsheets (RFC 4180: comma-separated,
 * CRLF line ends, a header row, fields quoted only when they must be; UTF-8).
 * The columns and their descriptions are one list, which the data page shows.
 */
import { stringify } from 'csv-stringify/sync';
import type { ExportRecord } from '../../schema/export.ts';
import { lastDay } from '../../lib/calendar.ts';
import type { DateWords } from '../../lib/date-words.ts';
import { eventDateInWords } from './display.ts';

/** Separator inside a cell that holds several values. */
export const LIST_SEPARATOR = '; ';

interface Column {
  header: string;
  description: string;
  value: (record: ExportRecord, words: DateWords) => string;
}

const names = (list: { name: string }[]) => list.map((item) => item.name).join(LIST_SEPARATOR);

export const CSV_COLUMNS: readonly Column[] = [
  { header: 'id', description: 'Permanent id of the event.', value: (r) => r.id },
  { header: 'url', description: 'Address of the event’s page.', value: (r) => r.url },
  {
    header: 'start',
    description: 'First day it can have begun, YYYY-MM-DD.',
    value: (r) => r.start.earliest,
  },
  {
    header: 'end',
    description: 'Last day it can have ended (of its end date, or else of its start), YYYY-MM-DD.',
    value: (r) => lastDay(r),
  },
  {
    header: 'precision',
    description: 'How precise the start is: day, month, year or span.',
    value: (r) => r.start.precision,
  },
  {
    header: 'date',
    description: 'The date in words, as the site shows it.',
    value: eventDateInWords,
  },
  {
    header: 'status',
    description: 'happened, scheduled, cancelled or unconfirmed.',
    value: (r) => r.status,
  },
  {
    header: 'kind',
    description: 'What sort of happening: meeting, statement …',
    value: (r) => r.kind,
  },
  { header: 'title', description: 'Short headline.', value: (r) => r.title },
  { header: 'summary', description: 'One sentence.', value: (r) => r.summary },
  { header: 'people', description: 'Names of the people involved.', value: (r) => names(r.people) },
  {
    header: 'organisations',
    description: 'Names of the organisations involved.',
    value: (r) => names(r.organisations),
  },
  { header: 'places', description: 'Names of the places involved.', value: (r) => names(r.places) },
  { header: 'topics', description: 'Names of the topics.', value: (r) => names(r.topics) },
  {
    header: 'source_count',
    description: 'How many articles report the event.',
    value: (r) => String(r.sources.length),
  },
  {
    header: 'source_ids',
    description: 'Ids of those articles.',
    value: (r) => r.sources.map((s) => s.id).join(LIST_SEPARATOR),
  },
];

export function eventsCsv(records: readonly ExportRecord[], words: DateWords): string {
  const header = CSV_COLUMNS.map((column) => column.header);
  const rows = records.map((record) => CSV_COLUMNS.map((column) => column.value(record, words)));
  return stringify([header, ...rows], { record_delimiter: 'windows', eof: true });
}
