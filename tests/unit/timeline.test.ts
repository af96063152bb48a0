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
