/**
 * Each format's module on its own: CSV cells, calendar dates and folding, TimelineJS dates, feed
 * order, JSON Schema.
 */
import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { dateWords } from '../../src/lib/date-words.ts';
import { translator } from '../../src/lib/messages/catalogue.ts';

const EN = dateWords('en');
const T = translator('en');
import {
  calendarDescription,
  eventsCalendar,
  foldLine,
  icsText,
  inCalendar,
} from '../../src/model/exports/calendar-file.ts';
import { CSV_COLUMNS, eventsCsv, safeCell } from '../../src/model/exports/csv-file.ts';
import {
  columnMessageKey,
  exportCounts,
  fieldMessageKey,
  jsonFieldRows,
} from '../../src/model/exports/data-page.ts';
import { escapeMarkup, eventDateInWords } from '../../src/model/exports/display.ts';
import { feedItem, feedOrder } from '../../src/model/exports/feed.ts';
import { exportJsonSchema } from '../../src/model/exports/events-json-schema.ts';
import { timelineDate, timelineSlide } from '../../src/model/exports/timelinejs.ts';
import { listFields } from '../../src/schema/field-docs.ts';
import { exportFileSchema, type ExportDate, type ExportRecord } from '../../src/schema/export.ts';
import { contentRecords, FIXTURE_CONTENT } from '../helpers/export-records.ts';

const { records } = contentRecords(FIXTURE_CONTENT);
const byId = (id: string) => records.find((r) => r.id === id)!;
const dayEvent = byId('2021-11-30-harbour-council-meets');
const spanEvent = byId('2021-03-council-approves-plans');
const monthEvent = byId('2022-01-bridge-works-start');
const date = (
  text: string,
  precision: ExportDate['precision'],
  earliest: string,
  latest: string,
): ExportDate => ({ text, precision, earliest, latest });

