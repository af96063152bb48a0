/**
 * The search record of an event: what Pagefind indexes, shows and filters by, made from the fixture
 * content.
 */
import { describe, expect, it } from 'vitest';
import { parseDateText, type CalendarDate } from '../../src/lib/calendar.ts';
import { readWorkerModel, type EventWithBody } from '../../src/derived/model-input.ts';
import { searchRecord } from '../../src/derived/search-index.ts';
import { PROJECT_ROOT } from '../helpers/run.ts';

const content = readWorkerModel('tests/fixtures/site/content', PROJECT_ROOT);

function event(id: string): EventWithBody {
  const found = content.events.find((e) => e.id === id);
  if (!found) throw new Error(`The fixture has no event ${id}`);
  return found;
}

const meeting = event('2021-11-30-harbour-council-meets');
const plans = event('2021-03-council-approves-plans');
const works = event('2022-01-bridge-works-start');

/** The meeting with a disagreement and an editor's note, which no fixture event has. */
const disputed: EventWithBody = {
  ...meeting,
  data: {
    ...meeting.data,
    disagreements: [
      {
        about: 'How many councillors voted',
        versions: [
          { source: '2021-11-28-wire-council-preview', says: 'Twelve votes' },
          {
            source: '2021-12-01-gazette-council-approves',
            says: 'Thirteen votes',
            quote: 'approved by thirteen votes',
          },
        ],
      },
    ],
    notes: [
      {
        kind: 'correction',
        text: 'The gazette misspells the chair’s name.',
        source: '2021-12-01-gazette-council-approves',
      },
    ],
  },
};

describe('searchRecord address and language', () => {
  it('gives the event page without the base path, which Pagefind’s script adds', () => {
    expect(content.site.base).toBe('/sub/');
    expect(searchRecord(meeting, content).url).toBe('/events/2021-11-30-harbour-council-meets/');
    for (const e of content.events) {
      const { url } = searchRecord(e, content);
      expect(url).toBe(`/events/${e.id}/`);
      expect(url).not.toContain('/sub/');
    }
  });

  it('is in the site’s language', () => {
    expect(content.site.language).toBe('en');
    for (const e of content.events) expect(searchRecord(e, content).language).toBe('en');
  });
});

describe('searchRecord meta', () => {
  it('shows the title and the date in the words the pages use', () => {
    expect(searchRecord(meeting, content).meta).toEqual({
      title: 'Harbour council meets on the bridge',
      date: '30 November 2021',
    });
    expect(searchRecord(plans, content).meta).toEqual({
      title: 'Council approves the bridge plans',
      date: 'spring 2021',
    });
    expect(searchRecord(works, content).meta).toEqual({
      title: 'Bridge works start',
      date: 'January 2022',
    });
  });

  it('takes the date from the site’s date words, end included', () => {
    for (const e of content.events)
      expect(searchRecord(e, content).meta).toMatchObject({
        date: content.dates.range(e.data.start, e.data.end),
      });
    const twoDays = {
      ...meeting,
      data: { ...meeting.data, end: parseDateText('2021-12-01') as CalendarDate },
    };
    expect(searchRecord(twoDays, content).meta).toMatchObject({
      date: '30 November 2021 – 1 December 2021',
    });
  });
});

describe('searchRecord filters', () => {
  it('holds the display names of the people, organisations, places and topics', () => {
    expect(searchRecord(meeting, content).filters).toEqual({
      topic: ['The bridge'],
      person: ['Ada Quill'],
      organisation: ['Harbour council'],
      place: ['Harbourtown'],
    });
  });

  it('has no key for a kind of name the event has none of', () => {
    const filters = searchRecord(plans, content).filters!;
    expect(filters).toEqual({
      topic: ['The bridge'],
      organisation: ['Harbour council'],
    });
    expect(Object.keys(filters)).not.toContain('person');
    expect(Object.keys(filters)).not.toContain('place');
    expect(Object.keys(searchRecord(works, content).filters!)).toEqual(['topic']);
  });
});

describe('searchRecord sort', () => {
  it('sorts by the earliest day of the start', () => {
    expect(searchRecord(meeting, content).sort).toEqual({ date: '2021-11-30' });
    expect(searchRecord(plans, content).sort).toEqual({ date: '2021-03-01' });
    expect(searchRecord(works, content).sort).toEqual({ date: '2022-01-01' });
  });
});

describe('searchRecord content', () => {
  it('holds the date, title, summary, body words, names and source headlines', () => {
    const words = searchRecord(meeting, content).content;
    for (const text of [
      '30 November 2021',
      'Harbour council meets on the bridge',
      'The council meets and approves the new bridge.',
      'The council approved the plans after a long debate.',
      'See also the earlier meeting.',
      'Ada Quill',
      'Harbourtown',
      'The bridge',
      'Harbour council to meet on bridge',
      'Council approves the bridge',
    ]) {
      expect(words).toContain(text);
    }
  });

  it('holds every quote of every cited source', () => {
    const words = searchRecord(meeting, content).content;
    expect(words).toContain('The harbour council will meet on Tuesday to discuss the new bridge');
    expect(words).toContain('“The harbour council met on November 30 and approved the bridge”');
    expect(searchRecord(works, content).content).toContain('Work will start in January.');
  });

  it('holds what a disagreement is about, each version and its quote', () => {
    const words = searchRecord(disputed, content).content;
    for (const text of [
      'How many councillors voted',
      'Twelve votes',
      'Thirteen votes',
      'approved by thirteen votes',
    ])
      expect(words).toContain(text);
  });

  it('holds the text of an editor’s note', () => {
    expect(searchRecord(disputed, content).content).toContain(
      'The gazette misspells the chair’s name.',
    );
  });

  it('holds no link address, no raw HTML and no empty line', () => {
    for (const e of content.events) {
      const words = searchRecord(e, content).content;
      expect(words).not.toMatch(/https?:|javascript:|\/sub\/|gazette\.example|evil\.example/);
      expect(words).not.toMatch(/<[a-z/!]/i);
      expect(words).not.toMatch(/\n\n/);
    }
  });

  it('puts a line break between its parts, so words of two parts never run together', () => {
    const lines = searchRecord(plans, content).content.split('\n');
    expect(lines.slice(0, 3)).toEqual([
      'spring 2021.',
      'Council approves the bridge plans.',
      'The council approves the plans for the bridge.',
    ]);
  });

  it('ends every part as a sentence and gives each kind of name as one list, so an excerpt reads as prose', () => {
    const record = searchRecord(meeting, content);
    const lines = record.content.split('\n');
    for (const names of Object.values(record.filters!))
      expect(lines).toContain(`${names.join(', ')}.`);
    expect(lines.every((line) => /[.!?…:;)"”’]$/.test(line))).toBe(true);
  });
});
