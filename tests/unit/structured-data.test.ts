/**
 * The structured-data builders: dates at their precision, an end by the rule every export uses, a
 * place's country as its address, no status for an unconfirmed event, and the graph of a page
 * built from the site model as the built page carries it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readWorkerModel } from '../../src/derived/model-input.ts';
import { parseDateText, type CalendarDate } from '../../src/lib/calendar.ts';
import { lastChanged } from '../../src/model/changes.ts';
import {
  eventEndDay,
  eventGraph,
  type EventFacts,
} from '../../src/model/structured-data/event-graph.ts';
import { eventFactsOf } from '../../src/model/structured-data/facts-of-records.ts';
import { placeNode } from '../../src/model/structured-data/record-nodes.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-site.ts';

const d = (text: string) => parseDateText(text) as CalendarDate;
const site = {
  url: 'https://x.example',
  base: '/',
  title: 'T',
  description: 'D',
  language: 'en',
};
const facts = (overrides: Partial<EventFacts>): EventFacts => ({
  path: 'events/a/',
  name: 'A',
  description: 'B',
  start: d('2021-11-30'),
  status: 'unconfirmed',
  places: [],
  people: [],
  organisations: [],
  sources: [],
  changes: [],
  ...overrides,
});
const eventOf = (e: EventFacts) =>
  eventGraph(site, { url: e.path, name: e.name, description: e.description }, e)['@graph'].find(
    (node) => (node as { '@type': string })['@type'] === 'Event',
  ) as Record<string, unknown>;

describe('structured data', () => {
  it('gives dates at their precision, and an end only to a span, on its last possible day', () => {
    expect(eventEndDay({ start: d('2021-11-30') })).toBeUndefined();
    expect(eventEndDay({ start: d('2021-11') })).toBeUndefined();
    expect(eventEndDay({ start: d('2021-11-30'), end: d('2021-12') })).toBe('2021-12-31');
    const month = eventOf(facts({ start: d('2021-03'), end: d('2021-05') }));
    expect([month['startDate'], month['endDate']]).toEqual(['2021-03', '2021-05-31']);
    expect(eventOf(facts({ start: d('2021') }))['startDate']).toBe('2021');
  });

  it('leaves out the status of an unconfirmed event, and the location of one with no place', () => {
    const event = eventOf(facts({}));
    expect(event['eventStatus']).toBeUndefined();
    expect(event['location']).toBeUndefined();
    expect(eventOf(facts({ status: 'cancelled' }))['eventStatus']).toBe(
      'https://schema.org/EventCancelled',
    );
  });

  it('gives a place its country as its address, when its record names one', () => {
    const place = { path: 'places/p/', name: 'P', lat: 1, lon: 2 };
    expect(placeNode(site, { ...place, country: 'Northland' })).toEqual({
      '@type': 'Place',
      '@id': 'https://x.example/places/p/#place',
      url: 'https://x.example/places/p/',
      name: 'P',
      geo: { '@type': 'GeoCoordinates', latitude: 1, longitude: 2 },
      address: { '@type': 'PostalAddress', addressCountry: 'Northland' },
    });
    expect(placeNode(site, place)).not.toHaveProperty('address');
  });

  it('is, for each event of the model, what its built page carries', () => {
    const model = readWorkerModel(FIXTURE_CONTENT);
    for (const event of model.events) {
      const html = readFileSync(
        join(inject('fixtureDist'), 'events', event.id, 'index.html'),
        'utf8',
      );
      const onPage = JSON.parse(
        /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)![1]!,
      ) as { '@graph': Record<string, unknown>[] };
      const page = onPage['@graph'][1]!;
      const expected = eventGraph(
        model.site,
        {
          url: `events/${event.id}/`,
          name: event.data.title,
          description: event.data.summary,
          image: `https://fixture.example/sub/og/${event.id}.png`,
          dateModified: lastChanged(event.data.changes),
        },
        eventFactsOf(event, model),
      );
      expect(onPage, event.id).toEqual(JSON.parse(JSON.stringify(expected)));
      expect(page['url']).toBe(`https://fixture.example/sub/events/${event.id}/`);
    }
  });
});
