import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readWorkerModel } from '../../src/derived/model-input.ts';
import { parseDateText, type CalendarDate } from '../../src/lib/calendar.ts';
import { eventJsonLd, eventJsonLdOf } from '../../src/model/json-ld.ts';
import { FIXTURE_CONTENT } from '../helpers/fixture-site.ts';

const d = (text: string) => parseDateText(text) as CalendarDate;

describe('JSON-LD', () => {
  it('describes an event with dates at their precision, place, status and sources', () => {
    expect(
      eventJsonLd({
        url: 'https://x.example/events/a/',
        name: 'A',
        description: 'B',
        start: d('2021-11-30'),
        end: d('2021-12-01'),
        status: 'scheduled',
        places: [{ name: 'Harbourtown', lat: 50.5, lon: 4.25 }],
        people: ['Ada Quill'],
        organisations: [],
        sources: [{ headline: 'H', publisher: 'P', published: d('2021-11') }],
      }),
    ).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      '@id': 'https://x.example/events/a/',
      url: 'https://x.example/events/a/',
      name: 'A',
      description: 'B',
      startDate: '2021-11-30',
      endDate: '2021-12-01',
      eventStatus: 'https://schema.org/EventScheduled',
      location: [
        {
          '@type': 'Place',
          name: 'Harbourtown',
          geo: { '@type': 'GeoCoordinates', latitude: 50.5, longitude: 4.25 },
        },
      ],
      actor: [{ '@type': 'Person', name: 'Ada Quill' }],
      citation: [
        {
          '@type': 'NewsArticle',
          headline: 'H',
          publisher: { '@type': 'Organization', name: 'P' },
          datePublished: '2021-11',
        },
      ],
    });
  });

  it('leaves out the status of an unconfirmed event', () => {
    const ld = eventJsonLd({
      url: 'u',
      name: 'n',
      description: 'd',
      start: d('2021'),
      status: 'unconfirmed',
      places: [],
      people: [],
      organisations: [],
      sources: [],
    }) as Record<string, unknown>;
    expect(ld['eventStatus']).toBeUndefined();
    expect(ld['startDate']).toBe('2021');
  });
});

describe('JSON-LD of the site model', () => {
  const model = readWorkerModel(FIXTURE_CONTENT);

  it('is what every event page of the built site carries', () => {
    for (const event of model.events) {
      const html = readFileSync(
        join(inject('fixtureDist'), 'events', event.id, 'index.html'),
        'utf8',
      );
      const onPage = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1];
      expect(JSON.parse(onPage!), event.id).toEqual(eventJsonLdOf(event, model));
    }
  });

  it('looks up names, places and sources in the model, and gives absolute addresses under the base path', () => {
    const event = model.events.find((e) => e.id === '2021-11-30-harbour-council-meets')!;
    const ld = eventJsonLdOf(event, model) as Record<string, unknown>;
    expect(ld['url']).toBe('https://fixture.example/sub/events/2021-11-30-harbour-council-meets/');
    expect(ld['image']).toBe('https://fixture.example/sub/og/2021-11-30-harbour-council-meets.png');
    expect(ld['actor']).toEqual(
      event.data.people
        .map((id) => ({ '@type': 'Person', name: model.nameOf('people', id) }))
        .concat(
          event.data.organisations.map((id) => ({
            '@type': 'Organization',
            name: model.nameOf('organisations', id),
          })),
        ),
    );
    expect((ld['citation'] as { headline: string }[]).map((c) => c.headline)).toEqual(
      [...new Set(event.data.sources.map((c) => c.source))].map(
        (id) => model.sources.get(id)!.data.headline,
      ),
    );
  });
});
