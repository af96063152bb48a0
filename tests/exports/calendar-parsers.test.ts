/**
 * events.ics read by a second parser, independent of ical.js: ts-ics, whose result is checked
 * against its zod schema of RFC 5545 (a VEVENT without UID or DTSTAMP, a property of the wrong
 * type, fails). Both parsers must read, for every build, the same events, and each exactly as
 * events.json has it: the same title, address, first day and day after the last.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { zIcsCalendar } from '@ts-ics/schema-zod';
import ICAL from 'ical.js';
import { convertIcsCalendar } from 'ts-ics';
import { describe, expect, inject, it } from 'vitest';
import { shiftDays } from '../../src/lib/calendar.ts';

const builds = {
  fixture: inject('fixtureDist'),
  spanish: inject('spanishDist'),
  arabic: inject('arabicDist'),
  site: inject('siteDist'),
};

interface JsonEvent {
  id: string;
  url: string;
  title: string;
  start: { precision: string; earliest: string };
  end?: { precision: string; latest: string };
}

describe.each(Object.entries(builds))('events.ics of the %s build', (_name, dist) => {
  const text = readFileSync(join(dist, 'events.ics'), 'utf8');
  const { events } = JSON.parse(readFileSync(join(dist, 'events.json'), 'utf8')) as {
    events: JsonEvent[];
  };
  // Only events dated to the day go in a calendar.
  const dayEvents = events.filter(
    (e) => e.start.precision === 'day' && (!e.end || e.end.precision === 'day'),
  );
  const expected = dayEvents.map((e) => ({
    uid: `${e.id}@${new URL(e.url).hostname}`,
    summary: e.title,
    url: e.url,
    start: e.start.earliest,
    end: shiftDays(e.end?.latest ?? e.start.earliest, 1),
  }));

  it('passes ts-ics and its schema, with every event as events.json has it', () => {
    const calendar = convertIcsCalendar(zIcsCalendar, text);
    expect(calendar.version).toBe('2.0');
    expect(
      (calendar.events ?? []).map((e) => ({
        uid: e.uid,
        summary: e.summary,
        url: e.url,
        start: e.start.date.toISOString().slice(0, 10),
        end: e.end!.date.toISOString().slice(0, 10),
        types: [e.start.type, e.end!.type],
      })),
    ).toEqual(expected.map((e) => ({ ...e, types: ['DATE', 'DATE'] })));
  });

  it('reads the same with ical.js', () => {
    const vevents = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(
      vevents.map((vevent) => {
        const event = new ICAL.Event(vevent);
        return {
          uid: event.uid,
          summary: event.summary,
          url: vevent.getFirstPropertyValue('url'),
          start: event.startDate.toString(),
          end: event.endDate.toString(),
        };
      }),
    ).toEqual(expected);
  });
});

describe('the second parser', () => {
  it('refuses a calendar that breaks RFC 5545’s required properties', () => {
    const text = readFileSync(join(builds.fixture, 'events.ics'), 'utf8');
    expect(() => convertIcsCalendar(zIcsCalendar, text.replace(/UID:[^\r]*\r\n/, ''))).toThrow(
      /uid/,
    );
    expect(() => convertIcsCalendar(zIcsCalendar, text.replace(/DTSTAMP:[^\r]*\r\n/, ''))).toThrow(
      /stamp/,
    );
  });
});
