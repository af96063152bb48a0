/**
 * What words such as "a day after the meeting" count from: the event the words name (by its
 * title's words, and the kind they suggest), counted from its last day when they say "after"; or,
 * when they name none, the nearest earlier date of the article naming the same people.
 */
import { describe, expect, it } from 'vitest';
import { resolveAnchor, type ArticleAnchor } from '../../src/cli/support/anchors.ts';

const kinds = ['meeting', 'visit', 'statement', 'other'];
const published = { latest: '2021-12-05' };
const timeline = [
  {
    id: 'summit',
    title: 'Chairs hold a two-day summit in the port',
    kind: 'meeting',
    start: '2021-11-30',
    end: '2021-12-01',
  },
  { id: 'visit', title: 'The chair visits the port', kind: 'visit', start: '2021-12-02' },
  {
    id: 'old-summit',
    title: 'Chairs hold a summit in the port',
    kind: 'meeting',
    start: '2021-10-01',
  },
];
const earlier: ArticleAnchor[] = [
  {
    number: 1,
    words: 'on Monday',
    sentence: 'On Monday, Quill spoke.',
    start: { text: '2021-11-29', precision: 'day' },
    actors: ['ada-quill'],
  },
  {
    number: 2,
    words: 'on Thursday',
    sentence: 'On Thursday, the mayor spoke.',
    start: { text: '2021-12-02', precision: 'day' },
    actors: ['mayor'],
  },
];

describe('anchors', () => {
  it('counts "after" an event from its last day, and "before" from its first', () => {
    const after = {
      words: 'a day after',
      index: 0,
      offset: 1,
      from: 'end' as const,
      named: 'the summit',
    };
    expect(resolveAnchor(after, [], earlier, timeline, published, kinds)).toEqual({
      start: { text: '2021-12-02', precision: 'day' },
      anchor: { event: 'summit', date: '2021-12-01' },
    });
    const before = { ...after, words: 'two days before', offset: -2, from: 'start' as const };
    expect(resolveAnchor(before, [], earlier, timeline, published, kinds)?.start.text).toBe(
      '2021-11-28',
    );
  });

  it('looks only at events of the month before publication', () => {
    const words = {
      words: 'a day after',
      index: 0,
      offset: 1,
      from: 'end' as const,
      named: 'the summit',
    };
    const recent = timeline.filter((e) => e.id !== 'summit');
    expect(resolveAnchor(words, [], earlier, recent, published, kinds)).toBeUndefined();
  });

  it('without a name, counts from the nearest earlier date naming the same people, else the nearest', () => {
    const words = { words: 'The previous day', index: 0, offset: -1, from: 'start' as const };
    expect(resolveAnchor(words, ['ada-quill'], earlier, timeline, published, kinds)).toEqual({
      start: { text: '2021-11-28', precision: 'day' },
      anchor: { candidate: 1, words: 'on Monday', date: '2021-11-29' },
    });
    expect(resolveAnchor(words, ['nobody'], earlier, timeline, published, kinds)?.anchor).toEqual({
      candidate: 2,
      words: 'on Thursday',
      date: '2021-12-02',
    });
  });

  it('gives nothing for words that do not count in days, or with nothing to count from', () => {
    const week = {
      words: 'the previous week',
      index: 0,
      offset: undefined,
      from: 'start' as const,
    };
    expect(resolveAnchor(week, [], earlier, timeline, published, kinds)).toBeUndefined();
    const day = { words: 'the next day', index: 0, offset: 1, from: 'end' as const };
    expect(resolveAnchor(day, [], [], timeline, published, kinds)).toBeUndefined();
  });
});
