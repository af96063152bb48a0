/**
 * `events.csv`: one row per event for spreadsheets (RFC 4180: comma-separated,
 * CRLF line ends, a header row, fields quoted only when they must be; UTF-8).
 * The columns are one list, which the data page shows, each described in the catalogue
 * (`data.column.<header>`).
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
  value: (record: ExportRecord, words: DateWords) => string;
}

const names = (list: { name: string }[]) => list.map((item) => item.name).join(LIST_SEPARATOR);

export const CSV_COLUMNS: readonly Column[] = [
  { header: 'id', value: (r) => r.id },
  { header: 'url', value: (r) => r.url },
  {
    header: 'start',
    value: (r) => r.start.earliest,
  },
  {
    header: 'end',
    value: (r) => lastDay(r),
  },
  {
    header: 'precision',
    value: (r) => r.start.precision,
  },
  {
    header: 'date',
    value: eventDateInWords,
  },
  {
    header: 'status',
    value: (r) => r.status,
  },
  {
    header: 'kind',
    value: (r) => r.kind,
  },
  { header: 'title', value: (r) => r.title },
  { header: 'summary', value: (r) => r.summary },
  { header: 'people', value: (r) => names(r.people) },
  {
    header: 'organisations',
    value: (r) => names(r.organisations),
  },
  { header: 'places', value: (r) => names(r.places) },
  { header: 'topics', value: (r) => names(r.topics) },
  {
    header: 'source_count',
    value: (r) => String(r.sources.length),
  },
  {
    header: 'source_ids',
    value: (r) => r.sources.map((s) => s.id).join(LIST_SEPARATOR),
  },
];

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return first) is
 * written with a leading apostrophe, as OWASP advises against CSV injection: shown as text.
 */
export function safeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function eventsCsv(records: readonly ExportRecord[], words: DateWords): string {
  const header = CSV_COLUMNS.map((column) => column.header);
  const rows = records.map((record) =>
    CSV_COLUMNS.map((column) => safeCell(column.value(record, words))),
  );
  return stringify([header, ...rows], { record_delimiter: 'windows', eof: true });
}
