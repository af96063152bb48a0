import { describe, expect, it } from 'vitest';
import { parseDateText, type CalendarDate } from '../../src/lib/calendar.ts';
import { eventJsonLd } from '../../src/model/json-ld.ts';

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
        places: [{ name: 'Riga', lat: 56.95, lon: 24.1 }],
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
      location: [{ '@type': 'Place', name: 'Riga', geo: { '@type': 'GeoCoordinates', latitude: 56.95, longitude: 24.1 } }],
      actor: [{ '@type': 'Person', name: 'Ada Quill' }],
      citation: [{ '@type': 'NewsArticle', headline: 'H', publisher: { '@type': 'Organization', name: 'P' }, datePublished: '2021-11' }],
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
