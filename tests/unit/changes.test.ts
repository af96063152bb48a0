/**
 * The changes model: each change's anchor stays put when changes are added, and the log lists
 * every change and every retired event newest first.
 */
import { describe, expect, it } from 'vitest';
import { parseDateText, type CalendarDate } from '../../src/lib/calendar.ts';
import { changeAnchors, changeLog, unlistedPages, type Change } from '../../src/model/changes.ts';

const day = (text: string) => parseDateText(text) as CalendarDate;
const change = (kind: Change['kind'], date: string, what: string): Change => ({
  kind,
  date: day(date),
  what,
});

describe('changes', () => {
  it('gives each change an anchor by its day, numbering changes of one day in the order written', () => {
    const first = change('update', '2021-12-02', 'a');
    const second = change('correction', '2022-01-05', 'b');
    const third = change('clarification', '2021-12-02', 'c');
    expect([...changeAnchors([first, second, third]).values()]).toEqual([
      'change-2021-12-02',
      'change-2022-01-05',
      'change-2021-12-02-2',
    ]);
    // A change written later leaves the anchors already given as they were.
    const later = changeAnchors([first, second, third, change('update', '2022-02-01', 'd')]);
    expect(later.get(third)).toBe('change-2021-12-02-2');
  });

  it('logs every change of every event and every retired event, newest first, retirements after the changes of their day', () => {
    const events = [
      { id: 'e1', data: { title: 'One', changes: [change('update', '2021-12-02', 'a')] } },
      { id: 'e2', data: { title: 'Two', changes: [change('correction', '2022-01-07', 'b')] } },
    ];
    const retired = [{ id: 'gone', title: 'Gone', date: day('2022-01-07'), why: 'Wrong.' }];
    expect(
      changeLog(events, retired).map((entry) => [entry.kind, entry.id, entry.anchor ?? null]),
    ).toEqual([
      ['correction', 'e2', 'change-2022-01-07'],
      ['retired', 'gone', null],
      ['update', 'e1', 'change-2021-12-02'],
    ]);
  });

  it('leaves earlier ids and retired events out of the sitemap', () => {
    const site = { url: 'https://x.example', base: '/sub/' };
    expect([...unlistedPages([{ data: { aliases: ['old'] } }], [{ id: 'gone' }], site)]).toEqual([
      'https://x.example/sub/events/old/',
      'https://x.example/sub/events/gone/',
    ]);
  });
});
