import { describe, expect, it } from 'vitest';
import { parseDateText, type CalendarDate } from '../../src/lib/calendar.ts';
import { dateWords } from '../../src/lib/date-words.ts';
import { translator } from '../../src/lib/messages/catalogue.ts';
import { buildOverview, firstDayWithEvents } from '../../src/model/overview.ts';

const EN = dateWords('en');
const T = translator('en');

const d = (text: string) => parseDateText(text) as CalendarDate;
const event = (text: string) => ({ data: { start: d(text) } });

describe('overview', () => {
  const overview = buildOverview(
    { start: d('2021-11-26'), end: d('2021-12-05') },
    [
      event('2021-11-30'),
      event('2021-11-30'),
      event('2021-12-01'),
      event('2021-11'),
      event('2014'),
      event('2022-01-04'),
    ],
    [{ name: 'Council week', start: d('2021-11-30'), end: d('2021-12-01') }],
    EN,
    T,
    { width: 100, height: 70 },
  );

  it('draws one bar per day, counting only events dated to a day within the period', () => {
    expect(overview.daysPerBar).toBe(1);
    expect(overview.bars).toHaveLength(10);
    expect(overview.bars.map((b) => b.count)).toEqual([0, 0, 0, 0, 2, 1, 0, 0, 0, 0]);
    expect(overview.bars[4]).toMatchObject({
      day: '2021-11-30',
      x: 40,
      height: 50,
      label: '30 November 2021: 2 events',
    });
    expect(overview.bars[5]).toMatchObject({
      day: '2021-12-01',
      height: 25,
      label: '1 December 2021: 1 event',
    });
  });

  it('places named periods as bands and months as ticks', () => {
    expect(overview.bands).toEqual([{ name: 'Council week', x: 40, width: 20 }]);
    expect(overview.ticks).toEqual([
      { x: 0, label: 'Nov 2021' },
      { x: 50, label: 'Dec 2021' },
    ]);
  });

  it('switches to weekly bars for long periods', () => {
    expect(
      buildOverview({ start: d('2021-01-01'), end: d('2021-12-31') }, [], [], EN, T).daysPerBar,
    ).toBe(7);
  });

  it('finds the first day with events inside a span', () => {
    const days = new Set(['2021-11-25', '2021-11-28', '2021-12-07']);
    expect(firstDayWithEvents('2021-11-26', '2021-11-30', days)).toBe('2021-11-28');
    expect(firstDayWithEvents('2021-12-01', '2021-12-05', days)).toBeUndefined();
  });
});

describe('overview of a long period', () => {
  it('never draws more than about 190 bars', () => {
    for (const [end, perBar] of [
      ['2001-06-30', 1],
      ['2003-12-31', 7],
      ['2015-12-31', 30],
      ['2060-12-31', 365],
    ] as const) {
      const o = buildOverview({ start: d('2001-01-01'), end: d(end) }, [], [], EN, T);
      expect(o.daysPerBar).toBe(perBar);
      expect(o.bars.length).toBeLessThanOrEqual(195);
    }
  });
});