describe('the export schema', () => {
  it('describes every field, for the data page and the published JSON Schema', () => {
    const fields = listFields(exportFileSchema);
    expect(fields.length).toBeGreaterThan(40);
    expect(fields.filter((f) => !f.description).map((f) => f.path)).toEqual([]);
    expect(jsonFieldRows().map((row) => row.path)).toContain('events[].sources[].quotes');
  });

  it('gives the data page a catalogue description of every field and column, in every shipped language', () => {
    const rows = jsonFieldRows();
    expect(rows.find((row) => row.path === 'events[].end.text')?.key).toBe('data.field.text');
    expect(rows.find((row) => row.path === 'events[].notes[].text')?.key).toBe(
      'data.field.notes[].text',
    );
    expect(rows.find((row) => row.path === 'site.title')?.key).toBe('data.field.site.title');
    expect(fieldMessageKey('events[].nothing')).toBeUndefined();
    const es = translator('es');
    for (const row of rows) expect(es(row.key), row.path).not.toBe(T(row.key));
    for (const column of CSV_COLUMNS)
      expect(es(columnMessageKey(column.header)), column.header).not.toBe(
        T(columnMessageKey(column.header)),
      );
  });

  it('is generated as JSON Schema draft 2020-12, closed to unknown fields', () => {
    const schema = exportJsonSchema() as {
      $schema: string;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(['version', 'generator', 'site', 'generated', 'events']);
    expect(schema.additionalProperties).toBe(false);
  });
});

describe('events.csv', () => {
  const text = eventsCsv(records, EN);
  const rows: string[][] = parse(text);

  it('writes a cell a spreadsheet would run as a formula as text (OWASP): a leading apostrophe', () => {
    expect(
      [
        '=HYPERLINK("https://evil.example")',
        '@SUM(A1)',
        '+1',
        '-2',
        '\tx',
        'Plain',
        '2021-11-30',
      ].map(safeCell),
    ).toEqual([
      '\'=HYPERLINK("https://evil.example")',
      "'@SUM(A1)",
      "'+1",
      "'-2",
      "'\tx",
      'Plain',
      '2021-11-30',
    ]);
    const injected: string[][] = parse(
      eventsCsv([{ ...records[1]!, title: '=HYPERLINK("https://evil.example","x")' }], EN),
    );
    expect(injected[1]![CSV_COLUMNS.findIndex((c) => c.header === 'title')]).toBe(
      '\'=HYPERLINK("https://evil.example","x")',
    );
  });

  it('has the documented header and one row per event, with CRLF line ends', () => {
    expect(rows[0]).toEqual(CSV_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(records.length + 1);
    expect(text.split('\r\n')).toHaveLength(records.length + 2);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
  });

  it('joins several values with "; " and gives the first and last possible day', () => {
    const row = Object.fromEntries(rows[0]!.map((header, i) => [header, rows[2]![i]]));
    expect(row).toMatchObject({
      id: dayEvent.id,
      start: '2021-11-30',
      end: '2021-11-30',
      precision: 'day',
      date: '30 November 2021',
    });
    expect(row['source_ids']).toBe(
      '2021-11-28-wire-council-preview; 2021-12-01-gazette-council-approves',
    );
    expect(row['source_count']).toBe('2');
    const span = Object.fromEntries(rows[0]!.map((header, i) => [header, rows[1]![i]]));
    expect(span).toMatchObject({
      start: '2021-03-01',
      end: '2021-05-31',
      precision: 'span',
      date: 'spring 2021',
    });
  });

  it('quotes a cell with a comma, a quotation mark or a line break, as RFC 4180 says', () => {
    const tricky = { ...dayEvent, title: 'Says "no", then\nyes' };
    const line = eventsCsv([tricky], EN).split('\r\n')[1]!;
    expect(line).toContain('"Says ""no"", then\nyes"');
    expect((parse(eventsCsv([tricky], EN)) satisfies string[][])[1]![8]).toBe(
      'Says "no", then\nyes',
    );
  });
});

describe('events.ics', () => {
  it('takes only events dated to the day, at both ends', () => {
    expect(records.filter(inCalendar).map((r) => r.id)).toEqual([dayEvent.id]);
    expect(
      inCalendar({ ...dayEvent, end: date('2021-12', 'month', '2021-12-01', '2021-12-31') }),
    ).toBe(false);
    expect(exportCounts(records)).toEqual({ events: 3, inCalendar: 1, leftOutOfCalendar: 2 });
  });

  it('writes all-day events whose DTEND is the day after the last day, with a stamp from the data', () => {
    const twoDays = { ...dayEvent, end: date('2021-12-01', 'day', '2021-12-01', '2021-12-01') };
    const ics = eventsCalendar([twoDays], {
      title: 'T',
      host: 'example.org',
      stamp: '2022-01-31',
      words: EN,
      t: T,
    });
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20211130\r\n');
    expect(ics).toContain('\r\nDTEND;VALUE=DATE:20211202\r\n');
    expect(ics).toContain('\r\nUID:2021-11-30-harbour-council-meets@example.org\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20220131T000000Z\r\n');
    expect(ics).toBe(
      eventsCalendar([twoDays], {
        title: 'T',
        host: 'example.org',
        stamp: '2022-01-31',
        words: EN,
        t: T,
      }),
    );
  });

  it('escapes the calendar’s name as the TEXT it is: a comma or semicolon in a title stays in it', () => {
    const title = 'Harbour news: the council, the bridge; winter \\ 2021';
    const ics = eventsCalendar([dayEvent], {
      title,
      host: 'h',
      stamp: '2022-01-01',
      words: EN,
      t: T,
    });
    expect(ics).toContain(
      '\r\nX-WR-CALNAME:Harbour news: the council\\, the bridge\\; winter \\\\ 2021\r\n',
    );
    // X-WR-CALNAME is TEXT where calendars read it (Apple's and Google's); ical.js is told so,
    // since it treats an X- property it does not know as raw.
    const design = ICAL.design.icalendar.property as Record<string, { defaultType: string }>;
    design['x-wr-calname'] = { defaultType: 'text' };
    const calendar = new ICAL.Component(ICAL.parse(ics));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe(title);
  });

  it('gives a single-day event an end too (the next day)', () => {
    expect(
      eventsCalendar([dayEvent], { title: 'T', host: 'h', stamp: '2022-01-01', words: EN, t: T }),
    ).toContain('\r\nDTEND;VALUE=DATE:20211201\r\n');
  });

  it('describes the event by its summary and its sources', () => {
    expect(calendarDescription(dayEvent, EN, T)).toBe(
      [
        'The council meets and approves the new bridge.',
        '',
        'Sources:',
        '– Harbour council to meet on bridge, Harbour Wire, 28 November 2021',
        '– Council approves the bridge, Harbour Gazette, 1 December 2021, https://gazette.example/council',
      ].join('\n'),
    );
  });

  it('folds lines at 75 octets, never inside a character', () => {
    const long = `DESCRIPTION:${'“Ž”'.repeat(40)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(4);
    for (const line of lines) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(lines.every((line, i) => i === 0 || line.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('folds a line of ASCII alone every 75 octets, then every 74 after the leading space', () => {
    const long = `DESCRIPTION:${'abcdefghij'.repeat(20)}`;
    const lines = foldLine(long).split('\r\n');
    expect(lines.map((line) => line.length)).toEqual([75, 75, 64]);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(foldLine(long).replace(/\r\n /g, '')).toBe(long);
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75));
    expect(foldLine('x'.repeat(76)).split('\r\n')).toEqual(['x'.repeat(75), ' x']);
  });

  it('escapes text values as RFC 5545 says: backslash, semicolon, comma and line breaks', () => {
    expect(icsText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('escapes a lone carriage return too, so no text can start a property of its own', () => {
    expect(icsText('Title\rDTSTART:20000101')).toBe('Title\\nDTSTART:20000101');
    const calendar = eventsCalendar(
      [{ ...dayEvent, summary: 'Council meets\rATTACH:https://evil.example/x' }],
      { title: 'T', host: 'example.org', stamp: '2022-01-31', words: EN, t: T },
    );
    expect(calendar).toContain('Council meets\\nATTACH');
    expect(calendar.replace(/\r\n /g, '')).not.toMatch(/\r(?!\n)/);
    expect(calendar).not.toMatch(/\r\nATTACH:/);
  });
});

describe('timeline.json (TimelineJS)', () => {
  it('gives a date only the fields its precision knows', () => {
    expect(timelineDate(date('2021-11-30', 'day', '2021-11-30', '2021-11-30'), 'earliest')).toEqual(
      { year: 2021, month: 11, day: 30 },
    );
    expect(timelineDate(date('2022-01', 'month', '2022-01-01', '2022-01-31'), 'latest')).toEqual({
      year: 2022,
      month: 1,
    });
    expect(timelineDate(date('2014', 'year', '2014-01-01', '2014-12-31'), 'earliest')).toEqual({
      year: 2014,
    });
  });

  it('runs a span from its first to its last day and shows its label', () => {
    expect(timelineSlide(spanEvent, EN, T)).toMatchObject({
      start_date: { year: 2021, month: 3, day: 1 },
      end_date: { year: 2021, month: 5, day: 31 },
      display_date: 'spring 2021',
      unique_id: spanEvent.id,
    });
    expect(timelineSlide(monthEvent, EN, T)).not.toHaveProperty('end_date');
    expect(timelineSlide(monthEvent, EN, T)).not.toHaveProperty('display_date');
  });

  it('escapes text, which TimelineJS reads as HTML', () => {
    const slide = timelineSlide({ ...dayEvent, title: 'A <b> & "c"' }, EN, T);
    expect(slide.text.headline).toBe('A &lt;b&gt; &amp; &quot;c&quot;');
    expect(escapeMarkup('<&>')).toBe('&lt;&amp;&gt;');
  });
});

describe('feed.xml', () => {
  it('lists the newest event first, keeping timeline order within a day', () => {
    expect(feedOrder(records).map((r) => r.id)).toEqual([monthEvent.id, dayEvent.id, spanEvent.id]);
    const sameDay = [
      { ...dayEvent, id: 'a' },
      { ...dayEvent, id: 'b' },
    ] as ExportRecord[];
    expect(feedOrder(sameDay).map((r) => r.id)).toEqual(['a', 'b']);
  });

  it('dates an item by its event’s first day at midnight UTC and links to its page', () => {
    const item = feedItem(spanEvent, EN);
    expect(item.pubDate?.toISOString()).toBe('2021-03-01T00:00:00.000Z');
    expect(item.link).toBe('https://fixture.example/sub/events/2021-03-council-approves-plans/');
    expect(item.description).toBe('spring 2021: The council approves the plans for the bridge.');
    expect(
      eventDateInWords(
        {
          start: dayEvent.start,
          end: date('2021-12', 'month', '2021-12-01', '2021-12-31'),
        },
        EN,
      ),
    ).toBe('30 November 2021 – December 2021');
  });
});
