/**
 * The export record: references resolved, dates in one shape, absent fields left out, and always
 * what the schema says.
 */
import { describe, expect, it } from 'vitest';
import {
  eventRecord,
  exportDate,
  type ExportIndexes,
} from '../../src/model/exports/event-record.ts';
import { dataDay, eventsDocument, jsonText } from '../../src/model/exports/events-document.ts';
import { absoluteUrl, homeUrl, permalink } from '../../src/lib/urls.ts';
import { parseDateText, type CalendarDate } from '../../src/lib/calendar.ts';
import { eventSchema } from '../../src/schema/index.ts';
import { exportFileSchema, exportRecordSchema } from '../../src/schema/export.ts';
import { contentRecords, FIXTURE_CONTENT } from '../helpers/export-records.ts';

const day = (text: string) => parseDateText(text) as CalendarDate;
const site = { url: 'https://example.org', base: '/chronicle/' };

const indexes: ExportIndexes = {
  sources: new Map([
    [
      'wire',
      {
        id: 'wire',
        data: { headline: 'Council to meet', site: 'Wire', published: day('2021-11-28') },
      },
    ],
    [
      'gazette',
      {
        id: 'gazette',
        data: {
          headline: 'Council approves',
          site: 'Gazette',
          published: day('2021-12'),
          url: 'https://gazette.example/a',
        },
      },
    ],
  ]),
  people: new Map([['ada', { id: 'ada', data: { name: 'Ada Quill' } }]]),
  organisations: new Map([['council', { id: 'council', data: { name: 'Harbour council' } }]]),
  places: new Map([
    ['town', { id: 'town', data: { name: 'Harbourtown', coordinates: { lat: 50.5, lon: 4.25 } } }],
  ]),
  topics: new Map([['bridge', { id: 'bridge', data: { name: 'The bridge' } }]]),
};

const event = (fields: Record<string, unknown> = {}) => ({
  id: '2021-11-30-council-meets',
  data: eventSchema().parse({
    title: 'Council meets',
    kind: 'meeting',
    start: '2021-11-30',
    dating: { basis: 'stated' },
    status: 'happened',
    summary: 'The council meets.',
    people: ['ada'],
    organisations: 'council',
    places: ['town'],
    topics: ['bridge'],
    sources: [
      { source: 'wire', quote: 'will meet' },
      { source: 'gazette', quotes: ['met', 'approved'] },
    ],
    ...fields,
  }),
});

describe('site addresses', () => {
  it('are absolute and under the base path', () => {
    expect(homeUrl(site)).toBe('https://example.org/chronicle/');
    expect(permalink(site, 'x')).toBe('https://example.org/chronicle/events/x/');
    expect(absoluteUrl({ url: 'https://example.org', base: '/' }, 'feed.xml')).toBe(
      'https://example.org/feed.xml',
    );
  });
});

describe('exportDate', () => {
  it('gives a day, month or year without span fields', () => {
    expect(exportDate(day('2021-11'))).toEqual({
      text: '2021-11',
      precision: 'month',
      earliest: '2021-11-01',
      latest: '2021-11-30',
    });
    expect(Object.keys(exportDate(day('2021')))).toEqual([
      'text',
      'precision',
      'earliest',
      'latest',
    ]);
  });

  it('gives a span its label, and openStart only when it is open', () => {
    const spring = event({ start: { from: '2021-03', to: '2021-05', label: 'spring 2021' } }).data
      .start;
    expect(exportDate(spring)).toEqual({
      text: 'spring 2021',
      precision: 'span',
      earliest: '2021-03-01',
      latest: '2021-05-31',
      label: 'spring 2021',
    });
    const by = event({ start: { to: '2021-11-28', label: 'by 28 November' } }).data.start;
    expect(exportDate(by)).toMatchObject({
      earliest: '2021-11-28',
      latest: '2021-11-28',
      openStart: true,
    });
  });
});

