import { describe, expect, it } from 'vitest';
import { dateWords } from '../../src/lib/date-words.ts';
import { translator } from '../../src/lib/messages/catalogue.ts';
import { groupTimeline, sortEvents } from '../../src/model/timeline.ts';

const EN = dateWords('en');
import { withBase, eventPath } from '../../src/lib/urls.ts';
import { slugify } from '../../src/lib/slug.ts';

const event = (
  id: string,
  earliest: string,
  precision: 'day' | 'month' | 'year' | 'span',
  title = id,
) => ({
  id,
  data: {
    title,
    start: {
      precision,
      text:
        precision === 'year'
          ? earliest.slice(0, 4)
          : precision === 'month'
            ? earliest.slice(0, 7)
            : earliest,
      earliest,
      latest: earliest,
    },
  },
});

describe('timeline order', () => {
  it('sorts by earliest day, the coarser date first, then title and id', () => {
    const sorted = sortEvents([
      event('c', '2021-11-01', 'month'),
      event('b', '2021-11-01', 'day', 'Zeta'),
      event('a', '2021-11-01', 'day', 'Alpha'),
      event('d', '2014-01-01', 'year'),
      event('e', '2021-12-07', 'day'),
    ]);
    expect(sorted.map((e) => e.id)).toEqual(['d', 'c', 'a', 'b', 'e']);
  });

  it('groups a year-precise event under its year, not under January', () => {
    const groups = groupTimeline(
      sortEvents([event('y', '2014-01-01', 'year'), event('m', '2014-01-01', 'month')]),
      EN,
      translator('en'),
    );
    expect(
      groups.map((g) => [
        g.key,
        g.heading,
        g.days.map((d) => [d.key, d.heading, d.events.map((e) => e.id)]),
      ]),
    ).toEqual([
      ['2014', '2014', [['2014', 'Month and day not known', ['y']]]],
      ['2014-01', 'January 2014', [['2014-01', 'Day not known', ['m']]]],
    ]);
  });

  it('keeps the page in the order of the events (earlier/later links): a span written from a year sits under that year, and each heading comes once', () => {
    const span = (id: string, from: string, label: string, title = id) => ({
      id,
      data: {
        title,
        start: {
          precision: 'span' as const,
          text: label,
          label,
          from,
          earliest: `${from}-01-01`.slice(0, 10),
          latest: '2015-12-31',
        },
      },
    });
    const sorted = sortEvents([
      event('month', '2014-01-01', 'month', 'A month'),
      span('span', '2014', '2014 and 2015', 'A span'),
      event('year', '2014-01-01', 'year', 'A year'),
      span('other', '2014', 'from 2014', 'B span'),
      span('again', '2014', '2014 and 2015', 'C span'),
    ]);
    const groups = groupTimeline(sorted, EN, translator('en'));
    const pageOrder = groups.flatMap((g) => g.days.flatMap((d) => d.events.map((e) => e.id)));
    expect(pageOrder).toEqual(sorted.map((e) => e.id));
    expect(
      groups.map((g) => [g.key, g.days.map((d) => [d.key, d.events.map((e) => e.id)])]),
    ).toEqual([
      [
        '2014',
        [
          ['2014', ['year']],
          ['2014-01-01-2014-and-2015', ['span', 'again']],
          ['2014-01-01-from-2014', ['other']],
        ],
      ],
      ['2014-01', [['2014-01', ['month']]]],
    ]);
  });

  it('orders two spans of one start by their end, and keeps every sub-heading’s anchor unique', () => {
    const span = (id: string, label: string, latest: string) => ({
      id,
      data: {
        title: id,
        start: {
          precision: 'span' as const,
          text: label,
          label,
          from: '2021-11-28',
          earliest: '2021-11-28',
          latest,
        },
      },
    });
    const groups = groupTimeline(
      sortEvents([
        span('c', 'within the week', '2021-12-04'),
        span('b', 'within three days', '2021-12-01'),
        span('a', 'within the week', '2021-11-30'),
      ]),
      EN,
      translator('en'),
    );
    expect(groups[0]!.days.map((d) => [d.key, d.events.map((e) => e.id)])).toEqual([
      ['2021-11-28-within-the-week', ['a']],
      ['2021-11-28-within-three-days', ['b']],
      ['2021-11-28-within-the-week-2', ['c']],
    ]);
  });

  it('groups by month, then by day, in order', () => {
    const groups = groupTimeline(
      sortEvents([
        event('x', '2021-12-07', 'day'),
        event('y', '2021-11-30', 'day'),
        event('z', '2021-11-28', 'day'),
        event('w', '2021-11-30', 'day'),
      ]),
      EN,
      translator('en'),
    );
    expect(
      groups.map((g) => [g.key, g.days.map((d) => [d.key, d.heading, d.events.map((e) => e.id)])]),
    ).toEqual([
      [
        '2021-11',
        [
          ['2021-11-28', '28 November 2021', ['z']],
          ['2021-11-30', '30 November 2021', ['w', 'y']],
        ],
      ],
      ['2021-12', [['2021-12-07', '7 December 2021', ['x']]]],
    ]);
  });
});

describe('urls and slugs', () => {
  it('respect the base path', () => {
    expect(withBase('/', eventPath('2021-11-30-x'))).toBe('/events/2021-11-30-x/');
    expect(withBase('/sub/', eventPath('2021-11-30-x'))).toBe('/sub/events/2021-11-30-x/');
    expect(withBase('/sub', '')).toBe('/sub/');
  });

  it('make ids from names with diacritics', () => {
    expect(slugify('Jonas Kalnėda')).toBe('jonas-kalneda');
    expect(slugify('Ilze Žolūnė')).toBe('ilze-zolune');
    expect(slugify('  Harbour–Ferry Council! ')).toBe('harbour-ferry-council');
  });
});
