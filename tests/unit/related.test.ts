import { describe, expect, it } from 'vitest';
import { relatedFinder } from '../../src/model/timeline.ts';

const event = (
  id: string,
  day: string,
  refs: { people?: string[]; organisations?: string[]; places?: string[]; topics?: string[] },
) => ({
  id,
  data: {
    title: id,
    start: { precision: 'day' as const, text: day, earliest: day, latest: day },
    people: [],
    organisations: [],
    places: [],
    topics: [],
    ...refs,
  },
});

describe('related events', () => {
  const all = [
    event('a', '2021-11-30', { people: ['ada'], topics: ['bridge'], places: ['town'] }),
    event('b', '2021-12-20', { people: ['ada'], places: ['town'] }),
    event('c', '2021-11-01', { topics: ['bridge'], places: ['town'] }),
    event('d', '2021-12-10', { topics: ['bridge'], places: ['town'] }),
    event('e', '2021-11-29', { places: ['town'] }),
  ];
  const related = relatedFinder(all);

  it('ranks by what is shared (a person counts most), then by nearness in time', () => {
    // b shares a person and a place (4); c and d a topic and a place (3), d nearer in time.
    expect(related(all[0]!).map((e) => e.id)).toEqual(['b', 'd', 'c']);
  });

  it('never gives an event as related to itself, looked up as listed or as a copy', () => {
    expect(related(all[1]!).map((e) => e.id)).toEqual(['a']);
    expect(related({ ...all[1]!, data: { ...all[1]!.data } }).map((e) => e.id)).toEqual(['a']);
  });

  it('needs a score of 3: one shared place is not enough', () => {
    expect(related(all[4]!).map((e) => e.id)).toEqual([]);
  });

  it('ignores a link that a large share of a big timeline has in common', () => {
    const many = Array.from({ length: 600 }, (_, i) =>
      event(`x${i}`, '2021-11-30', { topics: ['everything'] }),
    );
    expect(relatedFinder(many)(many[0]!)).toEqual([]);
  });
});