describe('eventRecord', () => {
  it('resolves every reference to its name, a place to its point and a source to its headline and date', () => {
    const record = eventRecord(event(), indexes, site);
    expect(record.url).toBe('https://example.org/chronicle/events/2021-11-30-council-meets/');
    expect(record.people).toEqual([{ id: 'ada', name: 'Ada Quill' }]);
    expect(record.organisations).toEqual([{ id: 'council', name: 'Harbour council' }]);
    expect(record.places).toEqual([
      { id: 'town', name: 'Harbourtown', coordinates: { lat: 50.5, lon: 4.25 } },
    ]);
    expect(record.topics).toEqual([{ id: 'bridge', name: 'The bridge' }]);
    expect(record.sources).toEqual([
      {
        id: 'wire',
        headline: 'Council to meet',
        site: 'Wire',
        published: {
          text: '2021-11-28',
          precision: 'day',
          earliest: '2021-11-28',
          latest: '2021-11-28',
        },
        quotes: ['will meet'],
      },
      {
        id: 'gazette',
        headline: 'Council approves',
        site: 'Gazette',
        published: {
          text: '2021-12',
          precision: 'month',
          earliest: '2021-12-01',
          latest: '2021-12-31',
        },
        url: 'https://gazette.example/a',
        quotes: ['met', 'approved'],
      },
    ]);
  });

  it('leaves out what does not apply, never writing null or undefined', () => {
    const record = eventRecord(event(), indexes, site);
    expect(Object.keys(record)).toEqual([
      'id',
      'url',
      'title',
      'kind',
      'status',
      'summary',
      'start',
      'dating',
      'people',
      'organisations',
      'places',
      'topics',
      'sources',
      'disagreements',
      'notes',
      'changes',
      'aliases',
    ]);
    expect(JSON.stringify(record)).not.toMatch(/null/);
    expect(Object.values(record.dating)).not.toContain(undefined);
  });

  it('keeps the end, time, dating words, disagreements, notes and aliases when there are some, in a fixed key order', () => {
    const record = eventRecord(
      event({
        end: '2021-12-01',
        time: '18:30',
        timezone: 'Atlantic/Madeira',
        dating: {
          basis: 'inferred',
          words: 'on Tuesday',
          source: 'wire',
          reasoning: 'Published on Sunday.',
        },
        disagreements: [
          {
            about: 'votes',
            versions: [
              { source: 'wire', says: '12' },
              { source: 'gazette', says: '13', quote: '13 votes' },
            ],
          },
        ],
        notes: [{ kind: 'correction', text: 'Wrong title.', source: 'wire' }],
        aliases: ['old-id'],
      }),
      indexes,
      site,
    );
    expect(Object.keys(record).slice(6, 11)).toEqual([
      'start',
      'end',
      'time',
      'timezone',
      'dating',
    ]);
    expect(record.end).toEqual({
      text: '2021-12-01',
      precision: 'day',
      earliest: '2021-12-01',
      latest: '2021-12-01',
    });
    expect(record.dating).toEqual({
      basis: 'inferred',
      words: 'on Tuesday',
      source: 'wire',
      reasoning: 'Published on Sunday.',
    });
    expect(record.disagreements[0]!.versions).toEqual([
      { source: 'wire', says: '12' },
      { source: 'gazette', says: '13', quote: '13 votes' },
    ]);
    expect(record.notes).toEqual([{ kind: 'correction', text: 'Wrong title.', source: 'wire' }]);
    expect(record.aliases).toEqual(['old-id']);
    expect(exportRecordSchema.safeParse(record).success).toBe(true);
  });

  it('refuses a reference the indexes do not have, naming it', () => {
    expect(() => eventRecord(event({ people: ['nobody'] }), indexes, site)).toThrow(
      'Event "2021-11-30-council-meets" refers to person "nobody"',
    );
  });
});

describe('events.json document', () => {
  const { records, site: fixtureSite } = contentRecords(FIXTURE_CONTENT);

  it('takes its date from the data: the last day any event or source date reaches', () => {
    expect(dataDay(records, fixtureSite.period.end)).toBe('2022-01-31');
    expect(dataDay([], day('2021-12-31'))).toBe('2021-12-31');
    const early = records.filter((r) => r.start.precision === 'day');
    expect(dataDay(early, fixtureSite.period.end)).toBe('2021-12-01');
  });

  it('has the documented header and conforms to the export schema', () => {
    const document = eventsDocument(records, fixtureSite);
    expect(Object.keys(document)).toEqual(['version', 'generator', 'site', 'generated', 'events']);
    expect(document).toMatchObject({
      version: '1.3.0',
      generator: 'Chronicle',
      site: { title: 'Fixture Chronicle', url: 'https://fixture.example/sub/' },
    });
    expect(exportFileSchema.safeParse(document).error).toBeUndefined();
    expect(jsonText(document)).toBe(
      jsonText(eventsDocument(contentRecords(FIXTURE_CONTENT).records, fixtureSite)),
    );
  });
});
