/**
 * The real build of the fixture site (served under /sub/), made twice in
 * far-apart time zones by tests/global-setup.ts: every export is read back
 * with a real parser for its format, and both builds wrote the very same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { describe, expect, inject, it } from 'vitest';
import { eventsValidator, parseXml, type XmlElement } from '../helpers/export-parsers.ts';

const FILES = [
  'events.json',
  'events.schema.json',
  'events.csv',
  'events.ics',
  'timeline.json',
  'feed.xml',
  'changes.xml',
  'data/index.html',
];
// Built once for all tests (tests/global-setup.ts), in two far-apart time zones.
const outs = { east: inject('fixtureDist'), west: inject('fixtureDistWest') };

const file = (path: string) => readFileSync(join(outs.east, path), 'utf8');

const child = (element: XmlElement, name: string) => element.children.find((c) => c.name === name)!;
const json = (path: string) => JSON.parse(file(path)) as Record<string, any>;

describe('the export files of the fixture build', () => {
  it('are written, and are byte-identical whatever the build’s time zone', () => {
    for (const path of FILES)
      expect(readFileSync(join(outs.west, path)), path).toEqual(
        readFileSync(join(outs.east, path)),
      );
  });

  it('events.json validates against the generated events.schema.json (ajv, draft 2020-12)', () => {
    const { ajv, validate } = eventsValidator(json('events.schema.json'));
    const data = json('events.json');
    expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
    expect(data['version']).toBe('1.3.0');
    expect(data['generator']).toBe('Chronicle');
    expect(data['site']).toEqual({
      title: 'Fixture Chronicle',
      url: 'https://fixture.example/sub/',
    });
    expect(data['generated']).toBe('2022-01-31');
    expect(data['events'].map((e: { id: string }) => e.id)).toEqual([
      '2021-03-council-approves-plans',
      '2021-11-30-harbour-council-meets',
      '2022-01-bridge-works-start',
    ]);
    expect(data['events'][1].url).toBe(
      'https://fixture.example/sub/events/2021-11-30-harbour-council-meets/',
    );
    expect(validate({ ...data, events: [{ ...data['events'][0], extra: 1 }] })).toBe(false);
  });

  it('events.csv parses as RFC 4180 CSV: header and one row per event', () => {
    const rows = parseCsv<Record<string, string>>(file('events.csv'), {
      columns: true,
      record_delimiter: '\r\n',
      bom: false,
    });
    expect(rows).toHaveLength(3);
    expect(Object.keys(rows[0]!)).toEqual([
      'id',
      'url',
      'start',
      'end',
      'precision',
      'date',
      'status',
      'kind',
      'title',
      'summary',
      'people',
      'organisations',
      'places',
      'topics',
      'source_count',
      'source_ids',
    ]);
    expect(rows.map((r) => r['precision'])).toEqual(['span', 'day', 'month']);
    expect(rows[1]).toMatchObject({
      people: 'Ada Quill',
      places: 'Harbourtown',
      source_count: '2',
      url: 'https://fixture.example/sub/events/2021-11-30-harbour-council-meets/',
    });
    expect(file('events.csv').charCodeAt(0)).not.toBe(0xfeff);
  });

  it('events.ics parses with ical.js: one all-day VEVENT per day-precise event, stable UIDs', () => {
    const calendar = new ICAL.Component(ICAL.parse(file('events.ics')));
    const vevents = calendar.getAllSubcomponents('vevent');
    expect(vevents).toHaveLength(1);
    const vevent = vevents[0]!;
    const event = new ICAL.Event(vevent);
    expect(event.uid).toBe('2021-11-30-harbour-council-meets@fixture.example');
    expect(event.startDate.isDate).toBe(true);
    expect(event.endDate.isDate).toBe(true);
    expect(event.startDate.toString()).toBe('2021-11-30');
    expect(event.endDate.toString()).toBe('2021-12-01');
    expect(vevent.getFirstProperty('dtstart')!.type).toBe('date');
    expect(vevent.getFirstPropertyValue('url')).toBe(
      'https://fixture.example/sub/events/2021-11-30-harbour-council-meets/',
    );
    expect(vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2022-01-31T00:00:00Z');
    expect(event.description).toContain(
      'The council meets and approves the new bridge.\n\nSources:\n– Harbour council to meet on bridge, Harbour Wire',
    );
    for (const line of file('events.ics').split('\r\n'))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });

  it('timeline.json follows the TimelineJS 3 JSON format', () => {
    const timeline = json('timeline.json');
    expect(Object.keys(timeline).sort()).toEqual(['events', 'title']);
    expect(typeof timeline['title'].text.headline).toBe('string');
    expect(typeof timeline['title'].text.text).toBe('string');
    const slides = timeline['events'] as Record<string, any>[];
    expect(slides).toHaveLength(3);
    const allowed = [
      'start_date',
      'end_date',
      'text',
      'group',
      'display_date',
      'unique_id',
      'media',
      'background',
      'autolink',
    ];
    for (const slide of slides) {
      expect(Object.keys(slide).filter((key) => !allowed.includes(key))).toEqual([]);
      expect(typeof slide['unique_id']).toBe('string');
      expect(typeof slide['text'].headline).toBe('string');
      expect(typeof slide['text'].text).toBe('string');
      for (const date of [slide['start_date'], slide['end_date']].filter(Boolean)) {
        expect(Object.keys(date).filter((key) => !['year', 'month', 'day'].includes(key))).toEqual(
          [],
        );
        expect(Number.isInteger(date.year)).toBe(true);
        if ('month' in date) expect(date.month).toBeGreaterThanOrEqual(1);
        if ('month' in date) expect(date.month).toBeLessThanOrEqual(12);
        if ('day' in date) expect('month' in date && date.day >= 1 && date.day <= 31).toBe(true);
      }
    }
    expect(new Set(slides.map((s) => s['unique_id'])).size).toBe(3);
    expect(slides.map((s) => s['start_date'])).toEqual([
      { year: 2021, month: 3, day: 1 },
      { year: 2021, month: 11, day: 30 },
      { year: 2022, month: 1 },
    ]);
    expect(slides[0]).toMatchObject({
      end_date: { year: 2021, month: 5, day: 31 },
      display_date: 'spring 2021',
    });
  });

  it('feed.xml is well-formed RSS 2.0: an item per event, newest first, linking under /sub/', () => {
    expect(() => parseXml('<rss><channel></rss>')).toThrow();
    const xml = file('feed.xml');
    const rss = parseXml(xml);
    expect(rss.name).toBe('rss');
    expect(rss.attributes['version']).toBe('2.0');
    const channel = child(rss, 'channel');
    expect(child(channel, 'link').text).toBe('https://fixture.example/sub/');
    const items = channel.children.filter((c) => c.name === 'item');
    expect(items).toHaveLength(3);
    expect(items.map((item) => child(item, 'link').text)).toEqual([
      'https://fixture.example/sub/events/2022-01-bridge-works-start/',
      'https://fixture.example/sub/events/2021-11-30-harbour-council-meets/',
      'https://fixture.example/sub/events/2021-03-council-approves-plans/',
    ]);
    expect(items.map((item) => child(item, 'pubDate').text)).toEqual([
      'Sat, 01 Jan 2022 00:00:00 GMT',
      'Tue, 30 Nov 2021 00:00:00 GMT',
      'Mon, 01 Mar 2021 00:00:00 GMT',
    ]);
    expect(xml).not.toContain('#');
  });

  it('changes.xml is the corrections log as RSS 2.0: an item per change and per event taken off the site, newest first, each at its own address', () => {
    const xml = file('changes.xml');
    const channel = child(parseXml(xml), 'channel');
    expect(child(channel, 'title').text).toBe('Fixture Chronicle: corrections and changes');
    expect(child(channel, 'link').text).toBe('https://fixture.example/sub/changes/');
    const items = channel.children.filter((c) => c.name === 'item');
    expect(
      items.map((item) => [
        child(item, 'title').text,
        child(item, 'guid').text,
        child(item, 'pubDate').text,
      ]),
    ).toEqual([
      [
        'Taken off the site: Ferry timetable published',
        'https://fixture.example/sub/events/2021-12-01-ferry-timetable-published/',
        'Fri, 07 Jan 2022 00:00:00 GMT',
      ],
      [
        'Correction: Harbour council meets on the bridge',
        'https://fixture.example/sub/events/2021-11-30-harbour-council-meets/#change-2022-01-05',
        'Wed, 05 Jan 2022 00:00:00 GMT',
      ],
      [
        'Update: Harbour council meets on the bridge',
        'https://fixture.example/sub/events/2021-11-30-harbour-council-meets/#change-2021-12-02',
        'Thu, 02 Dec 2021 00:00:00 GMT',
      ],
    ]);
    expect(child(items[1]!, 'description').text).toBe(
      'The summary said the council postponed the bridge; it approved it. The Harbour Gazette of 1 December reports the approval.',
    );
    // Each item's address is a page of the site, and its anchor is there.
    const page = file('events/2021-11-30-harbour-council-meets/index.html');
    expect(page).toContain('id="change-2022-01-05"');
    expect(page).toContain('id="change-2021-12-02"');
    expect(file('events/2021-12-01-ferry-timetable-published/index.html')).toContain('noindex');
    // Every page offers it to feed readers.
    expect(file('index.html')).toContain(
      '<link rel="alternate" type="application/rss+xml" title="Fixture Chronicle: corrections and changes" href="/sub/changes.xml">',
    );
  });

  it('each topic has its own feed of its events, linked from the topic page', () => {
    const channel = child(parseXml(file('topics/bridge/feed.xml')), 'channel');
    expect(child(channel, 'title').text).toBe('Fixture Chronicle: The bridge');
    // The channel's link is the page it is the feed of, not the home page.
    expect(child(channel, 'link').text).toBe('https://fixture.example/sub/topics/bridge/');
    expect(channel.children.filter((c) => c.name === 'item')).toHaveLength(3);
    expect(file('topics/bridge/index.html')).toContain(
      '<link rel="alternate" type="application/rss+xml" title="The bridge: new events" href="/sub/topics/bridge/feed.xml">',
    );
  });

  it('the data page links every file under the base path and states what the calendar leaves out', () => {
    const html = file('data/index.html');
    for (const path of FILES.slice(0, 7)) expect(html).toContain(`href="/sub/${path}"`);
    expect(html).toContain('the 1 event dated to the day');
    expect(html).toContain(
      'the 2 events dated only to a month, a year or an approximate span are left',
    );
    expect(html).toContain('<code>events[].sources[].quotes</code>');
    // Astro 7 drops a line break next to an element (as JSX does): no word may run into a link or a
    // code span.
    const main = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    expect(main.match(/[\w’,.;:)]<(code|a)\b|<\/(code|a)>\w/g)).toBeNull();
  });
});
