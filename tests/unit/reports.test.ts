/**
 * When facts became known: the first report of an event, how long after the event it came, and
 * what the sources published by a day supported.
 */
import { describe, expect, it } from 'vitest';
import { parseDateText, type CalendarDate } from '../../src/lib/calendar.ts';
import { firstReport, knownDays, knownOn, reportLag } from '../../src/model/reports.ts';

const d = (text: string): CalendarDate =>
  text.includes('/')
    ? {
        precision: 'span',
        text,
        earliest: text.split('/')[0]!,
        latest: text.split('/')[1]!,
      }
    : (parseDateText(text) as CalendarDate);
const source = (id: string, published: string) => ({ id, data: { published: d(published) } });
const sources = new Map(
  [
    source('late', '2021-12-04'),
    source('span', '2021-11-28/2021-11-29'),
    source('early', '2021-11-28'),
  ].map((s) => [s.id, s]),
);
const event = (id: string, ...ids: string[]) => ({
  id,
  data: { sources: ids.map((s) => ({ source: s })) },
});

describe('reports', () => {
  it('finds the source published first, a day before a span that may begin on it', () => {
    expect(firstReport(['late', 'span', 'early'], sources)?.id).toBe('early');
    expect(firstReport(['late', 'span'], sources)?.id).toBe('span');
    expect(firstReport([], sources)).toBeUndefined();
  });

  it('counts the days from the event to the report, as few and as many as the dates allow', () => {
    expect(reportLag({ start: d('2021-11-30') }, d('2021-12-01'))).toEqual({ min: 1, max: 1 });
    expect(reportLag({ start: d('2021-11-30') }, d('2021-11-28'))).toEqual({ min: -2, max: -2 });
    expect(reportLag({ start: d('2021-11') }, d('2021-12-01'))).toEqual({ min: 1, max: 30 });
    expect(reportLag({ start: d('2021-11-28') }, d('2021-11-28/2021-11-29'))).toEqual({
      min: 0,
      max: 1,
    });
  });

  it('has a page for each day a source was surely out by, and on it only what was out', () => {
    expect(knownDays(sources.values())).toEqual(['2021-11-28', '2021-11-29', '2021-12-04']);
    const events = [event('a', 'early', 'late'), event('b', 'late'), event('c', 'span')];
    const on = (day: string) =>
      knownOn(day, events, sources).map((k) => [k.event.id, k.sources.map((s) => s.id)]);
    // An event whose only source appeared on 4 December is absent before it.
    expect(on('2021-11-28')).toEqual([['a', ['early']]]);
    expect(on('2021-11-29')).toEqual([
      ['a', ['early']],
      ['c', ['span']],
    ]);
    expect(on('2021-12-04')).toEqual([
      ['a', ['early', 'late']],
      ['b', ['late']],
      ['c', ['span']],
    ]);
  });
});
